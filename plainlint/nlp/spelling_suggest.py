"""Ranked corrections for the spelling rule's dictionary (PL502, issue 33): the known words one
edit away (a letter deleted, inserted, replaced, or two letters swapped), else two edits away,
ranked by how often the word is used and by the kind of slip (a swap, a doubled or dropped letter
are the commonest typing errors). Split from plainlint/nlp/spelling.py."""

from __future__ import annotations

import functools
import math

from .spelling_variants import AMERICAN_ENDING

LETTERS = "abcdefghijklmnopqrstuvwxyz"
MAX_SUGGESTIONS = 3


def edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in LETTERS}
    inserts = {a + c + b for a, b in splits for c in LETTERS}
    return deletes | swaps | replaces | inserts


def _slip_bonus(word: str, candidate: str) -> float:
    """Likelier slips score higher: a swap of neighbours, a doubled or dropped double letter."""
    if len(word) == len(candidate) and sorted(word) == sorted(candidate):
        return 1.0  # transposition ('teh', 'recieve')
    longer, shorter = (word, candidate) if len(word) > len(candidate) else (candidate, word)
    if len(longer) == len(shorter) + 1:
        for i in range(len(longer)):
            if longer[:i] + longer[i + 1:] == shorter:
                if (i > 0 and longer[i - 1] == longer[i]) or (i + 1 < len(longer) and longer[i + 1] == longer[i]):
                    return 1.0  # a letter doubled or a double letter made single
                return 0.5
    return 0.0


def _score(word: str, candidate: str, count: int) -> float:
    score = math.log10(max(count, 1)) + _slip_bonus(word, candidate)
    if candidate[:1] == word[:1]:
        score += 0.5  # first letters are rarely wrong
    return score


def counted(dictionary, words: set[str] | frozenset[str]) -> dict[str, int]:
    """{word: dictionary.count(word)} for those of `words` it counts (above 0). The same as asking
    count() of each, for the thousands of candidates of a slip or suggestion search (issue 24):
    the listed ones found by one set operation, and of the rest only those with an American
    ending asked one at a time (Dictionary.count gives the others 0)."""
    listed = dictionary.counts.listed(words)
    found = {word: n for word, n in listed.items() if n}
    for word in filter(AMERICAN_ENDING.search, words.difference(listed)):
        if n := dictionary.count(word):
            found[word] = n
    return found


@functools.lru_cache(maxsize=4096)
def suggest(dictionary, word: str) -> tuple[str, ...]:
    """Up to MAX_SUGGESTIONS corrections of `word` (lower case) from `dictionary` (a
    plainlint.nlp.spelling.Dictionary), known misspellings' fixes first."""
    ranked = list(dictionary.known_fixes(word))
    near = counted(dictionary, edits1(word))
    if not near and 4 <= len(word) <= 20:
        near = counted(dictionary, set().union(*map(edits1, edits1(word))))
    for candidate in sorted(near, key=lambda c: (-_score(word, c, near[c]), c)):
        if candidate not in ranked:
            ranked.append(candidate)
    return tuple(ranked[:MAX_SUGGESTIONS])
