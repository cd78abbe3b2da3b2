"""A letter before a known word, for the spelling rule (PL502, issue 33): a term, unless a space
was typed one letter early or left out. Split from plainlint/rules/spelling.py.

Products and projects name things by putting one letter before a word: 'ecommerce', 'vkeys',
'xlarge', 'eshell', 'rbush', a user name such as 'jstone', a tool such as 'khelp' or 'bpaste', a
file format such as 'fdata'. A typing slip seldom adds a letter in front of a word; on the pooled labelled samples (scripts/spelling_features.py --as-drawn) a word
whose first suggestion was itself without its first letter was wrong 58 times and right 15, and
most of the right ones were a space typed one letter early ('th eimage', 'fo ryour', 'ca nbuild') or left
out ('torange', 'arequeued'), or a term the page spells right elsewhere ('mglen', 'mlgen').
"""

from __future__ import annotations

import re

from ..nlp.spelling_slips import slip_edits
from ..nlp.spelling_suggest import FUNCTION_WORD_COUNT  # a space typed one letter early, or left out
# The word before, as written: its last letters run up to the space before the flagged word.
_LETTERS_BEFORE = re.compile(r"([A-Za-z]+) $")
_LETTERS = re.compile(r"[a-z]+")


# How much commoner than every other word one slip away the word without its first letter must
# be for the letter to read as a prefix ('khelp': 'help' against 'kelp', 'bpaste': 'paste' against
# 'baste'); 30: on every labelled sample no right finding is read so (spell3, docs/accuracy.md).
TAIL_DOMINANCE = 30
# The fifty or so commonest words of English books ('with', 'your', 'that'; a billion uses or more):
# names are made of content words ('commerce', 'help', 'data'), so a letter before one of these
# is a stray keystroke ('checks twith more checks').
COMMONEST_COUNT = 1_000_000_000


def a_letter_before_a_word(words, lower: str) -> bool:
    """Whether `lower` reads as a letter before a dictionary word ('ecommerce': 'commerce',
    'khelp': 'help'): the word without its first letter is a listed word and far commoner than
    any other word one slip away, but not one of the commonest words ('twith'), and that letter is
    not a doubling of the next ('ssetting')."""
    from ..nlp.spelling import ACCEPT_ONLY_COUNT  # the dictionary's module: loaded only when the rule runs

    tail = lower[1:]
    tail_count = words.count(tail)
    if len(lower) < 3 or lower[0] == lower[1] or not ACCEPT_ONLY_COUNT < tail_count < COMMONEST_COUNT:
        return False
    return all(_rare_beside(words.count(other), tail_count) for other in slip_edits(lower) if other != tail)


def _rare_beside(count: int, tail_count: int) -> bool:
    """A word one slip away too rare to be what the writer meant instead: not listed for its
    frequency (a term list's word), or far rarer than the word without the first letter."""
    from ..nlp.spelling import ACCEPT_ONLY_COUNT

    return count <= ACCEPT_ONLY_COUNT or count * TAIL_DOMINANCE <= tail_count


def space_slipped(words, text: str, start: int, end: int) -> bool:
    """A space typed one letter early ('th eimage', 'you rdevice': the word before and the
    letter make one of the commonest words) or left out ('torange', 'arequeued': one of them
    and a known word run together)."""
    from ..nlp.spelling import ACCEPT_ONLY_COUNT

    lower = text[start:end].lower()
    before = _LETTERS_BEFORE.search(text, 0, start)
    if before and words.count(before.group(1).lower() + lower[0]) >= FUNCTION_WORD_COUNT:
        return True
    return any(words.count(lower[:cut]) >= FUNCTION_WORD_COUNT and words.count(lower[cut:]) > ACCEPT_ONLY_COUNT
               for cut in range(2, len(lower) - 2))


def letter_runs(source: str) -> set[str]:
    """Every run of letters of the document, lower case: read once, asked for each word."""
    return set(_LETTERS.findall(source.lower()))


def swapped_elsewhere(lower: str, runs: set[str]) -> bool:
    """The document also writes the word with two neighbouring letters swapped ('mglen' in a
    heading, 'mlgen' in the code and links): the flagged one is the slip. `runs`: letter_runs
    of the document."""
    swaps = {lower[:i] + lower[i + 1] + lower[i] + lower[i + 2:] for i in range(len(lower) - 1)} - {lower}
    return not swaps.isdisjoint(runs)
