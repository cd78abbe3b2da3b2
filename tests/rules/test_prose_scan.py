"""rules/prose_scan.py: a pre-check asked once of a document's joined prose admits exactly the
segments a search of each segment admits, and a rule that visits only the admitted segments
finds what it finds when it visits every segment (issue 24, seventh speed round)."""

import random
import re

import pytest

from plainlint.rules import capitals, prose_scan, sensory, shouting
from plainlint.rules.prose_scan import JoinedProse, Precheck, indices_admitted, words_matching, words_precheck
from plhelpers import lint_text

# Characters that make the edges interesting: capitals, marks, word characters of other
# scripts, the characters that fold to ASCII letters, line and hard breaks, and NUL itself.
_PIECES = ["the ", "LEFT ", "left", "Right", "top", "TOP-", "hover", "Mouse", "above ", "red", "Red", "RED ",
           "blue icon", "squares", "square", "!", "?", "!!", "?!", "NOT ", "DON'T", "IMPORTANT", "A", "(",
           "SAML (Security Assertion Markup Language)", "Security Assertion Markup Language (SAML)", "AISA ",
           "\u0130", "\u0131", "\u017f", "\u212a", "\u00e9", "_", "-", "'", "\u2019", "\n", "\u2028", " ", ".",
           "caf\u00e9", "\u00c9T\u00c9", "x", "7", "\0"]


def random_texts(seed: int, count: int = 12, nul: bool = False) -> list[str]:
    rng = random.Random(seed)
    pieces = _PIECES if nul else _PIECES[:-1]
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 9))) for _ in range(count)]


class _Segment:
    def __init__(self, text):
        self.text = text


class _Doc:
    """What prose_scan reads of a document: its segments and its cache."""

    def __init__(self, texts):
        self.segments = [_Segment(text) for text in texts]
        self.source = _Segment("\n".join(texts))
        self._cache = {}

    def cached(self, key, compute):
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]


PRECHECKS = {
    "sensory": sensory.may_hold_a_phrase(),
    "shouting": shouting._may_shout_or_exclaim(shouting._capitals_in_a_row(4)),
    "shouting, one capital": shouting._may_shout_or_exclaim(shouting._capitals_in_a_row(1)),
    "exclaiming only": shouting._may_shout_or_exclaim(None),
    "acronym definitions": capitals._MAY_DEFINE,
    "words": words_precheck(whole=["top"], starting=["hover"], ending=["left"]),
}


@pytest.mark.parametrize("joined", [True, False])
@pytest.mark.parametrize("nul", [False, True])
@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("name", PRECHECKS)
def test_the_joined_search_admits_what_each_segment_search_admits(monkeypatch, name, seed, nul, joined):
    """(`joined` False: a file too large to join, whose segments are searched one at a time.)"""
    if not joined:
        monkeypatch.setattr(prose_scan, "JOIN_BELOW", 0)
    precheck = PRECHECKS[name]
    texts = random_texts(seed, nul=nul)
    doc = _Doc(texts)
    expected = [i for i, text in enumerate(texts) if precheck.admits(text)]
    assert indices_admitted(doc, precheck) == expected
    assert [doc.segments.index(s) for s in prose_scan.segments_admitted(doc, precheck)] == expected
    assert (prose_scan.joined_prose(doc) is not None) == (joined and not any("\0" in text for text in texts))


@pytest.mark.parametrize("joined", [True, False])
@pytest.mark.parametrize("seed", range(40))
def test_words_found_in_the_joined_prose_are_each_segments_words(monkeypatch, seed, joined):
    if not joined:
        monkeypatch.setattr(prose_scan, "JOIN_BELOW", 0)
    texts = random_texts(seed)
    assert list(words_matching(_Doc(texts), capitals.ANY_CAPS)) == [w for t in texts for w in capitals.ANY_CAPS.findall(t)]


def test_a_text_holding_the_separator_turns_the_joined_search_off():
    assert not JoinedProse(["a\0b", "c"]).usable
    assert JoinedProse(["a", "", "c"]).usable and JoinedProse([]).usable
    assert prose_scan.joined_prose(_Doc(["a\0b", "c"])) is None


def test_a_large_file_is_not_joined(monkeypatch):
    monkeypatch.setattr(prose_scan, "JOIN_BELOW", 10)
    assert prose_scan.joined_prose(_Doc(["a" * 5, "b" * 5])) is None
    assert prose_scan.joined_prose(_Doc(["a" * 4, "b" * 4])) is not None


@pytest.mark.parametrize("seed", range(60))
def test_a_word_precheck_admits_every_text_holding_one_of_its_words(seed):
    """The words as the rule reads them: runs of \\w, lower-cased."""
    precheck = words_precheck(whole=["top", "red"], starting=["hover"], ending=["left"])
    for text in random_texts(seed):
        words = {word.lower() for word in re.findall(r"\w+", text)}
        holds = bool(words & {"top", "red"}) or any(w.startswith("hover") or w.endswith("left") for w in words)
        folds = any(c in text for c in "\u0130\u0131\u017f\u212a")
        assert precheck.admits(text) == holds or (folds and precheck.admits(text))


@pytest.mark.parametrize("text", ["topic", "stop", "desktop", "hovercraft", "leftover", "bottomless", "redo", "stored"])
def test_a_word_precheck_does_not_admit_a_word_that_only_holds_one(text):
    assert not words_precheck(whole=["top", "red"], ending=["left"]).admits(text)


def test_a_word_precheck_takes_only_lower_case_words():
    with pytest.raises(ValueError):
        words_precheck(whole=["Top"])


def test_an_answer_asked_for_is_worked_out_once():
    calls = []
    answer = prose_scan.WhenAsked(lambda doc: calls.append(doc) or False, "doc")
    assert answer() is False and answer() is False and calls == ["doc"]


# -- the rules, with and without their pre-checks ---------------------------------------------

_ADMIT_ALL = Precheck(re.compile(""))

_SENSORY = [
    "Hi Sam,\n\nTap the blue icon to start a chat.", "Hi Sam,\n\nThe menu on the left lists all your projects.",
    "Hi Sam,\n\nHover over the chart to see the daily totals.", "Click the green button.\n\nSee the screenshot below.\n\n![](a.png)",
    "Select the round icon in the top right corner, then the Red square.", "Use the TOP-LEFT menu. Mouse over it.",
    "The \u017fquare button on the le\u017ft.", "Hi,\n\nHOVER OVER the bar. It turns r\u0130ght.",
    "| Blue | Settings on the right |\n|---|---|\n| top | bottom |", "Press the grey arrow at the bottom of the page.",
]
_SHOUTING = [
    "Do NOT delete the FOLDER before you export it.", "Your trial ends tomorrow!!", "Why did the export fail?!",
    "Set up DKIM and SPF, then check the JSON response.", "- IMPORTANT: read this\n- **STRONGLY** recommended",
    "Our Security Assertion Markup Language (SAML) setup: SAML is on. SAML SAML.", "AISA and AISA and AISA. Never Aisa.",
    "Go to **SETTINGS > Members**.\n\n[CONTACT US](https://example.com)", "Wait?! WHAT IS THIS\u2028NEW THING!!",
    "Send the DATA command, then QUIT. The HTML and JSON files.", "Press ENTER. Type YOUR NAME here. It's DON'T or WON'T.",
]


def _findings(monkeypatch, text, code, precheck_name, module, admit_all):
    if admit_all:
        monkeypatch.setattr(module, precheck_name, lambda *args: _ADMIT_ALL)
        if module is shouting:  # and every segment with capitals in a row is read for its acronyms
            monkeypatch.setattr(shouting, "_may_hold_a_shout", lambda text, min_length: True)
    return [(f.start, f.end, f.message) for f in lint_text(text, select=[code])]


def _texts(examples, seed):
    rng = random.Random(seed)
    return examples + ["\n\n".join(rng.sample(examples, 3)) + "\n\n" + " ".join(random_texts(seed, 4))]


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("code", ["PL410", "PL207"])
def test_each_rule_finds_what_it_finds_visiting_every_segment(monkeypatch, code, seed):
    examples, precheck, module = {"PL410": (_SENSORY, "may_hold_a_phrase", sensory),
                                  "PL207": (_SHOUTING, "_may_shout_or_exclaim", shouting)}[code]
    for text in _texts(examples, seed):
        with_precheck = _findings(monkeypatch, text, code, precheck, module, False)
        with monkeypatch.context() as patched:
            without = _findings(patched, text, code, precheck, module, True)
        assert with_precheck == without, text


def test_the_sensory_examples_are_still_found():
    assert lint_text("Hi Sam,\n\nTap the blue icon to start a chat.", select=["PL410"])
    assert not lint_text("Hi Sam,\n\nTap the blue-ish stored icon to start a chat.", select=["PL410"])


def test_shouting_still_flags_and_still_passes():
    assert {f.flagged for f in lint_text("Hi Sam,\n\nDo NOT delete the FOLDER now!!", select=["PL207"])} == {"FOLDER", "!!"}
    # in an article only emphasis shouts (`mode: emphatic`, shout24): a single word in capitals does not
    assert {f.flagged for f in lint_text("NEVER delete the FOLDER now!!", select=["PL207"])} == {"NEVER", "!!"}
    assert not lint_text("Set up DKIM and SPF (Sender Policy Framework). SPF is fine.", select=["PL207"])


@pytest.mark.corpus
def test_on_the_corpus_the_rules_find_what_they_find_visiting_every_segment(corpus, monkeypatch):
    """Every 25th file of the corpus, sensory-directions and shouting with every rule setting
    of the file's kind, with and without their pre-checks."""
    from plainlint.linting.engine import lint_file
    from plhelpers import settings_for

    paths = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix != ".tsv")[::25]
    assert len(paths) > 100

    def findings():
        return [(f.path, f.start, f.end, f.message) for path in paths
                for f in lint_file(path, str(path), settings_for(str(path), select=["PL410", "PL207"])).findings]
    with_prechecks = findings()
    monkeypatch.setattr(sensory, "may_hold_a_phrase", lambda: _ADMIT_ALL)
    monkeypatch.setattr(shouting, "_may_shout_or_exclaim", lambda capitals: _ADMIT_ALL)
    monkeypatch.setattr(shouting, "_may_hold_a_shout", lambda text, min_length: True)
    assert findings() == with_prechecks
    assert any(f[3].startswith("'") for f in with_prechecks)  # not vacuous: the sample has findings
