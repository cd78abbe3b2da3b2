"""The spelling dictionary's bulk look-ups (speed31, issue 24): `spelling_suggest.counted` answers as
`count` asked of each word, the slip and suggestion searches built on it give the answers of
the word-by-word forms they replaced, and `british_forms`' patterns (rewritten to find the one
place of the change, so a word without the ending costs O(n), not O(n^2)) change the same letters
of the same words as the forms they replaced. AMERICAN_ENDING, the screen before them, matches
every word any of them changes."""

from __future__ import annotations

import random
import re

import pytest

from plainlint.nlp import spelling as nlp
from plainlint.nlp import spelling_suggest
from plainlint.nlp.spelling_slips import slip_edits
from plainlint.nlp.spelling_suggest import counted, edits1
from plainlint.nlp.spelling_variants import AMERICAN_ENDING, british_forms
from linear_work import grows_linearly, steps_of
from regex_steps import StepCounter

# The forms they replaced, as main had them.
_OLD_AMERICAN = (
    (re.compile(r"(.{3,})iz(e|ed|es|ing|er|ers|ation|ations|ational)$"), r"\1is\2"),
    (re.compile(r"(.{2,})yz(e|ed|es|ing|er|ers)$"), r"\1ys\2"),
    (re.compile(r"(.{2,})or(s|ed|ing|ite|ites|able|ably|less|er|ers|ful|fully|ist|ists|al|ally)?$"), r"\1our\2"),
    (re.compile(r"(.{2,}[ae]l)(ed|ing|er|ers)$"), r"\1l\2"),
    (re.compile(r"(.{2,}l)lment(s)?$"), r"\1ment\2"),
    (re.compile(r"(.{2,}[tb])er(s|ed)?$"), r"\1re\2"),
    (re.compile(r"(.+log)(s)?$"), r"\1ue\2"),
)


def old_british_forms(word: str) -> list[str]:
    forms = []
    for pattern, replacement in _OLD_AMERICAN:
        british = pattern.sub(replacement, word)
        if british != word:
            forms.append(british.replace("reed", "red"))
    return forms


def old_count(dictionary, word: str) -> int:
    """Dictionary.count as main had it, with its screen `or\\w{0,5}$` for the -or endings."""
    found = dictionary.counts.get(word)
    if found is not None:
        return found
    if not re.search(r"(?:iz(?:e|ed|es|ing|ers?|ations?|ational)|yz(?:e|ed|es|ing|ers?)|or\w{0,5}"
                     r"|[ae]l(?:ed|ing|ers?)|llments?|[tb]er(?:s|ed)?|logs?)$", word):
        return 0
    for british in old_british_forms(word):
        found = dictionary.counts.get(british)
        if found is not None and word in nlp.american_forms(british):
            return found
    return 0


ENDINGS = ["iz", "ize", "ized", "izes", "izing", "izer", "izers", "ization", "izations", "izational", "yz",
           "yze", "yzed", "yzer", "or", "ors", "ored", "oring", "orite", "orable", "orably", "orless", "orful",
           "orfully", "orist", "oral", "orally", "orypath", "el", "eled", "eling", "eler", "elers", "al", "aled",
           "alers", "llment", "llments", "lment", "ter", "ters", "tered", "ber", "bers", "log", "logs", "logue",
           "er", "ed", "s", "ing", "ment", "re", "our"]
PIECES = ["a", "e", "i", "o", "l", "ll", "t", "b", "r", "z", "y", "g", "c", "n", "x", "é", "-", "'", "\n", "1"]
CRAFTED = ["", "\n", "or", "xor", "xxor", "xxor\n", "x\nor", "\nxxor", "ab\nor", "color", "colors\n", "realize",
           "realized\n", "re\nalize", "rea\nlize", "analyzed", "canceled", "traveler", "enrollment", "enrolment",
           "center", "centered", "fiber", "catalog", "catalogs", "dialog\n", "x\nlog", "xlog", "log", "alog",
           "oror", "ororors", "izize", "izes\n", "izes\n\n", "tererer", "elled", "aleling", "llllment",
           "colorypath", "getsiteuseraccountdirectorypath", "favorite", "honorably", "étiz" + "ed", "x" * 40 + "or"]


def random_words(count: int, seed: int) -> list[str]:
    pick = random.Random(seed)
    words = []
    for _ in range(count):
        head = "".join(pick.choice(PIECES) for _ in range(pick.randint(0, 7)))
        tail = "".join(pick.choice(ENDINGS) for _ in range(pick.randint(0, 2)))
        words.append(head + tail + pick.choice(["", "", "", "\n", "s", "\n\n"]))
    return words


@pytest.mark.parametrize("word", CRAFTED)
def test_british_forms_as_the_patterns_they_replaced(word):
    assert british_forms(word) == old_british_forms(word)


def test_british_forms_as_the_patterns_they_replaced_on_random_words():
    changed = 0
    for word in random_words(20_000, seed=3101):
        assert british_forms(word) == old_british_forms(word), repr(word)
        if old_british_forms(word):
            changed += 1
            assert AMERICAN_ENDING.search(word), repr(word)  # the screen lets every changed word through
    assert changed > 2_000  # the random words reach the patterns


def test_a_word_without_the_endings_costs_steps_linear_in_its_length(monkeypatch):
    # The old forms tried their greedy group from every offset of a word they do not change:
    # about 16x the steps for a word four times as long (regex_steps.StepCounter counts them).
    from plainlint.nlp import spelling_variants

    counters = [StepCounter(pattern) for pattern, _ in spelling_variants._AMERICAN]
    monkeypatch.setattr(spelling_variants, "_AMERICAN",
                        tuple((counter, replacement) for counter, (_, replacement) in zip(counters, spelling_variants._AMERICAN)))

    def steps(size):
        for word in ("x" * size + "orypath", "ab" * (size // 2) + "tered", "l" * size + "ment"):
            british_forms(word)
        return steps_of(counters)

    grows_linearly(steps, 100)


@pytest.fixture(scope="module")
def dictionary():
    return nlp.dictionary()


def test_counted_answers_as_count_of_each_word(dictionary, monkeypatch):
    words = set(CRAFTED + random_words(3_000, seed=3102))
    for word in ("colour", "analyse", "cancelled", "theatre", "catalogue", "enrolment", "realise", "optimise"):
        words |= slip_edits(word) | edits1(word) | {word}
    # American forms the list lacks, counted through their British forms ('advertise', 'barbour')
    for word in ("advertized", "analyzes", "bestseler", "cadaster", "barbor", "calibered", "appaling"):
        words |= slip_edits(word) | {word}
    expected = {word: n for word in words if (n := old_count(dictionary, word))}
    assert any(word not in dictionary.counts.as_dict() for word in expected)  # American forms counted too
    assert counted(dictionary, words) == expected
    assert counted(dictionary, frozenset(words)) == expected
    for budget in (0, 10**9):  # by set operations on the dict, and word by word by bisection
        monkeypatch.setattr(nlp.WordCounts, "LOOKUPS_BEFORE_DICT", budget)
        fresh = nlp.unpack_counts(*nlp.pack_counts(dictionary.counts.as_dict()))
        assert counted(nlp.Dictionary(fresh, dictionary.misspellings), words) == expected
        assert (fresh._all is None) == (budget > 0)


def old_suggest(dictionary, word: str) -> tuple[str, ...]:
    """spelling_suggest.suggest as main had it: count() asked of every candidate."""
    count = lambda candidate: old_count(dictionary, candidate)  # noqa: E731
    ranked = list(dictionary.known_fixes(word))
    near = {c: n for c in edits1(word) if (n := count(c))}
    if not near and 4 <= len(word) <= 20:
        near = {c2: n for c1 in edits1(word) for c2 in edits1(c1) if (n := count(c2))}
    for candidate in sorted(near, key=lambda c: (-spelling_suggest._score(word, c, near[c]), c)):
        if candidate not in ranked:
            ranked.append(candidate)
    return tuple(ranked[:spelling_suggest.MAX_SUGGESTIONS])


SLIPS = ["teh", "recieve", "seperate", "implementating", "sitautions", "complilation", "jnternal", "colr",
         "analysed", "cancelation", "programatically", "getsiteuseraccountdirectorypath", "popout", "optimisd",
         "favourited", "colorr", "xqzvw", "behaviour", "catalouge", "dialogg", "organizaton"]


@pytest.mark.parametrize("word", SLIPS)
def test_slips_and_suggestions_as_the_word_by_word_forms(dictionary, word):
    old_slip = any(old_count(dictionary, c) > nlp.ACCEPT_ONLY_COUNT for c in slip_edits(word))
    assert dictionary.one_slip_away(word) == old_slip
    assert spelling_suggest.suggest.__wrapped__(dictionary, word) == old_suggest(dictionary, word)


def test_a_two_edit_suggestion_is_still_found(dictionary):
    # no known word one edit from 'implementating'; 'implementation' is two edits away
    assert not counted(dictionary, edits1("implementating"))
    assert "implementation" in dictionary.suggest("implementating")


def old_slip_edits(word: str) -> frozenset[str]:
    """spelling_slips.slip_edits as main had it: likely_replacement asked of every letter."""
    from plainlint.nlp.spelling_slips import LETTERS, likely_replacement

    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    inserts = {a + c + b for a, b in splits for c in LETTERS}
    replaces = {a + c + b[1:] for a, b in splits if b for c in LETTERS
                if c != b[0] and likely_replacement(word, len(a), c)}
    return frozenset(deletes | swaps | inserts | replaces)


def test_slip_edits_as_the_letter_by_letter_form():
    pick = random.Random(3103)
    letters = "abcdefghijklmnopqrstuvwxyzstionaeé'-1"
    words = SLIPS + CRAFTED + ["extention", "permision", "aprrove", "eroor", "quicklt", "sion", "tion", "ssion",
                               "xtionx", "q", "qq", "mission", "questtion"]
    words += ["".join(pick.choice(letters) for _ in range(pick.randint(1, 14))) for _ in range(3_000)]
    for word in words:
        assert slip_edits.__wrapped__(word) == old_slip_edits(word), repr(word)


def test_slip_edits_does_not_ask_each_letter(monkeypatch):
    from plainlint.nlp import spelling_slips

    asked = []
    monkeypatch.setattr(spelling_slips, "likely_replacement", lambda *args: asked.append(args) or False)
    spelling_slips.slip_edits.__wrapped__("getsiteuseraccountdirectorypath")
    assert not asked  # 25 letters x 31 places asked one by one before
