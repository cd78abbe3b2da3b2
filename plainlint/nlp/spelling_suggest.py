"""Ranked corrections for the spelling rule's dictionary (PL502, issue 33): the known words one
edit away (a letter deleted, inserted, replaced, or two letters swapped), else two edits away,
ranked by how often the word is used and by the kind of slip (a swap, a doubled or dropped letter
are the commonest typing errors). Split from plainlint/nlp/spelling.py."""

from __future__ import annotations

import functools
import importlib.util
import math
import re
from pathlib import Path

from .spelling_slips import is_slip, slip_edits
from .spelling_variants import AMERICAN_ENDING

LETTERS = "abcdefghijklmnopqrstuvwxyz"
MAX_SUGGESTIONS = 3
# English's commonest words ('the', 'for', 'your', 'can', 'to', 'in'; Google Books count): a space
# left out joins one of these to the next word ('infront', 'aswell', 'indepth').
FUNCTION_WORD_COUNT = 100_000_000
# The word after it must be common too (the spelling dictionary's COMPOUND_PART_COUNT): rare words
# would split typos.
RUN_TOGETHER_TAIL_COUNT = 1_000_000
# Short words that also make compound adjectives with a hyphen ('in-depth', 'up-front', 'on-site').
HYPHENATING_HEADS = frozenset({"in", "on", "off", "out", "up", "down", "over", "under", "by"})


def edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in LETTERS}
    inserts = {a + c + b for a, b in splits for c in LETTERS}
    return deletes | swaps | replaces | inserts


def _slip_bonus(word: str, candidate: str) -> float:
    """Likelier slips score higher: a swap of neighbours, a doubled or dropped double letter."""
    if len(word) == len(candidate) and sorted(word) == sorted(candidate):
        return 1.0  # transposition ('teh', 'recieve')
    longer, shorter = (word, candidate) if len(word) > len(candidate) else (candidate, word)
    if len(longer) == len(shorter) + 1:
        for i in range(len(longer)):
            if longer[:i] + longer[i + 1:] == shorter:
                if (i > 0 and longer[i - 1] == longer[i]) or (i + 1 < len(longer) and longer[i + 1] == longer[i]):
                    return 1.0  # a letter doubled or a double letter made single
                return 0.5
    return 0.0


def _score(word: str, candidate: str, count: int) -> float:
    score = math.log10(max(count, 1)) + _slip_bonus(word, candidate)
    if candidate[:1] == word[:1]:
        score += 0.5  # first letters are rarely wrong
    return score


def counted(dictionary, words: set[str] | frozenset[str]) -> dict[str, int]:
    """{word: dictionary.count(word)} for those of `words` it counts (above 0). The same as asking
    count() of each, for the thousands of candidates of a slip or suggestion search (issue 24):
    the listed ones found by one set operation, and of the rest only those with an American
    ending asked one at a time (Dictionary.count gives the others 0)."""
    listed = dictionary.counts.listed(words)
    found = {word: n for word, n in listed.items() if n}
    for word in filter(AMERICAN_ENDING.search, words.difference(listed)):
        if n := dictionary.count(word):
            found[word] = n
    return found


# A listed correction of a typo this short is no sure fix when another word one edit away is
# common too (spell32, user32): 'yor' is 'your' in the commit it was mined from, but 'you' or 'or'
# just as often ("Yor can also ..."), and 'thet' is 'that' as often as 'the'. Longer typos keep
# their listed correction unless it is no likely slip or a software term (_longer_rivals): their
# neighbours are mostly the correction's own forms ('overriden' is one edit from 'override' too)
# and a writer's slip rarely lands on another word.
SHORT_TYPO = 4
# A neighbour used at least this share as often as the listed correction is its rival ('that' is
# 15% of 'the'; 'oil' is 6% of 'will', 'tech' 0.4% of 'the': 'wil', 'teh' keep their fixes).
RIVAL_SHARE = 0.1


def with_rivals(typo: str, fixes: tuple[str, ...], counts, english=frozenset()) -> tuple[str, ...]:
    """The listed correction(s) of a known misspelling, followed by its rivals (SHORT_TYPO,
    RIVAL_SHARE; _longer_rivals) most likely first. `counts` maps a word to how often it is used,
    `english` holds the words of the English word list (not the software terms). A listed
    misspelling with more than one correction has no safe fix, and so neither has one with a rival."""
    if len(fixes) != 1:
        return fixes
    if len(typo) > SHORT_TYPO:
        rivals = _longer_rivals(typo, fixes[0], counts, english)
    else:
        floor = RIVAL_SHARE * counts.get(fixes[0], 0)
        rivals = {word: n for word in edits1(typo) - {fixes[0]} if (n := counts.get(word, 0)) and n >= floor}
    return (*fixes, *sorted(rivals, key=lambda c: (-_score(typo, c, rivals[c]), c)))


def with_other_list(known: tuple[str, ...], fixes: tuple[str, ...]) -> tuple[str, ...]:
    """A typo's corrections from cspell's list followed by those of the mined list it lacks
    (spell34): where the two lists correct one typo differently ('interation': 'integration' in
    cspell's, 'iteration' or 'interaction' in the mined commits; 'pluging': 'plugin' or 'plugging')
    neither is sure, so the typo gets both and no safe fix."""
    return known + tuple(fix for fix in fixes if fix not in known)


def _longer_rivals(typo: str, fix: str, counts, english) -> dict[str, int]:
    """Rivals of the listed correction of a typo of five letters or more (spell33): the words one
    likely slip from the typo (spelling_slips.slip_edits: a letter dropped, doubled or swapped, a
    vowel or a keyboard neighbour for another) used at least RIVAL_SHARE as often, when the listed
    correction is no such slip ('currect' -> 'current' takes a c for an n, keys apart; 'correct' is
    one vowel away); and when the correction is a software term the English list lacks, the English
    words one slip away used at least as often ('sharred' -> 'sharded', 'untils' -> 'utils': in
    prose the writer meant 'shared', 'until'). A likely slip of an English word keeps its fix."""
    likely = is_slip(typo, fix) or _chunk_typed_twice(typo, fix)
    if likely and fix in english:
        return {}  # most entries: asked without making the typo's slips (the build's cost)
    slips = slip_edits(typo) - {fix}
    if not likely:
        floor = RIVAL_SHARE * counts.get(fix, 0)
        return {word: n for word in slips if (n := counts.get(word, 0)) and n >= floor}
    floor = counts.get(fix, 0)
    return {word: n for word in slips & english if (n := counts.get(word, 0)) and n >= floor}


def _chunk_typed_twice(typo: str, fix: str) -> bool:
    """Whether the typo is the correction with two or three letters typed twice ('memember' for
    'member'): a slip as likely as one letter typed twice."""
    return any(typo[i:i + size] == typo[i + size:i + 2 * size] and typo[:i + size] + typo[i + 2 * size:] == fix
               for size in (2, 3) if len(typo) == len(fix) + size for i in range(len(fix)))


def run_together(dictionary, word: str) -> list[str]:
    """`word` written apart when it is one of English's commonest words (up to four letters) run
    into a common word and the two are a common pair ('infront': 'in front'; 'indepth': 'in depth',
    'in-depth'), else []. edits1 adds no space or
    hyphen, so without this the only word one edit away may be a software term ('mindepth', a find
    option, for 'indepth')."""
    for cut in range(2, min(len(word) - 2, 5)):
        head, tail = word[:cut], word[cut:]
        if dictionary.count(head) >= FUNCTION_WORD_COUNT and dictionary.count(tail) >= RUN_TOGETHER_TAIL_COUNT \
                and _a_common_pair(head, tail):
            return [f"{head} {tail}"] + ([f"{head}-{tail}"] if head in HYPHENATING_HEADS else [])
    return []


def _a_common_pair(head: str, tail: str) -> bool:
    """Whether English writes the two words together often (symspellpy's bigram list): 'in depth'
    is, 'too lips' is not ('toolips' is 'tooltips' with a letter dropped)."""
    return tail in words_after(head)


BIGRAM_FILE = "frequency_bigramdictionary_en_243_342.txt"


def symspell_file(name: str) -> Path:
    """A word-frequency file inside the installed symspellpy package, without importing it."""
    spec = importlib.util.find_spec("symspellpy")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the spelling rule needs the symspellpy package (pip install symspellpy)")
    return Path(next(iter(spec.submodule_search_locations))) / name


@functools.lru_cache(maxsize=64)
def words_after(head: str) -> frozenset[str]:
    """The words symspellpy's bigram list writes after `head` ('in': 'depth', 'front', 'case', ...):
    what a word run together may be written apart as (run_together). The file is read for a head
    only when a word splits after it, and not kept."""
    text = "\n" + symspell_file(BIGRAM_FILE).read_text(encoding="utf-8")
    return frozenset(re.findall(rf"\n{re.escape(head)} (\S+) ", text))  # (a literal search: 70 ms, not 200)


@functools.lru_cache(maxsize=4096)
def suggest(dictionary, word: str) -> tuple[str, ...]:
    """Up to MAX_SUGGESTIONS corrections of `word` (lower case) from `dictionary` (a
    plainlint.nlp.spelling.Dictionary): a known misspelling's fixes, else the word written apart
    (run_together), first; then the known words one or two edits away."""
    ranked = list(dictionary.known_fixes(word)) or run_together(dictionary, word)
    near = counted(dictionary, edits1(word))
    if not near and 4 <= len(word) <= 20:
        near = counted(dictionary, set().union(*map(edits1, edits1(word))))
    for candidate in sorted(near, key=lambda c: (-_score(word, c, near[c]), c)):
        if candidate not in ranked:
            ranked.append(candidate)
    return tuple(ranked[:MAX_SUGGESTIONS])
