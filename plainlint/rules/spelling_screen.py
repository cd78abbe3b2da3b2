"""A look at each segment before the dictionary check's word-by-word pass (spelling, PL502; spell24):
most segments hold no unknown word, and the pass that finds the checked words (chunks trimmed of
punctuation, code and paths left out, split at hyphens, each one's place in its sentence asked)
cost `mode: confident` most of its time over `mode: known`.

Every word that pass can check is a whole run of ASCII letters with at most one apostrophe inside
(rules/spelling_words.py's `_WORD`, bounded by spaces, punctuation or hyphens), so when every such
run of the segment is a known word (or one with a capital inside, which the pass never judges),
none of its checked words is unknown and the pass can be left out; what the pass also counts (how
many words it judged) is asked only when a document's share of unknown words needs it. The
findings are the same: only the work is.
"""

from __future__ import annotations

import functools
import re
from array import array

from .spelling_places import DOCUMENT_FOREIGN_SHARE, FOREIGN_MIN_WORDS, not_english
from .spelling_words import inner_capital, is_known_word

_RUN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
# Past this many runs kept as cleared, the set starts again (a language server's process reads
# documents for days: its memory stays bounded).
_CLEARED_MAX = 200_000


def every_word_known(words, text: str, min_length: int) -> bool:
    """Whether every run of letters (an apostrophe part with it) that is long enough to be checked
    is a known word or has a capital after its first letter: then no word of `text` can be reported.

    A run with a capital inside (an abbreviation, camelCase) is a word the pass never judges
    (spelling_words.judged) and never takes for a name (only a title-case unknown word is one), so
    it cannot change the pass's findings or names; only its count of judged words, which the
    caller takes when it needs it. On every 10th file of bench/ such runs sent 5,788 of the 6,574
    segments left to the pass (speedA). The runs cleared so far (known or with an inner capital)
    are kept per dictionary, and a segment's runs are cut down to the others with one set
    difference."""
    cleared = _cleared(words)
    for run in set(_RUN.findall(text)) - cleared:
        if inner_capital(run) or is_known_word(words, run):
            if len(cleared) >= _CLEARED_MAX:
                cleared.clear()
            cleared.add(run)
        elif len(run) >= min_length:
            return False
    return True


@functools.lru_cache(maxsize=4)
def _cleared(words) -> set[str]:
    """The runs of letters that can never make a segment fail the screen, for one dictionary."""
    return set()


class FirstPasses:
    """What the spelling rule's first pass found, kept small (issue 24's memory: a list of every
    segment would hold all those a `SegmentList` makes on demand at once): the segments with
    unknown words, with their counts; the judged words of the others, summed; and the indices of
    those the screen cleared without judging (judged None), counted only if the document test asks."""

    def __init__(self):
        self.with_unknown: list[tuple] = []  # (segment, judged words, unknown spans)
        self.unknown = 0
        self.counted = 0
        self.unjudged = array("q")

    def add(self, index: int, segment, judged: int | None, unknown: list) -> None:
        if judged is None:
            self.unjudged.append(index)
            return
        self.counted += judged
        if unknown:
            self.with_unknown.append((segment, judged, unknown))
            self.unknown += len(unknown)


def document_not_english(passes: FirstPasses, unjudged, judged_of) -> bool:
    """The document-wide test for a page in another language (`not_english` at
    DOCUMENT_FOREIGN_SHARE), where the segments the screen cleared (`unjudged`) are counted
    (`judged_of(segment)`) one at a time, only until the counts settle the answer."""
    counted, unknown = passes.counted, passes.unknown
    if _english_whatever_else(counted, unknown):
        return False
    for segment in unjudged:
        counted += judged_of(segment)
        if _english_whatever_else(counted, unknown):
            return False
    return not_english(counted, unknown, DOCUMENT_FOREIGN_SHARE)


def _english_whatever_else(counted: int, unknown: int) -> bool:
    """Whether `counted` judged words already make the document English: more judged words only
    lower its share of unknown ones."""
    return counted >= FOREIGN_MIN_WORDS and unknown <= DOCUMENT_FOREIGN_SHARE * counted
