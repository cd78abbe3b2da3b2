"""The segments of a document, the plain ones kept as columns rather than objects (issue 24).

A 10 MB Markdown table is 344,000 cells, each one literal run of the source: as objects they
cost a `Segment` (64 bytes), a copy of the text (about 75) and its start (32), 61 MB while the
rules ran. A `SegmentList` keeps such a segment as its start, length, traits and sentence
bounds in packed arrays (21 bytes and a list slot) and makes a `Segment` each time it is read:
equal to the one appended, but a new object, so a segment kept this way must be one nothing
else refers to (see `append_unreferenced`), and rules tell segments apart by `Segment.key` or
compare them with `==`, not `is`. (The last one made by `list[i]` is given again for the same `i`,
until `forget_last_read`.)

Only a file of `COLUMNS_FROM` characters or more is kept this way: the rules read every segment
about thirty times, and making one costs about half a microsecond. On every 10th Markdown file of
bench/ (2.8 MB) that was 8% more CPU where a file's segments take a few MB at most.
"""

from __future__ import annotations

from array import array
from typing import Iterator

from .offsets import Segment

COLUMNS_FROM = 1 << 20  # characters of source; a smaller file keeps its segments as objects
_new_run = object.__new__
_MOST_TRAITS = 256


class RunSegment(Segment):
    """A segment a `SegmentList` keeps as columns, made anew on each read: one literal run of
    the source, told apart from the document's other segments by where it starts and ends. Its
    sentence bounds are kept in the list, for the next segment made at its place."""

    __slots__ = ("_owner", "_place")

    def keep_sentences(self, bounds) -> None:
        self._sentences = bounds
        self._owner._keep_sentences(self._place, bounds)

    @property
    def key(self):
        return (self._packed, len(self.text))


class SegmentList:
    """A list of segments (append, len, iteration, indexing and slicing, equality with a list)."""

    __slots__ = ("_source", "_objects", "_starts", "_lengths", "_trait_codes", "_traits", "_code_of",
                 "_bounds_at", "_bound_markers", "_own_bounds", "_columns_kept", "_last_read")

    def __init__(self, source_text: str, segments=()):
        self._source = source_text  # what every column-kept segment's text is a slice of
        self._objects: list[Segment | None] = []  # per segment: itself, or None when kept as columns
        self._columns_kept = 0
        self._starts = array("q")  # per segment (0 for one kept as an object)
        self._lengths = array("q")
        self._trait_codes = array("B")
        self._traits: list[tuple] = []  # the distinct shared (scope, escape, context) tuples
        self._code_of: dict[tuple, int] = {}  # (scope, escape) -> index in _traits
        # What each segment kept as columns keeps of its sentences (Segment.keep_sentences), 4
        # bytes a segment: 0 when not split yet, -k for the shared marker _bound_markers[k] (one
        # sentence, none), or 1 + where its count and packed bounds start in _own_bounds.
        self._bounds_at = array("i")
        self._bound_markers: list = [None]
        self._own_bounds = array("I")
        # The segment kept as columns that `list[i]` made last, given again for the same index: a
        # rule reads its segment again for each finding in it (shown_messages), and making it copies
        # its text, so 160,000 findings in one 4 MB paragraph copied 4 MB each (user30: 70.9 s).
        self._last_read: RunSegment | None = None
        for segment in segments:
            self.append(segment)

    def append(self, segment: Segment) -> None:
        """Keep `segment` itself: an element, a finding or a later reader may hold it."""
        self._objects.append(segment)
        if self._columns_kept:  # (the columns are filled from the first segment kept in them)
            self._add_columns(0, 0, 0)

    def replace(self, index: int, segment: Segment) -> None:
        """Keep `segment` in place of the one at `index` (a reply's fill-ins made placeholders
        once its kind is known: reading/fill_ins.py)."""
        self._objects[index] = segment
        self._last_read = None

    def append_unreferenced(self, segment: Segment) -> None:
        """Add a segment that only this list holds. One literal run of the source with shared
        traits is kept as columns (read back as an equal, new `Segment`); any other is kept."""
        run = segment.literal_run() if len(self._source) >= COLUMNS_FROM else None
        if run is None or not self._source.startswith(segment.text, run[0]):
            self.append(segment)
            return
        start, traits = run
        code = self._code_of.get(traits[:2])
        if code is None:
            if len(self._traits) == _MOST_TRAITS:
                self.append(segment)
                return
            code = self._code_of[traits[:2]] = len(self._traits)
            self._traits.append(traits)
        if not self._columns_kept:
            self._pad_columns(len(self._objects))
        self._objects.append(None)
        self._columns_kept += 1
        self._add_columns(start, len(segment.text), code)

    def forget_last_read(self) -> None:
        """Let go of the segment `list[i]` made last (a copy of its text: a long paragraph's)."""
        self._last_read = None

    def _pad_columns(self, count: int) -> None:
        """Empty column entries for the `count` segments kept as objects before the first one
        kept in the columns (a file under COLUMNS_FROM never fills the columns at all)."""
        for column in (self._starts, self._lengths, self._trait_codes, self._bounds_at):
            column.extend([0] * count)

    def _add_columns(self, start: int, length: int, code: int) -> None:
        self._starts.append(start)
        self._lengths.append(length)
        self._trait_codes.append(code)
        self._bounds_at.append(0)

    def _made(self, index: int) -> RunSegment:
        """The segment kept as columns at `index`. (Slots are set here rather than by an
        `__init__`: the rules read every segment about thirty times, and a call is most of it.)"""
        segment = _new_run(RunSegment)
        start = self._starts[index]
        segment.text = self._source[start:start + self._lengths[index]]
        segment._packed, segment._traits = start, self._traits[self._trait_codes[index]]
        at = self._bounds_at[index]
        segment._sentences = self._bound_markers[-at] if at <= 0 else self._own_bounds_at(at)
        segment._owner, segment._place = self, index
        return segment

    def _own_bounds_at(self, at: int) -> bytes:
        count = self._own_bounds[at - 1]
        return self._own_bounds[at:at + count].tobytes()

    def _keep_sentences(self, index: int, bounds) -> None:
        if type(bounds) is bytes:
            self._bounds_at[index] = len(self._own_bounds) + 1
            self._own_bounds.append(len(bounds) // self._own_bounds.itemsize)
            self._own_bounds.frombytes(bounds)
            return
        markers = self._bound_markers
        code = next((i for i, marker in enumerate(markers) if marker is bounds), None)
        if code is None:
            code = len(markers)
            markers.append(bounds)
        self._bounds_at[index] = -code

    def __len__(self) -> int:
        return len(self._objects)

    def __iter__(self) -> Iterator[Segment]:
        if not self._columns_kept:  # (a file under COLUMNS_FROM: iterated as fast as a list)
            return iter(self._objects)
        return self._each()

    def _each(self) -> Iterator[Segment]:
        made = self._made
        for index, segment in enumerate(self._objects):
            yield segment if segment is not None else made(index)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        segment = self._objects[index]
        if segment is not None:
            return segment
        index = index if index >= 0 else index + len(self)
        last = self._last_read
        if last is None or last._place != index:
            last = self._last_read = self._made(index)
        return last

    def __eq__(self, other) -> bool:
        if isinstance(other, (SegmentList, list)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # mutable, as a list

    def __repr__(self) -> str:
        return f"SegmentList({list(self)!r})"
