"""`offsets.new_piece` (speed26) makes the same Piece as the named tuple's own constructor: equal,
of the same type, with the same fields, and a map packed from such pieces unpacks to them."""

from __future__ import annotations

import random

from plainlint.reading.offsets import DECODED, LITERAL, PLACEHOLDER, OffsetMap, Piece, new_piece


def test_a_piece_made_in_one_call_is_the_named_tuple():
    made = new_piece(Piece, (3, 7, 10, 14, LITERAL))
    assert type(made) is Piece and made == Piece(3, 7, 10, 14, LITERAL)
    assert (made.start, made.end, made.src_start, made.src_end, made.kind) == (3, 7, 10, 14, LITERAL)
    assert made._replace(kind=DECODED) == Piece(3, 7, 10, 14, DECODED)


def test_maps_unpack_to_the_pieces_they_were_made_of():
    rng = random.Random(293)
    for _ in range(200):
        pieces, at, src = [], 0, rng.randrange(0, 2 ** 33)
        for _ in range(rng.randrange(0, 8)):
            size, gap = rng.randrange(0, 9), rng.randrange(0, 4)
            kind = rng.choice((LITERAL, DECODED, PLACEHOLDER))
            pieces.append(Piece(at, at + size, src + gap, src + gap + size, kind))
            at, src = at + size, src + gap + size
        offset_map = OffsetMap(pieces)
        assert offset_map.pieces == pieces and all(type(p) is Piece for p in offset_map.pieces)
        assert list(offset_map._each()) == pieces
        assert [offset_map._piece(i) for i in range(len(pieces))] == pieces
