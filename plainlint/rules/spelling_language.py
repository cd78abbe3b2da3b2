"""Text in another language, for the spelling rule (PL502): a word of a French passage, a German
keyword list or a Tagalog name ('y compris le code', 'kartennummer', 'Pinag-isang') is not a
misspelled English word.

A run of words is in another language when most of its words are not English (unknown to the
dictionary, or written with accents) and at least two of them are common words of another
language: the stopwords of the Latin-alphabet languages of stopwords-iso (MIT), shipped in
rulesets/spelling-stopwords.txt by scripts/build_spelling_stopwords.py, or words with accents.
English prose holds an unknown word in a hundred or so, so a run of English with a typo in it
is never mostly unknown; a keyword list or a quoted passage in another language is.
"""

from __future__ import annotations

import bisect
import functools
import re

from ..nlp.stopwords import stopword_languages

# A word of another language's stopword list that English books use this often (Google Books
# count) is an English word too ('man', 'per', 'son', 'est'): it tells nothing about the language.
COMMON_IN_ENGLISH = 50_000_000
# The run around an unknown word: this many words on each side, across the document's units (a
# keyword list is one word or two a list item).
RUN_SIDE = 4
# A run shorter than this (a short unit at the start or end of a page) tells too little.
RUN_MIN_WORDS = 5
# Common words of another language (or accented words) a run needs besides being mostly unknown:
# two, so that a run of English with two typos and an accented name is still English.
RUN_MIN_FOREIGN_COMMON = 2

# A word with its apostrophe part ('doesn't', 'l'accès'), so a contraction is judged whole.
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@functools.lru_cache(maxsize=1)
def other_language_stopwords() -> frozenset[str]:
    """The words of rulesets/spelling-stopwords.txt."""
    return frozenset(stopword_languages())


class LanguageRuns:
    """The words of a document's prose units in order, each marked as English or not, so that
    the words around an unknown word can be asked which language they are in."""

    def __init__(self, words, known, segments):
        """`words` is the dictionary (its counts), `known` tells whether a word is English."""
        stopwords = other_language_stopwords()
        self._starts: dict[object, list[int]] = {}
        self._first: dict[object, int] = {}
        self._english: list[bool] = []
        self._common_foreign: list[bool] = []
        for segment in segments:
            starts = self._starts.setdefault(segment.key, [])
            self._first[segment.key] = len(self._english)
            for match in _WORD.finditer(segment.text):
                word = match.group().lower()
                if len(word) < 2:
                    continue
                starts.append(match.start())
                accented = not word.isascii()
                common_foreign = accented or (word in stopwords and words.count(word) < COMMON_IN_ENGLISH)
                self._common_foreign.append(common_foreign)
                self._english.append(not accented and not common_foreign and known(word))

    def in_other_language(self, segment, start: int) -> bool:
        """Whether the word at `start` of `segment` sits in a run of words in another language."""
        starts = self._starts.get(segment.key)
        if not starts:
            return False
        at = self._first[segment.key] + max(0, bisect.bisect_right(starts, start) - 1)
        low, high = max(0, at - RUN_SIDE), min(len(self._english), at + RUN_SIDE + 1)
        run = range(low, high)
        if len(run) < RUN_MIN_WORDS:
            return False
        not_english = sum(not self._english[i] for i in run)
        common_foreign = sum(self._common_foreign[i] for i in run)
        return not_english * 2 > len(run) and common_foreign >= RUN_MIN_FOREIGN_COMMON
