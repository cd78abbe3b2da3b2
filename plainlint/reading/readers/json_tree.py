"""JSON with exact string positions: each character of a string value maps back to its source
character or escape (see structured.py for the value tree and YAML)."""

from __future__ import annotations

import json
import re

from ..offsets import DECODED, LITERAL, OffsetMap, Piece
from ..source import LONE_SURROGATE, SourceError
from .structure_errors import JSON_TOKEN, MAX_DEPTH, DuplicateKeys, json_too_deep, json_too_deep_offset
from .structure_errors import line_column
from .structured import Mapping, Scalar, Sequence

_JSON_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def json_escape_ascii(text: str) -> str:
    """A fix's text as it goes inside a JSON string with `\\u` escapes in a file all in ASCII (an
    export that escapes everything beyond ASCII), so the fixed file keeps that style."""
    return json.dumps(text, ensure_ascii=True)[1:-1]


def json_escape(text: str) -> str:
    """A fix's text as it goes inside a JSON string, non-ASCII characters written as they are."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


def parse_json(text: str, path: str):
    """Validate with the json module (for its error position), then scan for positions."""
    if not text.strip():
        return Mapping()  # an empty file holds nothing to lint, as an empty YAML file does
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        comma = _trailing_comma(text, exc.pos, exc.msg)
        if comma is not None:
            raise SourceError(f"invalid JSON: Illegal trailing comma before end of {comma[1]}",
                              *line_column(text, comma[0])) from None
        raise SourceError(f"invalid JSON: {_json_problem(exc.msg)}", exc.lineno, exc.colno) from None
    except RecursionError:
        raise json_too_deep(text, json_too_deep_offset(text)) from None
    ascii_only = text.isascii()
    tokens = JSON_TOKEN.finditer(text)
    duplicates = DuplicateKeys()
    tree = _json_value(next(tokens), tokens, text, ascii_only, 0, duplicates)
    duplicates.raise_any()
    return tree


# What Python 3.11 and 3.12 say at the bracket after a trailing comma, by the bracket that
# closes the collection the comma is in (`[1,}` is a wrong bracket, not a trailing comma).
_AFTER_COMMA = {"}": ("Expecting property name enclosed in double quotes", "object"),
                "]": ("Expecting value", "array")}


def _trailing_comma(text: str, pos: int, message: str) -> tuple[int, str] | None:
    """The offset of a trailing comma before the bracket at `pos` and what it ends, or None:
    Python 3.13's json names it ('Illegal trailing comma before end of object'), 3.11 and 3.12
    said 'Expecting value' at the bracket, so every Python now gives the 3.13 line."""
    before = text[:pos].rstrip()
    expected, kind = _AFTER_COMMA.get(text[pos:pos + 1], (None, None))
    if before.endswith(",") and message == expected:
        return len(before) - 1, kind
    return None


def _json_problem(message: str) -> str:
    """The json module's message without its dangling "at" ("Unterminated string starting at",
    "Invalid control character at"): the position comes before it, as line:column."""
    return message.removesuffix(" at")


def _json_value(token, tokens, text, ascii_only, depth, duplicates):
    """The value that starts at `token`, reading the `tokens` it spans (the text is valid JSON:
    parse_json checked it); a nesting deeper than MAX_DEPTH is an error at its position."""
    if depth > MAX_DEPTH:
        raise json_too_deep(text, token.start())
    raw = token.group()
    if raw == "{":
        node = Mapping(start=token.start())
        seen: set[str] = set()
        for token in tokens:
            if token.group() == "}":
                return node
            if token.group() == ",":
                continue
            key = without_lone_surrogates(json.loads(token.group()))
            repeated = key in seen  # the json module keeps the last value; a reader of the file sees two
            if repeated:
                duplicates.add(key, *line_column(text, token.start()))
            seen.add(key)
            next(tokens)  # ':'
            value = _json_value(next(tokens), tokens, text, ascii_only, depth + 1, duplicates)
            if not repeated:
                node.items.append((key, value))
        return node
    if raw == "[":
        node = Sequence(start=token.start())
        for token in tokens:
            if token.group() == "]":
                return node
            if token.group() == ",":
                continue
            node.items.append(_json_value(token, tokens, text, ascii_only, depth + 1, duplicates))
        return node
    if raw.startswith('"'):
        return json_string(raw, token.start(), ascii_only)
    return Scalar(_json_literal(raw, text, token.start()), token.start(), token.end())


def _json_literal(raw: str, text: str, start: int):
    """A number, true, false or null. Python's json module also reads NaN and Infinity, which
    JSON (and JavaScript's JSON.parse, which every help-desk import uses) refuses."""
    try:
        return json.loads(raw)
    except ValueError:
        word = re.match(r"-?\w*", text[start:start + 20]).group() or raw
        raise SourceError(f"invalid JSON: {word!r} is not a JSON value", *line_column(text, start)) from None


def without_lone_surrogates(text: str) -> str:
    """A `\\ud800` escape with no partner decodes to a character no encoder writes: it becomes
    U+FFFD, one character for one, so offsets hold and every report format can print it."""
    return LONE_SURROGATE.sub("\ufffd", text)


def json_string(raw: str, start: int, ascii_only: bool = False) -> Scalar:
    """Decode a JSON string token; every character of the value maps back to its escape."""
    pieces: list[Piece] = []
    out: list[str] = []
    length = 0
    i, end = 1, len(raw) - 1
    run_start = None

    def flush(upto):
        nonlocal run_start, length
        if run_start is not None and upto > run_start:
            chunk = raw[run_start:upto]
            pieces.append(Piece(length, length + len(chunk), start + run_start, start + upto, LITERAL))
            out.append(chunk)
            length += len(chunk)
        run_start = None

    while i < end:
        char = raw[i]
        if char != "\\":
            if run_start is None:
                run_start = i
            i += 1
            continue
        flush(i)
        code = raw[i + 1]
        if code == "u":
            value = int(raw[i + 2:i + 6], 16)
            width = 6
            if 0xD800 <= value < 0xDC00 and raw[i + 6:i + 8] == "\\u":
                low = int(raw[i + 8:i + 12], 16)
                if 0xDC00 <= low < 0xE000:
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    width = 12
            decoded = without_lone_surrogates(chr(value))
        else:
            decoded, width = _JSON_ESCAPES.get(code, code), 2
        pieces.append(Piece(length, length + len(decoded), start + i, start + i + width, DECODED))
        out.append(decoded)
        length += len(decoded)
        i += width
    flush(end)
    escape = json_escape_ascii if ascii_only and "\\u" in raw else json_escape
    return Scalar("".join(out), start, start + len(raw), OffsetMap(pieces), escape)


