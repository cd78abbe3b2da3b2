"""jargon `desire to` (and the other `noun_first` entries) after "or" and a noun that a have-verb
or a quantifier governs is a noun coordinated with it (session 16, left16; seed 101's FP "do not
have experience or desire to install"): no finding. A verb coordinated after "or" is still one.
Texts written for these tests."""

from __future__ import annotations

import pytest

from plhelpers import lint_text


def _jargon(sentence: str) -> list[str]:
    return [f.flagged for f in lint_text(f"{sentence}\n", "docs/page.md", select=["jargon"])]


@pytest.mark.parametrize("sentence", [
    "Hosted plans suit teams who do not have experience or desire to install servers.",
    "Some users lack the time or desire to read the whole guide.",
    "There is no budget or desire to move the data again.",
])
def test_a_noun_coordinated_after_or_is_no_verb(sentence):
    assert _jargon(sentence) == []


@pytest.mark.parametrize("sentence", [
    "You can cancel the plan or desire to pause it instead.",
    "Customers who desire to upgrade can reply to this e-mail.",
    "Teams that have grown and desire to move can export everything.",
])
def test_a_verb_coordinated_after_or_is_still_flagged(sentence):
    assert _jargon(sentence) == ["desire to"]
