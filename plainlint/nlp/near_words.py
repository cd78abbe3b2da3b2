"""The words of a set one edit away from each of many words, found for all of them in one pass over
the set instead of the 54n strings `spelling_suggest.edits1` makes for a word of n letters (speed33,
issue 24).

Spelling's tree pass asks, of each unknown word a run's pages write often enough, which words of
the tree are one edit away (`TreeWords.lone`). On bench/ that is 4,651 words against the tree's
36,584: `edits1(word) & words` for each took 1.2 CPU-s, the largest part of the pass the parent
runs alone before any file is linted; this, about 0.35 s for all of them.

The answer is exactly `edits1(word) & words`, less the word itself:
  - the word with one character deleted, or two neighbours swapped: looked up in the set;
  - the word with one character replaced by a letter (a-z: edits1's LETTERS), or a letter
    inserted: each asked word is kept under itself with a hole (KEY_HOLE) in place of each of its
    characters (a replacement) and between each two (an insertion); then each word of the set,
    with each of its letters in turn made a hole, is looked up among those keys. The hole's place
    is in the key, so a key names one place of one length; the set's word fills the hole only with
    one of its letters, as edits1 only ever writes letters.
A word holding the hole character itself is answered by edits1 (the tree's words are [a-z'’] only).
Memory is the asked words' keys (about 90,000 on bench/), not the set's.
"""

from __future__ import annotations

from typing import Collection, Iterable

from .spelling_suggest import LETTERS, edits1

KEY_HOLE = "\0"
_LETTERS = frozenset(LETTERS)


class NearWords:
    """`near(word)`: the words of `words` one edit away from `word`, as edits1 finds them; found at
    once for the `asked` words, by edits1 for any other."""

    def __init__(self, words: Collection[str], asked: Iterable[str]):
        self._words = words
        asked = {word for word in asked if KEY_HOLE not in word}
        self._found = {word: self._deletes_and_swaps(word) for word in asked}
        # A key of n characters is filled only by a word of n characters: the keys are made, and
        # the set's words of that length read, one length at a time, so only one length's keys are
        # held at once (all of them were the tree pass's peak: mem35)
        asked_by_length = _by_length(asked)
        for length, tree_words in _by_length(words).items():
            if length in asked_by_length or length - 1 in asked_by_length:
                self._fill_holes(_holes_of(asked_by_length, length), tree_words)

    def near(self, word: str) -> set[str]:
        found = self._found.get(word)
        found = set(found) if found is not None else edits1(word) & self._words
        found.discard(word)
        return found

    def _fill_holes(self, holes: dict, words: list[str]) -> None:
        """Add each of `words` (the set's words as long as the keys) that fills a hole of an asked
        word with one of its letters."""
        found = self._found
        for word in words:
            for at, char in enumerate(word):
                if char in _LETTERS:
                    for asked in holes.get(word[:at] + KEY_HOLE + word[at + 1:], ()):
                        found[asked].add(word)

    def _deletes_and_swaps(self, word: str) -> set[str]:
        words, found = self._words, set()
        for at in range(len(word)):
            deleted = word[:at] + word[at + 1:]
            if deleted in words:
                found.add(deleted)
            if at + 1 < len(word):
                swapped = word[:at] + word[at + 1] + word[at] + word[at + 2:]
                if swapped in words:
                    found.add(swapped)
        return found


def _by_length(words: Iterable[str]) -> dict[int, list[str]]:
    """length -> the words of that length, but any holding KEY_HOLE (no key is made of one)."""
    by_length: dict[int, list[str]] = {}
    for word in words:
        if KEY_HOLE not in word:
            by_length.setdefault(len(word), []).append(word)
    return by_length


def _holes_of(asked_by_length: dict[int, list[str]], length: int) -> dict[str, list[str]]:
    """key -> the asked words with that hole, for the keys of `length` characters: each asked word
    of that length with a hole in place of each character, each one shorter with a hole between
    each two (or at an end)."""
    holes: dict[str, list[str]] = {}
    for word in asked_by_length.get(length, ()):
        for key in {word[:at] + KEY_HOLE + word[at + 1:] for at in range(len(word))}:
            holes.setdefault(key, []).append(word)
    for word in asked_by_length.get(length - 1, ()):
        for key in {word[:at] + KEY_HOLE + word[at:] for at in range(len(word) + 1)}:
            holes.setdefault(key, []).append(word)
    return holes
