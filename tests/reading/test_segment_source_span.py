"""`Segment.source_span` and `Segment.source_of_match`: the source span of a segment's whole
text and of a match over it, each written once (rules and readers asked the offset map for
`(0, len(text))`, `(0, 0)` or a match's start and end in fifteen places before)."""

from __future__ import annotations

import re

from plainlint.reading.offsets import DECODED, LITERAL, OffsetMap, Piece, Segment

# Source: 'x &amp; café y': the text 'x & café y' with '&amp;' decoded, starting at offset 3.
SOURCE = "ab x &amp; café y"
TEXT = "x & café y"
DECODED_MAP = OffsetMap([Piece(0, 2, 3, 5, LITERAL), Piece(2, 3, 5, 10, DECODED), Piece(3, 10, 10, 17, LITERAL)])


def test_the_whole_text_of_a_mapped_segment():
    segment = Segment(TEXT, DECODED_MAP)
    span = segment.source_span()
    assert (span.start, span.end, span.exact) == (3, 17, False)
    assert SOURCE[span.start:span.end] == "x &amp; café y"


def test_the_whole_text_of_a_literal_run():
    segment = Segment("café y", OffsetMap([Piece(0, 6, 11, 17, LITERAL)]))
    assert segment.source_span() == segment.to_source(0, 6)
    assert (segment.source_span().start, segment.source_span().end) == (11, 17)


def test_an_empty_segment_starts_where_it_stands():
    segment = Segment("", OffsetMap([Piece(0, 0, 7, 7, LITERAL)]))
    assert (segment.source_span().start, segment.source_span().end) == (7, 7)


def test_a_match_and_its_groups():
    segment = Segment(TEXT, DECODED_MAP)
    match = re.search(r"(?P<word>café) (y)", segment.text)
    assert SOURCE[segment.source_of_match(match).start:segment.source_of_match(match).end] == "café y"
    word = segment.source_of_match(match, "word")
    assert (SOURCE[word.start:word.end], word.exact) == ("café", True)
    second = segment.source_of_match(match, 2)
    assert (second.start, second.end) == (16, 17)


def test_a_match_over_a_decoded_entity_covers_the_whole_entity():
    segment = Segment(TEXT, DECODED_MAP)
    span = segment.source_of_match(re.search("&", segment.text))
    assert (SOURCE[span.start:span.end], span.exact) == ("&amp;", False)
