"""repeated-words: 'have' doubled where the first copy ends a relative clause ("the plans we do have
have a limit") is English, so its fix is unsafe (fixu33, user33 defect 3). Any other doubled verb,
and 'have' after a clause's start ("If you have have") or a relative word ("indexers that have have
no tags"), is still a typo with a safe fix: such were all typos in both corpora on 2026-12-07 but the
one above. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainlint.enums import Applicability
from plainlint.fixing.fixer import apply_edits, select_edits
from plhelpers import lint_text


def repeated(text: str):
    return [f for f in lint_text(text, "doc.md") if f.rule == "repeated-words"]


@pytest.mark.parametrize("text", [
    "The plans we do have have a monthly limit.",
    "The seats it does have have been sold.",
    "What it has has changed since May.",
    "The plans they have have a monthly limit.",
])
def test_a_doubled_verb_ending_a_relative_clause_has_an_unsafe_fix(text):
    findings = repeated(text)
    assert len(findings) == 1
    assert findings[0].fix.applicability == Applicability.UNSAFE
    assert apply_edits(text, select_edits(findings, unsafe=False)) == text


@pytest.mark.parametrize("text, fixed", [
    ("If you are are the manager, approve it.", "If you are the manager, approve it."),
    ("For example, you can can create a rule.", "For example, you can create a rule."),
    ("You must have have the following.", "You must have the following."),
    ("You will be be able to add one.", "You will be able to add one."),
    ("This could be be any of the following.", "This could be any of the following."),
    ("Use the filters that have have no tags.", "Use the filters that have no tags."),
    ("Pick data that you can can use.", "Pick data that you can use."),
    ("Open the menu and it can can look like this.", "Open the menu and it can look like this."),
    ("Links which are are shown here.", "Links which are shown here."),
    ("If you have have a plan, keep it.", "If you have a plan, keep it."),
])
def test_a_doubled_verb_after_a_clause_start_keeps_its_safe_fix(text, fixed):
    findings = repeated(text)
    assert [f.fix.applicability for f in findings] == [Applicability.SAFE]
    assert apply_edits(text, select_edits(findings, unsafe=False)) == fixed
