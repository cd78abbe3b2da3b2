"""Editor text and LSP positions.

plainlint counts offsets in code points of the text; LSP counts a line's characters in the
encoding the client negotiated (UTF-16 code units by default, or UTF-8 bytes, or UTF-32 code
points). Lines end at CR, LF or CRLF only, as the LSP specification says and as
`Source.line_starts` already does, so a form feed or U+2028 inside a line does not shift the
lines that follow (pygls's own documents split lines with `str.splitlines`, which does).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lsprotocol import types

from ..reading.source import Source

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"


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

    def position(self, offset: int) -> types.Position:
        line, column = self.lines.line_col(offset)
        start = self.line_starts[line - 1]
        return types.Position(line - 1, units(self.text[start:start + column - 1], self.encoding))

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
