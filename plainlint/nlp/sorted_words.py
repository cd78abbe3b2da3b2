"""A large sorted word list that loads fast: one string and an array of where each word starts.

The syllable table (126,000 words) and the spelling dictionary (82,000) are read at the start
of a run. As lists or dicts of strings they cost a hundred thousand objects to load, a tenth of a
one-file run each; as one string and one array (kept as bytes in a datacache copy) they load
as two objects, and a word is found by bisection.
"""

from __future__ import annotations

from array import array


class SortedWords:
    """Words sorted in code point order (as Python compares strings), each followed by "\\n"."""

    def __init__(self, text: str, starts: array):
        self._text = text
        self._starts = starts  # word i is text[starts[i]:starts[i + 1] - 1]; one extra end entry

    def __len__(self) -> int:
        return len(self._starts) - 1

    def word(self, i: int) -> str:
        return self._text[self._starts[i]:self._starts[i + 1] - 1]

    def index(self, word: str) -> int | None:
        """Where `word` is, or None when it is not in the list. (The bisection slices the text
        itself rather than call `word()`: a run looks up each distinct word of its prose, some 17
        steps each, and the calls were half the time.)"""
        text, starts = self._text, self._starts
        low, high = 0, len(starts) - 1
        while low < high:
            middle = (low + high) // 2
            if text[starts[middle]:starts[middle + 1] - 1] < word:
                low = middle + 1
            else:
                high = middle
        return low if low < len(starts) - 1 and text[starts[low]:starts[low + 1] - 1] == word else None

    def all(self) -> list[str]:
        return self._text[:-1].split("\n") if self._text else []


def pack(words: list[str]) -> tuple[str, bytes]:
    """The text and the starts' bytes of SortedWords (as a marshal copy holds them) for sorted
    `words`."""
    starts = array("I", [0])
    for word in words:
        starts.append(starts[-1] + len(word) + 1)
    return "".join(word + "\n" for word in words), starts.tobytes()


def unpack(text: str, starts: bytes) -> SortedWords:
    return SortedWords(text, array("I", starts))
