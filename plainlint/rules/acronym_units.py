"""The unit that holds an abbreviation, for undefined-acronym (PL104): the letters alone, or a short
name in capitals (a table cell, a list item, a heading). Split from plainlint/rules/acronyms.py."""

from __future__ import annotations

import re

SHORT_NAME_WORDS = 4


def is_lone_value(text: str, match: re.Match) -> bool:
    """The unit is the abbreviation alone, or a short name in capitals: a table cell, list item
    or heading naming a thing ("NYSE" in a table of exchanges, "Power BI", "AMI ID"), or a
    marker ("TOC")."""
    if _MARKS_BEFORE.match(text, 0, match.start()).end() == match.start() \
            and _MARKS_AFTER.match(text, match.end()).end() == len(text):
        return True
    first_words = _FIRST_WORDS.match(text)  # more than SHORT_NAME_WORDS words, seen in the first ones
    if first_words and not _MARKS_AND_SPACES.fullmatch(text, first_words.end()):
        return False  # (not by splitting a long line once for each candidate on it)
    words = text.strip(" \t*_#:.-").split()
    return len(words) <= SHORT_NAME_WORDS and all(w[:1].isupper() for w in words)


_MARKS_BEFORE, _MARKS_AFTER, _MARKS_AND_SPACES = (re.compile(r"[ \t*_#:-]*"), re.compile(r"[ \t*_:.-]*"),
                                                  re.compile(r"[\s*_#:.-]*"))
_FIRST_WORDS = re.compile(r"\s*(?:[*_#:.-]*[^\s*_#:.-]\S*\s+){%d}" % SHORT_NAME_WORDS)


def is_short_name(text: str) -> bool:
    """A short unit of capitalised words, one of them in lower case after its capital: a name
    such as 'Power BI' in a table cell (not 'AMI ID', which is two abbreviations)."""
    words = text.strip(" \t*_#:.-").split()
    return 1 < len(words) <= SHORT_NAME_WORDS and all(w[:1].isupper() for w in words) \
        and any(w[1:].islower() for w in words)
