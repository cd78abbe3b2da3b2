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

Two such words one edit apart that the dictionary lacks, both written that often and neither
more than FAMILY_RATIO times as often as the other, are a family of terms, not a slip and its
correction ('corexy' beside 'corexz', printer kinematics; a slip copied across files stays far
rarer than its correct form: 'mglen' 6 times beside the product's 'mlgen' 63).

A word the dictionary lacks that the tree writes with a capital inside a sentence (after a
lower-case word) NAME_USES times or more, in two files or more, is a name ('Seeed', a maker whose
pages open items and titles with it), as the rule takes a word written so once in its own document
for a name; a slip at a sentence start is capitalised by its place, never inside one.

Memory is bounded by the tree's distinct words (one counter entry each), not by its size; time is
one regular-expression pass over each file plus, for the few unknown words written often enough,
their one-edit neighbours.
"""

from __future__ import annotations

import collections
import re
from typing import Callable, Iterable, Iterator

WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
# A capitalised word after a space; a name's place when a lower-case word (and a comma) comes before
# the space, not a full stop (checked in named_words: a pattern starting with a space is found fast).
CAPITALISED = re.compile(r" ([A-Z][a-z]+)\b(?![-'’.@/_]\w)")
LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
LONE_USES = 3  # times the tree writes a word with no near neighbour that make it a term...
LONE_FILES = 2  # ...when written in this many files or more
LONE_DOMINANCE = 20  # a near word written less than 1/20 as often is the term's own derivative, not its correct form
SHORTEST_TERM = 5  # spelling reports no shorter unknown word unless it is a known misspelling
NAME_USES = 3  # uses with a capital inside a sentence, in LONE_FILES files, that make an unknown word a name
# A word's uses with a capital inside a sentence are counted under this prefix, which no WORD
# starts with, beside the word's own counts: one pair of counters, so a file's words kept between
# runs (running/tree_counts.py) add and subtract as one dict
NAMED_PREFIX = "^"
# A page's tree terms hold, under this prefix, its unknown words that 2+ files write (page_terms.py):
# spelling's `mode: confident` reports a slip only where no other file writes it.
DOCUMENT_SHARED = "\x02"
FAMILY_RATIO = 4  # an unknown near word written at most this many times as often (and as widely) is a sibling term


class TreeWords:
    """How often, and in how many files, the tree writes each lower-case word."""

    def __init__(self):
        self.uses: collections.Counter[str] = collections.Counter()
        self.files: collections.Counter[str] = collections.Counter()

    def add(self, text: str) -> None:
        """Count one file's text."""
        words = word_counts(text)
        self.uses.update(words)
        self.files.update(words.keys())

    def a_name(self, word: str) -> bool:
        """Written with a capital inside a sentence NAME_USES times, in LONE_FILES files."""
        key = NAMED_PREFIX + word
        return self.uses[key] >= NAME_USES and self.files[key] >= LONE_FILES

    def lone(self, word: str, files: int | None = None, unknown: Callable[[str], bool] | None = None,
             near_words: Callable[[str], set[str]] | None = None) -> bool:
        """Written LONE_USES times in LONE_FILES files (`files`: a count the caller knows better),
        with no word one edit away written but far less often ('-Dlibretro' beside 'libretro');
        with `unknown` (the dictionary lacks the word), a sibling term is no such near word.
        `near_words(word)`: the tree's words one edit away, the word left out (nlp/near_words.py)."""
        uses = self.uses[word]
        if uses < LONE_USES or (self.files[word] if files is None else files) < LONE_FILES:
            return False
        near = (near_words or self._near)(word)
        nearest = max((self.uses[other] for other in near if not self._sibling(other, uses, unknown)), default=0)
        return nearest * LONE_DOMINANCE < uses

    def _near(self, word: str) -> set[str]:
        from .spelling_suggest import edits1

        near = edits1(word) & self.uses.keys()  # the tree's words one edit away (a set operation in C)
        near.discard(word)
        return near

    def _sibling(self, near: str, uses: int, unknown: Callable[[str], bool] | None) -> bool:
        """Whether a near word is a sibling term ('corexz' beside 'corexy'): one the dictionary
        lacks, written often and widely itself, and not far more often than the word."""
        near_uses = self.uses[near]
        return (unknown is not None and near_uses >= LONE_USES and self.files[near] >= LONE_FILES
                and near_uses <= uses * FAMILY_RATIO and uses <= near_uses * FAMILY_RATIO and unknown(near))

    def terms(self, unknown: Callable[[str], bool], among: frozenset | None = None) -> frozenset[str]:
        """The lone words and names that `unknown` says the dictionary lacks (the only ones spelling
        could report), of SHORTEST_TERM letters or more; only those `among` when given. `among`
        narrows which words are decided, never how: a sibling is judged by `unknown` alone, so a
        word's answer does not depend on which other words a run's pages write (rev19a)."""
        wanted = (lambda word: True) if among is None else among.__contains__
        asked = [word for word, uses in self.uses.items()
                 if uses >= LONE_USES and len(word) >= SHORTEST_TERM and word[0] != NAMED_PREFIX
                 and self.files[word] >= LONE_FILES and wanted(word) and unknown(word)]
        near_words = self._near_words(asked)
        lone = {word for word in asked if self.lone(word, unknown=unknown, near_words=near_words)}
        names = {key[1:] for key in self.uses
                 if key[0] == NAMED_PREFIX and len(key) > SHORTEST_TERM and key[1:] not in lone
                 and wanted(key[1:]) and self.a_name(key[1:]) and unknown(key[1:])}
        return frozenset(lone | names)

    def _near_words(self, asked: list[str]) -> Callable[[str], set[str]]:
        """How to find the tree's words one edit away from the `asked` words: in one pass over the
        tree's words (nlp/near_words.py) when they are many, edits1 for each when few (a one-page
        run); the same answers."""
        if len(asked) * NEAR_PASS_RATIO < len(self.uses):
            return self._near
        from .near_words import NearWords

        return NearWords(self.uses.keys(), asked).near


# Words to decide, for one word of the tree, above which one pass over the tree's words pays for
# itself: the pass costs about 8 us a tree word, edits1 about 260 us a decided word (bench/, speed33).
NEAR_PASS_RATIO = 32

# Characters of text lower-cased and scanned at a time: a list of every word of a 10 MB file
# at once was 92 MB of a run's peak (issue 24's memory).
WORD_CHUNK = 1 << 18


def word_counts(text: str) -> collections.Counter[str]:
    """How often `text` writes each word as the tree counts it (lower case), and each name under
    NAMED_PREFIX. Read a chunk at a time, each ending at a line's end (no word spans a line)."""
    counts: collections.Counter[str] = collections.Counter()
    start = 0
    while start < len(text):
        end = text.find("\n", start + WORD_CHUNK)
        end = len(text) if end < 0 else end + 1
        counts.update(WORD.findall(text[start:end].lower()))
        start = end
    counts.update(NAMED_PREFIX + word for word in named_words(text))
    return counts


def named_words(text: str) -> Iterator[str]:
    """The capitalised words of `text` written inside a sentence (after a lower-case word and a
    space, or a comma and a space), in lower case."""
    for match in CAPITALISED.finditer(text):
        at = match.start()
        before = text[at - 1] if at else ""
        if before in LOWER or (before == "," and at >= 2 and text[at - 2] in LOWER):
            yield match.group(1).lower()


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
    return counts.terms(lambda word: not words.knows(word) and not words.known_fixes(word), among)
