"""MyST Markdown (Sphinx's myst-parser, Jupyter Book, Read the Docs): directives, roles, targets.

A directive is a fence whose info string is a name in braces: ```` ```{note} ````, `:::{tip}`,
```` ````{tab-item} Linux ````, ```` ```{figure} path ```` with `:alt:` in its options. CommonMark
reads a backtick one as a code block, so the notes, warnings, tabs and cards of a Sphinx help page,
much of its advice, were never linted (trial12, session 20: 4% of `{admonition}` bodies read, 25%
of `{tab-item}` bodies on Ubuntu Server's, napari's and Ubuntu Pro for WSL's docs), and a colon
one as a paragraph beginning '{tip}'. myst-parser parses a directive's content as Markdown, so
`myst_view` gives the parser a same-length view in which the marker lines of prose directives
(PROSE, and any directive in a colon fence that is not CODE) are blank and their bodies stand as
Markdown; a code directive in backticks stays the code block it is, one in colons is blanked.
Directive options (`:class: dropdown`, `:width: 800px`, a `---` YAML block) are blank; `:alt:` of
an `{image}` or `{figure}` is read as the image's alt text; the title of an `{admonition}`,
`{dropdown}`, tab or card is a segment of its own (TITLE). `(label)=` targets and `% comment`
lines are blank. A role's name (`{ref}`, `{term}`, `{kbd}`) vanishes; its content stays inline
code, the stand-in for a name the page shows, unless it has an explicit title (`{ref}`Get help
<support>``): the title is what the page shows, read as words. A link with no text to a page
or target (`[](install)`), which the page shows with that target's title, is a stand-in word, not
an empty link.

Only a file with MyST's own marks is MyST (a directive fence, or a role or `(label)=` target in a
page with no directive: napari's index pages link with `[](target)` alone); a plain ```` ``` ````
fence stays code, and a fence inside a code block (a page that shows MyST source) is code too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...enums import Scope
from ..document import Document, Element
from ..offsets import CONTROL_MASK, OUTPUT_MASK
from ..segment_builder import SegmentBuilder
from ..segment_list import SegmentList
from . import common

# MyST's own marks: a directive fence, a role (`{ref}`, after a space or an opening mark, not
# a template's `%{name}`), a `(label)=` target line. Markdown of no other dialect writes them.
_HINT = re.compile(r"(?m)^[ \t>]*(?:`{3,}|~{3,}|:{3,})\{[A-Za-z]|(?:^|(?<=[\s(\[\"'>*_]))\{[a-z][\w:.-]*\}`[^`\s]"
                   r"|^\([A-Za-z0-9_./:-]+\)=[ \t\r]*$")


def _may_hold_a_mark(text: str) -> bool:
    """What each of _HINT's three marks holds as written: a fence character before a brace (a
    directive fence), a brace before a backtick (a role), or ')=' (a target). Searching for '{'
    first keeps the two-character searches to the few files with a brace."""
    return ("{" in text and ("`{" in text or "~{" in text or ":{" in text or "}`" in text)) or ")=" in text


_OPEN = re.compile(r"(?P<indent>[ \t>]*)(?P<fence>`{3,}|~{3,}|:{3,})\{(?P<name>[A-Za-z][\w:.-]*)\}[ \t]*(?P<arg>.*?)[ \t]*\Z")
_PLAIN_FENCE = re.compile(r"[ \t>]*(?P<fence>`{3,}|~{3,})")
_OPTION = re.compile(r"[ \t>]*:(?P<key>[A-Za-z][\w-]*):(?:[ \t]+(?P<value>.*?))?[ \t]*\Z")
_YAML_OPTION = re.compile(r"[ \t>]*(?P<key>[A-Za-z][\w-]*):(?:[ \t]+(?P<value>.*?))?[ \t]*\Z")
_TARGET = re.compile(r"[ \t]*\([^()\s]+\)=[ \t]*\Z")
_COMMENT = re.compile(r"[ \t]*%")
# A role: `{name}` right before a backtick code span; an explicit title is `text <target>`.
_ROLE = re.compile(r"(?:^|(?<=[\s(\[\"'>*_]))\{[A-Za-z][\w:.-]*\}(?=`)")
_TITLED_ROLE = re.compile(r"(\{[A-Za-z][\w:.-]*\}`)([^`<\n]*[^`<\s])(\s*<[^`>\n]+>`)")

# A link with no text to a document or target (`[](install)`, `[](#setup)`), which the page
# shows with the target's title: no empty link, but words the reader cannot see. A URL with a
# scheme shows itself (the link-text rules judge that); an image `![](...)` is not one.
_TITLE_FROM_TARGET = re.compile(r"(?<![!\\\]])\[\]\((?![A-Za-z][\w+.-]*://|mailto:|tel:)[^\s()]+\)")

# Directives whose content myst-parser reads as Markdown prose (docutils' admonitions and body
# elements, sphinx-design's tabs, cards and dropdowns, sphinx-tabs, sphinx-book-theme's margin).
PROSE = frozenset({
    "note", "warning", "tip", "important", "caution", "attention", "danger", "error", "hint",
    "seealso", "admonition", "dropdown", "tab-set", "tab-item", "tabs", "tab", "group-tab",
    "card", "grid", "grid-item", "grid-item-card", "card-carousel", "figure", "versionadded",
    "versionchanged", "deprecated", "versionremoved", "topic", "sidebar", "margin", "epigraph",
    "pull-quote", "highlights", "compound", "container", "div", "only", "rubric", "table",
    "list-table", "exercise", "solution", "todo", "image", "glossary"})
# Directives whose argument is a title the page shows.
TITLED = frozenset({"admonition", "dropdown", "tab-item", "tab", "group-tab", "card",
                    "grid-item-card", "topic", "sidebar", "rubric", "table", "list-table", "exercise"})
# Directives whose content is code or data, never prose.
CODE = frozenset({
    "code-block", "code", "sourcecode", "code-cell", "literalinclude", "eval-rst", "toctree",
    "math", "raw", "csv-table", "mermaid", "graphviz", "terminal", "tableofcontents", "include",
    "contents", "glue", "parsed-literal", "plantuml", "jupyter-execute", "ipython", "doctest",
    "testcode", "testoutput", "program-output", "command-output", "autosummary", "automodule",
    "autoclass", "autofunction", "literal", "code-tab", "mdinclude"})
_IMAGES = ("image", "figure")
TAB_PANELS = frozenset({"tab-item", "tab", "group-tab"})  # one panel of a set of tabs


@dataclass
class MystParts:
    """What the view leaves out of the parser's text but the rules read: titles, images."""
    titles: list[tuple[int, int]] = field(default_factory=list)
    images: list[Element] = field(default_factory=list)
    masked: str = ""  # the text with template tags masked, which the titles are read from
    tab_panels: list[tuple[int, int]] = field(default_factory=list)


def is_myst(text: str) -> bool:
    """A file with a directive fence (```` ```{name} ````, `:::{name}`), a role or a target line.
    Each of those holds a brace or a target's `)=`: a file with neither (most Markdown) is not
    searched, which took a tenth of a cold run's reading (the pattern is tried at every position).
    Nor is one whose braces are all code's or JSON's (speed23: 26 of 29 such files in a sample of
    bench/, and 3% of a cold run): a fence's or a role's brace has a fence character before it or
    a backtick after it."""
    if not _may_hold_a_mark(text):
        return False
    return _HINT.search(text) is not None


def myst_view(source_text: str, text: str) -> tuple[str, MystParts]:
    """`text` (the source with template tags masked) with MyST's markup blank and prose
    directives' bodies as Markdown; same length. Text without a directive fence is returned as is."""
    parts = MystParts(masked=text)
    if not is_myst(text):
        return text, parts
    chars = list(text)
    _Scan(source_text, text, chars, parts).run()
    return "".join(chars), parts


@dataclass
class _Frame:
    fence: str
    name: str
    prose: bool  # the body stands as Markdown (else: code in backticks, blanked in colons)
    options: bool = True  # still in the options right under the marker line
    yaml: bool = False  # inside a `---` block of options
    image: Element | None = None
    start: int = 0  # where the marker line starts


class _Scan:
    def __init__(self, source_text: str, text: str, chars: list[str], parts: MystParts):
        self.source_text, self.text, self.chars, self.parts = source_text, text, chars, parts
        self.frames: list[_Frame] = []
        self.code_fence: str | None = None  # an open plain (or code directive) backtick fence

    def run(self) -> None:
        start = 0
        for line in self.text.split("\n"):
            self.line(start, line.removesuffix("\r"))  # a CRLF file's line, matched without its CR
            start += len(line) + 1

    def line(self, start: int, line: str) -> None:
        if self.code_fence is not None:
            if _closes(line, self.code_fence):
                self.code_fence = None
            return
        frame = self.frames[-1] if self.frames else None
        if frame is not None and _closes(line, frame.fence):
            self.frames.pop()
            if frame.name in TAB_PANELS:
                self.parts.tab_panels.append((frame.start, start + len(line)))
            self.blank(start, len(line))
            return
        if frame is not None and not frame.prose:
            self.blank(start, len(line))  # a code directive in a colon fence
            return
        if frame is not None and frame.options and self.option(start, line, frame):
            return
        if frame is not None:
            frame.options = False
        opening = _OPEN.match(line)
        if frame is not None and frame.name == "glossary" and opening is None and self.glossary(start, line):
            return
        if opening is not None:
            self.open(start, line, opening)
        elif (plain := _PLAIN_FENCE.match(line)) is not None:
            self.code_fence = plain.group("fence")
        elif _TARGET.match(line) or _COMMENT.match(line):
            self.blank(start, len(line))
        elif "}`" in line or "[](" in line:
            self.inline(start, line)

    def open(self, start: int, line: str, opening: re.Match) -> None:
        fence, name = opening.group("fence"), opening.group("name").lower()
        colons = fence[0] == ":"
        if name in CODE or (name not in PROSE and not colons):
            if colons:
                self.frames.append(_Frame(fence, name, prose=False))
                self.blank(start, len(line))
            else:
                self.code_fence = fence  # the parser reads it as the code block it is
            return
        frame = _Frame(fence, name, prose=True, start=start)
        self.frames.append(frame)
        arg_start, arg_end = start + opening.start("arg"), start + opening.end("arg")
        if name in _IMAGES:
            frame.image = Element("image", start + opening.start("fence"), start + len(line), "markdown")
            frame.image.src = opening.group("arg")
            self.parts.images.append(frame.image)
            self.blank(start, len(line))
        elif name in TITLED:
            if arg_end > arg_start:
                self.parts.titles.append((arg_start, arg_end))
            self.blank(start, len(line))
        else:  # an admonition's text may start on its marker line: it begins the body
            self.mask(start + opening.start("fence"), arg_start)
            self.inline(arg_start, self.text[arg_start:arg_end])

    def glossary(self, start: int, line: str) -> bool:
        """A glossary's term line (unindented) is a title the page shows in bold, blanked here; a
        definition line (indented, often four columns: code to CommonMark after the blanked term)
        has its indentation moved onto the end of the line before, as tabs, so it reads as the
        paragraph or list the page shows. True when the line needs nothing more (trial12's left)."""
        if not line.strip() or _PLAIN_FENCE.match(line) or _TARGET.match(line) or _COMMENT.match(line):
            return False
        indent = len(line) - len(line.lstrip(" \t"))
        if indent == 0:
            self.parts.titles.append((start, start + len(line.rstrip())))
            self.blank(start, len(line))
            return True
        eol = "\r\n" if self.text[max(0, start - 2):start] == "\r\n" else "\n"
        if start >= len(eol):
            self.chars[start - len(eol):start + indent] = ["\t"] * indent + list(eol)
        return False

    def option(self, start: int, line: str, frame: _Frame) -> bool:
        """Blank an option line (`:key: value`, or a line of a `---` YAML block: `key: value`);
        True when it was one."""
        if line.strip() == "---" or frame.yaml:
            frame.yaml = frame.yaml != (line.strip() == "---")
            option = _YAML_OPTION.match(line) if frame.yaml else None
        else:
            option = _OPTION.match(line)
            if option is None:
                return False
        if option is not None and option.group("key") == "alt" and frame.image is not None and option.group("value"):
            self.alt(frame.image, start + option.start("value"), start + option.end("value"))
        self.blank(start, len(line))
        return True

    def alt(self, image: Element, alt_start: int, alt_end: int) -> None:
        image.alt, image.alt_start, image.alt_end = self.source_text[alt_start:alt_end], alt_start, alt_end
        image.text_segment = _text_segment(self.source_text, self.text, Scope.ALT, alt_start, alt_end)

    def inline(self, start: int, line: str) -> None:
        """Each role's name masked, an explicit title's backticks and target too; a link with no
        text to a page or target stands in the sentence as one word."""
        for link in _TITLE_FROM_TARGET.finditer(line):
            self.chars[start + link.start():start + link.end()] = OUTPUT_MASK * len(link.group())
        for titled in _TITLED_ROLE.finditer(line):
            self.mask(start + titled.start(1), start + titled.end(1))
            self.mask(start + titled.start(3), start + titled.end(3))
        for role in _ROLE.finditer(line):
            self.mask(start + role.start(), start + role.end())

    def blank(self, start: int, length: int) -> None:
        self.chars[start:start + length] = " " * length

    def mask(self, start: int, end: int) -> None:
        self.chars[start:end] = CONTROL_MASK * (end - start)


def _closes(line: str, fence: str) -> bool:
    """Whether `line` closes a fence opened with `fence` (the same character, at least as many)."""
    stripped = line.strip(" \t>")
    return len(stripped) >= len(fence) and stripped == fence[0] * len(stripped)


def _text_segment(source_text: str, masked: str, scope: Scope, start: int, end: int):
    """A title's or an :alt:'s text as a segment, its entities decoded (myst-parser decodes them, as
    CommonMark does in text), each piece kept at its place in the source."""
    builder = SegmentBuilder(source_text, masked, scope)
    if "&" in masked[start:end]:
        from .html import append_html_text  # (only then: a MyST page needs no HTML reader)

        append_html_text(builder, masked, start, end)
    else:
        builder.literal(start, end)
    return builder.build(common.escape_markdown)


def add_myst_parts(doc: Document, parts: MystParts) -> None:
    """The titles as TITLE segments and the images (with their alt text) as elements, the
    document's segments kept in source order."""
    found = [image.text_segment for image in parts.images if image.text_segment is not None]
    for start, end in parts.titles:
        segment = _text_segment(doc.source.text, parts.masked, Scope.TITLE, start, end)
        if segment is not None:
            found.append(segment)
    doc.elements.extend(parts.images)
    doc.tab_panels.extend(sorted(parts.tab_panels))
    if found:
        found = [common.mask_non_prose_tokens(segment) for segment in found]
        merged = sorted([*doc.segments, *found], key=lambda segment: segment.to_source(0, 0).start)
        doc.segments = SegmentList(doc.source.text, merged)
