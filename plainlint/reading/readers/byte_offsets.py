"""UTF-8 byte offsets (what pulldown-cmark reports) to code point offsets (what Python indexes)."""

from __future__ import annotations

import bisect
import re
from array import array
from itertools import groupby

# Runs of non-ASCII code points (split by UTF-8 width in ByteOffsets). One small class: a class
# of the wide ranges themselves takes the regex compiler 6 ms, a fortieth of a one-file run.
_NON_ASCII = re.compile("[^\x00-\x7f]+")


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
