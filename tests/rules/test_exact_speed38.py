"""The language test of a unit in one pass over an ASCII text's words (issue 24, speed38) answers as
the test did before, on random texts, crafted ones and every paragraph of the corpus, whatever the
word lists hold; and an ASCII text's letter runs are made once."""

import re

import pytest
from test_exact_speed37 import CRAFTED, random_texts, reads_as_english_by_regex

from plainlint.nlp import english, stopwords

_LETTERS = re.compile(r"[^\W\d_]{2,}")


def other_share_by_regex(text: str, least: int, distinct: int = 0) -> bool:
    """main's `_other_share` before speed37: the regex's words of two letters or more."""
    common = stopwords.stopword_languages()
    words = [word.lower() for word in _LETTERS.findall(text)]
    foreign = [word for word in words if not word.isascii() or word in common]
    return (len(foreign) >= least and len(foreign) > english.OTHER_WORDS_SHARE * len(words)
            and (not distinct or len(set(foreign)) >= distinct))


def in_other_letters_by_regex(text: str) -> bool:
    letters = english._other_letters()
    if not letters.intersection(text.lower()):
        return False
    words = {word.lower() for word in _LETTERS.findall(text)}
    return (len([word for word in words if letters.intersection(word)]) >= 2
            and other_share_by_regex(text, english.OTHER_WORDS_MIN - 1))


def other_language_by_regex(text: str) -> bool:
    """`reads_as_other_language` as main computed it before speed38, every step by the regex."""
    return (not reads_as_english_by_regex(text) or other_share_by_regex(text, english.OTHER_WORDS_MIN, english.OTHER_WORDS_MIN)
            or in_other_letters_by_regex(text))


def texts() -> list[str]:
    return CRAFTED + ["Der Kunde und die Firma sind nicht hier", "Twoje konto zostało pomyślnie potwierdzone.",
                      "de la des les y el los", "y y y y de la des"] + random_texts(3000, 3801)


def test_reads_as_other_language_as_before():
    checked = texts()
    for text in checked:
        assert english.reads_as_other_language.__wrapped__(text) == other_language_by_regex(text), text
        assert english.page_reads_as_other_language(text) == other_language_by_regex(text), text
    answers = [other_language_by_regex(text) for text in checked if text.isascii()]
    assert 50 < sum(answers) < len(answers) - 50  # the ASCII texts reach both answers


@pytest.fixture
def one_letter_common_words(monkeypatch):
    """Word lists the shipped ones are not: common words of one letter, an ASCII letter no English
    word holds. The shortcuts must not rely on the lists' contents."""
    common = dict(stopwords.stopword_languages())
    common.update({letter: ("xx",) for letter in "yeoiau"})
    monkeypatch.setattr(stopwords, "stopword_languages", lambda: common)
    letters = english._other_letters() | {"q"}
    monkeypatch.setattr(english, "_other_letters", lambda: letters)
    english._ascii_letters_not_english.cache_clear()
    yield
    english._ascii_letters_not_english.cache_clear()


def test_as_before_whatever_the_lists_hold(one_letter_common_words):
    for text in texts() + ["y e o i a u de", "qat quiz de la des les", "a e i o u y x z w v"]:
        assert english.reads_as_other_language.__wrapped__(text) == other_language_by_regex(text), text
        assert english.mostly_other_language_words(text) == other_share_by_regex(text, english.OTHER_WORDS_MIN), text


def test_an_ascii_unit_s_letter_runs_are_made_once(monkeypatch):
    """Fails before speed38: the function-word test and the common-word test each made their own."""
    made = []
    real = english.ascii_letter_runs

    def counted(text):
        made.append(text)
        return real(text)

    monkeypatch.setattr(english, "ascii_letter_runs", counted)
    for text in ("Open the settings and select Save.", "Der Kunde und die Firma sind nicht hier, de la des les"):
        english.reads_as_other_language.__wrapped__(text)
    assert len(made) == 2


@pytest.mark.corpus
def test_every_paragraph_of_the_corpus_as_before(corpus):
    checked = 0
    for path in sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix != ".tsv"):
        for paragraph in path.read_bytes().decode("utf-8", "replace").split("\n\n"):
            assert english.reads_as_other_language.__wrapped__(paragraph) == other_language_by_regex(paragraph), path
            checked += 1
    assert checked > 10000
