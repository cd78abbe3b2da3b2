"""HTML reader on Python's html.parser (the parser bs4 drives), with convert_charrefs=False.

Positions come from parser events: each tag, text run and entity arrives as its own event at a
known (line, column), so text runs become LITERAL pieces and entities DECODED pieces. The parser
sees the masked text (template tags masked, same length), so its offsets are source offsets.
Prose comes from text nodes and the alt/title attributes only; script, style, code, pre,
comments, every other attribute and <head> (but its <title>) are dropped. Block elements end a unit; inline ones do not.
Inline code (`<code>`, `<kbd>`, `<samp>`, `<var>`) is one placeholder in the prose, as a code span
is in Markdown: the words either side of it stay apart ("set it to <code>nil</code> to drop it" is
no repeated "to") and a link holding only code has text.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from ..document import Comment, Document, Element
from ...enums import Scope
from ..offsets import CONTROL_MASK, PLACEHOLDER_TEXT
from ..segment_builder import SegmentBuilder, hyphens_as_ascii
from . import common

BLOCK = {
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "legend", "li", "main", "nav", "ol",
    "option", "p", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title",
    "tr", "ul", "button", "label", "select", "textarea", "img", "video", "audio", "iframe", "object",
}
SKIPPED = {"script", "style", "code", "pre", "kbd", "samp", "var", "template", "noscript", "svg", "math",
           "textarea", "select", "object", "head"}
INLINE_CODE = {"code", "kbd", "samp", "var"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr"}
SCOPES = {"h1": Scope.HEADING, "h2": Scope.HEADING, "h3": Scope.HEADING, "h4": Scope.HEADING,
          "h5": Scope.HEADING, "h6": Scope.HEADING, "li": Scope.LIST_ITEM, "td": Scope.TABLE_CELL,
          "th": Scope.TABLE_CELL, "blockquote": Scope.BLOCKQUOTE, "title": Scope.TITLE,
          "caption": Scope.CAPTION, "figcaption": Scope.CAPTION, "p": Scope.PARAGRAPH}
PROSE_ATTRIBUTES = ("alt", "title")
_NAMING = {"alt", "title", "aria-label"}  # attributes whose words name a thing: hyphens_as_ascii
ELEMENT_TAGS = {"img", "a", "h1", "h2", "h3", "h4", "h5", "h6", "table", "video", "audio", "iframe",
                "html", "track", "th", "td", "tr", "embed", "object", "font", "span", "p", "div",
                "body", "li", "strong", "b", "em", "i", "u", "center", "small", "big", "input", "area",
                "figure", "source", "section", "article", "header", "footer", "main", "nav", "aside",
                "blockquote", "thead", "tbody", "tfoot", "caption", "ol", "ul", "dl", "dt", "dd", "label",
                "button", "sup", "sub", "mark", "abbr", "address", "figcaption", "tt"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# <image> outside SVG is an <img> to browsers (HTML's tree construction), and `<Image alt>` is
# the image component of Next.js and Docusaurus (IdealImage) in MDX: both are read as <img>.
IMAGE_ALIAS = {"image": "img"}
# Elements of BLOCK that are phrasing content in a sentence: form controls and embedded media. The
# HTML reader ends a unit at them; inline in a Markdown paragraph they stay in their sentence
# ("Press <button>Save</button> to ..."), and <br> is a line break there (sentences.HARD_BREAK).
_PHRASING_IN_A_SENTENCE = frozenset({"button", "label", "select", "textarea", "img", "video", "audio", "iframe",
                                     "object", "br"})
_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)")
_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")


def escape_html(text: str) -> str:
    return html.escape(text, quote=False)


class _Extractor(HTMLParser):
    def __init__(self, doc: Document, masked: str, base: int, elements: bool = True):
        super().__init__(convert_charrefs=False)
        self.doc = doc
        self.source_text = doc.source.text
        self.masked = masked
        self.base = base
        self.want_elements = elements
        self.line_starts = [0]
        self.builder: SegmentBuilder | None = None
        self.scope_stack: list[str] = []
        self.skip_depth: list[str] = []
        self.title_in_head = False  # a <title> open inside the skipped <head>
        self.links: list[dict] = []
        self.open_elements: list[Element] = []
        self.open_counts: dict[str, int] = {}  # tag -> how many are in open_elements
        self.inline_code_start: int | None = None  # where the open outermost inline code began
        self.code_spans: list[tuple[int, int]] = []  # `code` spans MDX reads inside a JSX block
        self.next_code = 0  # the first of them that may still hold text (texts come in source order)
        self.code_placed = (0, 0)  # the code span whose placeholder is made: its other parts add nothing

    # -- positions -------------------------------------------------------------------------
    def feed_text(self, text: str) -> None:
        starts = [0]
        pos = text.find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = text.find("\n", pos + 1)
        self.line_starts = starts
        self.feed(parser_safe(text))
        self.close()
        self.flush()

    def position(self) -> int:
        line, column = self.getpos()
        return self.base + self.line_starts[line - 1] + column

    # -- units -----------------------------------------------------------------------------
    def current(self) -> SegmentBuilder:
        if self.builder is None:
            scope = self.scope_stack[-1] if self.scope_stack else Scope.PARAGRAPH
            self.builder = SegmentBuilder(self.source_text, self.masked, scope)
        return self.builder

    def flush(self) -> None:
        if self.builder is not None:
            for segment in self.builder.build_all(escape=escape_html):
                self.doc.segments.append(common.mask_non_prose_tokens(segment))
        self.builder = None

    # -- events ----------------------------------------------------------------------------
    def handle_starttag(self, tag, attrs):
        tag = IMAGE_ALIAS.get(tag, tag)
        start = self.position()
        raw = self.get_starttag_text() or ""
        end = start + len(raw)
        if tag in BLOCK:
            self.flush()
        if self.skip_depth == ["head"] and tag == "title":
            self.skip_depth, self.title_in_head = [], True
        if self.skip_depth:
            if tag not in VOID:
                self.skip_depth.append(tag)
            return
        element = self._element(tag, attrs, start, end)
        if tag == "html" and dict(attrs).get("lang"):
            self.doc.html_lang = dict(attrs)["lang"]
        for name in PROSE_ATTRIBUTES:
            value_span = attribute_span(raw, name)
            if value_span is not None:
                segment = self._attribute_segment(start + value_span[0], start + value_span[1], name)
                if element is not None and name == "alt":
                    element.text_segment = segment
                    element.alt_start = start + value_span[0]
                    element.alt_end = start + value_span[1]
        if tag == "img" and self.links:
            for link in self.links:
                link["images"].append(dict(attrs).get("alt"))
        if tag in SKIPPED and tag not in VOID:
            self.skip_depth.append(tag)
            self.inline_code_start = start if tag in INLINE_CODE else None
            return
        if tag in SCOPES and tag not in VOID:
            if tag == "p" and self.scope_stack and self.scope_stack[-1] == Scope.PARAGRAPH:
                self.scope_stack.pop()  # a <p> ends the previous, unclosed one
            self.scope_stack.append(SCOPES[tag])
        if tag == "a":
            while self.links:  # <a> inside an open <a> closes it, as in browsers
                self._close_link(self.links.pop())
            self.links.append({"element": element, "parts": [], "start": None, "end": None, "images": []})

    def handle_startendtag(self, tag, attrs):
        tag = IMAGE_ALIAS.get(tag, tag)
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        tag = IMAGE_ALIAS.get(tag, tag)
        if self.title_in_head and tag in ("title", "head"):
            self._close_title_in_head()
            if tag == "title":
                return  # (</head> goes on to end the skipped head)
        if self.skip_depth:
            if tag in self.skip_depth:
                while self.skip_depth and self.skip_depth.pop() != tag:
                    pass
                if not self.skip_depth and self.inline_code_start is not None:
                    self._inline_code(self.inline_code_start)
            return
        if tag in BLOCK:
            self.flush()
        if tag in SCOPES and SCOPES[tag] in self.scope_stack:
            while self.scope_stack.pop() != SCOPES[tag]:
                pass  # close what the end tag implicitly closes (an unclosed <p> in a cell)
        if tag == "a" and self.links:
            self._close_link(self.links.pop())
        if not self.open_counts.get(tag):
            return  # a stray end tag: nothing to close (and no scan of a deep stack)
        for index in range(len(self.open_elements) - 1, -1, -1):
            if self.open_elements[index].tag == tag:
                content_end = self.position()
                close = self.masked.find(">", content_end)
                self.open_elements[index].content_end = content_end
                self.open_elements[index].close_end = close + 1 if close >= 0 else content_end
                for closed in self.open_elements[index:]:
                    self.open_counts[closed.tag] -= 1
                del self.open_elements[index:]
                break

    def _inline_code(self, start: int) -> None:
        """The inline code element from `start` to the end of its end tag (the parser is at that
        tag) is one placeholder in the prose and in the text of the links around it."""
        self.inline_code_start = None
        close = self.masked.find(">", self.position())
        end = close + 1 if close >= 0 else self.position()
        self.current().placeholder(start, end)
        for link in self.links:
            link["parts"].append(PLACEHOLDER_TEXT)
            link["start"] = start if link["start"] is None else link["start"]
            link["end"] = end

    def _close_title_in_head(self) -> None:
        """<title> is the one part of <head> that is prose: the page's name in the tab, the
        bookmark and the first thing a screen reader announces (WCAG 2.4.2). While it is open the
        skipped <head> is set aside; at </title> (or </head>, for an unclosed title) it ends."""
        self.flush()
        if Scope.TITLE in self.scope_stack:
            while self.scope_stack.pop() != Scope.TITLE:
                pass
        self.skip_depth, self.title_in_head = ["head"], False

    def handle_data(self, data):
        if self.skip_depth or not data:
            return
        start = self.position()
        if self.code_spans:
            self._data_around_code(data, start)
            return
        self.current().literal(start, start + len(data))
        self._link_text(data, start, start + len(data))

    def _data_around_code(self, data: str, start: int) -> None:
        """Text with the `code` spans MDX reads in it: each span one placeholder, as in Markdown."""
        pos, end = start, start + len(data)
        spans, index = self.code_spans, self.next_code
        while index < len(spans) and spans[index][1] <= pos:
            index += 1  # (each span is passed once per block: a long JSX table is read in one pass)
        self.next_code = index
        while index < len(spans) and spans[index][0] < end:
            code_start, code_end = spans[index]
            index += 1
            if code_start > pos:
                self.current().literal(pos, code_start)
                self._link_text(data[pos - start:code_start - start], pos, code_start)
            span, (code_start, code_end) = (code_start, code_end), (max(code_start, pos), min(code_end, end))
            if span != self.code_placed:  # (its part after an entity or a tag is the same code)
                self.code_placed = span
                self.current().placeholder(code_start, code_end)
                self._link_text(PLACEHOLDER_TEXT, code_start, code_end)
            pos = code_end
        if pos < end:
            self.current().literal(pos, end)
            self._link_text(data[pos - start:], pos, end)

    def _reference(self, decoded_default: str):
        if self.skip_depth:
            return
        start = self.position()
        if self.code_placed[0] < start < self.code_placed[1]:
            return  # an entity inside a `code` span of MDX: part of its placeholder
        match = _ENTITY.match(self.masked, start)
        end = match.end() if match else start + 1
        raw = self.source_text[start:end]
        decoded = html.unescape(raw) if match else decoded_default
        self.current().decoded(decoded, start, end)
        self._link_text(decoded, start, end)

    def handle_entityref(self, name):
        self._reference("&" + name)

    def handle_charref(self, name):
        self._reference("&#" + name)

    def handle_comment(self, data):
        start = self.position()
        self.doc.comments.append(Comment(start, start + len(data) + 7, data))

    # -- elements --------------------------------------------------------------------------
    def _element(self, tag, attrs, start, end):
        if not self.want_elements or tag not in ELEMENT_TAGS:
            return None
        attributes = {name: hyphens_as_ascii(value or "") if name in _NAMING else value or "" for name, value in attrs}
        kind = {"img": "image", "a": "link"}.get(tag) or ("heading" if tag in HEADINGS else tag)
        element = Element(kind, start, end, "html", tag=tag, html=attributes,
                          parent=self.open_elements[-1] if self.open_elements else None)
        if kind == "image":
            element.alt, element.src = attributes.get("alt"), attributes.get("src", "")
        elif kind == "heading":
            element.level = int(tag[1])
        elif kind == "link":
            element.href = attributes.get("href", "")
        self.doc.elements.append(element)
        if tag not in VOID:
            self.open_elements.append(element)
            self.open_counts[tag] = self.open_counts.get(tag, 0) + 1
        return element

    def _attribute_segment(self, start: int, end: int, name: str):
        builder = SegmentBuilder(self.source_text, self.masked, Scope.ALT if name == "alt" else Scope.TITLE)
        append_html_text(builder, self.masked, start, end)
        segment = builder.build(escape=escape_attribute)
        if segment is not None:
            segment = common.mask_non_prose_tokens(segment)
            self.doc.segments.append(segment)
        return segment

    def _link_text(self, text: str, start: int, end: int) -> None:
        for link in self.links:
            link["parts"].append(text)
            literal = text == self.masked[start:end]  # (masked: a template tag in it still trims: trial14)
            if text.strip(_TRIMMED):  # spaces and vanishing tags (`{'Click here'}`'s braces: react24)
                if link["start"] is None:
                    link["start"] = start + (len(text) - len(text.lstrip(_TRIMMED)) if literal else 0)
                link["end"] = end - (len(text) - len(text.rstrip(_TRIMMED)) if literal else 0)

    def _close_link(self, link) -> None:
        element = link["element"]
        if element is None:
            return
        element.text = hyphens_as_ascii(" ".join("".join(link["parts"]).split()))  # (an <a>'s words)
        element.text_start = link["start"] if link["start"] is not None else element.start
        element.text_end = link["end"] if link["end"] is not None else element.end
        element.has_image = bool(link["images"])
        element.content_end = self.position()


_TRIMMED = " \t\r\n\f\v\u00a0" + CONTROL_MASK


def ends_a_unit_inline(raw_tag: str) -> bool:
    """Whether an inline tag in a Markdown paragraph opens or closes a block element (`<li>`,
    `</p>`, `<hr/>`): the unit ends there, as the HTML reader's flush ends one (user31: a list
    written inline in a paragraph was one sentence)."""
    match = _TAG_NAME.match(raw_tag)
    if match is None:
        return False
    name = match.group(1).lower()
    return name in BLOCK and name not in _PHRASING_IN_A_SENTENCE


def escape_attribute(text: str) -> str:
    return html.escape(text, quote=True)


def append_html_text(builder: SegmentBuilder, masked: str, start: int, end: int) -> None:
    """Text with entities: literal runs and decoded entity pieces, in source order."""
    pos = start
    for match in _ENTITY.finditer(masked, start, end):
        if match.start() > pos:
            builder.literal(pos, match.start())
        builder.decoded(html.unescape(match.group()), match.start(), match.end())
        pos = match.end()
    if pos < end:
        builder.literal(pos, end)


_ATTRIBUTE = re.compile(r"""\s([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")


def attribute_span(raw_tag: str, name: str) -> tuple[int, int] | None:
    """Offsets (within the raw start tag) of an attribute's value, quotes excluded."""
    for match in _ATTRIBUTE.finditer(raw_tag):
        if match.group(1).lower() == name and match.group(2) is not None:
            value_start, value_end = match.span(2)
            if match.group(2)[0] in "\"'":
                value_start, value_end = value_start + 1, value_end - 1
            return value_start, value_end
    return None


_MARKUP_OPEN = re.compile(r"<[A-Za-z/!?]")
_MARKED_SECTION = re.compile(r"<!\[(?!(?i:cdata|temp|ignore|include|rcdata)\s*\[)")


def parser_safe(text: str) -> str:
    """The text html.parser is given: cut where markup opens and never closes, with marked
    sections it cannot parse made bogus comments (same length, so positions hold).

    A browser shows nothing after a `<!--` with no `-->`, or after a tag, `</`, `<!` or `<?`
    with no `>` (the rest of the file is inside it). html.parser instead rescans to the end of
    the input for each such opening (quadratic: CVE-2025-6069, fixed only in 2025 security
    releases), and raises on `<![` followed by anything but a known section keyword.
    """
    cut = len(text)
    last_comment_close = text.rfind("-->")
    unclosed_comment = text.find("<!--", last_comment_close + 3 if last_comment_close >= 0 else 0)
    if unclosed_comment >= 0:
        cut = unclosed_comment
    last_close = text.rfind(">", 0, cut)
    unclosed_markup = _MARKUP_OPEN.search(text, last_close + 1, cut)
    if unclosed_markup:
        cut = unclosed_markup.start()
    text = text[:cut]
    if "<![" in text:
        text = _MARKED_SECTION.sub("<!?", text)  # a bogus comment up to the next `>`, as in browsers
    return text


def read_html(masked: str, doc: Document, start: int = 0, end: int | None = None,
              code_spans: list[tuple[int, int]] | None = None) -> None:
    end = len(masked) if end is None else end
    extractor = _Extractor(doc, masked, start)
    extractor.code_spans = code_spans or []
    extractor.feed_text(masked[start:end])
