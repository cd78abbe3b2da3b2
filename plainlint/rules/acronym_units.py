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


# A unit of measure where it reads as one: after an amount ('500 KB', '709\u00a0KB', 'a 1-KB
# buffer'), before a '/' of a rate ('KB/s'), alone in brackets or after 'in' (a column's unit:
# 'Size (KB)', 'usage (in KB)', 'sizes in KB'; not 'in KB article 303134'), or in a list of byte
# units ('KB, MB, GB, or TB').
_AMOUNT_BEFORE = re.compile(r"\d[\d.,]*[ \t\u00a0~-]*\Z")
_RATE_AFTER = re.compile(r"/\w")
_IN_BRACKETS = re.compile(r"\((?:in[ \t]+)?\Z")
_IN_BEFORE = re.compile(r"(?<![\w-])in[ \t]+\Z", re.I)
_ARTICLE_AFTER = re.compile(r"[ \t]+articles?\b", re.I)  # 'in KB article 303134': the knowledge base
_BYTE_UNIT = r"(?:[KMGTP]i?B|bytes?)"
_UNIT_LIST_BEFORE = re.compile(_BYTE_UNIT + r"[ \t]*(?:,|/|,?[ \t]+(?:or|and))[ \t]*\Z")
_UNIT_LIST_AFTER = re.compile(r"[ \t]*(?:,|/|,?[ \t]+(?:or|and))[ \t]*" + _BYTE_UNIT + r"\b")
UNIT_REACH = 20  # characters before the letters read for an amount or a list


def reads_as_a_unit(text: str, match: re.Match, unit_senses: set[str]) -> bool:
    """Whether letters with two senses (`unit_senses`: KB, a kilobyte or the knowledge base) are
    the unit of measure here (see above); elsewhere they are the other sense."""
    if match.group("word").lower() not in unit_senses:
        return False
    start, end = match.start("word"), match.end("word")
    before = text[max(0, start - UNIT_REACH):start]
    return (_AMOUNT_BEFORE.search(before) is not None or _RATE_AFTER.match(text, end) is not None
            or _IN_BRACKETS.search(before) is not None
            or (_IN_BEFORE.search(before) is not None and _ARTICLE_AFTER.match(text, end) is None)
            or _UNIT_LIST_BEFORE.search(before) is not None or _UNIT_LIST_AFTER.match(text, end) is not None)
