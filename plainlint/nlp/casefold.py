"""Case-insensitive searches for ASCII words, done on lower-cased text.

A regex with re.IGNORECASE tries every alternative at every offset of the text, case-folding as
it goes: a pre-check such as sensory's list of colour and position words cost more than the rest
of its rule. The same pattern without the flag, searched in `text.lower()`, finds a match exactly
when the ignore-case search does, provided its letters are ASCII and the text holds none of the
characters that re.IGNORECASE matches to an ASCII letter and str.lower() does not turn into that
letter alone: İ (U+0130, lower-cased to 'i' and a combining dot), ı (U+0131) and ſ (U+017F),
which re.I matches to 'i' and 's', and the Kelvin sign (U+212A, re.I's 'k'). A test checks that
list against every code point.
"""

from __future__ import annotations

import re

FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_FOLDS_TO_ASCII = re.compile(f"[{FOLDS_TO_ASCII}]")


def holds_a_fold_to_ascii(text: str) -> bool:
    """Whether `text` holds one of FOLDS_TO_ASCII: a case-insensitive search of it must then be
    made on the text itself, not on its lower-cased form."""
    return not text.isascii() and _FOLDS_TO_ASCII.search(text) is not None


def lowered_for_search(text: str) -> str | None:
    """`text.lower()`, in which a case-sensitive search for ASCII letters finds what a
    re.IGNORECASE search finds in `text`; None when `text` holds a character that folds to an
    ASCII letter otherwise (search `text` itself then). Offsets may differ (only whether a match
    exists is the same)."""
    return None if holds_a_fold_to_ascii(text) else text.lower()


# What without_ignorecase accepts: lower-case ASCII letters, spaces and hyphens, in groups,
# alternatives, classes and repeats. Each of those matches a character of the text alone, and the
# same one with or without the flag once the text is lower-cased as above.
_LETTERS_ONLY = re.compile(r"[a-z \-|()?:\[\]*+]*")


# A list of words: letters and classes of letters ('gr[ae]y'), one word per alternative.
_WORD_LIST = re.compile(r"(?:[a-z]|\[[a-z]+\])+(?:\|(?:[a-z]|\[[a-z]+\])+)*")
_CLASS_OR_LETTER = re.compile(r"\[([a-z]+)\]|([a-z])")


def without_ignorecase(pattern: re.Pattern) -> re.Pattern:
    """A pattern that matches lower-cased text (from lowered_for_search) somewhere exactly when
    `pattern` (compiled with re.IGNORECASE, or (?i) at its start) matches the text somewhere: for
    search_ignorecase, which asks only whether there is a match. Only a pattern of letters
    (_LETTERS_ONLY) is accepted: a class such as \\w or an anchor such as \\b would need its own
    argument. A list of words becomes a trie of them, which the regex engine tries a letter at a
    time rather than word by word (40% less time on sensory's list)."""
    source = pattern.pattern.removeprefix("(?i)")
    if not _LETTERS_ONLY.fullmatch(source):
        raise ValueError(f"not a pattern of lower-case ASCII letters: {source!r}")
    flags = pattern.flags & ~re.IGNORECASE
    if _WORD_LIST.fullmatch(source):
        return re.compile(_trie(_spellings(source)), flags)
    return re.compile(source, flags)


def _spellings(source: str) -> set[str]:
    """Every word a list of words spells ('gr[ae]y' spells 'gray' and 'grey')."""
    found = set()
    for word in source.split("|"):
        spellings = [""]
        for letters, letter in _CLASS_OR_LETTER.findall(word):
            spellings = [start + one for start in spellings for one in (letters or letter)]
        found.update(spellings)
    return found


def _trie(words: set[str]) -> str:
    """A regex that matches where one of `words` starts (a word that begins with another is left
    out: wherever it matches, the shorter one does)."""
    if "" in words:
        return ""
    branches = []
    for first in sorted({word[0] for word in words}):
        rest = _trie({word[1:] for word in words if word[0] == first})
        branches.append(re.escape(first) + rest)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def search_ignorecase(pattern: re.Pattern, lowered_pattern: re.Pattern, text: str) -> bool:
    """Whether `pattern` (case-insensitive) matches somewhere in `text`, by `lowered_pattern`
    (without_ignorecase(pattern)) on the lower-cased text where that gives the same answer."""
    lowered = lowered_for_search(text)
    if lowered is None:
        return pattern.search(text) is not None
    return lowered_pattern.search(lowered) is not None
