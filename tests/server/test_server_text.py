"""LSP positions on long lines: a minified JSON export is one line of a megabyte."""

from __future__ import annotations

import random

import pytest
from lsprotocol import types

import plainlint.server.text as server_text
from lsphelpers import line_starts, width
from plainlint.server.text import UTF8, UTF16, UTF32, LspText

PIECES = ["x", "x", "x", " ", "é", "😀", "日", "\r\n", "\n", "\r", "\ud800"]


def lines_of(text: str) -> list[str]:
    starts = line_starts(text)
    return [text[start:end].rstrip("\r\n") for start, end in zip(starts, [*starts[1:], len(text)])]


def units_of(text: str, encoding: str) -> int:
    return sum(width(char, encoding) for char in text) if "\ud800" not in text else \
        len(text.encode({"utf-8": "utf-8", "utf-16": "utf-16-le", "utf-32": "utf-32-le"}[encoding], "surrogatepass")) // (
            {"utf-8": 1, "utf-16": 2, "utf-32": 4}[encoding])


@pytest.mark.parametrize("encoding", [UTF8, UTF16, UTF32])
def test_long_lines_convert_exactly(monkeypatch, encoding):
    """Marks every few characters (7 here, to cross many) give the same positions and offsets
    as counting from the line's start: through emoji, CJK, lone surrogates and every line end."""
    monkeypatch.setattr(server_text, "MARK_EVERY", 7)
    rng = random.Random(16)
    for _ in range(60):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 90)))
        lsp = LspText(text, encoding)
        starts = line_starts(text)
        for offset in range(len(text) + 1):
            line = max(i for i, start in enumerate(starts) if start <= offset)
            assert lsp.position(offset) == types.Position(line, units_of(text[starts[line]:offset], encoding))
        for line, content in enumerate(lines_of(text)):
            for character in range(units_of(content, encoding) + 3):
                # the first offset that many units in (just after a character the position is
                # inside of); past the end of the line, its end
                expected = next((n for n in range(len(content) + 1) if units_of(content[:n], encoding) >= character),
                                len(content))
                assert lsp.offset(types.Position(line, character)) == starts[line] + expected


def test_a_position_on_a_megabyte_line_counts_no_character_one_by_one(monkeypatch):
    """A keystroke near the end of a minified export was found by converting each of the
    line's characters in turn (0.4 s per change on 800 KB, in the server's message loop)."""
    line = '{"value": "Caf\\u00e9 😀 please utilize the form."}, ' * 20_000
    lsp = LspText(line, UTF16)
    calls = []
    real = server_text.units
    monkeypatch.setattr(server_text, "units", lambda text, encoding: calls.append(len(text)) or real(text, encoding))
    character = real(line, UTF16) - 10
    offset = lsp.offset(types.Position(0, character))
    assert real(line[:offset], UTF16) == character
    assert lsp.position(offset) == types.Position(0, character)
    calls.clear()
    for _ in range(10):  # the marks are counted once per text; then each conversion is short
        assert lsp.offset(types.Position(0, character)) == offset and lsp.position(offset).character == character
    assert len(calls) < 10 * (server_text.MARK_EVERY + 1) and sum(calls) < 10 * 2 * server_text.MARK_EVERY
