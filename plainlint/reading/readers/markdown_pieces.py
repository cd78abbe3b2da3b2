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
  of the piece, so a piece whose last top-level block reaches its end is parsed again to a later
  boundary (twice as far, so the extra parsing stays in proportion to the text).
- Link reference definitions are document-wide: they are taken from the whole text first
  (only when it holds a `]:`, which every definition does), each piece resolves the references
  it does not define itself through them, and every reference link gets the definition the
  whole text would give it (the first one, wherever it is).

The only thing left apart is pulldown-cmark's guard against link-reference expansion bombs,
which limits each piece to its own length (at least 100 KB) rather than the whole text's.
"""

from __future__ import annotations

import re

PIECES_FROM = 1 << 20  # characters; smaller texts are parsed whole
PIECE_CHARS = 1 << 18

# A blank line, then a line starting at the margin with a character that continues nothing.
_BOUNDARY = re.compile(r"\n[ \t]*\n(?=[^\s\-+*0-9])")
_REFERENCE_TYPES = {"Reference": "Reference", "Collapsed": "Collapsed", "Shortcut": "Shortcut",
                    "ReferenceUnknown": "Reference", "CollapsedUnknown": "Collapsed",
                    "ShortcutUnknown": "Shortcut"}


def events_in_pieces(text: str, options: int, piece_chars: int | None = None):
    """(event, byte range) pairs of `text`, as `pyromark.events_with_range(text)` gives them."""
    import pyromark

    piece_chars = piece_chars or PIECE_CHARS
    definitions = reference_definitions(text)
    callback = _resolver(definitions) if definitions else None
    ascii_text = text.isascii()
    start = byte_start = 0
    while start < len(text):
        end = boundary_after(text, start + piece_chars)
        while True:
            piece = text[start:end]
            piece_bytes = len(piece) if ascii_text else len(piece.encode())
            events = list(pyromark.events_with_range(piece, options=options, broken_link_callback=callback))
            if end == len(text) or ends_before(events, piece_bytes):
                break
            end = boundary_after(text, start + 2 * (end - start))
        del piece
        yield from _moved(events, byte_start, definitions)
        events = None  # not held beside the next piece's
        start, byte_start = end, byte_start + piece_bytes


def boundary_after(text: str, offset: int) -> int:
    """The first piece boundary at or after `offset` (the start of the line after the blank
    line), or the end of the text."""
    if offset >= len(text):
        return len(text)
    match = _BOUNDARY.search(text, max(0, offset - 1))
    return match.end() if match else len(text)


def ends_before(events: list, piece_bytes: int) -> bool:
    """Whether the piece's last top-level block ended before the piece did, as it would in the
    whole text. A list takes in the blank lines after it and ends at the next line anyway, but
    an empty last item reaches only its own line in the whole text, and the end of a piece that
    ends with it. Any other block that reaches the end of the piece is a fence or HTML block
    left open, which the next piece would continue."""
    if not events:
        return True
    event, span = events[-1]
    if type(event) is not dict or "End" not in event:
        return True
    tag = event["End"]
    if type(tag) is dict and "List" in tag:
        return not _empty_last_item(events)
    return span["end"] < piece_bytes


def _empty_last_item(events: list) -> bool:
    """Whether the innermost last list item of the events is empty (`- ` and nothing after)."""
    index = len(events) - 1
    while index > 0 and type(events[index][0]) is dict and "End" in events[index][0]:
        index -= 1
    return events[index][0] == {"Start": "Item"}


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


def _moved(events: list, byte_start: int, definitions: dict):
    """The piece's events with byte ranges in the whole text, and reference links as the whole
    text resolves them (a piece that repeats an earlier definition would use its own)."""
    for event, span in events:
        if byte_start:
            span["start"] += byte_start
            span["end"] += byte_start
        if definitions and type(event) is dict and "Start" in event:
            _resolve_reference(event["Start"], definitions)
        yield event, span


def _resolve_reference(tag, definitions: dict) -> None:
    if type(tag) is not dict:
        return
    link = tag.get("Link") or tag.get("Image")
    if link is None or link["link_type"] not in _REFERENCE_TYPES:
        return
    definition = definitions.get(normalised_label(link["id"]))
    if definition is not None:
        link["link_type"] = _REFERENCE_TYPES[link["link_type"]]
        link["dest_url"], link["title"] = definition
