"""Prose that is not prose even inside a sentence (bare URLs, e-mail addresses) masked as one
placeholder word each, with the offset map kept exact (moved out of offsets.py, issue 24)."""

from __future__ import annotations

from .offsets import PLACEHOLDER, PLACEHOLDER_TEXT, OffsetMap, Piece, Segment


def mask_spans(segment: Segment, spans: list[tuple[int, int]], texts: list[str] | None = None) -> Segment:
    """A copy of `segment` where each (start, end) text span (sorted, not overlapping) becomes
    one placeholder: the placeholder word, or the matching text of `texts`.

    Used for text that is not prose even inside a sentence: bare URLs, e-mail addresses, and a
    reply template's fill-ins (fill_ins.py).
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

    for index, (start, end) in enumerate(spans):
        keep(cursor, start)
        span = segment.to_source(start, end)
        stand_in = texts[index] if texts is not None else PLACEHOLDER_TEXT
        pieces.append(Piece(length, length + len(stand_in), span.start, span.end, PLACEHOLDER))
        parts.append(stand_in)
        length += len(stand_in)
        cursor = end
    keep(cursor, len(text))
    return Segment("".join(parts), OffsetMap(pieces), segment.scope, segment.escape, segment.context)
