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
- A stretch with no boundary within twice a piece's length (a long table has no blank line) is
  cut after a line with something on it, and every top-level block reaching that cut is seen,
  lists too: a table is then read a run of rows at a time, each run behind a copy of its header
  and delimiter rows (a row's cells depend on the header and on its own line only), with the
  table's start and end events given its whole range, found first; any other block is parsed
  whole from its line to the next boundary, as before.
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
    start = byte_start = whole_until = 0
    end = boundary_after(text, piece_chars)
    while start < len(text):
        cut = _cut_in_a_long_stretch(text, start, end, piece_chars) if end > whole_until else None
        piece = text[start:end if cut is None else cut]
        left_open = yield from _piece_events(parse(piece), piece, byte_start, start + len(piece) == len(text),
                                             definitions, every_block=cut is not None)
        if left_open is None:  # the piece is done: the next one starts where it ended
            start, byte_start = start + len(piece), byte_start + _utf8_length(piece)
            if cut is None:
                end = boundary_after(text, end + piece_chars)
            continue
        offset, tag = left_open
        line = max(piece.rfind("\n", 0, offset), piece.rfind("\r", 0, offset)) + 1
        byte_start += _utf8_length(piece[:line])
        if _is_table(tag):  # read a run of rows at a time: the next piece starts where the table ends
            start, byte_start = yield from _table_in_pieces(text, start + line, byte_start, parse, definitions,
                                                            piece_chars)
            end = boundary_after(text, start + piece_chars)
            continue
        if cut is not None:  # another block holds the cut: parse from its line to the boundary, whole
            start, whole_until = start + line, end
            continue
        # Another block ran on to the end of the piece: parse again from its line, twice as far.
        start, end = start + line, boundary_after(text, start + line + max(2 * (end - start - line), piece_chars))


def _parser(options: int, callback):
    import pyromark

    def parse(piece: str):
        return pyromark.events_with_range(piece, options=options, broken_link_callback=callback)

    return parse


def _utf8_length(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode())


def _piece_events(events, piece: str, byte_start: int, last: bool, definitions: dict, every_block: bool = False):
    """Yields the piece's events moved into the whole text, and returns None; or stops at the
    first top-level block (not a list, unless `every_block`) that reaches the end of the piece, a
    fenced code or HTML block or a table the next piece would continue, and returns its code point
    offset in the piece and its tag."""
    piece_bytes = -1 if last else _utf8_length(piece)
    depth = 0
    for event, span in events:
        if type(event) is dict and "Start" in event:
            if depth == 0 and span["end"] >= piece_bytes >= 0 and (every_block or not _is_list(event["Start"])):
                return _chars(piece, span["start"]), event["Start"]
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


# The end of a line with something on it: a cut after it leaves no blank line at a piece's end.
_FILLED_LINE_END = re.compile(r"[^\s][ \t]*(?:\r\n?|\n)")


def _cut_in_a_long_stretch(text: str, start: int, end: int, piece_chars: int) -> int | None:
    """A line to end the piece at when no boundary comes within twice `piece_chars` (a table
    has none: a 10 MB table was one piece, its events 37 MB in pulldown-cmark): the start of a
    line after one with something on it, so that the block holding that line reaches the cut.
    Every top-level block reaching it is then seen (`every_block`): a table is read a run of rows
    at a time; any other block is parsed whole from its line to the boundary, as before."""
    if end - start <= 2 * piece_chars:
        return None
    match = _FILLED_LINE_END.search(text, start + piece_chars, end)
    return match.end() if match is not None and match.end() < end else None


def _is_table(tag) -> bool:
    return type(tag) is dict and "Table" in tag


def _chars(text: str, byte_offset: int) -> int:
    """The code point offset in `text` of UTF-8 byte offset `byte_offset`."""
    return byte_offset if text.isascii() else len(text.encode()[:byte_offset].decode())


_LINE_END = re.compile(r"\r\n?|\n")


def _next_line(text: str, offset: int) -> int:
    """The start of the line after the one holding `offset`, or the end of the text."""
    match = _LINE_END.search(text, offset)
    return len(text) if match is None else match.end()


def _table_in_pieces(text: str, start: int, byte_start: int, parse, definitions: dict, piece_chars: int):
    """Yields the events of the top-level table whose first line starts at `start` (`byte_start`
    in bytes), a run of rows at a time, and returns the code point and byte offsets of its end.

    A GFM table's rows are one line each, and whether a line is a row depends only on the header
    (its column count) and on the line itself: so each run of rows after the first is parsed
    behind a copy of the header and delimiter rows, whose own events are dropped. The table's
    start and end events carry its whole range, as in the whole text, so its end is found first,
    by parsing the runs once more without passing anything on (only a text this large gets here)."""
    header = text[start:_next_line(text, _next_line(text, start))]
    head_bytes = _utf8_length(header)

    def runs():
        return _row_runs(text, start + len(header), byte_start + head_bytes, piece_chars)

    table_start, end, end_bytes = _table_end(text, header, runs(), parse)
    whole = {"start": byte_start + table_start, "end": end_bytes}
    for number, (run_start, run_bytes, run_end) in enumerate(runs()):
        first = number == 0
        piece = text[start:run_end] if first else header + text[run_start:run_end]
        shift = byte_start if first else run_bytes - head_bytes
        for event, span in parse(piece):
            if type(event) is dict and "Start" in event and _is_table(event["Start"]):
                if first:
                    yield event, dict(whole)
                continue
            if event == _TABLE_END:
                break
            if not first and span["start"] < head_bytes:  # the copied header's own events
                continue
            if definitions and type(event) is dict and "Start" in event:
                _resolve_reference(event["Start"], definitions)
            span["start"] += shift
            span["end"] += shift
            yield event, span
        if run_end >= end:
            break
    yield dict(_TABLE_END), dict(whole)
    return end, end_bytes


_TABLE_END = {"End": "Table"}


def _row_runs(text: str, rows_start: int, rows_bytes: int, piece_chars: int):
    """(start, start in bytes, end) of the runs of whole lines, of about `piece_chars` each, from
    `rows_start` on (the first run is parsed with the header), made as they are asked for: the
    table's readers stop at its end, so text after it is not measured for each table."""
    start = rows_start
    while True:
        end = _next_line(text, min(len(text), start + piece_chars) - 1) if start < len(text) else start
        yield start, rows_bytes, end
        if end >= len(text):
            return
        rows_bytes += _utf8_length(text[start:end])
        start = end


def _table_end(text: str, header: str, runs, parse) -> tuple[int, int, int]:
    """Where the table whose first lines are `header` starts in its line (bytes), and the code
    point and byte offsets where it ends: in the first run whose table does not reach the run's
    end (or the last run)."""
    head_bytes = _utf8_length(header)
    table_start = None
    for run_start, run_bytes, run_end in runs:
        rows = text[run_start:run_end]
        piece = header + rows
        _event, span = next(iter(parse(piece)))
        if table_start is None:
            table_start = span["start"]
        if span["end"] < _utf8_length(piece) or run_end >= len(text):
            past_header = span["end"] - head_bytes  # the rows' bytes the table holds
            return table_start, run_start + _chars(rows, past_header), run_bytes + past_header
    raise AssertionError("the last run ends the table")


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
