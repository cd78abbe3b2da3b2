"""reading.spans' lazy line splitter: what `str.split("\n")` gives, with each line's offset."""

from __future__ import annotations

import random

from plainlint.reading.spans import lines_with_starts


def test_lines_with_starts_are_the_split_lines_and_their_offsets():
    rng = random.Random(2914)
    for _ in range(2000):
        text = "".join(rng.choice(["a", "b", "\n", "\r\n", " ", "é"]) for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        lines = list(lines_with_starts(text, start, end))
        assert [line for _, line in lines] == text[start:end].split("\n"), (text, start, end)
        assert all(text[offset:offset + len(line)] == line for offset, line in lines)
        assert [offset for offset, _ in lines][:1] == [start]
    assert list(lines_with_starts("one\ntwo\n")) == [(0, "one"), (4, "two"), (8, "")]
