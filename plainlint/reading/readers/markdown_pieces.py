"""pulldown-cmark's events for a large Markdown text, parsed a piece at a time.

pulldown-cmark builds the block tree of the whole text before its first event (about 3 bytes
per byte of input), and it lives until the last event, beside everything the reader has made by
then: for a 20 MB file that tree was the largest single holder of the run. A text above
`PIECES_FROM` characters is therefore parsed in pieces of about `PIECE_CHARS`, and the events
of each piece, their byte ranges moved into the whole text, are the events of the whole text:

- A piece ends only after a blank line followed by a line that starts at the margin with a
  character that cannot continue anything before the blank line (not a space or tab, so no
  list item, block quote or indented code goes on; not a list marker or digit, so no list goes
  on). What can still run on across such a line is a top-level fenced code block or an HTML
  block of CommonMark's kinds 1-5 (`<pre>`, `<!--`, ...): either, left open, runs to the end
  of the piece. The range of a block's start event is the whole block, so such a block is seen
  before any of its events is passed on: the piece stops there, and the text is parsed again
  from the block's line to a boundary at least twice as far (so the extra parsing stays in
  proportion to the text). Nothing is held back: events are passed on as the parser makes them.
- No piece ends after a list item with nothing after its marker, whose range pulldown-cmark
  ends at its own line in the whole text but at the end of a piece.
- Link reference definitions are document-wide: they are taken from the whole text first
  (only when it holds a `]:`, which every definition does), each piece resolves the references
  it does not define itself through them, and every reference link gets the definition the
  whole text would give it (the first one, wherever it is).

The definitions take one parse of the whole text's blocks (only for a text with `]:`), made
before the reader has built anything, so it adds nothing to the peak. Left apart: pulldown-
cmark's guards against expansion bombs count per piece (link-reference expansion, at most the
piece's length or 100 KB; table cells filled in, 262,144), not per text: only a text that
reaches one of them in the whole can read differently.
"""

from __future__ import annotations

import re

PIECES_FROM = 1 << 20  # characters; smaller texts are parsed whole
PIECE_CHARS = 1 << 18

# A blank line, then a line starting at the margin with a character that continues nothing.
_BOUNDARY = re.compile(r"\n[ \t]*\n(?=[^\s\-+*0-9])")
# A list item with nothing after its marker (in a quote or list or not): pulldown-cmark ends it
# at its own line in the whole text, but at the end of a piece that ends after it.
_BARE_MARKER = re.compile(r"[ \t>]*(?:[-+*]|[0-9]{1,9}[.)])[ \t]*")
_REFERENCE_TYPES = {"Reference": "Reference", "Collapsed": "Collapsed", "Shortcut": "Shortcut",
                    "ReferenceUnknown": "Reference", "CollapsedUnknown": "Collapsed",
                    "ShortcutUnknown": "Shortcut"}


def events_in_pieces(text: str, options: int, piece_chars: int | None = None):
    """(event, byte range) pairs of `text`, as `pyromark.events_with_range(text)` gives them."""
    piece_chars = piece_chars or PIECE_CHARS
    definitions = reference_definitions(text)
    parse = _parser(options, _resolver(definitions) if definitions else None)
    start = byte_start = 0
    end = boundary_after(text, piece_chars)
    while start < len(text):
        piece = text[start:end]
        left_open = yield from _piece_events(parse(piece), piece, byte_start, end == len(text), definitions)
        if left_open is None:  # the piece is done: the next one starts where it ended
            start, byte_start = end, byte_start + _utf8_length(piece)
            end = boundary_after(text, end + piece_chars)
            continue
        # A block ran on to the end of the piece: parse again from its line, twice as far.
        line = max(piece.rfind("\n", 0, left_open), piece.rfind("\r", 0, left_open)) + 1
        byte_start += _utf8_length(piece[:line])
        start, end = start + line, boundary_after(text, start + line + max(2 * (end - start - line), piece_chars))


def _parser(options: int, callback):
    import pyromark

    def parse(piece: str):
        return pyromark.events_with_range(piece, options=options, broken_link_callback=callback)

    return parse


def _utf8_length(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode())


def _piece_events(events, piece: str, byte_start: int, last: bool, definitions: dict):
    """Yields the piece's events moved into the whole text, and returns None; or stops at the
    first top-level block (not a list) that reaches the end of the piece, a fenced code or HTML
    block the next piece would continue, and returns its code point offset in the piece."""
    piece_bytes = -1 if last else _utf8_length(piece)
    depth = 0
    for event, span in events:
        if type(event) is dict and "Start" in event:
            if depth == 0 and span["end"] >= piece_bytes >= 0 and not _is_list(event["Start"]):
                return span["start"] if piece.isascii() else len(piece.encode()[:span["start"]].decode())
            depth += 1
            if definitions:
                _resolve_reference(event["Start"], definitions)
        elif type(event) is dict and "End" in event:
            depth -= 1
        if byte_start:
            span["start"] += byte_start
            span["end"] += byte_start
        yield event, span
    return None


def _is_list(tag) -> bool:
    return type(tag) is dict and "List" in tag


def boundary_after(text: str, offset: int) -> int:
    """The first piece boundary at or after `offset` (the start of the line after the blank
    line), or the end of the text."""
    if offset >= len(text):
        return len(text)
    pos = max(0, offset - 1)
    while (match := _BOUNDARY.search(text, pos)) is not None:
        if not _BARE_MARKER.fullmatch(_last_line_before(text, match.start())):
            return match.end()
        pos = match.end()
    return len(text)


def _last_line_before(text: str, newline: int) -> str:
    """The last line with something on it that ends at or before `newline`."""
    while newline > 0:
        line_start = text.rfind("\n", 0, newline) + 1
        line = text[line_start:newline].rsplit("\r", 1)[-1]
        if line.strip(" \t"):
            return line
        newline = line_start - 1
    return ""


def normalised_label(label: str) -> str:
    """A link label as CommonMark matches it: case-folded, whitespace runs as one space."""
    return " ".join(label.split()).casefold()


def reference_definitions(text: str) -> dict[str, tuple[str, str]]:
    """Normalised label -> (destination, title) of every link reference definition of `text`."""
    if "]:" not in text:
        return {}
    import pyromark

    found = pyromark.reference_definitions(text)
    return {normalised_label(label): (found[label]["dest"], found[label]["title"] or "") for label in found}


def _resolver(definitions: dict[str, tuple[str, str]]):
    def resolve(link: dict):
        return definitions.get(normalised_label(link["reference"]))

    return resolve


def _resolve_reference(tag, definitions: dict) -> None:
    """A reference link as the whole text resolves it (a piece that repeats an earlier
    definition would use its own; one whose definition is in another piece has none)."""
    if type(tag) is not dict:
        return
    link = tag.get("Link") or tag.get("Image")
    if link is None or link["link_type"] not in _REFERENCE_TYPES:
        return
    definition = definitions.get(normalised_label(link["id"]))
    if definition is not None:
        link["link_type"] = _REFERENCE_TYPES[link["link_type"]]
        link["dest_url"], link["title"] = definition
