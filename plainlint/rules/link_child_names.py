"""The name a link with no text of its own gets from its children (user38 defect 5).

W3C Accessible Name and Description Computation 1.2, step 2F (name from content) computes each
child's text alternative by step 2 again, so a child that shows no text can still name the link:

- a child hidden from assistive technology (aria-hidden="true", `hidden`, display:none) adds
  nothing (step 2A), nor do its children;
- a child's aria-labelledby (2B: its text is elsewhere in the page, counted as a name) or
  aria-label (2D) is its name, and its own children are not read;
- an `<svg>`'s `<title>` child is its name (2E, the host language's label: SVG-AAM, 'Name
  computation'); an `<img>`'s alt is its name (2E), which the readers already count;
- a child's text content (2F, recursively), and only when it has none, its `title` (2I: a
  tooltip attribute is the last resort for that element).

So `<a><i title="Delete comment"></i></a>`, `<a><svg role="img"><title>Edit</title></svg></a>` and
`<a><span aria-label="Delete" role="img"></span></a>` are named links: browsers announce 'Delete
comment', 'Edit', 'Delete', and axe-core's link-name rule passes them. The child's `title` shows
as a tooltip only to a mouse user, but the name a screen reader announces is what link-text judges.

The link's content is parsed from the masked source (template tags masked, same length), so a
`>` inside a tag cannot end an element, and a translated label reads as its words
(offsets.as_read). A Markdown file's inline `<a>` keeps no attributes in its element: its start
tag's are read here too (`anchor_attributes`).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..reading import templates
from ..reading.offsets import as_read

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_END_TAG = re.compile(r"</a\s*>\s*\Z", re.I)


class _Node:
    __slots__ = ("tag", "attributes", "children")

    def __init__(self, tag: str, attributes: dict[str, str]):
        self.tag, self.attributes, self.children = tag, attributes, []


class _Tree(HTMLParser):
    """A fragment of HTML as a tree of nodes and text."""

    def __init__(self):
        from ..reading.readers.html import VOID  # here: a Markdown-only run never imports the HTML reader

        super().__init__(convert_charrefs=True)
        self.void = VOID
        self.root = _Node("", {})
        self.open = [self.root]

    def handle_starttag(self, tag, attrs):
        node = _Node(tag, {name: value or "" for name, value in attrs})
        self.open[-1].children.append(node)
        if tag not in self.void:
            self.open.append(node)

    def handle_startendtag(self, tag, attrs):
        self.open[-1].children.append(_Node(tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag):
        for index in range(len(self.open) - 1, 0, -1):
            if self.open[index].tag == tag:
                del self.open[index:]
                return

    def handle_data(self, data):
        self.open[-1].children.append(data)


def _masked(doc) -> str:
    return doc.cached("masked source", lambda: templates.mask(doc.source.text, doc.template_tags))


def _parsed(html: str) -> _Node:
    tree = _Tree()
    tree.feed(html)
    tree.close()
    return tree.root


def _start_tag_end(masked: str, element) -> int | None:
    """Just past a Markdown inline `<a ...>` start tag, or None for any other link."""
    if not masked.startswith("<a", element.start):
        return None
    close = masked.find(">", element.start, element.end)
    return close + 1 if close >= 0 else None


def anchor_attributes(doc, element) -> dict[str, str]:
    """The attributes of a Markdown file's inline HTML link (its element keeps none), else {}."""
    if element.syntax != "markdown" or element.html:
        return {}
    masked = _masked(doc)
    end = _start_tag_end(masked, element)
    if end is None:
        return {}
    anchor = next((node for node in _parsed(masked[element.start:end]).children if isinstance(node, _Node)), None)
    return {name: as_read(value) for name, value in anchor.attributes.items()} if anchor is not None else {}


def name_from_children(doc, element) -> str | None:
    """The name the link's children give it: their names joined, '' when one is named by
    aria-labelledby (named, text elsewhere), None when none gives one."""
    masked = _masked(doc)
    if element.syntax == "html":
        start, end = element.end, element.content_end
    else:
        start, end = _start_tag_end(masked, element), element.end
        if start is not None:
            closing = _END_TAG.search(masked, start, end)
            end = closing.start() if closing else None
    if start is None or end is None or end <= start:
        return None
    return _joined(_parsed(masked[start:end]).children)


def _joined(children: list) -> str | None:
    names = [name for name in map(_name_of, children) if name is not None]
    if not names:
        return None
    text = " ".join(" ".join(names).split())
    return text if text or "" not in names else ""


def _name_of(node) -> str | None:
    """A child's text alternative (accname step 2, in order), None when it has none."""
    if isinstance(node, str):
        return as_read(node) or None
    attributes = node.attributes
    if attributes.get("aria-hidden", "").strip().lower() == "true" or "hidden" in attributes \
            or _HIDDEN_STYLE.search(attributes.get("style", "")):
        return None
    if attributes.get("aria-labelledby", "").strip():
        return ""
    for name in ("aria-label",) + (("alt",) if node.tag == "img" else ()):
        if (value := as_read(attributes.get(name, ""))):
            return value
    if node.tag == "svg":
        title = next((child for child in node.children if isinstance(child, _Node) and child.tag == "title"), None)
        if title is not None and (text := _joined(title.children)):
            return text
        return as_read(attributes.get("title", "")) or None
    content = _joined(node.children)
    return content or as_read(attributes.get("title", "")) or content  # '' (aria-labelledby inside) or None
