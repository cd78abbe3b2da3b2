"""Only the tree's terms that a page can use (issue 33, spd10): spelling reports only words of the
files being linted, so the first pass decides `TreeWords.lone` (one-edit neighbours: the costly
part) only for the unknown words those files write, not for every unknown word of the tree. A
one-file run in a 2,171-file tree decides a few dozen words instead of about 2,700.

Exact, not an estimate: for every word spelling can look up on a page (its lower case with ’ read
as ', and the part before an apostrophe: rules/spelling.py `_a_tree_term`), the answer is the one
the whole tree's terms give. Such a word is one run of the page's source (spelling skips words the
reader joined across markup), so it is a word the tree's counter finds in the page, or the part of
one before its apostrophe; a word the dictionary knows is never a term (nlp/tree_words.py
`spelling_terms`), so only unknown ones are kept. A page that cannot be read as UTF-8 text (a NUL
byte: UTF-16) is counted as nothing, so its words are not known here: it gets every term.

Each page's settings then hold the terms that page writes, so its cached result changes when, and
only when, one of those changes, and a page gets the same cache key from a one-file run, from
pre-commit and from `plainlint check .`.
"""

from __future__ import annotations

from typing import Iterable

from .tree_words import DOCUMENT_SHARED, NAMED_PREFIX

EVERY_TERM = None  # a page whose words are not known (not UTF-8 text): all the tree's terms


def lookup_words(words: Iterable[str]) -> set[str]:
    """What spelling may look up among the terms for a page writing `words` (the tree counter's
    lower-case words): each word with ’ as ', and the part before its apostrophe."""
    keys = set()
    for word in words:
        if word.startswith(NAMED_PREFIX):
            continue  # a name's count (running/tree_counts.py), the word is there on its own too
        key = word.replace("’", "'")
        keys.add(key)
        if "'" in key:
            keys.add(key.partition("'")[0])
    return keys


class UnknownWords:
    """A page's words the dictionary does not know, each distinct word judged once per run (a
    whole-tree run keeps only these per page, so memory follows the unknown words).

    A word none of whose lookup keys is unknown (a known word, or a name's count) adds nothing
    to any page's set, so it is kept in `_silent` and a page's words are first cut down to the
    others with one set difference (in C): a run of many pages judged every word of every page
    in Python before, the tree pass's largest part after counting (speedA)."""

    def __init__(self):
        from .spelling import dictionary

        self._knows = dictionary().knows
        self._judged: dict[str, bool] = {}
        self._silent: set[str] = set()  # words of a page none of whose keys is unknown
        # one string per unknown word for every page that writes it: each page's words are
        # strings of its own text, and a run of many pages holds every page's set (mem35)
        self._unknown: dict[str, str] = {}

    def of(self, words: Iterable[str] | None) -> frozenset | None:
        if words is None:
            return EVERY_TERM
        unknown = set()
        for word in set(words) - self._silent:
            found = self._unknown_keys(word)
            if found:
                unknown.update(found)
            else:
                self._silent.add(word)
        return frozenset(unknown)

    def _unknown_keys(self, word: str) -> list[str]:
        """The lookup keys of one word (lookup_words) that the dictionary does not know."""
        judged, knows, found = self._judged, self._knows, []
        for key in lookup_words((word,)):
            known = judged.get(key)
            if known is None:
                known = judged[key] = knows(key)
            if not known:
                found.append(self._unknown.setdefault(key, key))
        return found


def page_terms(counts, pages: dict[str, frozenset | None], shared: bool = False) -> dict[str, frozenset]:
    """Each page's terms (`pages`: path -> UnknownWords.of its words), deciding only the words
    some page writes (all of them when a page's words are not known); with `shared`, also, under
    DOCUMENT_SHARED, the page's unknown words that two files or more of the tree write (spelling's
    `mode: confident` reports a slip no other file writes: rules/spelling_confident.py)."""
    from .tree_words import spelling_terms

    if any(words is EVERY_TERM for words in pages.values()):
        terms = spelling_terms(counts)
    else:
        wanted = frozenset().union(*pages.values())
        terms = spelling_terms(counts, among=wanted) if wanted else frozenset()
    prefixed: dict[str, str] = {}  # each shared word's key made once for all pages (mem35)
    sets: dict[frozenset, frozenset] = {}  # pages given equal terms hold one set
    return {path: terms if words is EVERY_TERM else _one_of(sets, (words & terms) | (
                shared_words(counts, words, prefixed) if shared else frozenset()))
            for path, words in pages.items()}


def _one_of(sets: dict, terms: frozenset) -> frozenset:
    """The set of `sets` equal to `terms` (itself, the first time): a run of many pages keeps
    every page's terms until the pages are settled (mem35)."""
    return sets.setdefault(terms, terms)


def shared_words(counts, words: frozenset, prefixed: dict | None = None) -> frozenset:
    """`words` that two files or more of the tree write, each under DOCUMENT_SHARED; `prefixed`
    (key -> the one string of that key) keeps one key per word across the pages of a run."""
    keys = (DOCUMENT_SHARED + word for word in words if counts.files[word] >= 2)
    return frozenset(keys if prefixed is None else (prefixed.setdefault(key, key) for key in keys))
