"""Whether a unit of text reads as English, for the rules that measure English prose.

A document declared English can still hold units in another language: a German page in a help
set whose `<html lang>` says English, a block of lorem ipsum in an e-mail template. Flesch-Kincaid
and a word limit say nothing about them (issue 26: sample A's German and Latin paragraphs were all
false alarms of reading-level and sentence-length). A unit reads as another language when its
function words are another language's (`rulesets/languages.yaml`): at least MIN_OTHER of them,
and more than its English function words. Dense English jargon has few common words but always
some English function words, so it stays English.
"""

from __future__ import annotations

import functools
import re

from ..linting.ruleset_data import load_ruleset_file

MIN_OTHER = 3
_WORD = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1)
def _function_words() -> tuple[frozenset[str], frozenset[str]]:
    english, other, _ = _word_lists()
    return english, other


@functools.lru_cache(maxsize=1)
def _word_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """English function words; other languages' and lorem ipsum's; lorem ipsum's alone."""
    data = load_ruleset_file("languages")
    english = frozenset(str(w).lower() for w in data["english"])
    placeholder = frozenset(str(w).lower() for w in data["placeholder"]) - english
    other = frozenset(str(w).lower() for w in data["other"]) - english
    return english, other | placeholder, placeholder


def english_function_words() -> frozenset[str]:
    """English function words ('the', 'of', 'in', 'that', ...), lower case."""
    return _function_words()[0]


@functools.lru_cache(maxsize=2 ** 12)
def reads_as_english(text: str) -> bool:
    """False when the unit's function words are mostly another language's."""
    return _english_by_words(lowered_words(text))


def _english_by_words(words: list[str]) -> bool:
    """`reads_as_english` of a unit whose words, lowered, are `words`."""
    english, other = _function_words()
    foreign = sum(map(other.__contains__, words))
    if foreign < MIN_OTHER:
        return True
    return sum(map(english.__contains__, words)) >= foreign


# ASCII letters lower-cased, every other byte a space: an ASCII text's letter runs ([^\W\d_]+ is
# [A-Za-z]+ there) in lower case by one translate and split, three times as fast as the regex (speed37).
_LOWER_ASCII = b"abcdefghijklmnopqrstuvwxyz"
_ASCII_LETTERS_LOWERED = b" " * ord("A") + _LOWER_ASCII + b" " * (ord("a") - ord("Z") - 1) + _LOWER_ASCII + b" " * (255 - ord("z"))


def ascii_letter_runs(text: str) -> list[str]:
    """An ASCII text's maximal runs of letters, lower-cased: `_WORD.findall(text.lower())`."""
    return text.encode("ascii").translate(_ASCII_LETTERS_LOWERED).decode("ascii").split()


def reads_as_placeholder(text: str) -> bool:
    """Lorem ipsum (or a bacon ipsum made of its words): at least MIN_OTHER of its words, and as
    many as the other languages' function words, are the passage's. It reads as no English, but
    says nothing of the language of the page around it."""
    _, other, placeholder = _word_lists()
    words = lowered_words(text)
    filler = sum(map(placeholder.__contains__, words))
    return filler >= MIN_OTHER and 2 * filler >= sum(map(other.__contains__, words))


def lowered_words(text: str) -> list[str]:
    """The unit's words in lower case. ASCII text is lower-cased first, in one call: an ASCII
    letter stays a letter, so the words are the same (not so for other text: 'İ' lowers to two
    code points, 'i' and a combining dot that is no letter)."""
    if text.isascii():
        return ascii_letter_runs(text)
    return [w.lower() for w in _WORD.findall(text)]


# A unit is in another language ('Ce contenu peut être présenté ... en langage French') when at
# least OTHER_WORDS_MIN of its words, and more than OTHER_WORDS_SHARE of them, are accented or
# common words of another language (stopwords-iso less English's: rulesets/spelling-stopwords.txt).
# The spelling rule's test for a short unit (rules/spelling_known.py) and half of the fix safety
# net (`reads_as_other_language`).
OTHER_WORDS_MIN, OTHER_WORDS_SHARE = 4, 0.4
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def mostly_other_language_words(text: str, distinct: int = 0) -> bool:
    """At least OTHER_WORDS_MIN words, and more than OTHER_WORDS_SHARE of them, are accented or
    common words of a language other than English; and at least `distinct` different ones."""
    return _other_share(text, OTHER_WORDS_MIN, distinct)


def _other_share(text: str, least: int, distinct: int = 0) -> bool:
    if text.isascii():
        return _other_ascii_share(text, least, distinct)
    from .stopwords import stopword_languages

    stopwords = stopword_languages()
    words = [word.lower() for word in _LETTERS.findall(text)]
    foreign = [word for word in words if not word.isascii() or word in stopwords]
    return (len(foreign) >= least and len(foreign) > OTHER_WORDS_SHARE * len(words)
            and (not distinct or len(set(foreign)) >= distinct))


def _other_ascii_share(text: str, least: int, distinct: int, runs: list[str] | None = None) -> bool:
    """`_other_share` of an ASCII text: no word is accented, so the other words are the common
    words of other languages; the runs of two letters or more are _LETTERS' words (speed37).
    `runs`: the text's `ascii_letter_runs`, when the caller has them. The common words among all
    the runs are at least those among the runs of two letters or more, so a text with fewer than
    `least` of them (nearly every unit) needs no list of the longer runs (speed38)."""
    from .stopwords import stopword_languages

    stopwords = stopword_languages()
    runs = ascii_letter_runs(text) if runs is None else runs
    if sum(map(stopwords.__contains__, runs)) < least:
        return False
    words = [word for word in runs if len(word) > 1]
    foreign = sum(map(stopwords.__contains__, words))
    return (foreign >= least and foreign > OTHER_WORDS_SHARE * len(words)
            and (not distinct or len(stopwords.keys() & words) >= distinct))


@functools.lru_cache(maxsize=2 ** 12)
def reads_as_other_language(text: str) -> bool:
    """The fix safety net's test of a unit (lang36, user36 defect 1): its function words are
    another language's (`reads_as_english`), or most of its words are accented or another
    language's common words (`mostly_other_language_words`). Either alone misses some: 'Vous vous
    êtes inscrit avec succès' has two French function words of the short list, and a Polish string
    none of them. The other words must be OTHER_WORDS_MIN different ones: some are English words too
    (Dutch 'word', 'link'), and a test's 'word word word ...' is no Dutch."""
    return _other_language(text, reads_as_english)


def page_reads_as_other_language(text: str) -> bool:
    """`reads_as_other_language` of a whole page's prose, kept in no cache: the caches of
    reads_as_english and reads_as_other_language are for units, met again and again; a page asked
    once (a front matter value that names no language, readers._front_matter_language_stands)
    would only hold a page's text there (rev37)."""
    return _other_language(text, reads_as_english.__wrapped__)


def _other_language(text: str, english) -> bool:
    if text.isascii():
        return _ascii_other_language(text)
    return (not english(text) or mostly_other_language_words(text, distinct=OTHER_WORDS_MIN)
            or _in_other_letters(text))


def _ascii_other_language(text: str) -> bool:
    """`_other_language` of an ASCII text (nearly every unit) from one list of its lowered letter
    runs, which both tests read (speed38: each made its own). `_in_other_letters` asks for a
    letter no English word holds, and an ASCII text holds only those that are ASCII: none in the
    list, so it is asked only if the list ever holds one."""
    runs = ascii_letter_runs(text)
    return (not _english_by_words(runs) or _other_ascii_share(text, OTHER_WORDS_MIN, OTHER_WORDS_MIN, runs)
            or (_ascii_letters_not_english() and _in_other_letters(text)))


@functools.lru_cache(maxsize=1)
def _other_letters() -> frozenset[str]:
    return frozenset(str(load_ruleset_file("languages")["other_letters"]))


@functools.lru_cache(maxsize=1)
def _ascii_letters_not_english() -> bool:
    """Whether the letters no English word holds include an ASCII one."""
    return any(letter.isascii() for letter in _other_letters())


def _in_other_letters(text: str) -> bool:
    """A short string the other tests miss ('Twoje konto zostało pomyślnie potwierdzone.': five
    words, three of them accented or common Polish ones, lang37): two different words hold a
    letter no English word holds (ł, ę, ő, ř, ş ...), and at least OTHER_WORDS_MIN - 1 of its words,
    more than OTHER_WORDS_SHARE of them, are accented or another language's common words. An
    English sentence naming 'Łódź' and 'Gdańsk' has two such words, but few others."""
    letters = _other_letters()
    if not letters.intersection(text.lower()):
        return False
    words = {word.lower() for word in _LETTERS.findall(text)}
    return len([word for word in words if letters.intersection(word)]) >= 2 and _other_share(text, OTHER_WORDS_MIN - 1)
