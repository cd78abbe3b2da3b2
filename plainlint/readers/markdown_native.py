"""Markdown reader on pulldown-cmark's event stream (the `pyromark` binding).

pulldown-cmark gives a UTF-8 byte range for every block and inline event, and ends a text event
at every entity and backslash escape, so each piece of prose maps to the source directly: no
cursor search, no token list held in memory (events are pulled one at a time). The parser sees
the same same-length view of the source as before (template tags masked, front matter blanked,
CRLF as ' \\n'), so its offsets, once turned from bytes into code points, are source offsets.
"""

from __future__ import annotations

import bisect
import re
from array import array
from itertools import groupby

from ..document import Comment, Document, Element
from ..enums import Scope
from ..nlp.sentences import HARD_BREAK
from ..offsets import SegmentBuilder
from . import common

# CommonMark plus GFM tables and strikethrough: what the markdown-it reader enabled. pyromark's
# Options are an IntFlag; the plain values keep the import of `enum` machinery off start-up.
ENABLE_TABLES = 1 << 1
ENABLE_STRIKETHROUGH = 1 << 3
OPTIONS = ENABLE_TABLES | ENABLE_STRIKETHROUGH

_SCOPES = {"Item": Scope.LIST_ITEM, "BlockQuote": Scope.BLOCKQUOTE, "TableCell": Scope.TABLE_CELL,
           "Heading": Scope.HEADING}
_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# Runs of non-ASCII code points (split by UTF-8 width in ByteOffsets). One small class: a class
# of the wide ranges themselves takes the regex compiler 6 ms, a fortieth of a one-file run.
_NON_ASCII = re.compile("[^\x00-\x7f]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_MEDIA_TAG = re.compile(r"<(?:img|iframe|video|audio|track|source|embed)\b")
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>")
# A hard break as GitHub renders one: a backslash or two spaces before the newline (pulldown-cmark
# also calls ' \t' one, which cmark-gfm does not).
_HARD_BREAK_MARK = re.compile(r"(?:\\| {2,})\r?\n")
_ANCHOR_OPEN = re.compile(r"<a[\s>]")


def events(text: str):
    """(event, byte range) pairs for `text`, pulled lazily from pulldown-cmark."""
    import pyromark

    return pyromark.events_with_range(text, options=OPTIONS)


def parseable(text: str) -> str:
    """`text` as pyromark accepts it: a lone surrogate (undecodable input) becomes U+FFFD, which
    has the same UTF-8 width as the surrogate's 3 bytes in `ByteOffsets`, so offsets hold."""
    if text.isascii() or not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub("\ufffd", text)


class ByteOffsets:
    """UTF-8 byte offsets of `text` -> code point offsets.

    Stored as runs of non-ASCII characters of one width (a piecewise linear map), so the map
    costs memory per run, not per character; ASCII text needs none at all.
    """

    def __init__(self, text: str):
        self.identity = text.isascii()
        self.byte_starts = array("q")
        self.char_starts = array("q")
        self.lengths = array("q")
        self.widths = array("b")
        if self.identity:
            return
        extra = 0
        for match in _NON_ASCII.finditer(text):
            run, start = match.group(), match.start()
            width = _utf8_width(min(run))
            if width == _utf8_width(max(run)):  # one width (it grows with the code point)
                extra = self._add(start, extra, width, len(run))
                continue
            for width, chars in groupby(run, _utf8_width):  # mixed widths: one entry per sub-run
                count = sum(1 for _ in chars)
                extra = self._add(start, extra, width, count)
                start += count

    def _add(self, start: int, extra: int, width: int, count: int) -> int:
        """Record a run of `count` characters of one `width` at code point `start`; returns the
        bytes beyond one per character so far."""
        self.byte_starts.append(start + extra)
        self.char_starts.append(start)
        self.lengths.append(count)
        self.widths.append(width)
        return extra + count * (width - 1)

    def char(self, offset: int) -> int:
        if self.identity:
            return offset
        index = bisect.bisect_right(self.byte_starts, offset) - 1
        if index < 0:
            return offset
        byte_start, width, count = self.byte_starts[index], self.widths[index], self.lengths[index]
        inside = offset - byte_start
        if inside < count * width:
            return self.char_starts[index] + inside // width
        return self.char_starts[index] + count + inside - count * width


def _utf8_width(char: str) -> int:
    code = ord(char)
    return 1 if code < 0x80 else 2 if code < 0x800 else 3 if code < 0x10000 else 4


def fenced_code_spans(text: str) -> list[tuple[int, int]]:
    """Source spans of fenced code blocks, from the first line of the fence to past the last."""
    text = parseable(text)
    offsets = ByteOffsets(text)
    spans = []
    for event, span in events(text):
        if type(event) is dict and "Start" in event:
            tag = event["Start"]
            if type(tag) is dict and "CodeBlock" in tag and tag["CodeBlock"] != "Indented":
                start, end = offsets.char(span["start"]), offsets.char(span["end"])
                spans.append((_line_start(text, start), _line_end(text, end)))
    return spans


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _line_end(text: str, offset: int) -> int:
    """`offset` if it already ends a line (or the text), else just past its line's break."""
    if offset >= len(text) or (offset > 0 and text[offset - 1] == "\n"):
        return offset
    newline = text.find("\n", offset)
    return len(text) if newline < 0 else newline + 1


def heading_element(text: str, start: int, level: int) -> Element:
    """A heading spans its first line without the newline (`## Title`, or setext's text line)."""
    start = _line_start(text, start)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    return Element("heading", start, end, "markdown", level=level)


class Unit:
    """One prose unit being built: a paragraph, heading, table cell or tight list item's text."""

    __slots__ = ("builder", "links", "link_ranges", "images", "last_end", "scope")

    def __init__(self, doc: Document, text: str, scope: str):
        self.builder = SegmentBuilder(doc.source.text, text, scope)
        self.scope = scope
        self.links: list[dict] = []
        self.link_ranges: list[tuple[int, int]] = []
        self.images: list[dict] = []  # open images: their alt text takes the inline events
        self.last_end = -1  # source end of the last inline event, to tell escapes apart

    @property
    def current(self) -> SegmentBuilder:
        return self.images[-1]["builder"] if self.images else self.builder

    def only_links(self) -> bool:
        """True when the unit's words all sit in links (a list of links is not prose)."""
        return common.only_links(self.builder.text, self.link_ranges) if self.link_ranges else False


class EventReader:
    """Turns the event stream into segments, elements and comments of `doc`."""

    def __init__(self, doc: Document, text: str, escape):
        self.doc = doc
        self.text = text  # the parser's view: masked, same length as the source
        self.escape = escape
        self.scopes: list[str] = []
        self.unit: Unit | None = None
        self.code_depth = 0  # inside a code block: its text is code
        self.autolink_depth = 0  # inside an autolink: its text is the URL, already a placeholder
        self.code_spans: list[tuple[int, int]] = []
        self.char = int  # byte offset -> code point offset, set by read()

    def read(self) -> None:
        text = parseable(self.text)
        char = self.char = ByteOffsets(text).char
        for event, span in events(text):
            if type(event) is str:
                if event != "Rule":
                    start, end = char(span["start"]), char(span["end"])
                    self.line_break(start, end, event == "HardBreak" and _HARD_BREAK_MARK.match(self.text, start, end))
                else:
                    self.close_unit()
                continue
            kind, value = next(iter(event.items()))
            if kind == "Text":
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
        self.close_unit()
        if name == "CodeBlock":
            self.code_depth += 1
        elif name == "HtmlBlock":
            from .html import read_html

            start, end = char(span["start"]), char(span["end"])
            read_html(self.text, self.doc, _line_start(self.text, start), _line_end(self.text, end))
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
        self.close_unit()
        if name == "CodeBlock":
            self.code_depth -= 1
        elif name in _SCOPES and self.scopes:
            self.scopes.pop()

    def open_unit(self) -> Unit:
        if self.unit is None:
            self.unit = Unit(self.doc, self.text, self.scopes[-1] if self.scopes else Scope.PARAGRAPH)
        return self.unit

    def close_unit(self) -> None:
        unit, self.unit = self.unit, None
        if unit is None:
            return
        link_only = unit.only_links()
        for segment in unit.builder.build_all(escape=self.escape):
            if link_only:  # read with .get(): an absent key is False, and saves a dict entry per cell
                segment.context["link_only"] = True
            self.doc.segments.append(common.mask_urls(segment))

    # Inline events.

    def text_event(self, value: str, start: int, end: int) -> None:
        if self.code_depth or self.autolink_depth:
            return
        unit = self.open_unit()
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
        if self.code_depth or self.autolink_depth:
            return
        unit = self.open_unit()
        if hard:
            unit.current.separator(HARD_BREAK, start)
        if end > start and self.text[end - 1] == "\n":
            unit.current.literal(end - 1, end)
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
        if lowered.startswith("<!--"):
            self.doc.comments.append(Comment(start, end, content[4:-3]))
        elif _LINE_BREAK_TAG.match(lowered):
            unit.current.separator(HARD_BREAK, start)  # `<br>` breaks the line and ends the sentence
        elif _MEDIA_TAG.match(lowered):
            from .html import read_html

            read_html(self.text, self.doc, start, end)
        elif _ANCHOR_OPEN.match(lowered):
            from .html import attribute_span

            href_span = attribute_span(content, "href")
            href = content[href_span[0]:href_span[1]] if href_span else ""
            builder = unit.current
            unit.links.append({"start": start, "href": href, "text_from": builder.length,
                               "pieces_from": len(builder.pieces), "html": True})
        elif lowered.startswith("</a") and unit.links and unit.links[-1].get("html"):
            self.close_link(unit, unit.links.pop(), end)

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
        self.doc.elements.append(Element(
            "link", link["start"], end, "markdown", href=link["href"], text=" ".join(text.split()),
            text_start=pieces[0].src_start if pieces else fallback,
            text_end=pieces[-1].src_end if pieces else fallback,
            has_image=link.get("has_image", False)))

    def image_open(self, image: dict, start: int, end: int) -> None:
        unit = self.open_unit()
        unit.last_end = start + 2
        unit.images.append({"start": start, "src": link_href(image), "title": image["title"] or None,
                            "builder": SegmentBuilder(self.doc.source.text, self.text, Scope.ALT)})

    def image_close(self, start: int, end: int) -> None:
        unit = self.open_unit()
        unit.last_end = end
        if not unit.images:
            return
        image = unit.images.pop()
        alt_builder = image["builder"]
        alt_pieces = alt_builder.pieces
        alt_segment = common.mask_urls(alt_builder.build(self.escape)) if alt_builder.text.strip() else None
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


# What markdown-it's normalizeLink leaves alone: a URL keeps its spelling, except characters
# that are not allowed in one, which are percent-encoded (as every renderer writes the href).
_URL_SAFE = re.compile(r"[^A-Za-z0-9;/?:@&=+$,\-_.!~*'()#%]|%(?![0-9A-Fa-f]{2})")


def link_href(link: dict) -> str:
    """A link's destination as rendered in an href (percent-encoded like cmark and markdown-it)."""
    url = link["dest_url"]
    if link["link_type"] == "Email":
        url = "mailto:" + url
    if url.isascii() and not _URL_SAFE.search(url):
        return url
    from urllib.parse import quote

    return _URL_SAFE.sub(lambda m: quote(m.group(), safe=""), url)


def read_events(doc: Document, text: str, escape) -> list[tuple[int, int]]:
    """Read `text` (the parser's view of doc's source) into `doc`; returns the code spans."""
    reader = EventReader(doc, text, escape)
    reader.read()
    return reader.code_spans
