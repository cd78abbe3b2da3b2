"""A look at each segment before the dictionary check's word-by-word pass (spelling, PL502; spell24):
most segments hold no unknown word, and the pass that finds the checked words (chunks trimmed of
punctuation, code and paths left out, split at hyphens, each one's place in its sentence asked)
cost `mode: confident` most of its time over `mode: known`.

Every word that pass can check is a whole run of ASCII letters with at most one apostrophe inside
(rules/spelling_words.py's `_WORD`, bounded by spaces, punctuation or hyphens), so when every such
run of the segment is a known word, none of its checked words is unknown and the pass can be left
out; what the pass also counts (how many words it judged) is asked only when a document's share of
unknown words needs it. The findings are the same: only the work is.
"""

from __future__ import annotations

import re

from .spelling_places import DOCUMENT_FOREIGN_SHARE, FOREIGN_MIN_WORDS, not_english
from .spelling_words import is_known_word

_RUN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


def every_word_known(words, text: str, min_length: int) -> bool:
    """Whether every run of letters (an apostrophe part with it) that is long enough to be checked
    is a known word: then no word of `text` can be reported."""
    return all(len(run) < min_length or is_known_word(words, run) for run in _RUN.findall(text))


def document_not_english(per_segment, judged_of) -> bool:
    """The document-wide test for a page in another language (`not_english` at
    DOCUMENT_FOREIGN_SHARE), where a segment left out of the pass has judged None: its count is
    taken (`judged_of(segment)`) only when the other segments' counts cannot settle the answer."""
    unknown = sum(len(spans) for _, _, spans in per_segment)
    counted = sum(judged for _, judged, _ in per_segment if judged is not None)
    if counted >= FOREIGN_MIN_WORDS and unknown <= DOCUMENT_FOREIGN_SHARE * counted:
        return False  # more judged words only lower the share
    total = counted + sum(judged_of(segment) for segment, judged, _ in per_segment if judged is None)
    return not_english(total, unknown, DOCUMENT_FOREIGN_SHARE)
