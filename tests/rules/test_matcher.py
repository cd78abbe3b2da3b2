"""The word-list matcher: a trie regex with the semantics of a longest-first alternation."""

from __future__ import annotations

import re

import pytest

from plainlint.linting import wordlists
from plainlint.reading.readers import read_document
from plainlint.rules import find_rule
from plainlint.reading.source import Source
from plainlint.linting.wordlists import Candidates, Entry, Matcher


def naive_spans(entries: list[Entry], text: str) -> list[tuple[int, int]]:
    """The reference: one alternation of every spelling, longest first, case-insensitive."""
    alternatives = []
    for entry in entries:
        after = ""
        if entry.after:
            after = r"(?=\s+(?:" + "|".join(wordlists.spelling_pattern(s) for s in wordlists.expand(entry.after)) \
                + ")" + Matcher.RIGHT + ")"
        for spelling, _ in wordlists.forms_of(entry):
            alternatives.append((len(spelling), wordlists.spelling_pattern(spelling) + after))
    alternatives.sort(key=lambda item: -item[0])
    regex = re.compile(Matcher.LEFT + "(?:" + "|".join(p for _, p in alternatives) + ")" + Matcher.RIGHT, re.I)
    return [m.span() for m in regex.finditer(text)]


ENTRIES = [
    Entry("in order to", ["to"]),
    Entry("in order"),
    Entry("utilize", ["use"], verb=True),
    Entry("prior to", ["before"]),
    Entry("prior", after="(art|knowledge)"),
    Entry("log in", after="to"),
    Entry("log in to"),
    Entry("don't"),
]
TEXTS = [
    "In order to utilise, we Utilized it prior to noon; in order\nfor prior art, not prior.",
    "Log in to the app, then log in now. in orderly in-order utilizes utilizing.",
    "Don’t do it, don't. DON'T. prior  knowledge, in   order to.",
    "İstanbul in order to utilize: lower-casing changes this text's length.",
]


def test_trie_matcher_agrees_with_longest_first_alternation():
    matcher = Matcher(ENTRIES)
    for text in TEXTS:
        assert [(m.start, m.end) for m in matcher.finditer(text)] == naive_spans(ENTRIES, text), text


def test_candidate_positions_give_the_same_matches():
    matcher = Matcher(ENTRIES)
    other = Matcher([Entry("noon"), Entry("for prior")])
    candidates = Candidates([matcher, other])
    assert candidates.covers(matcher) and not candidates.covers(Matcher([Entry("elsewhere")]))
    for text in TEXTS[:3]:
        positions = candidates.positions(text)
        assert positions is not None
        assert [(m.start, m.end) for m in matcher.finditer(text, positions)] == naive_spans(ENTRIES, text)
    assert candidates.positions(TEXTS[3]) is None  # length changes when lower-cased: full scan


def test_each_document_is_scanned_once_for_all_word_lists(monkeypatch):
    calls = []
    real = Candidates._positions  # (every scan goes through it: positions, positions_and_masks)
    monkeypatch.setattr(Candidates, "_positions", lambda self, text, lowered: calls.append(text) or real(self, text, lowered))
    doc = read_document(Source("a.md", "Utilize it in order to win.\n\nWe apologize for any inconvenience.\n"),
                        "markdown")
    found = {}
    for name in ("jargon", "cliche", "assumptive", "inclusive"):
        rule = find_rule(name)
        found[name] = list(rule.check(doc, rule.default_options()))
    assert len(calls) == len(doc.segments) == 2
    assert len(found["jargon"]) == 2 and len(found["cliche"]) == 1


def both_scanners_agree(candidates: Candidates, matchers: list[Matcher], texts) -> None:
    """The heads scanner finds every position the regex finds, and so the same matches."""
    for text in texts:
        lowered = text.lower()
        if len(lowered) != len(text):
            continue
        exact = [m.start() for m in candidates.regex.finditer(lowered)] if candidates.regex else []
        by_heads = candidates.positions_by_heads(lowered)
        assert set(exact) <= set(by_heads), text[:80]
        for matcher in matchers:
            assert [(m.start, m.end) for m in matcher.finditer(text, by_heads)] == \
                [(m.start, m.end) for m in matcher.finditer(text, exact)], text[:80]


def shipped_scanner():
    from plainlint.rules import all_rules
    from plainlint.rules.wordlist import WordListRule, shared_candidates

    rules = [rule for rule in all_rules() if isinstance(rule, WordListRule) and hasattr(rule, "ruleset")]
    from plainlint.linting.wordlists import build_matcher

    return shared_candidates(), [build_matcher(rule.ruleset, fields=rule.entry_fields) for rule in rules]


def test_heads_scanner_and_regex_agree_on_the_shipped_lists():
    candidates, matchers = shipped_scanner()
    from plhelpers import ROOT

    texts = [*TEXTS, *(p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").rglob("*")) if p.is_file())]
    texts += ["’til then, e-mail us; in order to  utilise\nthe log-in page. (Please) kindly revert ASAP!"]
    both_scanners_agree(candidates, matchers, texts)


def test_a_long_run_switches_to_the_regex_and_keeps_the_findings(monkeypatch):
    candidates = Candidates([Matcher(ENTRIES)])
    monkeypatch.setattr(Candidates, "COMPILE_AFTER", 50)
    first = candidates.positions(TEXTS[0])
    assert "regex" not in candidates.__dict__  # the first text: no compile
    later = candidates.positions(TEXTS[0])
    assert "regex" in candidates.__dict__ and set(later) <= set(first)


def test_a_kept_regex_is_taken_after_kept_after_characters(monkeypatch):
    """speed27: when the scanner's pattern is among the kept ones (regex_cache), compiling it costs a
    millisecond, so heads scan only KEPT_AFTER characters, not COMPILE_AFTER; the offsets
    found after the switch are the regex's."""
    from plainlint import regex_cache

    monkeypatch.setattr(Candidates, "KEPT_AFTER", 50)
    candidates = Candidates([Matcher(ENTRIES)])
    monkeypatch.setattr(regex_cache, "is_kept", lambda pattern, flags=0: pattern == candidates._regex_source)
    first = candidates.positions(TEXTS[0])
    assert len(TEXTS[0]) >= 50 and "regex" not in candidates.__dict__
    later = candidates.positions(TEXTS[0])
    assert "regex" in candidates.__dict__ and later == [m.start() for m in candidates.regex.finditer(TEXTS[0].lower())]
    assert set(later) <= set(first)


def test_a_regex_not_kept_waits_for_compile_after(monkeypatch):
    from plainlint import regex_cache

    monkeypatch.setattr(Candidates, "KEPT_AFTER", 50)
    monkeypatch.setattr(regex_cache, "is_kept", lambda pattern, flags=0: False)
    candidates = Candidates([Matcher(ENTRIES)])
    for _ in range(3):
        candidates.positions(TEXTS[0])
    assert "regex" not in candidates.__dict__ and candidates._kept_asked


def test_is_kept_answers_for_a_kept_pattern_only_once_installed(monkeypatch):
    from plainlint import regex_cache

    monkeypatch.setattr(regex_cache, "_kept", {("a kept (?:a|b)", 0): b""})
    monkeypatch.setattr(regex_cache, "_original", None)
    assert not regex_cache.is_kept("a kept (?:a|b)")  # not installed: re compiles everything
    monkeypatch.setattr(regex_cache, "_original", re.compile)
    assert regex_cache.is_kept("a kept (?:a|b)") and not regex_cache.is_kept("never kept (?:c|d)")


@pytest.mark.corpus
def test_heads_scanner_and_regex_agree_on_corpus_text(corpus):
    import random

    candidates, matchers = shipped_scanner()
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in {".md", ".html", ".txt", ".json", ".yaml"})
    sample = random.Random(2026).sample(files, 150)
    texts = [p.read_text(encoding="utf-8", errors="replace")[:200_000] for p in sample]
    both_scanners_agree(candidates, matchers, texts)


def test_the_shared_scanner_gives_every_shipped_list_its_own_matches():
    """Terminology's lists and the word lists share one scan: each list then tries its regex at
    the offsets of the others too, and finds exactly what its own scanner's offsets give."""
    from plainlint.rules.terminology import names_matcher, style_matcher
    from plainlint.rules.terminology_forms import consistency_matcher

    matchers = [names_matcher((), (), ()), style_matcher(), consistency_matcher(), *shipped_scanner()[1]]
    shared = wordlists.shared_scanner()
    texts = [*TEXTS, "Sign into your e-mail on Github, then login to Javascript. In order to utilize it, log in."]
    for matcher in matchers:
        assert shared.covers(matcher)
        for text in texts:
            assert [(m.start, m.end) for m in matcher.finditer(text)] == \
                [(m.start, m.end) for m in matcher.finditer(text, matcher.candidates.positions(text))], text


def test_lists_asking_in_turn_about_one_text_share_its_scan(monkeypatch):
    from plainlint.rules.terminology import names_matcher, style_matcher

    matchers = [names_matcher((), (), ()), style_matcher(), *shipped_scanner()[1]]
    shared = wordlists.shared_scanner()
    calls = []
    real = Candidates._positions
    monkeypatch.setattr(Candidates, "_positions", lambda self, text, lowered: calls.append(self) or real(self, text, lowered))
    text = "Sign into your e-mail on Github in order to utilize it."
    for matcher in matchers:
        list(matcher.finditer(text))
    assert calls == [shared]
    list(matchers[0].finditer(text[:-1] + "!"))  # another text: scanned again
    assert calls == [shared, shared]


def test_each_list_finds_the_same_matches_at_the_offsets_its_masks_keep():
    """A document's candidates carry, per offset, which lists can start there (by the heads of
    their spellings): each shipped list tried only at its own offsets, and only in the segments
    that have some, finds what it finds at every offset of the shared scan."""
    from plhelpers import ROOT

    from plainlint.reading.readers import read_document
    from plainlint.reading.source import Source
    from plainlint.rules.terminology import names_matcher, style_matcher
    from plainlint.rules.terminology_forms import consistency_matcher
    from plainlint.rules.wordlist import candidates_of

    matchers = [names_matcher((), (), ()), style_matcher(), consistency_matcher(), *shipped_scanner()[1]]
    texts = [*TEXTS, "’Til then, e-mail us on Github; in order to  utilise\nthe log-in page. Kindly revert ASAP!",
             *(p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").rglob("*.md")))]
    doc = read_document(Source("a.md", "\n\n".join(texts)), "markdown")
    packed = candidates_of(doc)
    assert packed.scanner.bit_of(matchers[0]) is not None
    for matcher in matchers:
        own = packed.only(matcher)
        assert set(own.to_scan) <= set(packed.to_scan)
        for index in packed.to_scan:
            text = doc.segments[index].text
            expected = [(m.start, m.end) for m in matcher.finditer(text, packed[index])]
            got = [(m.start, m.end) for m in matcher.finditer(text, own[index])] if index in own.to_scan else []
            assert got == expected, text[:80]


def test_a_lone_star_in_a_condition_stands_for_one_word():
    """kind24: `unless_after: "keep * *"` is 'keep' and two words; the star is no literal."""
    import re

    from plainlint.linting.wordlists import term_pattern

    pattern = re.compile(r"(?:" + term_pattern("(keep *|keep * *)") + r")\Z", re.I)
    assert pattern.search("keep clients") and pattern.search("Keep your team")
    assert not pattern.search("keep *x") and not pattern.search("keep")


def test_a_lone_star_stands_for_a_word_not_a_dash_or_an_apostrophe():
    """rev24: the star is a word with a letter or digit in it ("keep - informed" holds no word)."""
    import re

    from plainlint.linting.wordlists import term_pattern

    pattern = re.compile(r"(?:^|\s)(?:" + term_pattern("keep *") + r")\Z", re.I)
    assert pattern.search("keep follow-up") and pattern.search("keep everyone's")
    assert not pattern.search("keep -") and not pattern.search("keep '") and not pattern.search("keep --")
