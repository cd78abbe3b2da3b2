"""Prose that is not prose even inside a sentence (bare URLs, e-mail addresses) masked as one
placeholder word each, with the offset map kept exact (moved out of offsets.py, issue 24)."""

from __future__ import annotations

from .offsets import PLACEHOLDER, PLACEHOLDER_TEXT, OffsetMap, Piece, Segment


def mask_spans(segment: Segment, spans: list[tuple[int, int]]) -> Segment:
    """A copy of `segment` where each (start, end) text span becomes one placeholder word.

    Used for text that is not prose even inside a sentence: bare URLs, e-mail addresses.
    """
    if not spans:
        return segment
    pieces, parts, length, cursor = [], [], 0, 0
    text = segment.text

    def keep(start: int, end: int) -> None:
        nonlocal length
        for piece in segment.map.slice(start, end, at=length):
            pieces.append(piece)
            parts.append(text[start + piece.start - length:start + piece.end - length])
        length = pieces[-1].end if pieces else length

    for start, end in spans:
        keep(cursor, start)
        span = segment.to_source(start, end)
        pieces.append(Piece(length, length + 1, span.start, span.end, PLACEHOLDER))
        parts.append(PLACEHOLDER_TEXT)
        length += 1
        cursor = end
    keep(cursor, len(text))
    return Segment("".join(parts), OffsetMap(pieces), segment.scope, segment.escape, segment.context)
