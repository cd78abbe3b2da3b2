"""A letter before a known word, for the spelling rule (PL502, issue 33): a term, unless a space
was typed one letter early or left out. Split from plainlint/rules/spelling.py.

Products and projects name things by putting one letter before a word: 'ecommerce', 'vkeys',
'xlarge', 'eshell', 'rbush', a user name such as 'jstone'. A typing slip seldom adds a letter in
front of a word; on the pooled labelled samples (scripts/spelling_features.py --as-drawn) a word
whose first suggestion was itself without its first letter was wrong 58 times and right 15, and
most of the right ones were a space typed one letter early ('th eimage', 'fo ryour', 'ca nbuild') or left
out ('torange', 'arequeued'), or a term the page spells right elsewhere ('mglen', 'mlgen').
"""

from __future__ import annotations

import re

from ..nlp.spelling_slips import slip_edits

# English's commonest words ('the', 'for', 'your', 'can', 'to', 'are'; Google Books count): a
# space typed one letter early, or left out, breaks or joins one of these.
FUNCTION_WORD_COUNT = 100_000_000
# The word before, as written: its last letters run up to the space before the flagged word.
_LETTERS_BEFORE = re.compile(r"([A-Za-z]+) $")
_LETTERS = re.compile(r"[a-z]+")


def a_letter_before_a_word(words, lower: str) -> bool:
    """Whether the only dictionary word one slip from `lower` is `lower` without its first letter
    ('ecommerce': 'commerce'), that letter not a doubling of the next ('ssetting')."""
    from ..nlp.spelling import ACCEPT_ONLY_COUNT  # the dictionary's module: loaded only when the rule runs

    tail = lower[1:]
    if len(lower) < 3 or lower[0] == lower[1] or words.count(tail) <= ACCEPT_ONLY_COUNT:
        return False
    return not any(words.count(other) > ACCEPT_ONLY_COUNT for other in slip_edits(lower) if other != tail)


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
