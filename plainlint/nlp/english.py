"""Whether a unit of text reads as English, for the rules that measure English prose.

A document declared English can still hold units in another language: a German page in a help
set whose `<html lang>` says English, a block of lorem ipsum in an e-mail template. Flesch-Kincaid
and a word limit say nothing about them (issue 26: sample A's German and Latin paragraphs were all
false alarms of reading-level and sentence-length). English prose is made of common words: in
every English unit of sample A's reading-level, sentence-length and passive-voice findings, 25% or
more of the words are on the Dale-Chall list of familiar words (the, and, you, to, ...); in its
German and Latin units, 8% or fewer. The bar sits between, at 20%.
"""

from __future__ import annotations

import functools
import re

MIN_WORDS = 8  # shorter units are left as they are: too few words to tell
MIN_COMMON_SHARE = 0.2
_WORD = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    from ..rules.capitals import common_words

    return frozenset(common_words())


def reads_as_english(text: str) -> bool:
    """False when a unit of MIN_WORDS or more words has under MIN_COMMON_SHARE common English words."""
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS:
        return True
    common = _common()
    return sum(w.lower() in common for w in words) / len(words) >= MIN_COMMON_SHARE
