# distutils: language = c++
# cython: language_level=3, boundscheck=False, wraparound=True, initializedcheck=False
"""A typed port of plainlint's Markdown event reader (markdown_native.EventReader), its
SegmentBuilder and its byte-offset map, for measurement only: cdef classes, C integers for every
offset, the pieces of a segment in C vectors (packed into OffsetMap's bytes without Piece
tuples), the event dispatch on the event dict's one key (PyDict_Next). What stays Python: the
events pyromark makes (a dict and a span dict per event), the segments and elements the rules
read, the strings, and the cold paths (HTML, fences, template branches), ported as they are."""

from libcpp.vector cimport vector
from cpython.dict cimport PyDict_Next
from cpython.object cimport PyObject
from cpython.bytes cimport PyBytes_FromStringAndSize, PyBytes_AS_STRING
from libc.stdint cimport int32_t

from array import array
import re

from plainlint.enums import Scope
from plainlint.nlp.sentences import HARD_BREAK
from plainlint.reading.document import Comment, Element
from plainlint.reading.offsets import (
    BRANCH_MASK, BREAK, CONTROL_MASK, DECODED, LITERAL, MASKS, NO_CONTEXT, OUTPUT_MASK, PLACEHOLDER,
    PLACEHOLDER_TEXT, OffsetMap, Piece, Segment, identity,
)
from plainlint.reading.segment_builder import SOFT_HYPHEN, OffsetInvariantError, _BLANK, _without_soft_hyphens
from plainlint.reading.readers import common
from plainlint.reading.readers.byte_offsets import ByteOffsets
from plainlint.reading.readers.fenced import FencedProse, reads_as_reply
from plainlint.reading.readers.markdown_events import (
    events, heading_element, line_end, line_start, link_href, parseable, unclosed_comment,
)
from plainlint.reading.readers.markdown_native import (
    _ANCHOR_OPEN, _ASCII_PUNCTUATION, _CODE_TAG, _HARD_BREAK_MARK, _LINE_BREAK_TAG, _MEDIA_TAG, _SCOPES,
)
from plainlint.reading.readers.html import attribute_span, read_html, read_html_block_of_markdown
from plainlint.reading.readers.text import read_text

cdef enum:
    K_LITERAL = 0
    K_DECODED = 1
    K_PLACEHOLDER = 2
    K_BREAK = 3

_KIND_NAMES = (LITERAL, DECODED, PLACEHOLDER, BREAK)
_KIND_CODE = {LITERAL: K_LITERAL, DECODED: K_DECODED, PLACEHOLDER: K_PLACEHOLDER, BREAK: K_BREAK}
cdef long long _NARROW_LIMIT = 2 ** 31
cdef Py_ssize_t _PACK_AT_MOST = 5 * 1000
_PARAGRAPH = Scope.PARAGRAPH
_TABLE_CELL = Scope.TABLE_CELL
_ALT = Scope.ALT


cdef class CByteOffsets:
    """ByteOffsets with its runs in C vectors and a C binary search."""
    cdef bint identity
    cdef vector[long long] byte_starts, char_starts, lengths, widths

    def __init__(self, str text):
        python = ByteOffsets(text)
        self.identity = python.identity
        for values, column in ((python.byte_starts, 0), (python.char_starts, 1), (python.lengths, 2), (python.widths, 3)):
            for value in values:
                if column == 0:
                    self.byte_starts.push_back(value)
                elif column == 1:
                    self.char_starts.push_back(value)
                elif column == 2:
                    self.lengths.push_back(value)
                else:
                    self.widths.push_back(value)

    cdef inline long long to_char(self, long long offset):
        if self.identity:
            return offset
        cdef Py_ssize_t lo = 0, hi = self.byte_starts.size(), mid
        while lo < hi:
            mid = (lo + hi) >> 1
            if offset < self.byte_starts[mid]:
                hi = mid
            else:
                lo = mid + 1
        cdef Py_ssize_t index = lo - 1
        if index < 0:
            return offset
        cdef long long byte_start = self.byte_starts[index], width = self.widths[index], count = self.lengths[index]
        cdef long long inside = offset - byte_start
        if inside < count * width:
            return self.char_starts[index] + inside // width
        return self.char_starts[index] + count + inside - count * width


cdef class Builder:
    """SegmentBuilder with the pieces in C vectors."""
    cdef public str source_text, masked
    cdef public object scope
    cdef public list parts, splits
    cdef vector[long long] part_starts, p_start, p_end, p_src_start, p_src_end
    cdef vector[int] p_kind
    cdef public Py_ssize_t length

    def __init__(self, str source_text, masked=None, scope=_PARAGRAPH):
        self.source_text = source_text
        self.masked = source_text if masked is None else masked
        self.scope = scope
        self.parts = []
        self.splits = []
        self.length = 0

    cdef void _add(self, str text, Py_ssize_t src_start, Py_ssize_t src_end, int kind) except *:
        if (kind == K_LITERAL or kind == K_DECODED) and SOFT_HYPHEN in text:
            if kind == K_LITERAL:
                for part, at in _without_soft_hyphens(text, src_start):
                    self._add(part, at, at + len(part), K_LITERAL)
                return
            text = text.replace(SOFT_HYPHEN, "")
        cdef Py_ssize_t size = len(text)
        if not size:
            return
        cdef Py_ssize_t n = self.p_kind.size()
        if kind == K_LITERAL and n and self.p_kind[n - 1] == K_LITERAL and self.p_src_end[n - 1] == src_start:
            self.p_end[n - 1] += size
            self.p_src_end[n - 1] = src_end
        else:
            self.p_start.push_back(self.length)
            self.p_end.push_back(self.length + size)
            self.p_src_start.push_back(src_start)
            self.p_src_end.push_back(src_end)
            self.p_kind.push_back(kind)
        self.parts.append(text)
        self.part_starts.push_back(self.length)
        self.length += size

    cpdef literal(self, Py_ssize_t src_start, Py_ssize_t src_end):
        cdef str masked = self.masked
        cdef Py_ssize_t i
        cdef Py_UCS4 c
        cdef bint has_mask = False
        for i in range(src_start, src_end):
            c = masked[i]
            if 0xE000 <= c <= 0xE002:
                has_mask = True
                break
        if not has_mask:
            self._add(self.source_text[src_start:src_end], src_start, src_end, K_LITERAL)
            return
        pos = src_start
        while pos < src_end:
            char = masked[pos]
            run_end = pos + 1
            if char in MASKS:
                while run_end < src_end and masked[run_end] in (char, "\n", "\r"):
                    run_end += 1
                while masked[run_end - 1] in "\r\n":
                    run_end -= 1
                if char == OUTPUT_MASK:
                    self.placeholder(pos, run_end)
                elif char == BRANCH_MASK:
                    self.splits.append(self.length)
            else:
                while run_end < src_end and masked[run_end] not in MASKS:
                    run_end += 1
                self._add(self.source_text[pos:run_end], pos, run_end, K_LITERAL)
            pos = run_end

    cpdef decoded(self, str text, Py_ssize_t src_start, Py_ssize_t src_end):
        self._add(text, src_start, src_end, K_DECODED)

    cpdef placeholder(self, Py_ssize_t src_start, Py_ssize_t src_end, str text=PLACEHOLDER_TEXT):
        self._add(text, src_start, src_end, K_PLACEHOLDER)

    cpdef separator(self, str text, Py_ssize_t at):
        self._add(text, at, at, K_BREAK)

    @property
    def text(self):
        return "".join(self.parts)

    @property
    def pieces(self):
        return [Piece(self.p_start[i], self.p_end[i], self.p_src_start[i], self.p_src_end[i], _KIND_NAMES[self.p_kind[i]])
                for i in range(self.p_kind.size())]

    cdef Py_ssize_t npieces(self):
        return self.p_kind.size()

    cdef void _load(self, list pieces):
        self.p_start.clear(); self.p_end.clear(); self.p_src_start.clear(); self.p_src_end.clear(); self.p_kind.clear()
        for piece in pieces:
            self.p_start.push_back(piece.start)
            self.p_end.push_back(piece.end)
            self.p_src_start.push_back(piece.src_start)
            self.p_src_end.push_back(piece.src_end)
            self.p_kind.push_back(_KIND_CODE[piece.kind])

    cpdef str text_since(self, Py_ssize_t offset):
        if not self.parts:
            return ""
        cdef Py_ssize_t lo = 0, hi = self.part_starts.size(), mid
        while lo < hi:
            mid = (lo + hi) >> 1
            if offset < self.part_starts[mid]:
                hi = mid
            else:
                lo = mid + 1
        cdef Py_ssize_t first = lo - 1 if lo > 0 else 0
        return "".join(self.parts[first:])[offset - self.part_starts[first]:]

    cdef str _trim(self, str text):
        cdef Py_ssize_t n = len(text)
        cdef Py_ssize_t lead = n - len(text.lstrip(_BLANK))
        cdef Py_ssize_t trail = n - len(text.rstrip(_BLANK))
        if not lead and not trail:
            return text
        cdef Py_ssize_t end = n - trail
        self._load(OffsetMap(self.pieces).slice(lead, end))
        self.parts = [text[lead:end]]
        self.part_starts.clear()
        self.part_starts.push_back(0)
        self.length = end - lead
        return self.parts[0]

    def build_all(self, escape=identity):
        if not self.splits:
            segment = self.build(escape)
            return [segment] if segment else []
        out = []
        text, whole = self.text, OffsetMap(self.pieces)
        bounds = [0, *self.splits, len(text)]
        for lo, hi in zip(bounds, bounds[1:]):
            part = Builder(self.source_text, self.masked, self.scope)
            for piece in whole.slice(lo, hi, at=lo):
                part._add(text[piece.start:piece.end], piece.src_start, piece.src_end, _KIND_CODE[piece.kind])
            segment = part.build(escape)
            if segment:
                out.append(segment)
        return out

    def build(self, escape=identity, **context):
        cdef str text = self.text
        if not text.strip(_BLANK):
            return None
        text = self._trim(text)
        cdef str source = self.source_text
        cdef Py_ssize_t i, j, n = self.p_kind.size(), length = len(text)
        for i in range(n):
            if self.p_kind[i] == K_LITERAL:
                if self.p_end[i] - self.p_start[i] != self.p_src_end[i] - self.p_src_start[i]:
                    self._invariant(i)
                for j in range(self.p_end[i] - self.p_start[i]):
                    if text[self.p_start[i] + j] != source[self.p_src_start[i] + j]:
                        self._invariant(i)
        return Segment(text, self._map_of(length), self.scope, escape, context or NO_CONTEXT)

    cdef void _invariant(self, Py_ssize_t i) except *:
        raise OffsetInvariantError(
            f"a literal piece at text {self.p_start[i]}-{self.p_end[i]} does not equal the source at "
            f"{self.p_src_start[i]}-{self.p_src_end[i]}: a reader mapped prose to the wrong place")

    cdef object _map_of(self, Py_ssize_t length):
        """segment_builder._map_of: the start of one literal run, else OffsetMap's packed bytes,
        written straight from the vectors (32-bit, a trailing NUL) when every offset fits."""
        cdef Py_ssize_t n = self.p_kind.size(), i
        if n == 1 and self.p_kind[0] == K_LITERAL and self.p_start[0] == 0 and self.p_end[0] == length \
                and self.p_src_end[0] - self.p_src_start[0] == length and 0 <= self.p_src_start[0] \
                and self.p_src_end[0] < _NARROW_LIMIT:
            return self.p_src_start[0]
        cdef bint narrow = True
        for i in range(n):
            if not (-_NARROW_LIMIT <= self.p_src_start[i] < _NARROW_LIMIT and -_NARROW_LIMIT <= self.p_src_end[i] < _NARROW_LIMIT
                    and self.p_end[i] < _NARROW_LIMIT):
                narrow = False
        if not narrow or 5 * n >= _PACK_AT_MOST:
            return OffsetMap(self.pieces)
        cdef bytes data = PyBytes_FromStringAndSize(NULL, 20 * n + 1)
        cdef int32_t* out = <int32_t*> PyBytes_AS_STRING(data)
        for i in range(n):
            out[i] = <int32_t> self.p_start[i]
            out[n + i] = <int32_t> self.p_end[i]
            out[2 * n + i] = <int32_t> self.p_src_start[i]
            out[3 * n + i] = <int32_t> self.p_src_end[i]
            out[4 * n + i] = <int32_t> self.p_kind[i]
        (<char*> out)[20 * n] = 0
        return OffsetMap.of_packed(data)


cdef class Unit:
    cdef public Builder builder
    cdef public list links, link_ranges, images
    cdef public Py_ssize_t last_end
    cdef public object scope

    def __init__(self, doc, str text, scope):
        self.builder = Builder(doc.source.text, text, scope)
        self.scope = scope
        self.links = []
        self.link_ranges = []
        self.images = []
        self.last_end = -1

    cdef inline Builder current(self):
        return <Builder> self.images[-1]["builder"] if self.images else self.builder

    cdef bint only_links(self):
        return common.only_links(self.builder.text, self.link_ranges) if self.link_ranges else False


cdef class EventReader:
    cdef object doc, fenced, escape, comment_cut
    cdef public object fence
    cdef str text
    cdef list scopes, inline_code
    cdef public list code_spans
    cdef Unit unit
    cdef Py_ssize_t code_depth, autolink_depth
    cdef CByteOffsets offsets

    def __init__(self, doc, str text, escape, fenced=None):
        self.doc = doc
        self.fenced = fenced
        self.fence = None
        self.text = text
        self.escape = escape
        self.scopes = []
        self.unit = None
        self.code_depth = 0
        self.autolink_depth = 0
        self.code_spans = []
        self.inline_code = []
        self.comment_cut = unclosed_comment(text)

    cdef inline Py_ssize_t ch(self, object offset):
        return self.offsets.to_char(offset)

    def read(self):
        text = parseable(self.text)
        self.offsets = CByteOffsets(text)
        cdef CByteOffsets off = self.offsets
        cdef Py_ssize_t pos, start, end
        cdef PyObject* key
        cdef PyObject* value
        cdef dict span
        for event, span_object in events(text):
            span = <dict> span_object
            if self.comment_cut is not None and self.cut_reached(event, span):
                break
            if type(event) is str:
                if event != "Rule":
                    start, end = off.to_char(span["start"]), off.to_char(span["end"])
                    self.line_break(start, end, event == "HardBreak" and _HARD_BREAK_MARK.match(self.text, start, end))
                else:
                    self.close_unit()
                continue
            pos = 0
            PyDict_Next(event, &pos, &key, &value)
            kind = <object> key
            if kind == "Text":
                start, end = off.to_char(span["start"]), off.to_char(span["end"])
                if self.fence is not None:
                    self.fence[1].append((start, end))
                self.text_event(<str> value, start, end)
            elif kind == "Start":
                self.start(<object> value, span)
            elif kind == "End":
                self.end(<object> value, span)
            elif kind == "Code":
                self.code(off.to_char(span["start"]), off.to_char(span["end"]))
            elif kind == "InlineHtml":
                self.inline_html(<object> value, off.to_char(span["start"]), off.to_char(span["end"]))
        self.close_unit()

    cdef bint cut_reached(self, event, dict span) except -1:
        cut, start, end = self.comment_cut, self.ch(span["start"]), self.ch(span["end"])
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
            self.close_unit()
            read_html_block_of_markdown(self.text, self.doc, line_start(self.text, start), line_end(self.text, end))
            return True
        return False

    cdef void start(self, tag, dict span) except *:
        name = tag if type(tag) is str else next(iter(tag))
        if name == "Emphasis" or name == "Strong" or name == "Strikethrough":
            return
        if name == "Link":
            self.link_open(tag["Link"], self.ch(span["start"]), self.ch(span["end"]))
            return
        if name == "Image":
            self.image_open(tag["Image"], self.ch(span["start"]), self.ch(span["end"]))
            return
        self.close_unit()
        if name == "CodeBlock":
            self.code_depth += 1
            info = tag["CodeBlock"]["Fenced"] if type(tag["CodeBlock"]) is dict else None
            prose_format = self.fenced.format_of(info) if self.fenced is not None and info is not None else None
            if prose_format is not None:
                self.fence = (prose_format, [], self.fenced.is_bare(info))
        elif name == "HtmlBlock":
            start, end = self.ch(span["start"]), self.ch(span["end"])
            read_html_block_of_markdown(self.text, self.doc, line_start(self.text, start), line_end(self.text, end))
        elif name in _SCOPES:
            self.scopes.append(_SCOPES[name])
            if name == "Heading":
                self.doc.elements.append(heading_element(self.text, self.ch(span["start"]), int(tag["Heading"]["level"][1])))

    cdef void end(self, tag, dict span) except *:
        name = tag if type(tag) is str else next(iter(tag))
        if name == "Emphasis" or name == "Strong" or name == "Strikethrough":
            return
        if name == "Link":
            self.link_close(self.ch(span["start"]), self.ch(span["end"]))
            return
        if name == "Image":
            self.image_close(self.ch(span["start"]), self.ch(span["end"]))
            return
        self.close_unit()
        if name == "CodeBlock":
            self.code_depth -= 1
            if self.fence is not None:
                self.read_fence(*self.fence)
                self.fence = None
        elif name in _SCOPES and self.scopes:
            self.scopes.pop()

    def read_fence(self, prose_format, spans, bare):
        if not spans or (bare and not reads_as_reply("".join(self.text[start:end] for start, end in spans))):
            return
        if prose_format == "text":
            read_text(self.fenced.view(spans), self.doc)
            return
        view = self.fenced.dedented_view(spans)
        elements = len(self.doc.elements)
        inner = EventReader(self.doc, view, self.escape)
        inner.read()
        self.code_spans.extend(inner.code_spans)
        self.doc.elements[elements:] = [e for e in self.doc.elements[elements:] if e.kind != "heading"]

    cdef Unit open_unit(self):
        if self.unit is None:
            self.unit = Unit(self.doc, self.text, self.scopes[-1] if self.scopes else _PARAGRAPH)
        return self.unit

    cdef void close_unit(self) except *:
        self.inline_code.clear()
        cdef Unit unit = self.unit
        self.unit = None
        if unit is None:
            return
        cdef bint link_only = unit.only_links()
        segments = self.doc.segments
        for segment in unit.builder.build_all(escape=self.escape):
            if link_only:
                segment.with_context(link_only=True)
            segments.append_unreferenced(common.mask_non_prose_tokens(segment))

    cdef void text_event(self, str value, Py_ssize_t start, Py_ssize_t end) except *:
        if self.code_depth or self.autolink_depth or self.inline_code:
            return
        cdef Unit unit = self.open_unit()
        cdef Builder builder = unit.current()
        cdef str source = self.text
        cdef Py_ssize_t size = len(value), i
        cdef bint same = end - start == size
        if same:
            for i in range(size):
                if source[start + i] != value[i]:
                    same = False
                    break
        if not same:
            builder.decoded(value, start, end)
        elif (start > 0 and source[start - 1] == "\\" and start - 1 >= unit.last_end
              and value[0] in _ASCII_PUNCTUATION and not (value[0] == "|" and unit.scope == _TABLE_CELL)):
            builder.decoded(value[0], start - 1, start + 1)
            if end > start + 1:
                builder.literal(start + 1, end)
        else:
            builder.literal(start, end)
        unit.last_end = end

    cdef void line_break(self, Py_ssize_t start, Py_ssize_t end, hard) except *:
        if self.code_depth or self.autolink_depth or self.inline_code:
            return
        cdef Unit unit = self.open_unit()
        if hard:
            unit.current().separator(HARD_BREAK, start)
        if end > start and self.text[end - 1] == "\n":
            unit.current().literal(end - 1, end)
        else:
            unit.current().separator(" ", start)
        unit.last_end = end

    cdef void code(self, Py_ssize_t start, Py_ssize_t end) except *:
        cdef Unit unit = self.open_unit()
        unit.current().placeholder(start, end)
        self.code_spans.append((start, end))
        unit.last_end = end

    cdef void inline_html(self, str content, Py_ssize_t start, Py_ssize_t end) except *:
        cdef Unit unit = self.open_unit()
        cdef Builder builder
        unit.last_end = end
        lowered = content.lower()
        code_tag = _CODE_TAG.match(lowered)
        if code_tag:
            self.inline_code_tag(unit, code_tag, start, end)
        elif self.inline_code:
            return
        elif lowered.startswith("<!--"):
            self.doc.comments.append(Comment(start, end, content[4:-3]))
        elif _LINE_BREAK_TAG.match(lowered):
            unit.current().separator(HARD_BREAK, start)
        elif _MEDIA_TAG.match(lowered):
            read_html(self.text, self.doc, start, end)
        elif _ANCHOR_OPEN.match(lowered):
            href_span = attribute_span(content, "href")
            href = content[href_span[0]:href_span[1]] if href_span else ""
            builder = unit.current()
            unit.links.append({"start": start, "href": href, "text_from": builder.length,
                               "pieces_from": builder.npieces(), "html": True})
        elif lowered.startswith("</a") and unit.links and unit.links[-1].get("html"):
            self.close_link(unit, unit.links.pop(), end, None)

    cdef void inline_code_tag(self, Unit unit, tag, Py_ssize_t start, Py_ssize_t end) except *:
        closing, name = tag.group(1), tag.group(2)
        if not closing:
            self.inline_code.append((name, start))
            return
        for index in range(len(self.inline_code) - 1, -1, -1):
            if self.inline_code[index][0] == name:
                opened = self.inline_code[index][1]
                del self.inline_code[index:]
                if not self.inline_code:
                    unit.current().placeholder(opened, end)
                    self.code_spans.append((opened, end))
                return

    cdef void link_open(self, dict link, Py_ssize_t start, Py_ssize_t end) except *:
        cdef Unit unit = self.open_unit()
        unit.last_end = start + 1
        if link["link_type"] in ("Autolink", "Email"):
            unit.current().placeholder(start, end)
            self.autolink_depth += 1
            self.doc.elements.append(Element(
                "link", start, end, "markdown", href=link_href(link),
                text=self.doc.source.text[start + 1:end - 1], text_start=start + 1, text_end=end - 1))
            return
        cdef Builder builder = unit.current()
        unit.links.append({"start": start, "end": end, "href": link_href(link), "text_from": builder.length,
                           "pieces_from": builder.npieces()})

    cdef void link_close(self, Py_ssize_t start, Py_ssize_t end) except *:
        if self.autolink_depth:
            self.autolink_depth -= 1
            return
        cdef Unit unit = self.open_unit()
        text_end = self.text.find("]", max(start + 1, unit.last_end), end)
        unit.last_end = end
        if unit.links and not unit.links[-1].get("html"):
            self.close_link(unit, unit.links.pop(), end, text_end)

    cdef void close_link(self, Unit unit, dict link, Py_ssize_t end, text_end) except *:
        cdef Builder builder = unit.current()
        cdef Py_ssize_t first = link["pieces_from"], n = builder.npieces()
        text = builder.text_since(link["text_from"])
        if builder is unit.builder:
            unit.link_ranges.append((link["text_from"], builder.length))
        fallback = text_end if text_end is not None and text_end >= 0 else end
        self.doc.elements.append(Element(
            "link", link["start"], end, "markdown", href=link["href"], text=" ".join(text.split()),
            text_start=builder.p_src_start[first] if first < n else fallback,
            text_end=builder.p_src_end[n - 1] if first < n else fallback,
            has_image=link.get("has_image", False)))

    cdef void image_open(self, dict image, Py_ssize_t start, Py_ssize_t end) except *:
        cdef Unit unit = self.open_unit()
        unit.last_end = start + 2
        unit.images.append({"start": start, "src": link_href(image), "title": image["title"] or None,
                            "builder": Builder(self.doc.source.text, self.text, _ALT)})

    cdef void image_close(self, Py_ssize_t start, Py_ssize_t end) except *:
        cdef Unit unit = self.open_unit()
        unit.last_end = end
        if not unit.images:
            return
        image = unit.images.pop()
        cdef Builder alt_builder = image["builder"]
        cdef Py_ssize_t n = alt_builder.npieces()  # the pieces before build() trims them, as the original
        cdef long long first_src = alt_builder.p_src_start[0] if n else 0
        cdef long long last_src = alt_builder.p_src_end[n - 1] if n else 0
        alt_segment = common.mask_non_prose_tokens(alt_builder.build(self.escape)) if alt_builder.text.strip() else None
        if alt_segment:
            self.doc.segments.append(alt_segment)
        if unit.links:
            unit.links[-1]["has_image"] = True
        close = self.text.find("]", last_src if n else start + 2, end)
        self.doc.elements.append(Element(
            "image", start, end, "markdown", text_segment=alt_segment, alt=alt_builder.text,
            src=image["src"], title=image["title"],
            alt_start=first_src if n else start + 2,
            alt_end=last_src if n else (close if close >= 0 else start + 2)))


def read_events(doc, text, escape, lint_fenced=()):
    reader = EventReader(doc, text, escape, FencedProse(text, lint_fenced) if lint_fenced else None)
    reader.read()
    return reader.code_spans
