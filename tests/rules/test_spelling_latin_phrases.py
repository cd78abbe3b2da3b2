"""spelling (PL502, issue 33), session 15: a word the dictionary lacks standing in a Latin phrase
English writes ('de facto', 'pro forma', 'in situ'; rulesets/spelling-latin-phrases.txt) is not
a slip; the same word alone, or a phrase broken by punctuation, is still checked. Texts in our own
words."""

from __future__ import annotations

import pytest

from plhelpers import lint_text
from plainlint.rules.spelling_phrases import in_latin_phrase

# The dictionary check (`mode: dictionary`): known mode, the default, reports only known misspellings.
ON = {"extend-select": ["spelling"], "rules": {"spelling": {"mode": "dictionary"}}}


def flagged(text: str) -> list[str]:
    return [f.flagged for f in lint_text(text, "doc.md", ON) if f.rule == "spelling"]


@pytest.mark.parametrize("sentence", [
    "# Billing\n\nWe send a pro forma invoice before the order ships.\n",
    "# Billing\n\nWe send a pro-forma invoice before the order ships.\n",
    "# Formats\n\nThis format is the de facto standard for exports.\n",
    "# Formats\n\nThis format is the de-facto standard for exports.\n",
    "# Plans\n\nSeats added mid-month are charged pro rata, at the rate per annum.\n",
])
def test_a_word_in_a_latin_phrase_is_not_reported(sentence):
    assert flagged(sentence) == []


def test_the_same_word_alone_is_still_reported():
    assert flagged("# Billing\n\nFill in the forma field before you send it.\n") == ["forma"]
    assert flagged("# Formats\n\nThe facto value is set by the export.\n") == ["facto"]


def test_a_phrase_broken_by_punctuation_is_not_a_phrase():
    text = "Choose a pro. forma field"
    start = text.index("forma")
    assert not in_latin_phrase(text, start, start + 5)
    assert in_latin_phrase(text.replace(".", ""), start - 1, start + 4)


def test_a_typo_beside_a_phrase_word_is_still_reported():
    assert flagged("# Billing\n\nThe pro forma invocie is attached.\n") == ["invocie"]


def test_three_word_phrases_are_matched_from_any_of_their_words():
    text = "a law applied ex post facto to the case"
    start = text.index("facto")
    assert in_latin_phrase(text, start, start + 5)
    assert not in_latin_phrase("a law applied post facto to the case", 19, 24)
