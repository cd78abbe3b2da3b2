"""Cheap pre-checks that let a rule skip a segment (issue 24) answer exactly as the full test
they stand for: a pre-check that said no where the full test says yes would lose findings."""

import re

import pytest

from plainlint.nlp import readability
from plainlint.nlp.hyphenation import hyphenator
from plainlint.rules import capitals, terminology_forms

TEXTS = [
    "Log in to your account.", "Unable to login", "the log-in page", "Reset your password", "setups and set",
    "backup_file", "Signing in", "checkout", "SIGNUP now", "no word here", "", "log", "blog posts", "sign-in",
    "Check the box", "logins", "set-up", "x_setup", "setup2", "s\u00e9tup", "caf\u00e9 login",
    "\u00e9login", "log\u00e9", "9setup", "(backup)", "login\u0301", "bblog", "checkouts check",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_word_class_precheck_is_the_word_list_test(text):
    words = re.findall(r"\w+", text.lower())
    listed = not terminology_forms._word_class_heads().isdisjoint(words)
    assert (terminology_forms._word_class_head_pattern().search(text.lower()) is not None) == listed


def test_the_hyphenation_walk_stops_only_where_no_pattern_starts():
    """The prefixes the walk stops at are exactly the proper prefixes of the patterns: a pattern
    of one letter more than any prefix would be missed if the set were short of one."""
    walker = hyphenator()
    if not hasattr(walker, "prefixes"):
        pytest.skip("pyphen's own reader is in use")
    assert all(key[:n] in walker.prefixes for key in walker.index for n in range(1, len(key)))
    assert not any(prefix not in walker.index and not any(key.startswith(prefix) for key in walker.index)
                   for prefix in list(walker.prefixes)[:200])


@pytest.mark.parametrize("text", [
    "".join(map(chr, range(128))), "Don't panic: it's 5 o'clock (UTC) -- isn't it?", "'quoted' words'",
    "Caf\u00e9 \u2019s \u201cquotes\u201d \u2014 dashes", "tab\there_and\x1cseparators", "", "   ",
])
def test_textstat_text_is_kept_as_its_regexes_keep_it(text):
    """readability._textstat_kept removes what textstat's two regexes remove (ASCII text by
    bytes.translate)."""
    expected = readability._PUNCTUATION.sub("", readability._NON_CONTRACTION_APOSTROPHE.sub("", text))
    assert readability._textstat_kept(text) == expected


@pytest.mark.parametrize("text", [
    "ABCDEFGHij", "Mostly lower case text WITH SOME", "".join(map(chr, range(128))), "\u00c0\u00c9\u00ce\u00d5\u00dc abc DEF",
    "SHORT", "\u2160\u2161\u2162 ROMAN NUMERALS are not letters", "",
])
def test_capitals_are_counted_as_a_loop_counts_them(text):
    alphabetic = [c for c in text if c.isalpha()]
    expected = len(alphabetic) >= 8 and sum(c.isupper() for c in alphabetic) / len(alphabetic) > capitals.CAPITALS_SHARE
    assert capitals.mostly_capitals(text) == expected


@pytest.mark.parametrize("text", [
    "THE END", "xABCD", "ABCDx", "ABCD_E", "_ABCD", "ABCDÉ", "ÉABCD", "AB CDEF GHIJKL", "ABC", "A1BCDE",
    "NASA's FAQ: READ THIS", "\u00c0BCDE", "ABCD\u0301", "",
])
def test_a_word_in_capitals_is_found_as_with_word_boundaries(text):
    plain = [m.span() for m in re.finditer(r"\b[A-Z]{4,}\b", text)]
    assert [m.span() for m in capitals.ANY_CAPS.finditer(text)] == plain


@pytest.mark.parametrize("text", [
    "Aisa AISA", "aisa", "AISA", "ABCd", "abc", "\u00e9Abcd", "Abcd\u00e9", "x_Abcd", "Abcd1", "iOS SDK Kotlin", "",
])
def test_words_not_in_capitals_are_the_ascii_words_with_a_small_letter(text):
    plain = [w for w in re.findall(r"\b[A-Za-z]{4,}\b", text) if w != w.upper()]
    assert capitals._NOT_ALL_CAPS.findall(text) == plain
