"""A look at each segment before repeated-words (PL503) runs its two patterns (speed27): on every
10th file of bench/ 1,449 of 28,363 segments can hold a repeat, and the patterns, which try every
position of every segment, were most of the rule's time.

Both patterns (repeated_words._REPEAT, _REPEAT_PAIR) match whole words: a word is a run of
letters, digits, '_', ' and ’ that no such character touches on either side (the look-behind, the
possessive run and the look-ahead see to it), and only white space comes between the words. So
with every other character made a space, the words of a match are whole tokens of the text,
next to each other: a doubled word is two equal tokens in a row, a doubled pair has equal tokens
two apart. _REPEAT ignores case (sre compares each character's simple lower case), _REPEAT_PAIR
does not; the tokens are compared in lower case, which holds every match of both. A text with no
such tokens holds no match, and the patterns are not run on it; the findings are the same.

The tokens are made on ASCII bytes, where lower case is simple: a text with other characters is
first cleared of the non-ASCII punctuation, symbols and spaces around prose (U+0080-U+00BF,
U+2000-U+2BFF; ’ becomes '), and a text that still holds a non-ASCII character (a letter, which
another script or full case mapping may compare differently) is left to the patterns.
"""

from __future__ import annotations

import functools
import re
from operator import eq

_WORD_CHARACTER = re.compile(r"[\w'’]")
# ASCII: A-Z lower-cased, letters, digits, '_' and "'" kept, every other byte a space.
_ASCII_TOKENS = bytes(
    code + 32 if 65 <= code <= 90 else code if _WORD_CHARACTER.match(chr(code)) else 32 for code in range(256))


@functools.cache
def _non_ascii_separators() -> dict[int, str]:
    """The non-ASCII characters of the blocks prose punctuation and symbols come from that are no
    word characters, each made a space; ’ made ' (both are word characters to the patterns)."""
    blocks = [*range(0x80, 0xC0), *range(0x2000, 0x2C00)]
    table = {code: " " for code in blocks if not _WORD_CHARACTER.match(chr(code))}
    table[ord("’")] = "'"
    return table


def may_repeat(text: str) -> bool:
    """False only when `text` holds no match of repeated-words' patterns: no two equal words in a
    row, nor equal words two apart (lower case). True also for a text this cannot tell."""
    if not text.isascii():
        text = text.translate(_non_ascii_separators())
        if not text.isascii():
            return True
    words = text.encode("ascii").translate(_ASCII_TOKENS).split()
    return any(map(eq, words, words[1:])) or any(map(eq, words, words[2:]))
