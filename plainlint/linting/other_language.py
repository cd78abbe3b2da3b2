"""The fix safety net: which hits of an English-only rule sit in prose of another language.

lang36 judged each unit (a paragraph, a string, a reply) by itself: a unit that reads as another
language gets no English finding and no fix ('Vous vous êtes' is no repeated word). A heading is
too short for that ("Selektion und Ranking von Suchergebnissen" has one German function word), so
lang37 judges a heading with no English function word by the prose of its section: German headings
of a German page are German, "How to reset your password" above a quoted German paragraph is not.
"""

from __future__ import annotations

from ..enums import Scope
from ..nlp.english import english_function_words, lowered_words, reads_as_other_language, reads_as_placeholder
from ..rules.base import Hit


def in_other_language(doc, hit: Hit) -> bool:
    """Whether the hit's unit of prose is in another language, by its own words or, for a
    heading with no English function word, by its section's."""
    segment = hit.segment
    if segment is None:
        return False
    if reads_as_other_language(segment.text):
        return True
    return segment.scope == Scope.HEADING and _heading_of_other_language(doc, segment)


def _heading_of_other_language(doc, heading) -> bool:
    if english_function_words().intersection(lowered_words(heading.text)):
        return False
    return heading.source_span().start in doc.cached("other-language-headings", lambda: _headings_in_other_language(doc))


def _headings_in_other_language(doc) -> frozenset[int]:
    """Where each heading starts whose section reads as another language. A heading's section is
    the units up to the next heading, or, when it has none of its own (a title right above a
    subheading), the next heading's section. Read back from the end, so each unit is counted once
    and consecutive headings share one verdict: a page of many headings and little prose stays
    linear (a forward scan per heading was quadratic in a run of headings)."""
    found: set[int] = set()
    body: list = []
    following_verdict = False  # the verdict of the section after the heading being read
    for segment in reversed(doc.segments):
        if segment.scope != Scope.HEADING:
            body.append(segment)
            continue
        if body:
            following_verdict = _mostly_other_language(body)
        if following_verdict:
            found.add(segment.source_span().start)
        body = []
    return frozenset(found)


def _mostly_other_language(units: list) -> bool:
    """More than half the words of `units` are in units that read as another language. By unit,
    not the units' text joined: a table of 'Y' cells (Spanish 'y') is no Spanish; lorem ipsum is
    filler, no language."""
    other = total = 0
    for unit in units:
        words = len(lowered_words(unit.text))
        total += words
        if reads_as_other_language(unit.text) and not reads_as_placeholder(unit.text):
            other += words
    return 2 * other > total
