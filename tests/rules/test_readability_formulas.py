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
    config = {"rules": {"reading-level": {"min-words": 20, "document": False, "target": 8, "paragraph-margin": 0,
                                          **options}}}
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


@pytest.mark.parametrize("formula, axis, summary", [
    ("flesch-reading-ease", "Flesch Reading Ease score", "Median Flesch Reading Ease score"),
    ("lix", "LIX score", "Median LIX score"),
    ("flesch-kincaid", "reading grade", "Median reading grade"),
])
@pytest.mark.process
def test_health_report_labels_its_axis_by_formula(tmp_path, formula, axis, summary):
    import json
    import subprocess
    import sys

    from bs4 import BeautifulSoup

    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "hard.md").write_text(HARD * 6, encoding="utf-8")
    (kb / "easy.md").write_text("Open the app. Tap your name. Tap Sign out. It takes a minute. " * 8 + "\n",
                                encoding="utf-8")
    (tmp_path / ".plainlint.yaml").write_text(f"rules:\n  reading-level:\n    formula: {formula}\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "plainlint", "report", "kb", "-o", "r.html"], cwd=tmp_path,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    soup = BeautifulSoup((tmp_path / "r.html").read_text(encoding="utf-8"), "html.parser")
    axis_texts = [t.get_text() for t in soup.select("svg text")]
    assert any(t.startswith(axis) for t in axis_texts), axis_texts[-3:]
    assert summary in soup.get_text()
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    hard = next(d for d in (data.get("documents") or []) if d["path"].endswith("hard.md"))
    assert hard["formula"] == formula
    assert hard["target"] == {"flesch-reading-ease": 60.0, "lix": 40.0}.get(formula, 9.0)


# Issue 26: in articles one paragraph is held to `target` + `paragraph-margin` (9 + 4 by default);
# a paragraph's grade swings by grades with a few long terms, the document's does not.
HARD_GRADE = readability.grade(readability.as_unit(HARD), "flesch-kincaid")


def test_article_paragraph_is_held_to_target_plus_margin():
    assert 13 < HARD_GRADE
    [finding] = reading(HARD, **{"paragraph-margin": 4, "target": 9})
    assert finding.context["target"] == 13.0 and "above the target 13" in finding.message
    assert reading(HARD, **{"paragraph-margin": HARD_GRADE - 9 + 0.5, "target": 9}) == []


def test_article_default_margin_spares_a_paragraph_just_over_the_target():
    """Grade about 9.4: reported by the old default (8) and under the article default 9 + 4."""
    text = ("You can change the email address connected to your account from the account settings page. "
            "We send a confirmation message to the new address, and the change takes effect immediately "
            "after you confirm it.\n")
    grade = readability.grade(readability.as_unit(text), "flesch-kincaid")
    assert 9 < grade < 13
    only_min_words = {"rules": {"reading-level": {"min-words": 20, "document": False}}}
    assert [f for f in lint_text(text, "help.md", only_min_words) if f.rule == "reading-level"] == []
    assert len(reading(text, **{"paragraph-margin": 0})) == 1
