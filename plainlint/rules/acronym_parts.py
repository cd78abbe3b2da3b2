"""undefined-acronym (PL104): letters that are the second part of a name in two parts ('AD FS'),
reported once, at the first part, unless the document writes the first part without them.

Whether the first part stands alone was a search of every segment, with a pattern compiled for
the pair, at each candidate: a document of n such pairs cost n² (session 13: 2,000 letters in a row
took 13 s of 22). The document's words in capitals are indexed once (`_FirstParts`), and each pair
is answered once.
"""

from __future__ import annotations

import re

from ..reading.document import Document

# The letters right before the candidate, within the reach of a first part (12 characters).
_CAPITALS_BEFORE = re.compile(r"(?<![\w.-])([A-Z][A-Z0-9&]*[A-Z])[ \t]+\Z")
FIRST_PART_REACH = 12
# A run of the characters a first part is made of; one may start after an '&' inside it and end
# before one ('AT&T' holds 'AT' and 'T' as words of their own to `(?<![\w.-])AT(?![\w-])`).
_RUN = re.compile(r"[A-Z0-9&]+")
_FIRST_PART = re.compile(r"[A-Z][A-Z0-9&]*[A-Z]")
_WORD_CHAR_BEFORE = re.compile(r"[\w.-]")
_WORD_CHAR_AFTER = re.compile(r"[\w-]")
_WORD_CHAR = re.compile(r"\w")


def second_part(doc: Document, text: str, match: re.Match, known: set[str]) -> bool:
    """The letters follow other letters in capitals that are not known and that the document
    never writes without them: one name in two parts ('AD FS'), reported once, at its first
    part. Not 'check SPAC and SPAC DAG reports' (SPAC stands alone too), nor 'the IIS ADSI
    provider' (IIS is known: the second part is still read)."""
    before = _CAPITALS_BEFORE.search(text, max(0, match.start() - FIRST_PART_REACH), match.start())
    if before is None or before.group(1).lower() in known:
        return False
    parts = doc.cached("acronym first parts", lambda: _FirstParts(doc))
    return not parts.written_alone(before.group(1), match.group("word"))


class _FirstParts:
    """Where each word in capitals that could be a first part ends, in every segment."""

    def __init__(self, doc: Document):
        self.texts = [segment.text for segment in doc.segments]  # (a segment is made anew at each index)
        self.ends: dict[str, list[tuple[int, int]]] = {}
        self.answers: dict[tuple[str, str], bool] = {}
        for index, text in enumerate(self.texts):
            for run in _RUN.finditer(text):
                self._index_run(index, text, run.start(), run.end())

    def _index_run(self, index: int, text: str, start: int, end: int) -> None:
        ampersands = [at for at in range(start, end) if text[at] == "&"]
        starts = [at + 1 for at in ampersands]
        if start == 0 or not _WORD_CHAR_BEFORE.match(text[start - 1]):
            starts.insert(0, start)
        ends = ampersands + ([end] if end == len(text) or not _WORD_CHAR_AFTER.match(text[end]) else [])
        for first in starts:
            for last in ends:
                # A first part is found within FIRST_PART_REACH characters of the candidate.
                if first < last <= first + FIRST_PART_REACH and _FIRST_PART.fullmatch(text, first, last):
                    self.ends.setdefault(text[first:last], []).append((index, last))

    def written_alone(self, first: str, second: str) -> bool:
        """Whether `first` is written somewhere not followed by `second` (as a word)."""
        key = (first, second)
        if key not in self.answers:
            self.answers[key] = any(not _followed_by(self.texts[index], end, second)
                                    for index, end in self.ends.get(first, ()))
        return self.answers[key]


def _followed_by(text: str, end: int, word: str) -> bool:
    """Whether `word` follows text[:end] after spaces or tabs, as a word: `[ \t]+word\b`."""
    at = end
    while at < len(text) and text[at] in " \t":
        at += 1
    if at == end or not text.startswith(word, at):
        return False
    after, word_end = at + len(word), _WORD_CHAR.match(word[-1]) is not None
    return word_end != (after < len(text) and _WORD_CHAR.match(text[after]) is not None)  # \b
