"""Syllables of unknown words: pyphen's en_US points, read from pyphen's pattern file on demand."""

import random

import pyphen
import pytest

from plainlint.nlp import hyphenation
from plainlint.nlp.readability import syllable_table


@pytest.fixture(scope="module")
def stock():
    return pyphen.Pyphen(lang="en_US")


def test_every_pattern_parses_to_pyphens_values(stock):
    hyphenator = hyphenation.hyphenator()
    assert isinstance(hyphenator, hyphenation.Hyphenator)
    parsed = {letters: hyphenation.pattern_values(line) for letters, line in hyphenator.index.items()}
    assert parsed == stock.hd.patterns and len(parsed) > 10_000


ODD_WORDS = ["", "a", "ab", "x" * 40, "İstanbul", "ÉCOLE", "don't", "naïve", "日本語", "co-op", "zendesk",
             "freshdesk", "kubernetes", "SharePoint", "onboarding", "2fa", "e-mail", "Ünïcödé"]


@pytest.mark.slow
def test_points_equal_pyphens_on_dictionary_and_odd_words(stock):
    words = syllable_table().words
    sample = random.Random(9).sample(words, 8000) + ODD_WORDS
    hyphenator = hyphenation.hyphenator()
    assert [hyphenator.points(w) for w in sample] == [len(stock.positions(w)) for w in sample]


def test_a_pattern_file_with_nonstandard_hyphenation_goes_to_pyphen():
    assert hyphenation.index_patterns("UTF-8\n1ba\nc1c/=,1,1\n") is None
    assert hyphenation.index_patterns("ISO8859-1\n1ba\n") is None
    assert hyphenation.index_patterns("UTF-8\n% comment\nLEFTHYPHENMIN 2\n1ba\n.a0b\n") == {"ba": "1ba"}
