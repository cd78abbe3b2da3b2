"""The edits a writer makes by mistake, for the spelling rule (PL502, issue 33): which words one
edit from a dictionary word look like slips, and which look like terms of their own.

A letter left out, typed twice or typed once too often, and two neighbours swapped are the
commonest typing slips (Damerau 1964). A letter typed in place of another is a slip when the two
are neighbours on the keyboard ('quicklt', 'jnternal'), when they sound alike: vowels
('relevent', 'seperate') and the consonants English spells the same sound with
('licence'/'lisence', 'realise'/'realize', 'extention'), or when it copies a letter beside it
('aprrove', 'eroor'). Any other replaced letter is how names and terms differ from
a word: 'logits'/'logins', 'winget'/'widget', 'docset'/'docket', 'bitness'/'fitness',
'subnet'/'subset', 'Visio'/'visit'. On the pooled labelled samples (seeds 33-55, as drawn) such
a replacement was the only link to a dictionary word for 91 wrong findings and 9 right ones
(scripts/spelling_features.py).
"""

from __future__ import annotations

import functools

LETTERS = "abcdefghijklmnopqrstuvwxyz"
# QWERTY rows; a row is offset half a key to the right of the one above it.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_AT = {letter: (row, column + 0.5 * row) for row, keys in enumerate(_ROWS) for column, letter in enumerate(keys)}
VOWELS = frozenset("aeiouy")
# Consonants that spell one sound ('c' in 'licence' and 's' in 'license', 'realise'/'realize',
# 'c'/'k' in 'disc'/'disk', 'g'/'j' in 'judgement'); 't' for 's' only before 'ion' ('extention',
# 'permition': the -sion/-tion confusion).
_SOUND_ALIKE = frozenset({frozenset("cs"), frozenset("sz"), frozenset("ck"), frozenset("gj")})


def keyboard_neighbours(a: str, b: str) -> bool:
    """Whether keys `a` and `b` touch on a QWERTY keyboard (same row, or the next row within
    one key's width)."""
    if a == b or a not in _KEY_AT or b not in _KEY_AT:
        return False
    (row_a, x_a), (row_b, x_b) = _KEY_AT[a], _KEY_AT[b]
    return abs(row_a - row_b) <= 1 and abs(x_a - x_b) <= 1.0


# A replaced letter that copies a letter this close to it in the word is typed ahead or repeated.
_COPY_REACH = 2


def likely_replacement(word: str, at: int, meant: str) -> bool:
    """Whether the letter at `at` of `word`, written for `meant`, is a slip of the fingers or of
    the ear rather than a different word: a vowel for a vowel, a keyboard neighbour, a letter of
    like sound, or a copy of a letter next to it or one further ('aprrove', 'eroor',
    'eccryption': a letter typed ahead or typed again)."""
    written = word[at]
    if written in VOWELS and meant in VOWELS:
        return True
    if keyboard_neighbours(written, meant) or frozenset((written, meant)) in _SOUND_ALIKE:
        return True
    if written in word[max(0, at - _COPY_REACH):at] + word[at + 1:at + 1 + _COPY_REACH]:
        return True
    return frozenset((written, meant)) == frozenset("st") and word.startswith("ion", at + 1)


# slip_edits' answers kept: each is about 300 words (some 35 kB), and a word is seldom asked twice
# (17 of 2,854 asks in a run of 1,800 held-out files); 16,384 kept grew a run over a large
# knowledge base by about 15 kB a file (mem35).
SLIPS_KEPT = 128


@functools.lru_cache(maxsize=SLIPS_KEPT)
def slip_edits(word: str) -> frozenset[str]:
    """The words `word` would be if it were one slip away from them: a letter dropped, added or
    doubled, two neighbours swapped, or one letter replaced by a likely one (likely_replacement)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    inserts = {a + c + b for a, b in splits for c in LETTERS}
    replaces = {a + c + b[1:] for a, b in splits if b for c in _likely_letters(word, len(a))}
    return frozenset(deletes | swaps | inserts | replaces)


def is_slip(word: str, meant: str) -> bool:
    """Whether `meant` is among slip_edits(word), without making that set (the dictionary asks it
    of each listed misspelling's correction: spelling_suggest._longer_rivals)."""
    if len(word) == len(meant):
        apart = [i for i, (a, b) in enumerate(zip(word, meant)) if a != b]
        if len(apart) == 1:
            return meant[apart[0]] in LETTERS and likely_replacement(word, apart[0], meant[apart[0]])
        return (len(apart) == 2 and apart[1] == apart[0] + 1
                and word[apart[0]] == meant[apart[1]] and word[apart[1]] == meant[apart[0]])
    longer, shorter = (word, meant) if len(word) > len(meant) else (meant, word)
    return len(longer) == len(shorter) + 1 and any(
        longer[:i] + longer[i + 1:] == shorter and (longer is word or longer[i] in LETTERS) for i in range(len(longer)))


def _likely_letters(word: str, at: int) -> str | frozenset[str]:
    """The letters c of LETTERS, other than the one written at `at`, for which
    likely_replacement(word, at, c) holds, without asking it of each of the 26 (issue 24): a
    written letter copied from one next to it makes every letter likely; otherwise the letters
    its own kind makes likely (_LIKELY_FOR), and 's' for 't' or 't' for 's' before 'ion'."""
    written = word[at]
    if written in word[max(0, at - _COPY_REACH):at] + word[at + 1:at + 1 + _COPY_REACH]:
        return LETTERS.replace(written, "")
    likely = _likely_for(written)
    if written in "st" and word.startswith("ion", at + 1):
        return likely | (frozenset("st") - {written})
    return likely


@functools.lru_cache(maxsize=None)
def _likely_for(written: str) -> frozenset[str]:
    """The letters other than `written` that are a vowel for a vowel, a keyboard neighbour or a
    letter of like sound."""
    return frozenset(c for c in LETTERS if c != written and (
        (written in VOWELS and c in VOWELS) or keyboard_neighbours(written, c)
        or frozenset((written, c)) in _SOUND_ALIKE))
