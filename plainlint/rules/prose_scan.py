"""Which segments of a document can hold a rule's finding, found by one search of the document's
prose rather than one per segment (issue 24, seventh speed round).

A rule that can only find something where its pre-check matches (shouting needs capitals in a
row or a '!' or '?'; sensory-directions a colour, shape or place word) declares that pre-check as
a `Precheck`, and asks `segments_admitted(doc, precheck, scopes)` for the segments to visit. The
document's segment texts are joined once (`JoinedProse`, kept in the document's cache and shared
by every rule that asks), and each pre-check is one regex search of the joined text that jumps to
the next segment after each hit: a few calls per document instead of a Python step and a search
for each of its segments.

Exactness: the texts are joined by SEPARATOR (NUL), and a pre-check's pattern must never match
it and must treat it as it treats either end of a text: no `^`, `$`, `\\A` or `\\Z`, and no
character class or look-around that a NUL can satisfy where the end of the text would not
(`\\b`, `(?<!\\w)`, `[A-Z]` and `(?![\\w-])` all qualify). Then a match in the joined text lies
within one segment, and the search from a segment's start finds a match in that segment exactly
when searching the segment alone does. A text that itself holds a NUL turns the joined search
off for its document, and so does a large file (JOIN_BELOW): each segment is searched on its
own, as before. tests/rules/
test_prose_scan.py checks each pre-check against the per-segment search on real and random texts.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable, Iterator

from ..nlp.casefold import FOLDS_TO_ASCII, holds_a_fold_to_ascii, search_ignorecase
from ..reading.document import Document
from ..reading.offsets import Segment
from ..reading.segment_list import COLUMNS_FROM

SEPARATOR = "\0"


@dataclass(frozen=True, eq=False)
class Precheck:
    """What a segment must hold for a rule to find anything in it: `pattern.search(text)` finds
    a match. For a case-insensitive pattern of ASCII letters, `lowered` is the same pattern for
    lower-cased text (built by words_precheck), which is searched instead where nlp.casefold
    says the answer is the same."""

    pattern: re.Pattern
    lowered: re.Pattern | None = None

    def admits(self, text: str) -> bool:
        """The answer for one text, as the rule asked it before the joined search."""
        if self.lowered is not None:
            return search_ignorecase(self.pattern, self.lowered, text)
        return self.pattern.search(text) is not None


class JoinedProse:
    """The texts of a document's segments joined by SEPARATOR, and where each one starts."""

    __slots__ = ("text", "starts", "usable")

    def __init__(self, texts: list[str]):
        self.text = SEPARATOR.join(texts)
        starts, at = array("q"), 0
        for text in texts:
            starts.append(at)
            at += len(text) + 1
        self.starts = starts
        self.usable = self.text.count(SEPARATOR) == max(0, len(texts) - 1)  # no text holds one itself

    def lowered(self) -> str | None:
        """The joined text lower-cased, when that keeps every offset and a case-sensitive search
        of it answers as re.IGNORECASE on the text does (nlp.casefold); else None. Not kept:
        one rule asks for it."""
        if holds_a_fold_to_ascii(self.text):
            return None
        lowered = self.text.lower()
        return lowered if len(lowered) == len(self.text) else None

    def indices_matching(self, pattern: re.Pattern, text: str | None = None) -> list[int]:
        """Indices of the segments in which `pattern` finds a match: one search from the start,
        then one from the start of the segment after each hit."""
        text = self.text if text is None else text
        starts, found, search = self.starts, [], pattern.search
        last = len(starts) - 1
        match = search(text) if starts else None
        while match is not None:
            index = bisect_right(starts, match.start()) - 1
            found.append(index)
            if index >= last:
                break
            match = search(text, starts[index + 1])
        return found


_LOWER_CASE_WORD = re.compile(r"[a-z]+")


def words_precheck(whole=(), starting=(), ending=()) -> Precheck:
    """Text holding, in any case, one of `whole` as a whole word (a run of \\w), a word that
    starts with one of `starting`, or a word that ends with one of `ending` (lower-case ASCII
    words). Searched in lower-cased text (lower-casing keeps whether each character is \\w):
    one branch per first letter, the word's start checked behind that letter, so the regex
    engine skips ahead to those letters; elsewhere, the same with re.IGNORECASE, and any
    character that folds to an ASCII letter admits its text (nlp.casefold)."""
    if not all(_LOWER_CASE_WORD.fullmatch(word) for word in (*whole, *starting, *ending)):
        raise ValueError("a word pre-check takes lower-case ASCII words")
    rests: dict[str, list[str]] = {}
    for word in whole:
        rests.setdefault(word[0], []).append(word[1:] + r"(?!\w)")
    for word in starting:
        rests.setdefault(word[0], []).append(word[1:])
    parts = [first + r"(?<!\w.)(?:" + "|".join(sorted(after, key=len, reverse=True)) + ")"
             for first, after in sorted(rests.items())]
    parts += [word + r"(?!\w)" for word in sorted(ending)]
    source = "|".join(parts)
    return Precheck(re.compile(source + f"|(?-i:[{FOLDS_TO_ASCII}])", re.I), re.compile(source))


# A file this large keeps its segments as columns (reading/segment_list.py) to hold its memory
# down: a joined copy of their texts would add a copy of its prose, and the list of texts made
# to join them more. Its segments are searched one at a time, as before.
JOIN_BELOW = COLUMNS_FROM


def joined_prose(doc: Document) -> JoinedProse | None:
    """The document's joined prose, made once and kept in its cache; None for a large file or
    when a segment's text holds SEPARATOR itself."""
    def join():
        if len(doc.source.text) >= JOIN_BELOW:
            return None
        joined = JoinedProse([segment.text for segment in doc.segments])
        return joined if joined.usable else None
    return doc.cached("joined prose", join)


def _joined_indices(joined: JoinedProse, precheck: Precheck) -> list[int]:
    if precheck.lowered is not None:
        lowered = joined.lowered()
        if lowered is not None:
            return joined.indices_matching(precheck.lowered, lowered)
    return joined.indices_matching(precheck.pattern)


def indices_admitted(doc: Document, precheck: Precheck) -> list[int]:
    """Indices of the document's segments whose text `precheck` admits, in order."""
    joined = joined_prose(doc)
    if joined is None:
        return [index for index, segment in enumerate(doc.segments) if precheck.admits(segment.text)]
    return _joined_indices(joined, precheck)


def words_matching(doc: Document, pattern: re.Pattern) -> Iterable[str]:
    """`pattern.findall` of every segment's text, in order, by one findall of the joined prose
    (`pattern` as a pre-check's: no match holds or needs what lies past a segment's end); of a
    large file, one segment at a time."""
    joined = joined_prose(doc)
    if joined is not None:
        return pattern.findall(joined.text)
    return (word for segment in doc.segments for word in pattern.findall(segment.text))


def segments_admitted(doc: Document, precheck: Precheck, scopes: Iterable | None = None) -> Iterator[Segment]:
    """The segments `precheck` admits, in document order, one at a time; only those in `scopes`
    when given."""
    joined = joined_prose(doc)
    if joined is None:
        admitted = (segment for segment in doc.segments if precheck.admits(segment.text))
    else:
        segments = doc.segments
        admitted = (segments[index] for index in _joined_indices(joined, precheck))
    if scopes is None:
        return admitted
    return (segment for segment in admitted if segment.scope in scopes)


class WhenAsked:
    """`compute(doc)`, worked out the first time it is called and kept: a document-wide answer
    that only the segments with a hit need (a rule that visits few segments need not pay for it
    in a document where none has one)."""

    __slots__ = ("_compute", "_doc", "_value")

    def __init__(self, compute, doc):
        self._compute, self._doc, self._value = compute, doc, None

    def __call__(self):
        if self._value is None:
            self._value = self._compute(self._doc)
        return self._value
