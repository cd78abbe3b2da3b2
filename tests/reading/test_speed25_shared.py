"""Fast paths of speedB (session 25) held to what they replace: SortedWords' bisection on the text
itself, as_unit kept per text, the prose tally's sums, is_prose's one read of the context, and the
Markdown reader's entity test without a slice."""

import bisect

import pytest

from plainlint.nlp import readability, sorted_words
from plainlint.reading.offsets import Segment
from plainlint.reading.readers import read_document
from plainlint.reading.source import Source
from plainlint.enums import Scope

WORDS = sorted(["", "a", "ab", "abc", "b", "café", "cafe", "naïve", "zoo", "ß", "日本", "\U0001f600"])


def test_index_finds_every_word_and_nothing_else():
    words = sorted(set(WORDS) - {""})
    found = sorted_words.unpack(*sorted_words.pack(words))
    for at, word in enumerate(words):
        assert found.index(word) == at
    for missing in ("", "aa", "abcd", "0", "caf", "zoo ", "zz", "\uffff", "A", "日"):
        assert found.index(missing) is None, missing
        assert bisect.bisect_left(words, missing) == len(words) or words[bisect.bisect_left(words, missing)] != missing


@pytest.mark.parametrize("words", [[], ["only"], ["a", "b"]])
def test_index_on_short_lists(words):
    found = sorted_words.unpack(*sorted_words.pack(words))
    assert [found.index(word) for word in words] == list(range(len(words)))
    assert found.index("zzz") is None and found.index("") is None


def test_the_syllable_table_answers_as_before():
    table = readability.syllable_table()
    assert table.known("hello") == 2 and table.known("zendeskify") is None and table.known("") is None


UNITS = ["Open the admin center.", "Select Policies", "Tip:\u2028Use the app", "Wait…", "“Quoted.”",
         "Hi Sam, the Account Settings page opens.", "", "  spaced \n out  "]


# What as_unit gave for UNITS before it was memoised (5161e2f): the memo must not change an answer, asked
# once or again (rev25: comparing the memoised function with itself could not fail).
UNITS_BEFORE = ["Open the admin center.", "Select X.", "Tip:. Use the app.", "Wait…", "“Quoted.”",
                "Hi X, the X X page opens.", "", "spaced out."]


def test_as_unit_answers_as_before_it_was_kept():
    readability.as_unit.cache_clear()
    for _ in range(2):
        assert [readability.as_unit(text) for text in UNITS] == UNITS_BEFORE


def test_the_tally_sums_each_count():
    counts = readability._UnitCounts()
    units = [readability.as_unit(text) for text in UNITS[:6] if text]
    for unit in units[:2]:
        counts.add(unit)
    expected = tuple(map(sum, zip(*(readability._counts(unit) for unit in units[:2]))))
    assert counts.totals == expected and counts.joinable


@pytest.mark.parametrize("context, prose", [
    ({}, True), ({"link_only": True}, False), ({"front_matter": True}, False), ({"label": True}, False),
    ({"link_only": False, "label": None}, True), ({"other": True}, True)])
def test_is_prose_reads_the_context(context, prose):
    text = "You can reset your password from the sign-in page at any time."
    segment = Segment(text, 0, Scope.PARAGRAPH, context=context) if context else Segment(text, 0, Scope.PARAGRAPH)
    assert readability.is_prose(segment) is prose


@pytest.mark.parametrize("markdown, text", [
    ("Fish &amp; chips", "Fish & chips"),
    ("A &copy; B &#233;", "A © B é"),
    ("Tom\\*s and \\[x\\]", "Tom*s and [x]"),
    ("amp; not an entity &amp", "amp; not an entity &amp"),
    ("café &lt;b&gt; naïve\r\nnext", "café <b> naïve\nnext"),
    ("&nbsp;", None),
])
def test_entities_and_escapes_are_decoded(markdown, text):
    doc = read_document(Source("page.md", markdown + "\n"), "markdown", detect_language=False)
    texts = [segment.text for segment in doc.segments]
    assert texts == ([] if text is None else [text])
