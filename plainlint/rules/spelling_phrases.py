"""Latin phrases for the spelling rule (PL502, issue 33): 'de facto', 'pro forma', 'in situ'
are English phrases whose Latin words the dictionary lacks on their own. A word the dictionary
does not know is not a slip when, with the words beside it in its segment (spaced or
hyphenated), it makes a phrase of rulesets/spelling-latin-phrases.txt. Split from
plainlint/rules/spelling_document.py."""

from __future__ import annotations

import functools
import re
import string

_WORD = re.compile(r"[A-Za-z]+")
_JOINER = re.compile(r"[ \t\u00a0-]+")  # what may stand between a phrase's words: spaces, one hyphen
_JOINER_CHARACTERS = frozenset(" \t\u00a0-")
_LETTERS = frozenset(string.ascii_letters)  # the letters of _WORD


@functools.lru_cache(maxsize=1)
def _phrases() -> dict[str, list[tuple[str, ...]]]:
    """Each word of a listed phrase -> the phrases (tuples of lower-case words) it stands in."""
    from ..datacache import ruleset_bytes

    by_word: dict[str, list[tuple[str, ...]]] = {}
    for line in ruleset_bytes("spelling-latin-phrases.txt").decode("utf-8").splitlines():
        words = tuple(line.split())
        if words and not line.startswith("#"):
            for word in set(words):
                by_word.setdefault(word, []).append(words)
    return by_word


def in_latin_phrase(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] stands in a listed phrase with its neighbours."""
    word = text[start:end].lower()
    phrases = _phrases().get(word)
    if not phrases:
        return False
    before, after = _words_before(text, start), _words_after(text, end)
    for phrase in phrases:
        for at in (i for i, part in enumerate(phrase) if part == word):
            head, tail = phrase[:at], phrase[at + 1:]
            if tuple(before[len(before) - len(head):]) == head and tuple(after[:len(tail)]) == tail:
                return True
    return False


def _words_before(text: str, start: int, limit: int = 3) -> list[str]:
    """Up to `limit` words before `start`, lower case, in order, each joined to the next by
    spaces or a hyphen only (a comma or a full stop ends the phrase). Read backwards from `start`,
    a character at a time: only the words asked for are read, however long the text before them
    (rev15: a search anchored at the end of `text[:start]` read the whole segment for each word)."""
    words: list[str] = []
    position = start
    while len(words) < limit:
        word_end = position
        while word_end > 0 and text[word_end - 1] in _JOINER_CHARACTERS:
            word_end -= 1
        word_start = word_end
        while word_start > 0 and text[word_start - 1] in _LETTERS:
            word_start -= 1
        if word_end == position or word_start == word_end:
            break
        words.insert(0, text[word_start:word_end].lower())
        position = word_start
    return words


def _words_after(text: str, end: int, limit: int = 3) -> list[str]:
    words: list[str] = []
    position = end
    while len(words) < limit:
        joiner = _JOINER.match(text, position)
        if joiner is None:
            break
        match = _WORD.match(text, joiner.end())
        if match is None:
            break
        words.append(match.group().lower())
        position = match.end()
    return words
