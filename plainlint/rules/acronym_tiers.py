"""undefined-acronym: when L1-L4 and T1-T3 are the tiers of a support team (acr23).

In both corpora the letters beside a support word were a support tier once in 43 uses: the rest
named things (a telecom T1 line, a hypervisor's nested L1 and L2 guests, a laptop's T2 chip, a
Sonoff T1 switch, a Wio Tracker L1, a project task T1). Two readings keep the tier to its trade:
letters joined to a name in capitals ("Tracker L1", "MacBook T2", "T1 CAS", "L2 GPA", "L1 Pro")
are that name's, through the whole segment the rule reads (a paragraph, a list item, a cell: "the
L1 Lite" after "Tracker L1" in the same paragraph; not in the next one, rev23), and "in the case
of" is not a support case."""

from __future__ import annotations

import functools
import re

TIER_REACH = 120  # characters either side searched for words that make A1 or T2 a support tier

_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][\w-]*)")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*)[ \t]+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;>|*#\-\n]\s*)$")
# "in the case of nested virtualization": a phrase of logic, not a support case.
_IN_CASE = re.compile(r"\bin (?:the |any |that |this |each |either |which |such )?case\b", re.I)


def is_a_support_tier(text: str, match: re.Match, context: re.Pattern) -> bool:
    """The tier letters `match` sit in a sentence about support (a `tier_context` word within
    TIER_REACH characters, "in the case of" set aside) and are not part of a name."""
    start, end = match.start(), match.end()
    window = _IN_CASE.sub(" ", text[max(0, start - TIER_REACH):end + TIER_REACH])
    return context.search(window) is not None and not page_names_a_thing(text, match.group(0).upper(), context)


@functools.lru_cache(maxsize=64)
def page_names_a_thing(text: str, letters: str, context: re.Pattern) -> bool:
    """Somewhere in `text` (the segment being read, not the whole page) the letters are joined to a
    name: then each use in it is the name's. Once per segment and letters (cached), so a segment
    with the letters in every sentence stays linear."""
    return any(joined_to_a_name(text, m.start(), m.end(), context)
               for m in re.finditer(rf"(?<![\w./$-]){letters}(?![\w/-])", text))


def joined_to_a_name(text: str, start: int, end: int, context: re.Pattern) -> bool:
    """A capitalised word right before the letters (not the sentence's first) or right after them,
    other than a support word ("L2 Support" in a title): "Sonoff T1", "T2 MacBook"."""
    after = _WORD_AFTER.match(text, end)
    if after and after.group(1)[0].isupper() and not context.fullmatch(after.group(1)):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if not before or not before.group(1)[0].isupper() or context.fullmatch(before.group(1)):
        return False
    return _SENTENCE_START.search(text, max(0, before.start() - 3), before.start()) is None
