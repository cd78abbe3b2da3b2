"""Prose segments and the exact map from each segment character back to the source.

A reader builds every segment through `SegmentBuilder`, appending pieces in source order:
LITERAL text is copied from the source (so it always equals the source at its range),
DECODED text stands for a differently spelt source range (an entity, an escape),
PLACEHOLDER text stands for a template tag, and BREAK text is a separator the reader adds.
"""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass
from types import MappingProxyType
from typing import Callable, Mapping, NamedTuple

from ..enums import Scope

LITERAL = "literal"
DECODED = "decoded"
PLACEHOLDER = "placeholder"
BREAK = "break"

# Same-length masks written over template tags before a reader parses a file.
OUTPUT_MASK = "\ue000"  # an output tag: stands in the sentence as one word
CONTROL_MASK = "\ue001"  # a block/comment tag: vanishes from the prose
BRANCH_MASK = "\ue002"  # {% else %}, {{else}}: vanishes and ends the unit (each branch stands alone)
SPACE_MASK = "\ue003"  # a run reads as one space: a line-break escape in a translation literal
CODE_MASK = "\ue004"  # a character given by its code in a translation literal (`\\u00e9`): reads as it
MASKS = OUTPUT_MASK + CONTROL_MASK + BRANCH_MASK + SPACE_MASK + CODE_MASK
PLACEHOLDER_TEXT = "X"


def as_read(masked: str) -> str:
    """Text taken from the masked view (an element's text, an attribute's value) as a segment
    reads it, white space folded, to be quoted in a message: an output tag is one 'X'
    (PLACEHOLDER_TEXT), a block or comment tag vanishes, a space mask is a space, and a branch tag
    between two alternatives ('{% if %}Read{% else %}See{% endif %}') reads ' / '. A character
    given by its code in a translation literal vanishes (its code is in the source, not here). The
    masks are private-use characters no message may show (user38: a duplicate link text was quoted
    with 18 U+E001 around 'Review')."""
    if masked.isascii() or not any(mask in masked for mask in MASKS):
        return " ".join(masked.split())
    text = " ".join(_MASK_RUNS.sub(lambda run: _READ_AS[run.group(1)], masked).split()).strip("\0 ")
    return _BRANCHES.sub(" / ", text)


# A run of one mask (a tag's mask keeps the tag's line breaks); a branch is marked "\0" until the
# alternatives around it are known to be there.
_MASK_RUNS = re.compile(f"([{MASKS}])(?:[\r\n]*\\1)*")
_BRANCHES = re.compile("[ \0]*\0[ \0]*")
_READ_AS = {OUTPUT_MASK: PLACEHOLDER_TEXT, CONTROL_MASK: "", BRANCH_MASK: "\0", SPACE_MASK: " ", CODE_MASK: ""}


class Piece(NamedTuple):
    """A run of segment text [start, end) and the source range it comes from. (A named tuple:
    readers make hundreds of thousands, and a frozen dataclass costs twice as much to build.)"""

    start: int
    end: int
    src_start: int
    src_end: int
    kind: str


# Makes a Piece from its five values in one C call: `tuple.__new__(Piece, values)` is what the
# named tuple's own `__new__` (a Python function) does, at a third of its cost; the readers and the
# maps' unpacking make some 100,000 pieces for every 10th file of bench/ (speed26).
new_piece = tuple.__new__


def source_of_slice(piece: Piece, lo: int, hi: int) -> tuple[int, int]:
    """The source span of text offsets lo..hi inside `piece`: exact for literal text, the whole
    piece for decoded text (an entity or escape is indivisible)."""
    if piece.kind == LITERAL:
        return piece.src_start + (lo - piece.start), piece.src_start + (hi - piece.start)
    return piece.src_start, piece.src_end


@dataclass(slots=True)
class SourceSpan:
    start: int
    end: int
    exact: bool


_KINDS = (LITERAL, DECODED, PLACEHOLDER, BREAK)
_KIND_CODES = {kind: code for code, kind in enumerate(_KINDS)}
_PACK_AT_MOST = 5 * 1000  # integers: maps of more pieces keep their array rather than copy it
_NARROW = b"\0"  # ends a map packed as 32-bit integers (its length is then odd)


class OffsetMap:
    """The pieces of one segment, packed column by column as integers in one bytes object
    (text starts, text ends, source starts, source ends, kind codes: n of each). A list of named
    tuples of Python ints cost about 190 bytes for a one-piece map, this 56: a 20 MB article
    holds 600,000 pieces, most of which no rule ever looks into. Piece tuples are made on demand
    (`pieces`, `pieces_in`, `slice`), and the text starts are bisected in place.

    The integers are 32-bit, with one byte more at the end to say so (an odd length), unless an
    offset needs 64 bits (a file over 2 GB) or the map is long: a long map keeps its array
    rather than copy it, and an array knows its own width."""

    __slots__ = ("_data",)

    def __init__(self, pieces: list[Piece]):
        try:
            columns = self._packed("i", pieces)
        except OverflowError:
            columns = self._packed("q", pieces)
        if len(columns) >= _PACK_AT_MOST:
            self._data = columns
        else:  # bytes are 47 bytes smaller than the array
            self._data = columns.tobytes() + _NARROW if columns.typecode == "i" else columns.tobytes()

    @classmethod
    def of_packed(cls, data) -> OffsetMap:
        """A map over integers packed by another map (a segment keeps only those)."""
        offset_map = cls.__new__(cls)
        offset_map._data = data
        return offset_map

    @staticmethod
    def _packed(typecode: str, pieces: list[Piece]) -> array:
        """The pieces column by column (transposed by zip: a generator per column cost twice as
        much, and most maps hold a few pieces)."""
        if not pieces:
            return array(typecode)
        starts, ends, src_starts, src_ends, kinds = zip(*pieces)
        return array(typecode, starts + ends + src_starts + src_ends + tuple(map(_KIND_CODES.__getitem__, kinds)))

    def _columns(self) -> tuple[memoryview, int]:
        """The packed integers and the number of pieces."""
        data = self._data
        if type(data) is bytes:
            view = memoryview(data)
            data = view[:-1].cast("i") if len(data) & 1 else view.cast("q")
        else:
            data = memoryview(data)
        return data, len(data) // 5

    @property
    def pieces(self) -> list[Piece]:
        """Every piece, in text order (made anew on each call: read it once)."""
        data, n = self._columns()
        return self._pieces(data, n, 0, n)

    def _each(self):
        """Every piece, one at a time (a long map is not unpacked all at once)."""
        data, n = self._columns()
        for i in range(n):
            yield new_piece(Piece, (data[i], data[n + i], data[2 * n + i], data[3 * n + i], _KINDS[data[4 * n + i]]))

    # The helpers below take the packed columns (`_columns`), read once per question asked.

    @staticmethod
    def _piece(data, n: int, index: int) -> Piece:
        return new_piece(Piece, (data[index], data[n + index], data[2 * n + index], data[3 * n + index],
                                 _KINDS[data[4 * n + index]]))

    @staticmethod
    def _pieces(data, n: int, first: int, stop: int) -> list[Piece]:
        return [new_piece(Piece, (data[i], data[n + i], data[2 * n + i], data[3 * n + i], _KINDS[data[4 * n + i]]))
                for i in range(first, stop)]

    @staticmethod
    def _piece_at(data, n: int, offset: int) -> int:
        if n <= 1:
            return 0
        return max(bisect.bisect_right(data, offset, 0, n) - 1, 0)

    def to_source(self, start: int, end: int) -> SourceSpan:
        """Source span of text[start:end]; `exact` when the source there is that very text."""
        data, n = self._columns()
        first = self._piece_at(data, n, start)
        last = self._piece_at(data, n, max(end - 1, start))
        head, tail = self._piece(data, n, first), self._piece(data, n, last)
        src_start = head.src_start + (start - head.start) if head.kind == LITERAL else head.src_start
        src_end = tail.src_start + (end - tail.start) if tail.kind == LITERAL else tail.src_end
        if first == last:
            exact = head.kind == LITERAL
        else:  # every piece literal (kind code 0), each ending in the source where the next starts
            exact = not any(data[4 * n + first:4 * n + last + 1]) and (
                data[3 * n + first:3 * n + last] == data[2 * n + first + 1:2 * n + last + 1])
        return SourceSpan(src_start, max(src_end, src_start), exact)

    def pieces_in(self, start: int, end: int) -> list[Piece]:
        if not self._data:
            return []
        data, n = self._columns()
        first = self._piece_at(data, n, start)
        last = self._piece_at(data, n, max(end - 1, start))
        return self._pieces(data, n, first, last + 1)

    def slice(self, start: int, end: int, at: int = 0) -> list[Piece]:
        """The pieces of text[start:end], moved to begin at text offset `at`: literal pieces cut
        exactly, decoded ones kept whole (an entity or escape is indivisible)."""
        out = []
        for piece in self.pieces_in(start, end):
            lo, hi = max(piece.start, start), min(piece.end, end)
            if lo < hi:
                out.append(Piece(at + lo - start, at + hi - start, *source_of_slice(piece, lo, hi), piece.kind))
        return out

    def shifted(self, shift: int) -> OffsetMap:
        """The same map over a source that starts `shift` code points later."""
        return OffsetMap([Piece(p.start, p.end, p.src_start + shift, p.src_end + shift, p.kind) for p in self._each()])

    def compose(self, outer: OffsetMap) -> OffsetMap:
        """This map's source is the text of `outer` (a decoded JSON or YAML string): the map from
        this text straight into the file. Literal text stays literal only where `outer` is."""
        pieces: list[Piece] = []
        for piece in self._each():
            if piece.kind == LITERAL and piece.src_end > piece.src_start:
                for part in outer.slice(piece.src_start, piece.src_end, at=piece.start):
                    pieces.append(part if part.kind == LITERAL else part._replace(kind=DECODED))
            elif piece.src_end > piece.src_start:
                span = outer.to_source(piece.src_start, piece.src_end)
                kind = piece.kind if piece.kind != LITERAL else DECODED
                pieces.append(Piece(piece.start, piece.end, span.start, span.end, kind))
            else:
                at = outer.to_source(piece.src_start, piece.src_start).start
                kind = piece.kind if piece.kind != LITERAL else DECODED
                pieces.append(Piece(piece.start, piece.end, at, at, kind))
        return OffsetMap(pieces)


class EscapeRefused(ValueError):
    """A segment's `escape` cannot write this replacement safely in its context: no fix."""


NO_CONTEXT: Mapping = MappingProxyType({})


def identity(text: str) -> str:
    return text


class Segment:
    """A run of prose (a paragraph, heading, cell, alt text, ...) and its offset map. Kept per
    segment (issue 24): the text; the map's packed integers, or only where the text starts when
    it is one literal run of the source; scope, escape and context as one tuple that segments
    with no reader facts share; its sentence bounds (nlp.sentences.sentences_of)."""
    __slots__ = ("text", "_packed", "_traits", "_sentences")

    def __init__(self, text: str, _packed: object, scope: Scope = Scope.PARAGRAPH,
                 escape: Callable[[str], str] = identity, context: Mapping = NO_CONTEXT):
        self.text = text
        self._packed = _plain_start(_packed, len(text)) if type(_packed) is OffsetMap else _packed
        self._traits = _shared_traits(scope, escape, context)
        self._sentences = None

    scope = property(lambda self: self._traits[0],
                     lambda self, scope: setattr(self, "_traits", _shared_traits(scope, *self._traits[1:])))
    escape, context = property(lambda self: self._traits[1]), property(lambda self: self._traits[2])

    def __eq__(self, other):  # (and so not hashable, as the dataclass was)
        if not isinstance(other, Segment):
            return NotImplemented
        return (self.text, self._packed, self._traits) == (other.text, other._packed, other._traits)

    def __repr__(self) -> str:
        return f"Segment({self.text!r}, {self._packed!r}, {self.scope!r}, {self.escape!r}, {self.context!r})"

    @property
    def map(self) -> OffsetMap:
        if type(self._packed) is int:
            return OffsetMap([Piece(0, len(self.text), self._packed, self._packed + len(self.text), LITERAL)])
        return OffsetMap.of_packed(self._packed)

    def keep_sentences(self, bounds) -> None:
        """Keep what `nlp.sentences.sentences_of` found (the sentences' bounds, packed), so that
        every rule shares one split."""
        self._sentences = bounds

    @property
    def key(self):
        """What tells this segment from the document's others, for rules that relate findings
        and sentences of one segment (a `SegmentList` may make a segment anew on each read, so
        not `id()`)."""
        return id(self)

    def literal_run(self) -> tuple[int, tuple] | None:
        """(where the text starts in the source, the shared traits) when the segment is one
        literal run of the source with no reader facts and nothing kept yet; else None."""
        if type(self._packed) is int and self._traits[2] is NO_CONTEXT and self._sentences is None:
            return self._packed, self._traits
        return None

    def with_context(self, **facts) -> None:
        """Add facts to this segment's context (a new dict: the empty one is shared)."""
        scope, escape, context = self._traits
        self._traits = (scope, escape, {**context, **facts})

    def source_span(self) -> SourceSpan:
        """Where the whole text stands in the source; its `start` is where the segment begins
        (also for an empty text)."""
        return self.to_source(0, len(self.text))

    def source_of_match(self, match, group: int | str = 0) -> SourceSpan:
        """Where a match (or one of its groups) over this segment's text stands in the source."""
        return self.to_source(match.start(group), match.end(group))

    def to_source(self, start: int, end: int) -> SourceSpan:
        if type(self._packed) is int:  # one literal piece: the text is the source from there
            return SourceSpan(self._packed + start, self._packed + max(end, start), True)
        return OffsetMap.of_packed(self._packed).to_source(start, end)


_TRAITS: dict = {}  # (scope, escape) -> the shared tuple, for segments with no reader facts


def _shared_traits(scope, escape, context) -> tuple:
    """One tuple for the segments with the same scope and escape and no facts (16 bytes fewer)."""
    if context is not NO_CONTEXT:
        return (scope, escape, context)
    if len(_TRAITS) > 64:  # a few escapes per document: the cache is kept small
        _TRAITS.clear()
    return _TRAITS.setdefault((scope, escape), (scope, escape, NO_CONTEXT))


def _plain_start(offset_map: OffsetMap, length: int):
    """Where the text starts when it is one literal run of the source (an int, 28-32 bytes where
    the packed map is 56: most table cells and plain paragraphs), else the packed integers."""
    data = offset_map._data
    if type(data) is bytes and len(data) == 5 * 4 + 1:
        text_start, text_end, src_start, src_end, kind = memoryview(data)[:-1].cast("i")
        if text_start == 0 and text_end == length and src_end - src_start == length and kind == 0:
            return src_start
    return data
