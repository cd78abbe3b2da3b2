"""reading/spans.InnermostSpan: the innermost of nested spans holding an offset (MyST's tab panels,
Document.tab_panel_at), as the scan it replaced (rev20b) found it."""

import random

from plainlint.reading.spans import InnermostSpan


def scanned(spans, offset):
    inside = [(start, index) for index, (start, end) in enumerate(spans) if start <= offset < end]
    return max(inside)[1] + 1 if inside else 0


def test_nested_and_touching_spans():
    spans = [(2, 20), (4, 8), (8, 12), (12, 20), (25, 30)]
    found = InnermostSpan(spans)
    assert [found.number_at(offset) for offset in range(32)] == [scanned(spans, offset) for offset in range(32)]
    assert [found.number_at(offset) for offset in (0, 2, 4, 8, 12, 19, 20, 25, 30)] == [0, 1, 2, 3, 4, 4, 0, 5, 0]


def nested(rng, start, end, depth):
    """Random nested spans inside start..end, sorted by start."""
    spans, pos = [], start
    while depth and pos < end - 2 and rng.random() < 0.7:
        lo = rng.randrange(pos, end - 1)
        hi = rng.randrange(lo + 1, end)
        spans += [(lo, hi), *nested(rng, lo + 1, hi, depth - 1)]
        pos = hi
    return spans


def test_random_nestings_match_the_scan():
    rng = random.Random(20)
    for _ in range(200):
        spans = nested(rng, 0, 60, 3)
        found = InnermostSpan(spans)
        assert [found.number_at(o) for o in range(62)] == [scanned(spans, o) for o in range(62)], spans
