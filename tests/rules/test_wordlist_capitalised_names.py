"""A capitalised word inside a sentence before a product or control noun is a name, for every
word list (session 16, left16; rules/wordlist_names.py): "the Inquire add-in", "the Utilize app",
"the Leverage tab" are not the words. The word itself, or a capital at a sentence's start, still
is. Texts written for these tests."""

from __future__ import annotations

import pytest

from plhelpers import lint_text


def _jargon(sentence: str, path: str = "emails/help.txt") -> list[str]:
    return [f.flagged for f in lint_text(f"{sentence}\n", path, select=["jargon"])]


@pytest.mark.parametrize("sentence", [
    "Open the Inquire add-in and sign in with your work account.",
    "Install the Utilize app from the store, then open it.",
    "Your totals are on the Leverage tab of the report.",
    "Choose Export from the Facilitate Pro menu.",
])
def test_a_capitalised_name_before_a_product_or_control_noun_is_no_jargon(sentence):
    assert _jargon(sentence) == []
    assert _jargon(sentence, "docs/help.md") == []


@pytest.mark.parametrize("sentence, flagged", [
    ("We inquire about every order that arrives late.", ["inquire"]),
    ("Utilize the app to check your balance.", ["Utilize"]),
    ("Please Utilize the menu on the left.", ["Utilize"]),
])
def test_the_word_itself_is_still_flagged(sentence, flagged):
    assert _jargon(sentence) == flagged


def test_a_capital_after_a_dash_or_colon_opens_a_clause():
    """"**Connection** — Establish link to the radio": a step whose verb is capitalised after the
    dash, before a noun that could follow a name (left16's held-out comparison)."""
    assert _jargon("**Connection** — Establish link to the selected radio.", "docs/steps.md") == ["Establish"]
    assert _jargon("Step two: Utilize tab stops to line up the columns.", "docs/steps.md") == ["Utilize"]
