"""Markdown reader on pulldown-cmark's event stream (the `pyromark` binding).

pulldown-cmark gives a UTF-8 byte range for every block and inline event, and ends a text event
at every entity and backslash escape, so each piece of prose maps to the source directly: no
cursor search, no token list held in memory (events are pulled one at a time). The parser sees
the same same-length view of the source as before (template tags masked, front matter blanked,
CRLF as ' \\n'), so its offsets, once turned from bytes into code points, are source offsets.
"""

from __future__ import annotations

import re

from ..document import Comment, Document, Element
from ...enums import Scope
from ...nlp.sentences import HARD_BREAK
from ..segment_builder import SegmentBuilder
from . import common
from .byte_offsets import ByteOffsets
from .fenced import FencedProse, reads_as_email, reads_as_reply
from .markdown_inline_code import CODE_TAG, code_tag, link_text_in_code, note_shown_text
from .markdown_events import events, heading_element, line_end, line_start, link_href, parseable, unclosed_comment


_SCOPES = {"Item": Scope.LIST_ITEM, "BlockQuote": Scope.BLOCKQUOTE, "TableCell": Scope.TABLE_CELL,
           "Heading": Scope.HEADING}
_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_MEDIA_TAG = re.compile(r"<(?:img|image|iframe|video|audio|track|source|embed)\b")
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>")
# A hard break as GitHub renders one: a backslash or two spaces before the newline (pulldown-cmark
# also calls ' \t' one, which cmark-gfm does not).
_HARD_BREAK_MARK = re.compile(r"(?:\\| {2,})\r?\n")
_ANCHOR_OPEN = re.compile(r"<a[\s>]")


class Unit:
    """One prose unit being built: a paragraph, heading, table cell or tight list item's text."""

    __slots__ = ("builder", "current", "links", "link_ranges", "images", "last_end", "scope")

    def __init__(self, doc: Document, text: str, scope: str):
        self.builder = SegmentBuilder(doc.source.text, text, scope)
        self.scope = scope
        self.links: list[dict] = []
        self.link_ranges: list[tuple[int, int]] = []
        self.images: list[dict] = []  # open images: their alt text takes the inline events
        self.last_end = -1  # source end of the last inline event, to tell escapes apart
        # The builder the inline events go to: the innermost open image's alt text, else the
        # unit's own (an attribute, not a property: every text event asks).
        self.current = self.builder

    def open_image(self, image: dict) -> None:
        self.images.append(image)
        self.current = image["builder"]

    def close_image(self) -> dict:
        image = self.images.pop()
        self.current = self.images[-1]["builder"] if self.images else self.builder
        return image

    def only_links(self) -> bool:
        """True when the unit's words all sit in links (a list of links is not prose)."""
        return common.only_links(self.builder.text, self.link_ranges) if self.link_ranges else False


class EventReader:
    """Turns the event stream into segments, elements and comments of `doc`."""

    def __init__(self, doc: Document, text: str, escape, fenced: FencedProse | None = None):
        self.doc = doc
        self.fenced = fenced  # `lint-fenced`: fence languages read as prose
        self.fence: tuple[str, list[tuple[int, int]], bool] | None = None  # open prose fence: format, content spans, bare
        self.text = text  # the parser's view: masked, same length as the source
        self.escape = escape
        self.scopes: list[str] = []
        self.unit: Unit | None = None
        self.code_depth = 0  # inside a code block: its text is code
        self.autolink_depth = 0  # inside an autolink: its text is the URL, already a placeholder
        self.code_spans: list[tuple[int, int]] = []
        self.char = int  # byte offset -> code point offset, set by read()
        self.inline_code: list[tuple[str, int]] = []  # open inline <code>, <kbd>, ...: (tag, start)
        self.comment_cut = unclosed_comment(text)  # a `<!--` never closed: nothing after it is read

    def read(self) -> None:
        text = parseable(self.text)
        char = self.char = ByteOffsets(text).char
        for event, span in events(text):
            if self.comment_cut is not None and self.cut_reached(event, span):  # the rest is hidden
                break
            if type(event) is str:
                if event != "Rule":
                    start, end = char(span["start"]), char(span["end"])
                    self.line_break(start, end, event == "HardBreak" and _HARD_BREAK_MARK.match(self.text, start, end))
                else:
                    self.close_unit()
                continue
            kind, value = event.popitem()  # (the event's own dict, one entry: one call, not three)
            if kind == "Text":
                if self.fence is not None:
                    self.fence[1].append((char(span["start"]), char(span["end"])))
                self.text_event(value, char(span["start"]), char(span["end"]))
            elif kind == "Start":
                self.start(value, span)
            elif kind == "End":
                self.end(value, span)
            elif kind == "Code":
                self.code(char(span["start"]), char(span["end"]))
            elif kind == "InlineHtml":
                self.inline_html(value, char(span["start"]), char(span["end"]))
        self.close_unit()

    def cut_reached(self, event, span: dict) -> bool:
        """Whether reading stops at this event: it starts past the unclosed `<!--`, or is the text
        holding it (its part before the `<!--` is read). A `<!--` inside code is code: the cut
        moves to the next unclosed `<!--` after it."""
        cut, start, end = self.comment_cut, self.char(span["start"]), self.char(span["end"])
        if end <= cut:
            return False
        kind = event if type(event) is str else next(iter(event))
        in_code = self.code_depth or kind == "Code" or (
            kind == "Start" and type(event["Start"]) is dict and "CodeBlock" in event["Start"])
        if in_code and start <= cut:
            self.comment_cut = unclosed_comment(self.text, end)
            return False
        if start >= cut:
            return True
        if kind == "Text":
            self.text_event(event["Text"][:cut - start], start, cut)
            return True
        if kind == "Start" and event["Start"] == "HtmlBlock":
            from .html_blocks import read_html_block_of_markdown  # it stops at the `<!--` itself (html.parser_safe)

            self.close_unit()
            read_html_block_of_markdown(self.text, self.doc, line_start(self.text, start), line_end(self.text, end))
            return True
        return False

    # Blocks.

    def start(self, tag, span: dict) -> None:
        """A block or inline container opens; byte ranges are converted only where used."""
        name = tag if type(tag) is str else next(iter(tag))
        if name in ("Emphasis", "Strong", "Strikethrough"):
            return
        char = self.char
        if name == "Link":
            self.link_open(tag["Link"], char(span["start"]), char(span["end"]))
            return
        if name == "Image":
            self.image_open(tag["Image"], char(span["start"]), char(span["end"]))
            return
        if self.unit is not None:  # (most find none open, and then no inline <code> is open either)
            self.close_unit()
        if name == "CodeBlock":
            self.code_depth += 1
            info = tag["CodeBlock"]["Fenced"] if type(tag["CodeBlock"]) is dict else None
            prose_format = self.fenced.format_of(info) if self.fenced is not None and info is not None else None
            if prose_format is not None:
                self.fence = (prose_format, [], self.fenced.is_bare(info))
        elif name == "HtmlBlock":
            from .html_blocks import read_html_block_of_markdown

            start, end = char(span["start"]), char(span["end"])
            read_html_block_of_markdown(self.text, self.doc, line_start(self.text, start), line_end(self.text, end))
        elif name in _SCOPES:
            self.scopes.append(_SCOPES[name])
            if name == "Heading":
                start = char(span["start"])
                self.doc.elements.append(heading_element(self.text, start, int(tag["Heading"]["level"][1])))

    def end(self, tag, span: dict) -> None:
        name = tag if type(tag) is str else next(iter(tag))
        if name in ("Emphasis", "Strong", "Strikethrough"):
            return
        if name == "Link":
            self.link_close(self.char(span["start"]), self.char(span["end"]))
            return
        if name == "Image":
            self.image_close(self.char(span["start"]), self.char(span["end"]))
            return
        if self.unit is not None:  # (most find none open, and then no inline <code> is open either)
            self.close_unit()
        if name == "CodeBlock":
            self.code_depth -= 1
            if self.fence is not None:
                self.read_fence(*self.fence)
                self.fence = None
        elif name in _SCOPES and self.scopes:
            self.scopes.pop()

    def read_fence(self, prose_format: str, spans: list[tuple[int, int]], bare: bool) -> None:
        """A prose fence's content, read on its own (a reply is its own document): Markdown with
        a reader of its own, or plain text. Its headings are the reply's, not the file's outline,
        so they are not added as heading elements. A fence with no language is read only when
        its content reads as a reply (outside saved replies: as an e-mail)."""
        if not spans or (bare and not (reads_as_email if self.fenced.emails_only else reads_as_reply)(
                "".join(self.text[start:end] for start, end in spans))):
            return
        if prose_format == "text":
            from .text import read_text

            read_text(self.fenced.view(spans), self.doc)
            return
        view = self.fenced.dedented_view(spans)
        elements = len(self.doc.elements)
        inner = EventReader(self.doc, view, self.escape)
        inner.read()
        self.code_spans.extend(inner.code_spans)
        self.doc.elements[elements:] = [e for e in self.doc.elements[elements:] if e.kind != "heading"]

    def open_unit(self) -> Unit:
        if self.unit is None:
            self.unit = Unit(self.doc, self.text, self.scopes[-1] if self.scopes else Scope.PARAGRAPH)
        return self.unit

    def close_unit(self) -> None:
        self.inline_code.clear()  # an inline <code> never closed ends with its paragraph
        unit, self.unit = self.unit, None
        if unit is None:
            return
        link_only = unit.only_links()
        for segment in unit.builder.build_all(escape=self.escape):
            if link_only:  # read with .get(): an absent key is False, and saves a dict entry per cell
                segment.with_context(link_only=True)
            self.doc.segments.append_unreferenced(common.mask_non_prose_tokens(segment))

    # Inline events.

    def text_event(self, value: str, start: int, end: int) -> None:
        if self.code_depth or self.autolink_depth or self.inline_code:
            note_shown_text(self, value, start, end)  # inside inline HTML code: a link's name, never prose
            return
        unit = self.unit if self.unit is not None else self.open_unit()
        builder = unit.current
        source = self.text
        if source[start:end] != value:  # an entity (the event holds exactly one)
            builder.decoded(value, start, end)
        elif (start > 0 and source[start - 1] == "\\" and start - 1 >= unit.last_end
              and value[0] in _ASCII_PUNCTUATION and not (value[0] == "|" and unit.scope == Scope.TABLE_CELL)):
            # A backslash escape: the event starts after the backslash. (In a table cell `\|` is
            # the table's own escape, removed before inline parsing: the `|` is literal text.)
            builder.decoded(value[0], start - 1, start + 1)
            if end > start + 1:
                builder.literal(start + 1, end)
        else:
            builder.literal(start, end)
        unit.last_end = end

    def line_break(self, start: int, end: int, hard: bool = False) -> None:
        """A soft or hard break is the line's newline in the prose (a space where there is none);
        a hard break also ends the sentence (HARD_BREAK before the newline)."""
        if self.code_depth or self.autolink_depth or self.inline_code:
            note_shown_text(self, " ", start, end)
            return
        unit = self.open_unit()
        if hard:
            unit.current.separator(HARD_BREAK, start)
        newline = self.doc.source.text.find("\n", start, end)  # the view's may have moved (mkdocs_blocks)
        if end > start and self.text[end - 1] == "\n" and newline >= 0:
            unit.current.literal(newline, newline + 1)
        else:
            unit.current.separator(" ", start)
        unit.last_end = end

    def code(self, start: int, end: int) -> None:
        unit = self.open_unit()
        unit.current.placeholder(start, end)
        self.code_spans.append((start, end))
        unit.last_end = end

    def inline_html(self, content: str, start: int, end: int) -> None:
        """Inline tags are markup; `<img>` feeds the alt-text rules and `<a>` the link rules."""
        unit = self.open_unit()
        unit.last_end = end
        lowered = content.lower()
        tag = CODE_TAG.match(lowered)
        if tag:
            code_tag(self, unit, tag, start, end)
        elif self.inline_code:
            return  # markup inside inline code is code
        elif lowered.startswith("<!--"):
            self.doc.comments.append(Comment(start, end, content[4:-3]))
        elif _LINE_BREAK_TAG.match(lowered):
            unit.current.separator(HARD_BREAK, start)  # `<br>` breaks the line and ends the sentence
        elif _MEDIA_TAG.match(lowered):
            from .html import read_html

            read_html(self.text, self.doc, start, end)
            if lowered.startswith("<img") and unit.links:
                unit.links[-1]["has_image"] = True  # the image's alt names the link
        elif _ANCHOR_OPEN.match(lowered):
            from .html import attribute_span

            href_span = attribute_span(content, "href")
            href = content[href_span[0]:href_span[1]] if href_span else ""
            builder = unit.current
            unit.links.append({"start": start, "href": href, "text_from": builder.length,
                               "pieces_from": len(builder.pieces), "html": True})
        elif lowered.startswith("</a") and unit.links and unit.links[-1].get("html"):
            self.close_link(unit, unit.links.pop(), end)
        else:
            from .html import ends_a_unit_inline

            if ends_a_unit_inline(content):
                unit.current.split()  # `<li>`, `</p>`: a unit of its own, as in an HTML file

    def link_open(self, link: dict, start: int, end: int) -> None:
        unit = self.open_unit()
        unit.last_end = start + 1
        if link["link_type"] in ("Autolink", "Email"):
            unit.current.placeholder(start, end)
            self.autolink_depth += 1
            self.doc.elements.append(Element(
                "link", start, end, "markdown", href=link_href(link),
                text=self.doc.source.text[start + 1:end - 1], text_start=start + 1, text_end=end - 1))
            return
        builder = unit.current
        unit.links.append({"start": start, "end": end, "href": link_href(link), "text_from": builder.length,
                           "pieces_from": len(builder.pieces)})

    def link_close(self, start: int, end: int) -> None:
        if self.autolink_depth:
            self.autolink_depth -= 1
            return
        unit = self.open_unit()
        text_end = self.text.find("]", max(start + 1, unit.last_end), end)  # after the link text
        unit.last_end = end
        if unit.links and not unit.links[-1].get("html"):
            self.close_link(unit, unit.links.pop(), end, text_end)

    def close_link(self, unit: Unit, link: dict, end: int, text_end: int | None = None) -> None:
        builder = unit.current
        pieces = builder.pieces[link["pieces_from"]:]
        text = builder.text_since(link["text_from"])
        if builder is unit.builder:
            unit.link_ranges.append((link["text_from"], builder.length))
        fallback = text_end if text_end is not None and text_end >= 0 else end
        text_start, text_end = (pieces[0].src_start, pieces[-1].src_end) if pieces else (fallback, fallback)
        if (in_code := link_text_in_code(link, pieces)) is not None:
            text, text_start, text_end = in_code  # `<code>[Name](...)</code>`: named as shown
        self.doc.elements.append(Element(
            "link", link["start"], end, "markdown", href=link["href"], text=" ".join(text.split()),
            text_start=text_start, text_end=text_end,
            has_image=link.get("has_image", False)))

    def image_open(self, image: dict, start: int, end: int) -> None:
        unit = self.open_unit()
        unit.last_end = start + 2
        unit.open_image({"start": start, "src": link_href(image), "title": image["title"] or None,
                         "builder": SegmentBuilder(self.doc.source.text, self.text, Scope.ALT)})

    def image_close(self, start: int, end: int) -> None:
        unit = self.open_unit()
        unit.last_end = end
        if not unit.images:
            return
        image = unit.close_image()
        alt_builder = image["builder"]
        alt_pieces = alt_builder.pieces
        alt_segment = common.mask_non_prose_tokens(alt_builder.build(self.escape)) if alt_builder.text.strip() else None
        if alt_segment:
            self.doc.segments.append(alt_segment)
        if unit.links:
            unit.links[-1]["has_image"] = True
        close = self.text.find("]", alt_pieces[-1].src_end if alt_pieces else start + 2, end)
        self.doc.elements.append(Element(
            "image", start, end, "markdown", text_segment=alt_segment, alt=alt_builder.text,
            src=image["src"], title=image["title"],
            alt_start=alt_pieces[0].src_start if alt_pieces else start + 2,
            alt_end=alt_pieces[-1].src_end if alt_pieces else (close if close >= 0 else start + 2)))


def read_events(doc: Document, text: str, escape, lint_fenced: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """Read `text` (the parser's view of doc's source) into `doc`; returns the code spans.
    Fences in a `lint_fenced` language are read as prose (see readers.fenced)."""
    reader = EventReader(doc, text, escape, FencedProse(text, lint_fenced) if lint_fenced else None)
    reader.read()
    return reader.code_spans
