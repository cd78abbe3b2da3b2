"""repeated-words' screen (speed27): a text the screen clears holds no match of either pattern, on
crafted edge cases (case, apostrophes, other scripts, Unicode spaces and case folds) and random
runs of words, spaces and marks; and the patterns are not run on a segment the screen clears."""

from __future__ import annotations

import random

from plainlint.reading.readers import read_document
from plainlint.reading.source import Source
from plainlint.rules import find_rule
from plainlint.rules import repeated_words
from plainlint.rules.repeated_screen import may_repeat
from plainlint.rules.repeated_words import _REPEAT, _REPEAT_PAIR

TEXTS = [
    "the the", "The the", "THE the", "the The", "as a as a", "As a as a", "it's it's", "it’s it’s", "it's it’s",
    "the\u2028the", "the\u00a0the", "the\x1cthe", "the\x85the", "the\u3000the", "the\u2009the", "the\tthe",
    "(the the)", "“the the”", "the—the", "—the the—", "→the the", "®the the", "the the®", "the. the",
    "café café", "Café café", "İstanbul istanbul", "İ i", "\u212a k", "K \u212a", "ſ s", "s ſ", "Σ σ", "ß ß",
    "straße STRASSE", "x² x²", "a_b a_b", "1a 1a", "a1 a1", "e-mail e-mail", "e-mail mail", "mail-mail",
    "one by one", "step by step", "from time to time to", "in the in the box", "no repeat here at all", "",
]


def random_texts(count: int, seed: int) -> list[str]:
    pieces = ["the", "The", "THE", "a", "as", "it's", "it’s", "café", "İ", "i", "\u212a", "k", "ſ", "s", "é",
              "x²", "_", "1", " ", "  ", "\t", "\n", "\u00a0", "\u2028", "\u3000", "-", ".", "@", "'", "’",
              "“", "”", "—", "®", "→", "#"]
    pick = random.Random(seed)
    return ["".join(pick.choice(pieces) for _ in range(pick.randint(0, 24))) for _ in range(count)]


def _matches(text: str) -> bool:
    return _REPEAT.search(text) is not None or _REPEAT_PAIR.search(text) is not None


def test_a_cleared_text_holds_no_match():
    """The crafted texts and 1,500 random ones, in one test that names the first text the screen
    clears although a pattern matches it (rev27: was 1,548 parametrized cases)."""
    cleared_with_a_match = next((text for text in TEXTS + random_texts(1500, seed=2727)
                                 if not may_repeat(text) and _matches(text)), None)
    assert cleared_with_a_match is None


def test_the_screen_clears_prose_without_repeats():
    assert not may_repeat("Open the Billing page and select Download invoice.")
    assert not may_repeat("Don’t worry — we’ll refund your order® in 3–5 days…")
    assert may_repeat("Open the the Billing page.") and may_repeat("Sign in as a as a billing administrator.")
    assert may_repeat("Ünïcode letters are left to the patterns")


def test_the_patterns_run_only_on_segments_the_screen_lets_through(monkeypatch):
    """At main every segment was searched by both patterns; now only one that may hold a repeat."""
    searched = []

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def finditer(self, text):
            searched.append(text)
            return self.pattern.finditer(text)

    monkeypatch.setattr(repeated_words, "_REPEAT", Counting(_REPEAT))
    monkeypatch.setattr(repeated_words, "_REPEAT_PAIR", Counting(_REPEAT_PAIR))
    text = "# Billing\n\nOpen the Billing page.\n\nSelect Download invoice.\n\nSign in to to your account.\n"
    doc = read_document(Source("a.md", text), "markdown")
    hits = list(find_rule("repeated-words").check(doc, {}))
    assert [h.segment.text[h.start:h.end] for h in hits] == ["to to"]
    assert set(searched) == {"Sign in to to your account."}
