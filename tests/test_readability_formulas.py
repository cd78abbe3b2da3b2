"""Flesch Reading Ease and LIX as formulas of reading-level (issue 29): the score and the side
of the limit that is reported travel in `context`; the grade formulas keep their keys."""

from __future__ import annotations

import pytest
import textstat

from plainlint.nlp import readability
from plhelpers import lint_text

HARD = ("Sensitivity labels configured for the organization can be applied to SharePoint sites, and "
        "administrators can configure conditional access policies that restrict unmanaged device access to "
        "confidential information. Ask your admin.\n")


def reading(text, **options):
    config = {"rules": {"reading-level": {"min-words": 20, "document": False, **options}}}
    return [f for f in lint_text(text, "help.md", config) if f.rule == "reading-level"]


@pytest.mark.parametrize("formula, direction, limit", [
    ("flesch-reading-ease", "below", 60.0), ("lix", "above", 40.0), ("flesch-kincaid", "above", 8.0)])
def test_context_carries_score_and_direction(formula, direction, limit):
    [finding] = reading(HARD, formula=formula)
    assert finding.context["direction"] == direction
    assert finding.context["target"] == limit
    expected = getattr(textstat, readability.FORMULAS[formula])(readability.as_unit(HARD.strip()))
    assert finding.context["score"] == pytest.approx(expected, abs=0.01)
    assert ("grade" in finding.context) == (formula == "flesch-kincaid")


def test_ease_is_reported_below_its_minimum_only():
    assert readability.beyond(59.94, 60, "flesch-reading-ease")
    assert not readability.beyond(59.96, 60, "flesch-reading-ease")  # shown as 60.0
    assert readability.beyond(40.06, 40, "lix") and not readability.beyond(40.04, 40, "lix")


def test_the_grade_target_does_not_apply_to_ease_or_lix():
    """A reply's grade target (10) must not become the minimum ease or maximum LIX."""
    assert reading(HARD, formula="flesch-reading-ease", target=100) != []
    assert reading(HARD, formula="lix", target=0, **{"max-lix": 70}) == []
