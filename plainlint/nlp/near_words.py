"""The words of a set one edit away from a word, found through an index of the set instead of
the 54n strings `spelling_suggest.edits1` makes for a word of n letters (speed33, issue 24).

Spelling's tree pass asks, of each unknown word a run's pages write often enough, which words of
the tree are one edit away (`TreeWords.lone`). On bench/ that is 4,651 words against the tree's
36,584: `edits1(word) & words` took 1.2 CPU-s, the largest part of the pass the parent runs alone
before any file is linted; this index, 0.25 s to build and 0.15 s for the 4,651 questions.

The answer is exactly `edits1(word) & words`, less the word itself:
  - a word with one character deleted, or two neighbours swapped: looked up in the set;
  - a word with one character replaced by a letter (a-z: edits1's LETTERS), or a letter inserted:
    each indexed word is kept under itself with each of its letters in turn replaced by a hole
    (KEY_HOLE), and a word asks for itself with a hole in place of each of its characters (a
    replacement) and with a hole between each two (an insertion). The hole's place is in the key,
    so a key names one place of one length; a hole only ever replaces a letter of the indexed word,
    as edits1 only ever writes letters. Words holding the hole character are not indexed (the
    tree's words are [a-z'’] only) and a word holding it is answered by edits1.
Only words of `shortest` letters or more are indexed, and only such words may be asked about: a
replacement keeps the length and an insertion adds one.
"""

from __future__ import annotations

from typing import Collection, Iterable

from .spelling_suggest import LETTERS, edits1

KEY_HOLE = "\0"
_LETTERS = frozenset(LETTERS)


class NearWords:
    """`near(word)`: the words of `words` one edit away from `word`, as edits1 finds them."""

    def __init__(self, words: Collection[str], shortest: int):
        self._words = words
        self._shortest = shortest
        self._keys = _holes_index(word for word in words if len(word) >= shortest and KEY_HOLE not in word)

    def near(self, word: str) -> set[str]:
        if len(word) < self._shortest or KEY_HOLE in word:
            found = edits1(word) & self._words
        else:
            found = self._holes(word) | self._deletes_and_swaps(word)
        found.discard(word)
        return found

    def _holes(self, word: str) -> set[str]:
        """The indexed words that are `word` with one character replaced by a letter, or a
        letter inserted."""
        get, found = self._keys.get, set()
        for at in range(len(word) + 1):
            for key in (word[:at] + KEY_HOLE + word[at + 1:], word[:at] + KEY_HOLE + word[at:]):
                held = get(key)
                if held is None:
                    continue
                if type(held) is str:
                    found.add(held)
                else:
                    found.update(held)
        return found

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


def _holes_index(words: Iterable[str]) -> dict:
    """Each word under each of its letters replaced by KEY_HOLE: key -> the word, or a list of
    the words when several share it (a string alone for most keys: 380,477 keys on bench/)."""
    keys: dict = {}
    for word in words:
        for at, char in enumerate(word):
            if char not in _LETTERS:
                continue
            key = word[:at] + KEY_HOLE + word[at + 1:]
            held = keys.get(key)
            if held is None:
                keys[key] = word
            elif type(held) is str:
                keys[key] = [held, word]
            else:
                held.append(word)
    return keys
