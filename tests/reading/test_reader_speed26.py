"""speed26's reader changes against what they replaced: `offsets.new_piece` makes the same Piece
as the named tuple's own constructor (equal, of the same type, with the same fields, and a map
packed from such pieces unpacks to them); `Unit.current` is what the property computed."""

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
        data, n = offset_map._columns()  # (read once per question since speed27)
        assert [OffsetMap._piece(data, n, i) for i in range(len(pieces))] == pieces


def test_a_units_current_builder_is_the_one_the_property_gave():
    """`Unit.current` is kept as images open and close (speed26); it is always what the property
    it replaced computed: the innermost open image's builder, else the unit's own."""
    from plainlint.reading.document import Document
    from plainlint.reading.readers.markdown_native import Unit
    from plainlint.reading.segment_builder import SegmentBuilder
    from plainlint.reading.source import Source

    doc = Document(Source("a.md", "![a ![b](c)](d) text"), "markdown")
    rng = random.Random(293)
    for _ in range(50):
        unit = Unit(doc, doc.source.text, "paragraph")
        for _ in range(rng.randrange(0, 12)):
            if unit.images and rng.random() < 0.5:
                unit.close_image()
            else:
                unit.open_image({"builder": SegmentBuilder(doc.source.text)})
            assert unit.current is (unit.images[-1]["builder"] if unit.images else unit.builder)
