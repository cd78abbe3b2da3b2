"""repeated-words' pair pattern takes each word whole (speedA): it finds exactly the matches the
backtracking form found, on crafted edge cases and random runs of words, spaces and marks."""

from __future__ import annotations

import random
import re

import pytest

from plainlint.rules.repeated_words import _REPEAT_PAIR

_BACKTRACKING = re.compile(r"(?<![\w'’\-/@#.&$%])([^\W\d_][\w'’]*)([ \t]+)([^\W\d_][\w'’]*)([ \t]+)(\1)([ \t]+)(\3)"
                           r"(?![\w'’]|-\w|\.\w|@)")

TEXTS = [
    "as a as a", "in the in the box", "how to how to", "it's a it's a", "it’s a it’s a", "as a\tas a",
    "as  a as a", "as a as ab", "as a as a-b", "as a as a.b", "as a as a.", "as a as a@x", "x-as a as a",
    "as as as as", "a a a a a", "the the the", "café au café au", "naïve é naïve é", "as_a as_a",
    "a1 b a1 b", "As a as a", "as a As a", "as a as a as a", "as a\nas a", "as a\r\nas a", "", "a",
    "from time to time to see", "one two one two three", "ab’ cd ab’ cd", "ab' cd' ab' cd'",
]


def random_texts(count: int, seed: int) -> list[str]:
    pieces = ["as", "a", "in", "the", "it's", "it’s", "é", "ab1", " ", "  ", "\t", "\n", "-", ".", "@", "'", "’", "_"]
    pick = random.Random(seed)
    return ["".join(pick.choice(pieces) for _ in range(pick.randint(0, 30))) for _ in range(count)]


@pytest.mark.parametrize("text", TEXTS + random_texts(500, seed=291))
def test_the_pair_pattern_finds_what_the_backtracking_form_found(text):
    found = [(m.span(), m.groups()) for m in _REPEAT_PAIR.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in _BACKTRACKING.finditer(text)]
