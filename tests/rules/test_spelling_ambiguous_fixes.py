"""spelling (PL502): a short listed misspelling one edit from another common word gets no safe
fix (spell32, user32's defect 3). `--fix` wrote 'Your can also target' for 'Yor' and 'the won't'
for 'thet': both corrections were mined from one or two typo-fix commits, and 'you', 'or' and
'that' are one edit away too. The examples are our own sentences."""

from __future__ import annotations

import pytest

from plhelpers import lint_text

MODES = ["known", "confident", "dictionary"]


def spelling(text: str, mode: str):
    config = {"extend-select": ["spelling"], "rules": {"spelling": {"mode": mode}}}
    return [f for f in lint_text(text, "doc.md", config) if f.rule == "spelling"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text, word, rival", [
    ("Split the traffic first. Yor can also pick a group.\n", "Yor", "You"),
    ("The rows thet will not load are greyed out.\n", "thet", "that"),
    ("It works ony on the desktop app.\n", "ony", "on"),
])
def test_a_short_typo_with_a_common_rival_gets_suggestions_and_no_fix(mode, text, word, rival):
    [finding] = spelling(text, mode)
    assert finding.flagged == word
    assert finding.fix is None
    assert rival in finding.suggestions


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text, fixed", [
    ("We recieved your ticket.\n", "received"),  # long typos keep their listed correction
    ("The error occured twice.\n", "occurred"),
    ("The default is overriden by the plan.\n", "overridden"),  # 'override' is one edit away: long, kept
    ("We sent teh invoice.\n", "the"),  # short, but no other word one edit away is nearly as common
    ("This wil take a minute.\n", "will"),
])
def test_a_typo_whose_correction_has_no_close_rival_keeps_its_safe_fix(mode, text, fixed):
    [finding] = spelling(text, mode)
    assert finding.fix is not None and finding.fix.applicability == "safe"
    assert finding.fix.edits[0].content == fixed


def test_rivals_follow_the_listed_correction_most_likely_first():
    from plainlint.nlp.spelling import with_rivals

    counts = {"your": 2_000_000, "you": 3_000_000, "or": 2_500_000, "for": 6_000_000, "york": 150_000, "yore": 10_000}
    assert with_rivals("yor", ("your",), counts) == ("your", "you", "or", "for")
    assert with_rivals("yor", ("your", "you"), counts) == ("your", "you")  # several listed: as listed
    assert with_rivals("yourr", ("your",), counts) == ("your",)  # five letters: the listed one
    assert with_rivals("yor", ("your",), {"your": 2_000_000, "york": 150_000}) == ("your",)  # a rare rival


@pytest.mark.parametrize("text, fix, suggestions", [
    ("Click the plus buton to add a model.\n", "button", ["button"]),  # mined: 'burton'
    ("Loggin out and back in resets the link.\n", None, ["Login", "Logging"]),  # cspell: 'login' only
    ("The check runs again if the scan failes.\n", None, ["fails", "files"]),  # mined: 'files' only
])
def test_corrections_that_were_wrong_in_support_text_are_mended_in_the_ruleset(text, fix, suggestions):
    [finding] = spelling(text, "confident")
    assert (finding.fix.edits[0].content if finding.fix else None) == fix
    assert finding.suggestions[:len(suggestions)] == suggestions
