"""repeated-words: a verb doubled where the first copy ends a relative clause ("the plans we do have
have a limit", "customers who can can help") is English, so its fix is unsafe (fixu33, user33
defect 3). A doubled verb after a clause's start ("If you are are", "you can can") is still a typo
with a safe fix: the 13 doubled auxiliaries of both corpora on 2026-12-07 were all typos.
Sentences written for these tests."""

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
    "Customers who have have priority support.",
    "The agents who can can help you today.",
    "What it has has changed since May.",
    "The teams which will will get the update first.",
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
])
def test_a_doubled_verb_after_a_clause_start_keeps_its_safe_fix(text, fixed):
    findings = repeated(text)
    assert [f.fix.applicability for f in findings] == [Applicability.SAFE]
    assert apply_edits(text, select_edits(findings, unsafe=False)) == fixed
