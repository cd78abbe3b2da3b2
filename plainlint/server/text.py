"""Editor text and LSP positions.

plainlint counts offsets in code points of the text; LSP counts a line's characters in the
encoding the client negotiated (UTF-16 code units by default, or UTF-8 bytes, or UTF-32 code
points). Lines end at CR, LF or CRLF only, as the LSP specification says and as
`Source.line_starts` already does, so a form feed or U+2028 inside a line does not shift the
lines that follow (pygls's own documents split lines with `str.splitlines`, which does).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from lsprotocol import types

from ..reading.source import Source

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
MARK_EVERY = 1024  # characters: a longer line keeps its unit count at every this many


def units(text: str, encoding: str) -> int:
    """The length of `text` in the client's code units."""
    if encoding == UTF32:
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2  # in C: a long JSON line is many KB


@dataclass
class LspText:
    """One version of a document's text, with conversions between offsets and LSP positions."""

    text: str
    encoding: str = UTF16
    _lines: Source | None = field(default=None, repr=False)
    _marks: dict[int, list[int]] = field(default_factory=dict, repr=False)

    @property
    def lines(self) -> Source:
        """The text as a Source, for its line starts (computed once)."""
        if self._lines is None:
            self._lines = Source("", self.text)
        return self._lines

    @property
    def line_starts(self) -> list[int]:
        return self.lines.line_starts

    def line_content_end(self, line: int) -> int:
        """Where line `line` (0-based) ends, before its line ending."""
        starts = self.line_starts
        end = starts[line + 1] if line + 1 < len(starts) else len(self.text)
        while end > starts[line] and self.text[end - 1] in "\r\n":
            end -= 1
        return end

    def marks(self, line: int) -> list[int]:
        """The units before every MARK_EVERY-th character of line `line` (0-based), counted
        once per text: a minified JSON export is one line of a megabyte, and counting from the
        line's start at every position took 0.4 s per keystroke and 1.5 ms per diagnostic."""
        if line not in self._marks:
            start, end = self.line_starts[line], self.line_content_end(line)
            counts = [0]
            for block in range(start, end, MARK_EVERY):
                counts.append(counts[-1] + units(self.text[block:min(block + MARK_EVERY, end)], self.encoding))
            self._marks[line] = counts
        return self._marks[line]

    def position(self, offset: int) -> types.Position:
        line, column = self.lines.line_col(offset)
        start, before = self.line_starts[line - 1], 0
        if column > MARK_EVERY and self.encoding != UTF32:
            marks = self.marks(line - 1)
            blocks = min((column - 1) // MARK_EVERY, len(marks) - 2)  # the last mark may be the line's end
            before, start = marks[blocks], start + blocks * MARK_EVERY
            column -= blocks * MARK_EVERY
        return types.Position(line - 1, before + units(self.text[start:start + column - 1], self.encoding))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(self.position(start), self.position(end))

    def offset(self, position: types.Position) -> int:
        """The offset of an LSP position; past the end of a line means its end (LSP says so),
        past the last line means the end of the text."""
        starts = self.line_starts
        if position.line >= len(starts):
            return len(self.text)
        start, end = starts[position.line], self.line_content_end(position.line)
        if self.encoding == UTF32:
            return min(start + position.character, end)
        counted, offset = 0, start
        if end - start > MARK_EVERY:  # start counting at the last mark before the position
            marks = self.marks(position.line)
            block = max(bisect_right(marks, position.character) - 1, 0)
            counted, offset = marks[block], min(start + block * MARK_EVERY, end)  # the last mark: the end
        while offset < end and counted < position.character:
            counted += units(self.text[offset], self.encoding)
            offset += 1
        return offset

    def changed(self, change) -> LspText:
        """This text with one `TextDocumentContentChangeEvent` applied (whole or ranged)."""
        if getattr(change, "range", None) is None:
            return LspText(change.text, self.encoding)
        start, end = self.offset(change.range.start), self.offset(change.range.end)
        return LspText(self.text[:start] + change.text + self.text[end:], self.encoding)
