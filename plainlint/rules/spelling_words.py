"""The words spelling judges and whether the dictionary knows them: a segment's plain words (split at
hyphens, a prefix before its hyphen left out), which forms are judged at all (not abbreviations,
camelCase or names inside a sentence), and a word known with its possessive or contraction."""

from __future__ import annotations

import functools
import re
from typing import Iterator

from ..nlp.sentences import MID_SENTENCE, position_across_a_break
from .spelling_places import CHUNK, EDGE, EXTENSION, NOT_PROSE, coined_compound

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
# Prefixes and combining forms (Merriam-Webster) written before a hyphen ('re-enter', 'pre-approved',
# 'non-refundable', 'socio-technical', 'pseudo-random').
_PREFIXES = {"pre", "re", "co", "non", "un", "sub", "multi", "anti", "de", "e", "mis", "post", "auto",
             "bi", "tri", "semi", "inter", "intra", "mid", "over", "under", "self", "ex", "cross", "opt",
             "milli", "micro", "nano", "kilo", "mega", "giga", "socio", "pseudo", "quasi", "proto", "neo",
             "electro", "psycho", "hydro", "thermo", "techno"}
_HYPHENS = re.compile(r"[-‐‑–—]")
# Suffixes after an apostrophe: a possessive or a contraction ('account's', 'you'll').
_CLITICS = ("s", "re", "ll", "ve", "d", "m")
# 'n't' contractions: the part before them is not a word of its own ('doesn', 'isn').
_NEGATED = {"do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "ca", "could",
            "would", "should", "must", "might", "need", "wo", "sha", "ai", "dare"}


def candidate_words(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the plain words of `text`: each chunk trimmed of punctuation, skipped when it
    looks like code, a path or an address, and split at hyphens."""
    for chunk in CHUNK.finditer(text):
        raw = chunk.group()
        core = raw.strip(EDGE)
        if not core or NOT_PROSE.search(core) or EXTENSION.match(raw):
            continue
        lo = chunk.start() + len(raw) - len(raw.lstrip(EDGE))
        if _WORD.fullmatch(core):
            yield lo, lo + len(core)
            continue
        at = lo
        parts = _HYPHENS.split(core)
        if coined_compound(parts):
            continue
        for number, part in enumerate(parts):
            if number + 1 < len(parts) and part.lower() in _PREFIXES:
                pass  # 'pre-approved', 'co-worker', 'e-mail': a prefix before its hyphen
            elif _WORD.fullmatch(part):
                yield at, at + len(part)
            at += len(part) + 1


def judged(text: str, start: int, word: str) -> bool:
    """Whether the word's form is one the rule judges: not all capitals, no inner capital, and
    not a capitalised word inside a sentence (a name)."""
    if not word.isascii() or inner_capital(word):
        return False
    if word[0].isupper() and position_across_a_break(text, start) == MID_SENTENCE:
        return False  # a capital opening a line after `<br>` that runs on may be a name too ('Passport<br>Passi')
    return True


def inner_capital(word: str) -> bool:
    """A capital after the first letter: an ALL-CAPS abbreviation, camelCase, iPhone, McDonald."""
    rest = word[1:]
    return rest != rest.lower()


@functools.lru_cache(maxsize=65536)
def is_known_word(words, word: str) -> bool:
    """is_known, remembered per process: a document set repeats its words."""
    return is_known(words, word)


def is_known(words, word: str) -> bool:
    lower = word.lower().replace("’", "'")
    if words.knows(lower):
        return True
    stem, apostrophe, clitic = lower.partition("'")
    if not apostrophe:
        return False
    if clitic == "t" and stem.endswith("n"):
        return stem[:-1] in _NEGATED or words.knows(stem[:-1])
    return clitic in _CLITICS and words.knows(stem)


def title_case(word: str) -> bool:
    return word.isascii() and word[:1].isupper() and word[1:].islower()


def split_after_letter(words, text: str, start: int, end: int) -> bool:
    """A word split after its first letter by markup ('**U** pload', 'M anage' for an access
    key shown in bold): that letter and the rest make a known word."""
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
        return False
    if start >= 3 and (text[start - 3].isalnum() or text[start - 3] in "'’"):
        return False
    return is_known_word(words, text[start - 2] + text[start:end])
