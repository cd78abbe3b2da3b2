"""Prose that is not prose even inside a sentence (bare URLs, e-mail addresses) masked as one
placeholder word each, with the offset map kept exact (moved out of offsets.py, issue 24)."""

from __future__ import annotations

from .offsets import PLACEHOLDER, PLACEHOLDER_TEXT, OffsetMap, Piece, Segment, source_of_slice


def mask_spans(segment: Segment, spans: list[tuple[int, int]], texts: list[str] | None = None,
               kind: str = PLACEHOLDER) -> Segment:
    """A copy of `segment` where each (start, end) text span (sorted, not overlapping) becomes
    one piece of `kind`: the placeholder word, or the matching text of `texts`.

    Used for text that is not prose even inside a sentence: bare URLs, e-mail addresses, and a
    reply template's fill-ins (fill_ins.py); and, as DECODED pieces, emoji shortcodes read as the
    emoji they show (readers/common.py).
    """
    if not spans:
        return segment
    old = segment.map.pieces  # unpacked once: a paragraph of many fill-ins is read in one pass
    pieces, parts, length, cursor, at = [], [], 0, 0, 0
    text = segment.text

    def keep(start: int, end: int) -> None:
        """text[start:end] and its pieces (literal ones cut exactly, decoded ones kept whole)."""
        nonlocal length, at
        while at < len(old) and old[at].end <= start:
            at += 1
        index = at
        while index < len(old) and old[index].start < end:
            piece = old[index]
            lo, hi = max(piece.start, start), min(piece.end, end)
            if lo < hi:
                pieces.append(Piece(length + lo - start, length + hi - start, *source_of_slice(piece, lo, hi), piece.kind))
            index += 1
        parts.append(text[start:end])
        length += end - start

    def source_of(start: int, end: int) -> tuple[int, int]:
        """Where text[start:end] comes from (as OffsetMap.to_source, from the pieces at hand)."""
        nonlocal at
        while at < len(old) and old[at].end <= start:
            at += 1
        last = at
        while last + 1 < len(old) and old[last].end < end:
            last += 1
        head, tail = old[at], old[last]
        return source_of_slice(head, start, min(head.end, end))[0], source_of_slice(tail, max(tail.start, start), end)[1]

    for index, (start, end) in enumerate(spans):
        keep(cursor, start)
        src_start, src_end = source_of(start, end)
        stand_in = texts[index] if texts is not None else PLACEHOLDER_TEXT
        pieces.append(Piece(length, length + len(stand_in), src_start, src_end, kind))
        parts.append(stand_in)
        length += len(stand_in)
        cursor = end
    keep(cursor, len(text))
    return Segment("".join(parts), OffsetMap(pieces), segment.scope, segment.escape, segment.context)
