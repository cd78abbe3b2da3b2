"""The words a tree of files writes, counted once: spelling's evidence that a word is the project's
term (issue 33), used by `plainlint check` when spelling is selected (running/tree_pass.py) and by
`plainlint vocabulary` (running/vocabulary_proposal.py).

A typo's correct form is nearly always written somewhere in the same tree ('information' beside
'informaiton'), where a domain term has no near word there ('muxer', 'colorimetry', 'gapless'). So
a word the tree writes three times or more, in two files or more, with no word one edit away (a
letter dropped, added, replaced or two swapped) written more than a twentieth as often, is a term.
On every labelled spelling finding (seeds 33-110) that removed 195 wrong findings as drawn and no
right one (docs/accuracy.md, spell15). Words are counted in the whole text of each file, code and
names included (a term is often written in code on five pages and reported on one), in lower case.

Memory is bounded by the tree's distinct words (one counter entry each), not by its size; time is
one regular-expression pass over each file plus, for the few unknown words written often enough,
their one-edit neighbours.
"""

from __future__ import annotations

import collections
import re
from typing import Callable, Iterable

WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
LONE_USES = 3  # times the tree writes a word with no near neighbour that make it a term...
LONE_FILES = 2  # ...when written in this many files or more
LONE_DOMINANCE = 20  # a near word written less than 1/20 as often is the term's own derivative, not its correct form
SHORTEST_TERM = 5  # spelling reports no shorter unknown word unless it is a known misspelling


class TreeWords:
    """How often, and in how many files, the tree writes each lower-case word."""

    def __init__(self):
        self.uses: collections.Counter[str] = collections.Counter()
        self.files: collections.Counter[str] = collections.Counter()

    def add(self, text: str) -> None:
        """Count one file's text."""
        words = WORD.findall(text.lower())
        self.uses.update(words)
        self.files.update(set(words))

    def lone(self, word: str, files: int | None = None) -> bool:
        """Written LONE_USES times in LONE_FILES files (`files`: a count the caller knows better),
        with no word one edit away written but far less often ('-Dlibretro' beside 'libretro')."""
        from .spelling_suggest import edits1

        uses = self.uses[word]
        if uses < LONE_USES or (self.files[word] if files is None else files) < LONE_FILES:
            return False
        near = edits1(word) & self.uses.keys()  # the tree's words one edit away (a set operation in C)
        near.discard(word)
        nearest = max((self.uses[other] for other in near), default=0)
        return nearest * LONE_DOMINANCE < uses

    def terms(self, unknown: Callable[[str], bool]) -> frozenset[str]:
        """The lone words that `unknown` says the dictionary lacks (the only ones spelling could
        report), of SHORTEST_TERM letters or more."""
        return frozenset(word for word, uses in self.uses.items()
                         if uses >= LONE_USES and len(word) >= SHORTEST_TERM and self.files[word] >= LONE_FILES
                         and unknown(word) and self.lone(word))


def count_texts(texts: Iterable[str]) -> TreeWords:
    counts = TreeWords()
    for text in texts:
        counts.add(text)
    return counts


def spelling_terms(counts: TreeWords, among: frozenset | None = None) -> frozenset[str]:
    """The tree's terms for spelling: lone words the dictionary lacks that are not known
    misspellings (a known misspelling is never excused, however often it is copied); only those
    `among` when given (the words the run's pages write: nlp/page_terms.py)."""
    from .spelling import dictionary

    words = dictionary()
    return counts.terms(lambda word: (among is None or word in among)
                        and not words.knows(word) and not words.known_fixes(word))
