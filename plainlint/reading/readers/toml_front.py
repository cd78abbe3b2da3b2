"""TOML front matter (Hugo's `+++` ... `+++`) with exact string positions.

`tomllib` checks the front matter and gives each value, but no positions. This module finds each
top-level key's value in the source with a small scanner (keys, TOML's four string forms, arrays
and inline tables skipped whole) and maps every character of a string value back to its source
character or escape, as json_tree does for JSON. The scanner's value is compared with tomllib's,
so a string it would misread is left out rather than mapped inexactly.
"""

from __future__ import annotations

import re
import tomllib
from typing import Iterator, NamedTuple

from ..offsets import DECODED, LITERAL, EscapeRefused, OffsetMap, Piece
from .json_tree import json_escape
from .structured import Scalar

_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}
_UNICODE_WIDTH = {"u": 6, "U": 10}
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_BLANK = re.compile(r"(?:[ \t\r\n]+|#[^\n]*)*")
_INLINE_BLANK = re.compile(r"[ \t]*")
_TO_LINE_END = re.compile(r"[^\n#]*")
_PROBLEM_AT = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)$")
# Control characters TOML allows in no string unescaped (tab aside), DEL included.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


class TomlProblem(NamedTuple):
    offset: int  # into the text given to read_toml_strings
    message: str


def read_toml_strings(text: str, keys) -> tuple[dict[str, Scalar], TomlProblem | None]:
    """The string value of each top-level key of `keys` in the TOML document `text`, mapped to
    `text`'s offsets; or the problem that makes `text` invalid TOML (and no values)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return {}, _problem(text, str(exc))
    found = {}
    for key, start in top_level_values(text):
        if len(key) != 1 or key[0] not in keys or not isinstance(data.get(key[0]), str):
            continue
        if text[start] in "\"'":
            scalar = toml_string(text, start)
            if scalar.value == data[key[0]]:
                found[key[0]] = scalar
    return found, None


def _problem(text: str, message: str) -> TomlProblem:
    """tomllib's message without its position, at the offset it names: its line counts `\\n`s and
    its column is code points from the line's start, 1-based."""
    match = _PROBLEM_AT.search(message)
    if match is None:
        return TomlProblem(0, message)
    offset = len(text)
    if match.group(1):
        line, column = int(match.group(1)), int(match.group(2))
        line_start = 0
        for _ in range(line - 1):
            line_start = text.index("\n", line_start) + 1
        offset = min(line_start + column - 1, len(text))
    return TomlProblem(offset, message[:match.start()])


def top_level_values(text: str) -> Iterator[tuple[tuple[str, ...], int]]:
    """(key parts, where the value starts) of each key/value pair before the first table header,
    in a document tomllib has read without error."""
    i, n = 0, len(text)
    while True:
        i = _BLANK.match(text, i).end()
        if i >= n or text[i] == "[":
            return
        key, i = _key(text, i)
        i = _INLINE_BLANK.match(text, i).end() + 1  # past the "="
        i = _INLINE_BLANK.match(text, i).end()
        yield key, i
        i = _skip_value(text, i)


def _key(text: str, i: int) -> tuple[tuple[str, ...], int]:
    """A bare, quoted or dotted key starting at `i`: its parts and where it ends."""
    parts = []
    while True:
        if text[i] in "\"'":
            scalar = toml_string(text, i)
            parts.append(scalar.value)
            i = scalar.end
        else:
            match = _BARE_KEY.match(text, i)
            parts.append(match.group())
            i = match.end()
        after = _INLINE_BLANK.match(text, i).end()
        if text[after:after + 1] != ".":
            return tuple(parts), i
        i = _INLINE_BLANK.match(text, after + 1).end()


def _skip_value(text: str, i: int) -> int:
    """Where the value starting at `i` ends: a string, an array or inline table (strings and
    comments inside skipped whole), or anything else up to the end of its line or a comment."""
    if text[i] in "\"'":
        return toml_string(text, i).end
    if text[i] not in "[{":
        return _TO_LINE_END.match(text, i).end()
    depth = 0
    while True:
        char = text[i]
        if char in "\"'":
            i = toml_string(text, i).end
            continue
        if char == "#":
            i = text.find("\n", i)
            continue
        depth += (char in "[{") - (char in "]}")
        i += 1
        if depth == 0:
            return i


def toml_string(text: str, start: int) -> Scalar:
    """The TOML string whose opening quote is at `start`: basic ("...", with escapes), literal
    ('...', none) or either multi-line form (a line break right after the opening delimiter
    trimmed, CRLF read as one "\\n", a line-ending backslash standing for nothing in a basic one).
    Each character of the value maps to its source character, escape or line break."""
    quote = text[start]
    basic, multi = quote == '"', text.startswith(quote * 3, start)
    i = start + 3 if multi else start + 1
    if multi:
        i += 2 if text.startswith("\r\n", i) else 1 if text.startswith("\n", i) else 0
    builder = _Pieces(text)
    while True:
        char = text[i]
        if char == quote and (not multi or text.startswith(quote * 3, i)):
            end = i + 1
            if multi:  # up to two quotes just inside the closing delimiter belong to the value
                end = i + 3
                while end < len(text) and text[end] == quote and end - i < 5:
                    end += 1
                builder.literal(i, end - 3)
            builder.flush()
            break
        if basic and char == "\\":
            code = text[i + 1]
            if multi and code in " \t\r\n":  # a line-ending backslash and the white space after it
                builder.flush()
                i = _BLANK_ONLY.match(text, i + 1).end()
                continue
            width = _UNICODE_WIDTH.get(code, 2)
            decoded = chr(int(text[i + 2:i + width], 16)) if width > 2 else _ESCAPES[code]
            builder.decoded(decoded, i, i + width)
            i += width
            continue
        if multi and text.startswith("\r\n", i):
            builder.decoded("\n", i, i + 2)
            i += 2
            continue
        builder.literal(i, i + 1)
        i += 1
    escape = _toml_basic_text if basic else _toml_multiline_literal_text if multi else _toml_literal_text
    return Scalar(builder.value(), start, end, OffsetMap(builder.pieces), escape)


_BLANK_ONLY = re.compile(r"[ \t\r\n]*")


class _Pieces:
    """A decoded string's characters and pieces, consecutive literal characters as one run."""

    def __init__(self, text: str):
        self.text = text
        self.pieces: list[Piece] = []
        self.parts: list[str] = []
        self.length = 0
        self.run: tuple[int, int] | None = None  # a literal source run not yet added

    def literal(self, start: int, end: int) -> None:
        if end <= start:
            return
        if self.run is not None and self.run[1] == start:
            self.run = (self.run[0], end)
            return
        self.flush()
        self.run = (start, end)

    def flush(self) -> None:
        if self.run is not None:
            start, end = self.run
            self.pieces.append(Piece(self.length, self.length + end - start, start, end, LITERAL))
            self.parts.append(self.text[start:end])
            self.length += end - start
            self.run = None

    def decoded(self, char: str, start: int, end: int) -> None:
        self.flush()
        self.pieces.append(Piece(self.length, self.length + len(char), start, end, DECODED))
        self.parts.append(char)
        self.length += len(char)

    def value(self) -> str:
        return "".join(self.parts)


def _toml_basic_text(text: str) -> str:
    """A fix's text inside a basic string: JSON's escapes are TOML's (DEL escaped too)."""
    return json_escape(text).replace("\x7f", "\\u007f")


def _toml_literal_text(text: str) -> str:
    """A literal string has no escapes: refuse a quote or a control character."""
    if "'" in text or _CONTROL.search(text):
        raise EscapeRefused(f"cannot write {text!r} into a TOML literal string")
    return text


def _toml_multiline_literal_text(text: str) -> str:
    """A multi-line literal string takes line breaks, but no quote (three would end it)."""
    if "'" in text or _CONTROL.search(text.replace("\n", "")):
        raise EscapeRefused(f"cannot write {text!r} into a TOML multi-line literal string")
    return text


def toml_front_matter_nodes(text: str, front: tuple[int, int, str, int], doc, prose: dict) -> list:
    """(key, string, scope) of each key of `prose` (key -> scope) that TOML front matter gives a
    string, mapped to the body's offsets; invalid TOML sets `doc.front_matter_problem` (source
    offset, message) for the PL909 notice and reads no value."""
    body = text[front[3]:front[3] + len(front[2])]
    # The body ends before the closing line's break: in a CRLF file, its "\r" is that break's.
    found, problem = read_toml_strings(body[:-1] if body.endswith("\r") else body, prose)
    if problem is not None:
        doc.front_matter_problem = (front[3] + problem.offset, problem.message)
    return [(key, found[key], scope) for key, scope in prose.items() if key in found]
