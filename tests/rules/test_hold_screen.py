"""hold-without-asking's screen (speed29): `_HOLD_SCREEN` finds something in every text where the
hold phrases (`holds`, rulesets/hold-without-asking.yaml) find a match, so searching `holds` only
where the screen finds something changes no finding. Checked on examples of every phrase (each
also a hold phrase), random texts built from the phrases' words, and corpus units; and the rule's
findings on the examples are the same with the screen and without it."""

from __future__ import annotations

import random
import re

import pytest

from plainlint.rules import hold
from plainlint.rules.hold import _HOLD_SCREEN, hold_data

# At least one example of each phrase of `holds`, in the order of the YAML file, in odd cases and
# spacings (re.IGNORECASE, \s+).
EXAMPLES = [
    "I'll put you on hold.", "Let me PLACE your\ncall on a brief hold", "placing this call  on quick hold",
    "Please hold.", "please hold on while I look", "Please hold for 2 minutes", "Please hold for the next available agent",
    "Please continue to hold.", "Continue to hold and an agent will answer", "- continue to hold while we connect",
    "Hold on, please.", "Sure, hold on while I check", "; just hold on a moment", "Kindly hold on for a sec",
    "Please wait a moment.", "wait one minute while I check", "Just wait while I look", "WAIT a sec",
    "Please wait a little longer.", "wait just a little bit longer while I check",
    "One moment, please.", "I'm checking, one moment please.", "Sure — just a sec!", "a minute, while I look",
    "Give me a moment.", "allow me just a few more minutes", "give me a couple of secs",
    "Bear with me.", "bear with us for two minutes", "bear  with me just a moment",
    "Hang tight.", "hang on while I check", "hang on a second",
    "Hold tight, please.", "Just hold tight for another minute.",
    "Stay on the line.", "please stay on the line",
    "I'll be right back.", "I am going to be right back",
    "I'll be back in a few minutes.", "I will be back with you right away", "I’ll be back in just a moment",
    "I'll be back with you shortly", "I will be back with you shortly",
    "I'll need a minute.", "We need a few more moments", "I need just a couple of mins",
]


def test_every_example_is_a_hold_phrase_the_screen_finds():
    holds = hold_data()["holds"]
    for text in EXAMPLES:
        assert holds.search(text) is not None, text
        assert _HOLD_SCREEN.search(text) is not None, text


def test_every_phrase_has_an_example():
    """Each alternative of the YAML's `holds` matches one of the examples: a phrase added there
    needs an example here, and its words in the screen."""
    from plainlint.linting.ruleset_data import load_ruleset_file

    for phrase in load_ruleset_file("hold-without-asking")["holds"]:
        pattern = re.compile(phrase, re.I | re.M)
        assert any(pattern.search(text) for text in EXAMPLES), phrase


_WORDS = ["hold", "Hold", "on", "please", "wait", "WAIT", "a", "one", "moment", "sec", "second", "minute", "mins",
          "give", "allow", "me", "us", "just", "bear", "with", "hang", "tight", "stay", "the", "line", "I'll", "I",
          "will", "be", "right", "back", "need", "few", "more", "while", "for", "two", "continue", "to", "put", "you",
          "your", "call", "shortly", "in", "away", "little", "longer", "kindly", "ſec", "\u212aindly", "HOLD"]
_GAPS = [" ", " ", " ", "  ", "\n", "\t", ", ", ". ", "; ", " — ", "! ", "…", "", "-"]


def _mutated(example: str, pick: random.Random) -> str:
    """An example with its spaces changed, its letters' case changed at random, at times a word
    replaced or dropped, and random words before and after it."""
    words = example.split()
    if pick.random() < 0.3:
        words[pick.randrange(len(words))] = pick.choice(_WORDS)
    if pick.random() < 0.15 and len(words) > 1:
        del words[pick.randrange(len(words))]
    text = "".join(word + pick.choice(_GAPS) for word in words)
    text = "".join(c.upper() if pick.random() < 0.2 else c for c in text)
    before = "".join(pick.choice(_WORDS) + pick.choice(_GAPS) for _ in range(pick.randint(0, 4)))
    after = "".join(pick.choice(_GAPS) + pick.choice(_WORDS) for _ in range(pick.randint(0, 4)))
    return before + text + after


def random_texts(count: int, seed: int) -> list[str]:
    """Half of them an example mutated, half random words from the phrases' vocabulary."""
    pick = random.Random(seed)
    return [_mutated(pick.choice(EXAMPLES), pick) if pick.random() < 0.5 else
            "".join(pick.choice(_WORDS) + pick.choice(_GAPS) for _ in range(pick.randint(1, 12))) for _ in range(count)]


def test_the_screen_finds_something_wherever_holds_does():
    holds = hold_data()["holds"]
    texts = random_texts(20_000, seed=2931)
    matched = [text for text in texts if holds.search(text)]
    assert len(matched) > 1000  # the random texts do hold phrases, of many forms
    assert all(_HOLD_SCREEN.search(text) for text in matched)


def test_a_screen_missing_a_phrase_fails_the_checks():
    """The checks above see a screen that lacks one phrase's words ('bear with')."""
    holds = hold_data()["holds"]
    wrong = re.compile(_HOLD_SCREEN.pattern.replace(r"|bear\s+with", ""), re.I)
    assert wrong.pattern != _HOLD_SCREEN.pattern
    assert not all(wrong.search(text) for text in EXAMPLES)
    assert not all(wrong.search(text) for text in random_texts(20_000, seed=2931) if holds.search(text))


def _findings(monkeypatch, screen) -> list:
    from plainlint.reading.readers import read_document
    from plainlint.reading.source import Source
    from plainlint.rules import find_rule

    monkeypatch.setattr(hold, "_HOLD_SCREEN", screen)
    rule = find_rule("hold-without-asking")
    found = []
    for kind_options in ({"agent-lines-only": False}, {"agent-lines-only": True}):
        for index, text in enumerate(EXAMPLES + random_texts(300, seed=2932)):
            body = f"Hi Sam,\n\n{text}\n\n- {text}\n\n> {text}\n"
            doc = read_document(Source(f"reply{index}.md", body), "markdown")
            found += [(index, hit.start, hit.end, hit.message) for hit in rule.check(doc, kind_options)]
    return found


def test_the_rule_finds_the_same_with_and_without_the_screen(monkeypatch):
    with_screen = _findings(monkeypatch, _HOLD_SCREEN)
    without = _findings(monkeypatch, re.compile(""))  # matches every text: the rule as before the screen
    assert with_screen == without
    assert len(with_screen) > 50


@pytest.mark.corpus
def test_the_screen_on_corpus_units(corpus):
    holds = hold_data()["holds"]
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in {".md", ".txt", ".html"})
    for path in random.Random(2933).sample(files, min(300, len(files))):
        for unit in path.read_text(encoding="utf-8", errors="replace")[:200_000].split("\n\n"):
            if holds.search(unit):
                assert _HOLD_SCREEN.search(unit), (path, unit)


# _cheap (the lower-cased search) against _CHEAP itself.
_CHEAP_PIECES = ["hold", "HOLD", "Wait", "moment", "MIN", "sec", "Sec", "ſec", "\u212a", "İ", "ı", "bear with",
                 "bear  with", "hang", "line", "back", "BACK", "a", "x", "é", "É", "ß", "Σ", "_", "3", "-", " ", "\n",
                 "’", "ǅ", "Ⅰ", "ſ", "s", "e", "c"]


def _cheap_texts(count: int, seed: int) -> list[str]:
    pick = random.Random(seed)
    return ["".join(pick.choice(_CHEAP_PIECES) for _ in range(pick.randint(0, 10))) for _ in range(count)]


def test_the_lowered_cheap_search_answers_as_the_ignorecase_one():
    texts = EXAMPLES + _cheap_texts(20_000, seed=2934) + ["asec", "a sec", "sec", "_sec", "3sec", "éSEC", "-sec"]
    assert all(hold._cheap(text) == (hold._CHEAP.search(text) is not None) for text in texts)
    assert any(hold._cheap(text) for text in texts) and not all(hold._cheap(text) for text in texts)


def test_the_comparison_sees_a_wrong_lowered_pattern(monkeypatch):
    """Without the look-behind that stands for `\\b`, 'asec' would pass: the comparison above sees it."""
    monkeypatch.setattr(hold, "_CHEAP_LOWERED", re.compile(hold._CHEAP_LOWERED.pattern.replace(r"(?<!\w.)", "")))
    texts = _cheap_texts(20_000, seed=2934) + ["asec"]
    assert not all(hold._cheap(text) == (hold._CHEAP.search(text) is not None) for text in texts)


def test_lower_casing_keeps_what_is_a_word_character():
    """The look-behind reads the lower-cased text: every code point that lower-cases to one code
    point is a word character exactly when its lower case is (U+0130 lower-cases to two and is
    one of the folds search_ignorecase leaves to the text itself)."""
    word = re.compile(r"\w")
    changed = [hex(code) for code in range(0x110000) if len(lowered := chr(code).lower()) == 1
               and (word.match(chr(code)) is None) != (word.match(lowered) is None)]
    assert changed == []


@pytest.mark.corpus
def test_the_lowered_cheap_search_on_corpus_units(corpus):
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in {".md", ".txt", ".html"})
    for path in random.Random(2935).sample(files, min(300, len(files))):
        for unit in path.read_text(encoding="utf-8", errors="replace")[:200_000].split("\n\n"):
            assert hold._cheap(unit) == (hold._CHEAP.search(unit) is not None), (path, unit)
