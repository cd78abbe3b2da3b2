"""Things with a start offset, sorted once and found by bisection.

Rules and the engine look things up by position for every finding or element (the macro that
holds a finding, the tracks inside a player, the images inside a figure); scanning the whole
list each time made a file of many such things quadratic.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter

_START = attrgetter("start")


def lines_with_starts(text: str, start: int = 0, end: int | None = None):
    """(offset, line) of each line of text[start:end] split at "\n", as `str.split` gives them (an
    empty last line after a final newline), made one at a time: a list of a 20 MB page's lines was
    36 MB of its run's peak (issue 24's memory), and most readers stop early."""
    end = len(text) if end is None else end
    while True:
        stop = text.find("\n", start, end)
        if stop < 0:
            yield start, text[start:end]
            return
        yield start, text[start:stop]
        start = stop + 1


class ByStart:
    """Items sorted by their start offset (ties keep their order)."""

    def __init__(self, items, start_of=_START):
        pairs = sorted(((start_of(item), index, item) for index, item in enumerate(items)), key=lambda p: p[:2])
        self.starts = [start for start, _, _ in pairs]
        self.items = [item for _, _, item in pairs]

    def between(self, lo: int, hi: int) -> list:
        """Items with lo <= start <= hi, in order of start."""
        return self.items[bisect_left(self.starts, lo):bisect_right(self.starts, hi)]

    def first_after(self, offset: int):
        """The first item that starts after `offset`, or None."""
        position = bisect_right(self.starts, offset)
        return self.items[position] if position < len(self.items) else None

    def holding(self, offset: int):
        """The item whose start..end holds `offset`, for items that never overlap (the reply
        strings of a macro export), or None."""
        position = bisect_right(self.starts, offset) - 1
        if position >= 0 and offset < self.items[position].end:
            return self.items[position]
        return None


def last_starting_by(spans: list[tuple[int, int]], offset: int) -> int:
    """The index of the last of the sorted (start, end) `spans` that starts at or before
    `offset`, or -1: for spans that never overlap, the only one that can hold it."""
    return bisect_right(spans, (offset, float("inf"))) - 1


def span_holding(spans: list[tuple[int, int]], offset: int) -> int | None:
    """The end of the span that holds `offset`, or None (`spans`: sorted, not overlapping)."""
    index = last_starting_by(spans, offset)
    if index >= 0 and offset < spans[index][1]:
        return spans[index][1]
    return None


class InnermostSpan:
    """Nested (start, end) spans sorted by start (MyST's tab panels), and the innermost one that
    holds an offset found by bisection: one sweep cuts the text into stretches, each owned by one
    span or by none."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.bounds, self.owners = [0], [0]
        open_spans: list[tuple[int, int]] = []  # (end, number) of the spans holding the sweep
        for number, (start, end) in enumerate(spans, start=1):
            self._close_before(open_spans, start)
            self.bounds.append(start)
            self.owners.append(number)
            open_spans.append((end, number))
        self._close_before(open_spans, float("inf"))

    def _close_before(self, open_spans: list[tuple[int, int]], offset) -> None:
        while open_spans and open_spans[-1][0] <= offset:
            self.bounds.append(open_spans.pop()[0])
            self.owners.append(open_spans[-1][1] if open_spans else 0)

    def number_at(self, offset: int) -> int:
        """1 + the index of the innermost span holding `offset`, 0 outside them all."""
        return self.owners[bisect_right(self.bounds, offset) - 1]
