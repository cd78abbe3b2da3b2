"""spelling (PL502): safe fixes of the listed misspellings of five letters or more (spell33). A
correction that is no likely slip of the typo while another word is ('currect': 'current' needs a
c for an n, keys apart, 'correct' one vowel), a software term where an English word is one slip
away ('sharred' -> 'sharded' beside 'shared'), a word a review rejected as a term ('parms'), and a
typo that is a moved space ('witht he' for 'with the') get suggestions and no fix. The examples are
our own sentences."""

from __future__ import annotations

import pytest

from plhelpers import lint_text

MODES = ["known", "confident", "dictionary"]


def spelling(text: str, mode: str):
    config = {"extend-select": ["spelling"], "rules": {"spelling": {"mode": mode}}}
    return [f for f in lint_text(text, "doc.md", config) if f.rule == "spelling"]


def safe_fix(finding) -> str | None:
    fix = finding.fix
    return fix.edits[0].content if fix is not None and fix.applicability == "safe" else None


def assert_suggested_without_a_fix(text: str, word: str, suggestion: str, mode: str) -> None:
    """The text's one spelling finding is `word`, with `suggestion` among its suggestions and no safe fix."""
    [finding] = spelling(text, mode)
    assert finding.flagged == word
    assert safe_fix(finding) is None
    assert suggestion in finding.suggestions


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text, word, rival", [
    # the listed correction is no likely slip, the rival is
    ("The chart shows the currect time after you set the zone.\n", "currect", "correct"),  # mined: 'current'
    ("Pick a realtive path for the export.\n", "realtive", "relative"),  # cspell: 'reactive'
    ("We had a troughout drop.\n", "troughout", "throughout"),  # cspell: 'throughput'
    # the listed correction is a software term, the rival a common English word one slip away
    ("Keep the folder sharred with your team.\n", "sharred", "shared"),  # cspell: 'sharded'
    ("Wait untils the import ends.\n", "untils", "until"),  # cspell: 'utils'
    ("We manaage the plan for you.\n", "manaage", "manage"),  # cspell: 'manpage'
])
def test_a_longer_typo_with_a_likelier_rival_gets_suggestions_and_no_fix(mode, text, word, rival):
    assert_suggested_without_a_fix(text, word, rival, mode)


@pytest.mark.parametrize("mode", MODES)
def test_a_word_the_mined_review_rejected_is_no_known_misspelling_in_any_list(mode):
    findings = spelling("Add the flag to parms in the config.\n", mode)  # LinuxGSM's variable
    assert all(safe_fix(f) != "params" for f in findings)
    if mode == "known":
        assert findings == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text, word", [
    ("Share the export witht he project.\n", "witht"),
    ("The file loads throught he proxy.\n", "throught"),
])
def test_a_moved_space_gets_no_safe_fix(mode, text, word):
    [finding] = spelling(text, mode)
    assert finding.flagged == word
    assert safe_fix(finding) is None


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text, fixed", [
    ("Share the export witht the project.\n", "with"),  # the next word whole: no moved space
    ("The file is usefull as a backup.\n", "useful"),  # 'las' is no function word
    ("The name can be choosen freely.\n", "chosen"),  # a likely slip of an English word: kept
    ("Cut a peice of the report.\n", "piece"),  # 'price' is commoner, but 'piece' is a swap away
    ("Set the offet of the logo.\n", "offset"),
    ("Use the hypen key.\n", "hyphen"),
    ("Each memember of the team gets a copy.\n", "member"),  # 'me' typed twice: a likely slip
])
def test_a_likely_slip_of_an_english_word_keeps_its_safe_fix(mode, text, fixed):
    [finding] = spelling(text, mode)
    assert safe_fix(finding) == fixed


def test_rivals_of_a_longer_typo():
    from plainlint.nlp.spelling_suggest import with_rivals

    counts = {"current": 200_000_000, "correct": 40_000_000, "sharded": 200_000, "shared": 30_000_000,
              "chosen": 20_000_000, "choose": 90_000_000}
    english = {"current", "correct", "shared", "chosen", "choose"}
    assert with_rivals("currect", ("current",), counts, english) == ("current", "correct")
    assert with_rivals("currect", ("current",), {"current": 200_000_000, "correct": 1}, english) == ("current",)
    assert with_rivals("sharred", ("sharded",), counts, english) == ("sharded", "shared")
    assert with_rivals("sharred", ("sharded",), counts, set()) == ("sharded",)  # no English rival
    assert with_rivals("choosen", ("chosen",), counts, english) == ("chosen",)  # an English slip: kept
