"""MDX components written as blocks: a component's tags alone on their lines, its children between
them (Mintlify's `<Steps>` and `<Step title="...">`, `<Tabs>`/`<Tab>`, `<AccordionGroup>`/
`<Accordion>`, `<CardGroup>`/`<Card>`, `<Frame caption="...">`, `<Note>`, `<Warning>`, ...;
Docusaurus's `<Tabs>`/`<TabItem label="...">`).

MDX reads such children as Markdown and has no indented code (micromark-extension-mdx-jsx and
mdx's `disable: codeIndented`). CommonMark reads the first tag as the start of an HTML block
whose lines are raw text up to a blank line, and a child line indented four columns after a
blank line as code: a first run on Mintlify help (session 19, trial10) read 63% of the letters
in tabs and 77% in steps, with `**bold**` and `[links](...)` read as raw text and the bodies of
two steps run into one paragraph.

`flow_components` makes the parser see what MDX sees, keeping every character at its source
offset: each run of component tags alone on a line is blanked (spaces: a blank line, which ends
the paragraph before it and starts the children's first), and each line inside a component
(or indented in the markup around one, up to the next unindented line) loses its indentation, moved to the end of the line before it as `mkdocs_blocks` does. The
prose a reader sees in a tag, its `title`, `caption`, `label`, `description` or `cta` string,
is returned as spans to read as titles and captions. Lower-case tags (`<img>`, `<div>`) are
HTML elements, left to the HTML reader, as are components it reads as elements (`<Image>`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ...enums import Scope
from ..document import Element
from ..segment_builder import SegmentBuilder
from ..segment_list import SegmentList
from ..spans import span_holding
from . import common
from .mkdocs_blocks import moved_onto

# The attributes whose string a reader sees on the page: a step's, tab's, accordion's or card's
# title, a frame's caption, a Docusaurus tab's label, an update's description, a card's button.
PROSE_ATTRIBUTES = {"title": Scope.TITLE, "label": Scope.TITLE, "cta": Scope.TITLE,
                    "caption": Scope.CAPTION, "description": Scope.CAPTION}
_ATTRIBUTE = re.compile(r"""[\s<]([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_NAME = re.compile(r"[A-Za-z][\w.:-]*")
_MAX_TAG = 4000  # characters: a tag longer than this is not taken for one
_CLOSERS = {"{": "}", '"': '"', "'": "'", "`": "`"}


class FlowTag(NamedTuple):
    start: int
    end: int  # just past its `>`
    name: str
    closing: bool
    self_closing: bool


def tag_at(text: str, start: int, component: bool = True) -> FlowTag | None:
    """The component tag starting at `text[start] == '<'`, or None: a capitalised name (a JSX
    component, not an HTML element; with `component` False, an HTML element instead), attributes
    over any number of lines, strings and `{...}` expressions skipped whole (a `>` inside them
    does not close the tag)."""
    closing = text.startswith("</", start)
    name = _NAME.match(text, start + (2 if closing else 1))
    if name is None or (name.group()[0].isupper() and not _is_html_element(name.group())) != component:
        return None
    pos, limit = name.end(), min(len(text), start + _MAX_TAG)
    while pos < limit:
        char = text[pos]
        if char == ">":
            return FlowTag(start, pos + 1, name.group(), closing, text[pos - 1] == "/")
        if char in _CLOSERS:
            pos = _skip_quoted(text, pos, limit)
            if pos < 0:
                return None
            continue
        if char == "<":
            return None
        pos += 1
    return None


def _is_html_element(name: str) -> bool:
    """A capitalised tag the HTML reader reads as an element (`<Image alt>`: an image)."""
    from .html import ELEMENT_TAGS, IMAGE_ALIAS  # (the HTML reader: imported by MDX files only)
    lowered = name.lower()
    return lowered in ELEMENT_TAGS or lowered in IMAGE_ALIAS


def _skip_quoted(text: str, start: int, limit: int) -> int:
    """Past the string or `{...}` expression opening at `start` (-1 when it does not end); strings
    inside an expression are skipped whole (a brace in them is text)."""
    opener, depth, pos = text[start], 1, start + 1
    closer = _CLOSERS[opener]
    while pos < limit:
        char = text[pos]
        if opener == "{" and char in "\"'`":
            pos = _skip_quoted(text, pos, limit)
            if pos < 0:
                return -1
            continue
        if char == opener and opener == "{":
            depth += 1
        elif char == closer:
            depth -= 1
            if depth == 0:
                return pos + 1
        pos += 1
    return -1


def tags_alone_at(text: str, line_start: int) -> list[FlowTag]:
    """The component tags that make up the whole line (or lines) from `line_start`, or []."""
    pos = line_start
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    tags = []
    while pos < len(text) and text[pos] == "<":
        tag = tag_at(text, pos)
        if tag is None:
            return []
        tags.append(tag)
        pos = tag.end
        while pos < len(text) and text[pos] in " \t":
            pos += 1
    return tags if tags and (pos >= len(text) or text[pos] == "\n") else []


def prose_attributes(text: str, tag: FlowTag) -> list[tuple[int, int, Scope, str]]:
    """(start, end, scope, href) of each prose attribute's string in the tag, quotes left out;
    `href` is the tag's own for the title of a self-closing tag (`<Card title="Billing"
    href="/billing" />`: Mintlify renders the card as a link, its title the link's whole text,
    trial10), else ''. A card with children is a link named by its title and its body together,
    which a vague title alone ('Learn more') does not make vague: left unread as a link."""
    spans, href = [], ""
    for match in _ATTRIBUTE.finditer(text, tag.start, tag.end):
        scope = PROSE_ATTRIBUTES.get(match.group(1))
        group = 2 if match.group(2) is not None else 3
        if match.group(1) == "href":
            href = match.group(group).strip()
        if scope is not None and match.group(group).strip():
            spans.append((match.start(group), match.end(group), scope, match.group(1)))
    return [(start, end, scope, href if name == "title" and tag.self_closing else "") for start, end, scope, name in spans]


def flow_components(text: str, fenced: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int, Scope, str]]]:
    """`text` (newlines '\\n') with component tags alone on their lines blanked and their
    children's indentation moved away (same length), and the spans of the tags' prose attributes.
    Tags inside fenced code (`fenced`: the parser's fence spans) are code, left as they are."""
    if "<" not in text:
        return text, []
    lines = _html_tags_on_one_line(text, fenced).split("\n")
    spans: list[tuple[int, int, Scope, str]] = []
    depth, pos, number = 0, 0, 0
    in_jsx = False  # inside a component, or in the indented markup around one (an HTML <div> holding it)
    html_depth = 0  # HTML elements opened on lines of their own and not closed: inside one, MDX
    # components are left to the HTML reader with the rest of its block (a logo's <Dark> in an <a>)
    blank_to = -1  # the tags of a run may reach over several lines
    while number < len(lines):
        line_start = pos
        line = lines[number]
        pos += len(line) + 1
        if line_start < blank_to or span_holding(fenced, line_start) is not None:
            number += 1
            continue
        tags = tags_alone_at(text, line_start) if line.lstrip(" \t").startswith("<") else []
        html_depth = _html_depth_after(line, html_depth)
        if tags and html_depth == 0:
            depth, blank_to = _blank_tags(lines, number, line_start, tags, text, spans, depth)
            in_jsx = True
            number += 1
            continue
        if line.strip() and line[:1] not in (" ", "\t"):
            in_jsx = depth > 0  # an unindented line after the last component closed ends its markup
        if in_jsx and line[:1] in (" ", "\t") and line.strip():
            indent = len(line) - len(line.lstrip(" \t"))
            lines[number] = line[indent:]
            lines[number - 1] = moved_onto(lines[number - 1], indent, False)
        number += 1
    return "\n".join(lines), spans


_HTML_TAG_LINE = re.compile(r"(?m)^[ \t]*<(?=[a-zA-Z])")


def _html_tags_on_one_line(text: str, fenced: list[tuple[int, int]]) -> str:
    """`text` with the line breaks inside each HTML tag that starts a line made spaces: an
    `<img>` or `<video>` written an attribute a line, its `>` alone on the last line (as
    Prettier writes JSX), is a tag to MDX, but CommonMark starts an HTML block only at a tag
    whole on its line, and reads a line starting with `>` as a block quote. Same length."""
    if "\n" not in text or "<" not in text:
        return text
    pieces, pos = [], 0
    for match in _HTML_TAG_LINE.finditer(text):
        start = match.end() - 1
        if start < pos or span_holding(fenced, start) is not None:
            continue
        tag = tag_at(text, start, component=False)
        if tag is not None and "\n" in text[start:tag.end]:
            pieces += [text[pos:start], text[start:tag.end].replace("\n", " ")]
            pos = tag.end
    return "".join(pieces) + text[pos:] if pieces else text


_HTML_TAG_ALONE = re.compile(r"[ \t]*<(/?)([a-z][\w-]*)\b[^<>]*?(/?)>[ \t]*\Z")


def _html_depth_after(line: str, depth: int) -> int:
    """`depth` after a line that is one HTML tag alone: an opening tag (not void, not `/>`) one
    more, a closing tag one less; any other line leaves it."""
    from .html import VOID
    match = _HTML_TAG_ALONE.match(line)
    if match is None or match.group(2) in VOID or match.group(3):
        return depth
    return max(0, depth - 1) if match.group(1) else depth + 1


def _blank_tags(lines: list[str], number: int, line_start: int, tags: list[FlowTag], text: str,
                spans: list, depth: int) -> tuple[int, int]:
    """Blank the run of tags from line `number` on (every line it reaches), note their prose
    attributes in `spans`; the component depth after them and where the run ends."""
    for tag in tags:
        spans += prose_attributes(text, tag)
        depth = max(0, depth - 1) if tag.closing else depth + (0 if tag.self_closing else 1)
    end, pos, index = tags[-1].end, line_start, number
    while pos < end:
        line = lines[index]
        lines[index] = " " * len(line)
        pos += len(line) + 1
        index += 1
    return depth, end


def read_prose_attributes(doc, masked: str, spans: list[tuple[int, int, Scope, str]]) -> None:
    """Each prose attribute's string as a segment of its own (a title or caption), the document's
    segments kept in source order, as the HTML reader would have read them in place; a linked
    component's title also as a link (its text, the component's href)."""
    if not spans:
        return  # nothing to read (every Markdown file): the HTML reader stays unimported
    from .html import append_html_text, escape_attribute
    found = []
    for start, end, scope, href in spans:
        builder = SegmentBuilder(doc.source.text, masked, scope)
        append_html_text(builder, masked, start, end)
        segment = builder.build(escape=escape_attribute)
        if segment is not None:
            found.append(common.mask_non_prose_tokens(segment))
            if href:
                doc.elements.append(Element("link", start, end, "html", href=href, text=segment.text,
                                            text_start=start, text_end=end, html={"href": href}))
    if any(href for *_, href in spans):
        doc.elements.sort(key=lambda element: element.start)  # (a stable sort: document order)
    if found:
        merged = sorted([*doc.segments, *found], key=lambda segment: segment.source_span().start)
        doc.segments = SegmentList(doc.source.text, merged)
