"""terminology's linear helpers find what the expressions and loops they replaced found (the lead,
session 27): the word before a match, the spans kept apart (base.add_if_apart, which terminology and
unowned-commitment share), the bold marks before an offset."""

from __future__ import annotations

import random
import re

from plainlint.rules.base import add_if_apart
from plainlint.rules.terminology_forms import word_before_space
from plainlint.rules.terminology_words import _BOLD_MARK, BoldMarks

PIECES = ["word", "Internet", " ", "  ", "\n", "\u00a0", "-", "'", "’", ".", "é", "_", "**", "__", "*",
          "<b>", "</b>", "<strong class='x'>", "</strong>", "<b\n>", "<", ">", "x"]


def random_texts(count: int, seed: int) -> list[str]:
    pick = random.Random(seed)
    return ["".join(pick.choice(PIECES) for _ in range(pick.randint(0, 30))) for _ in range(count)]


def test_the_word_before_a_match_is_the_one_the_search_on_a_copy_found():
    for text in random_texts(600, seed=2731):
        for start in range(len(text) + 1):
            found = re.search(r"([\w'’-]+)\s+\Z", text[:start])
            assert word_before_space(text, start) == (found.start(1) if found else None), (text, start)


def test_the_spans_kept_are_those_the_comparison_with_every_kept_one_kept():
    pick = random.Random(2732)
    for _ in range(400):
        spans = [(start, start + pick.randint(1, 6)) for start in (pick.randint(0, 40) for _ in range(pick.randint(0, 25)))]
        kept_before, kept = [], []
        for start, end in spans:
            if not any(s < end and start < e for s, e in kept_before):
                kept_before.append((start, end))
            add_if_apart(kept, start, end)
        assert kept == sorted(kept_before), spans


def test_the_bold_marks_before_an_offset_are_those_a_bounded_scan_finds():
    """Offsets asked in any order, each at the start of a word outside a tag (a match is prose)."""
    pick = random.Random(2733)
    for text in random_texts(600, seed=2734):
        begin = pick.randint(0, len(text))
        tags = [m.span() for m in re.finditer(r"<[^<>]*>", text)]
        offsets = [m.start() for m in re.finditer(r"\b[^\W_]", text)
                   if m.start() > begin and not any(s < m.start() < e for s, e in tags)]
        pick.shuffle(offsets)
        marks = BoldMarks(text, begin)
        for at in offsets:
            bounded = list(_BOLD_MARK.finditer(text, begin, at))
            stars = sum(not m.group().startswith("<") for m in bounded)
            tags = sum((-1 if m.group(1) else 1) for m in bounded if m.group().startswith("<"))
            assert marks.before(at) == (stars, tags), (text, begin, at)
