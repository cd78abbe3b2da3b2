"""The spelling rule's `mode: confident` (PL502, issue 33; spell21): known misspellings, plus the
dictionary check's other findings that look like a slip on every count a name or a term fails.

A word that is not a listed misspelling is reported only when all three hold:
- its edit to the first suggestion is one writers are known to make (Damerau 1964): two
  neighbouring letters swapped, a letter dropped or typed twice, or a vowel or a confusable
  spelling ('ance'/'ence', 'able'/'ible', 'sion'/'tion') written for another;
- the document writes it once (names and terms are repeated; a slip rarely is);
- no other file of the project writes it (from the run's tree, like `tree-evidence`; a run with no
  tree, one file on its own, cannot tell and does not ask).
Measured on every labelled finding and the seeded slips by scripts/spelling_frontier.py. Until
spell23 a fourth test asked that the first suggestion be used 10x as often as the second: it cost
more slips seeded into real articles (82.4% -> 75.1% kept) than false alarms it spared once the
lists below hold the names it caught (docs/accuracy.md, spell23).

Nor is it reported (spell22) when it is a rare English word (SCOWL's sizes to 80, which the
dictionary's lists stop short of: rulesets/spelling-scowl-huge.txt), a Python name (spell23:
rulesets/spelling-python-terms.txt, 'scipy', 'certifi': changelogs name packages in lower case), or
an item of a series of names ('Borg, restic, Duplicati'): two or more of the series' other items
are names, so the word is one that its makers write in lower case.
"""

from __future__ import annotations

import collections
import functools
import re
from typing import Iterator

VOWELS = frozenset("aeiouy")
# Confusable spellings, each way round: (written correctly, written wrongly); scripts/spelling_recall.py seeds these.
CONFUSIONS = (("ie", "ei"), ("ei", "ie"), ("ance", "ence"), ("ence", "ance"), ("ant", "ent"),
              ("ent", "ant"), ("able", "ible"), ("ible", "able"), ("ar", "er"), ("er", "ar"),
              ("ate", "ite"), ("ite", "ate"), ("ary", "ery"), ("ery", "ary"), ("sion", "tion"),
              ("tion", "sion"), ("ise", "ize"), ("cc", "c"), ("ss", "s"), ("mm", "m"), ("rr", "r"),
              ("ll", "l"), ("pp", "p"), ("tt", "t"))


def confident_hits(hits, doc, words) -> Iterator:
    """The hits of the dictionary check that confident mode keeps."""
    from ..nlp.tree_words import DOCUMENT_SHARED  # rules/ modules are all imported: this one only when it runs

    from ..linting.tree_deferral import DEFERRED_TERMS

    deferred = doc.tree_terms is DEFERRED_TERMS  # the shared words' test is the parent's (linting/tree_deferral.py)
    uses, shared = LazyWordUses(doc.source.text), frozenset() if deferred else (doc.tree_terms or frozenset())
    for hit in hits:
        lower = hit.segment.text[hit.start:hit.end].lower()
        if words.known_fixes(lower):
            yield hit
        elif (confident_slip(lower, hit.suggestions, uses, shared, DOCUMENT_SHARED)
                and lower not in rare_words() and lower not in python_terms()
                and not in_series_of_names(hit.segment.text, hit.start, hit.end)):
            if deferred:
                hit.tree_keys += (DOCUMENT_SHARED + lower,)
            yield hit


def rare_words() -> frozenset:
    """rulesets/spelling-scowl-huge.txt: real words the dictionary lacks (read once, when a
    confident slip is first found)."""
    return ruleset_words("spelling-scowl-huge.txt")


def python_terms() -> frozenset:
    """rulesets/spelling-python-terms.txt: Python's and its common packages' names the dictionary
    lacks (@cspell/dict-python; read once, when a confident slip is first found)."""
    return ruleset_words("spelling-python-terms.txt")


@functools.lru_cache(maxsize=4)
def ruleset_words(name: str) -> frozenset:
    from ..datacache import ruleset_bytes

    lines = ruleset_bytes(name).decode("utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


# An item of a series that is a name: a word with a capital ('Borg', 'ZFS', 'reStructuredText', a
# capitalised word after it: 'Org mode') or a code span; the series' separators.
_NAME_ITEM = r"(?<![\w.+-])(?:[\w.+-]*[A-Z][\w.+-]*(?: [A-Z][\w.+-]*)?|`[^`\n]+`)"
_SEPARATOR = r"(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+|[ \t]*/[ \t]*)"
_NAME_BEFORE = re.compile(rf"{_NAME_ITEM}{_SEPARATOR}$")
_NAME_AFTER = re.compile(rf"{_SEPARATOR}{_NAME_ITEM}")
SERIES_NAMES = 2
# How far before the word its series' names are looked for: two items and their separators. Asked
# at each slip, a search of the whole text before it made a long paragraph's slips quadratic.
_SERIES_REACH = 200


def in_series_of_names(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is an item of a series (commas, 'and', 'or', slashes) in which at
    least SERIES_NAMES other items, next to it or to each other, are names."""
    names, before, at, reach = 0, start, end, max(0, start - _SERIES_REACH)
    while names < SERIES_NAMES and (found := _NAME_BEFORE.search(text, reach, before)):
        names, before = names + 1, found.start()
    while names < SERIES_NAMES and (found := _NAME_AFTER.match(text, at)):
        names, at = names + 1, found.end()
    return names >= SERIES_NAMES


def confident_slip(lower: str, suggestions: list[str], uses: WordUses, shared: frozenset,
                   shared_prefix: str) -> bool:
    """Whether an unlisted unknown word is a slip on all three counts (the module's docstring)."""
    first = suggestions[0].lower() if suggestions else ""
    return (bool(first) and slip_edit(lower, first)
            and uses.of(lower) <= 1 and shared_prefix + lower not in shared)


_RUN = re.compile(r"[\w-]+")
_ONE_APOSTROPHE = re.compile(r"[\w-]+(?:['’][\w-]+)?")


class WordUses:
    """How often a document writes a word whole (not inside a hyphenated name). Its runs of word
    characters and hyphens, and each two such runs joined by one apostrophe, are counted once: a
    word is written whole exactly where it is one of them, so each finding looks its count up
    where it scanned the document (rev21b)."""

    def __init__(self, text: str):
        self.lower = text.lower()
        self.runs = collections.Counter()
        before = None
        for run in _RUN.finditer(self.lower):
            self.runs[run.group()] += 1
            if before is not None and run.start() == before.end() + 1 and self.lower[before.end()] in "'’":
                self.runs[self.lower[before.start():run.end()]] += 1
            before = run

    def of(self, lower: str) -> int:
        if lower not in self.runs and not _ONE_APOSTROPHE.fullmatch(lower):  # none the spelling rule reads
            self.runs[lower] = len(re.findall(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", self.lower))
        return self.runs[lower]


class LazyWordUses:
    """WordUses, counted at the first word asked about: most documents have no hit to ask for
    (spell24: counting every document's words was a tenth of `mode: confident`'s extra time)."""

    def __init__(self, text: str):
        self._text, self._uses = text, None

    def of(self, lower: str) -> int:
        if self._uses is None:
            self._uses = WordUses(self._text)
        return self._uses.of(lower)


def slip_edit(word: str, suggestion: str) -> bool:
    """`word` is `suggestion` with a swap, a dropped or doubled letter, a vowel for a vowel, or a confusion."""
    kind = edit_kind(word, suggestion)
    if kind in ("swap", "doubled", "dropped"):
        return True
    if kind == "replaced":
        at = next(i for i, (a, b) in enumerate(zip(word, suggestion)) if a != b)
        return word[at] in VOWELS and suggestion[at] in VOWELS
    return any(suggestion[:at] + wrong + suggestion[at + len(right):] == word
               for right, wrong in CONFUSIONS for at in _places(suggestion, right))


def _places(text: str, part: str) -> Iterator[int]:
    at = text.find(part, 1)
    while at > 0:
        yield at
        at = text.find(part, at + 1)


def edit_kind(word: str, suggestion: str) -> str:
    """How `word` differs from `suggestion`: swap, doubled (a letter typed twice or a double made
    single), dropped, added, replaced, or farther."""
    if len(word) == len(suggestion):
        diff = [i for i, (a, b) in enumerate(zip(word, suggestion)) if a != b]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == suggestion[diff[1]]:
            return "swap" if word[diff[1]] == suggestion[diff[0]] else "farther"
        return "replaced" if len(diff) == 1 else "farther"
    longer, shorter = (word, suggestion) if len(word) > len(suggestion) else (suggestion, word)
    if len(longer) != len(shorter) + 1:
        return "farther"
    for i in range(len(longer)):
        if longer[:i] + longer[i + 1:] == shorter:
            if (i > 0 and longer[i - 1] == longer[i]) or (i + 1 < len(longer) and longer[i + 1] == longer[i]):
                return "doubled"
            return "added" if longer is word else "dropped"
    return "farther"
