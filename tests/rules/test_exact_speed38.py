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


# Flesch-Kincaid's counts of a unit (readability._counts), speed38: one list of the words, and a
# text of one sentence counted from its own words.

def counts_before(text: str) -> tuple[int, int, int, int]:
    """main's `_counts` before speed38."""
    from plainlint.nlp import readability

    kept = readability._textstat_kept(text)
    words = kept.split()
    if not words:
        return 0, 0, 0, 0
    sentences = readability._TEXTSTAT_SENTENCE.findall(text)
    short = sum(1 for sentence in sentences if len(readability._textstat_kept(sentence).split()) <= 2)
    syllables = sum(map(readability.syllable_table().counts.__getitem__, kept.lower().split()))
    return len(words), len(sentences), short, syllables


def unit_texts(count: int, seed: int) -> list[str]:
    """Short texts of words, apostrophes (kept before t, s, d, ve, ll, re; else removed), sentence
    ends, punctuation and white space of several kinds, so sentences begin and end everywhere."""
    import random

    rng = random.Random(seed)
    pieces = ["'", "'", "’", ".", "!", "?", "…", "-", "(", ")", '"', " ", " ", " ", "\n", "\u2028", "\u00a0", "\t",
              "t", "s", "d", "ve", "ll", "re", "don", "word", "Word", "x", "2", "3.5", "_", "é", "İ", "ß", "日本", "🎉",
              "Don't", "it's", "'tis", "rock 'n' roll", "U.S.A.", "e.g.", ",", ";", ":", "%", "$"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def test_unit_counts_as_before():
    from plainlint.nlp import readability

    texts = unit_texts(20_000, 3802) + list(CRAFTED)
    for text in texts:
        assert readability._counts.__wrapped__(text) == counts_before(text), repr(text)
    one = [t for t in texts if len(readability._TEXTSTAT_SENTENCE.findall(t)) == 1]
    assert len(one) > 2000 and 100 < sum(counts_before(t)[2] for t in one) < len(one) - 100  # both answers


def test_no_character_lowers_to_or_from_white_space():
    """What the one list of lowered words relies on, asked of every code point."""
    for code in range(0x110000):
        char = chr(code)
        assert char.isspace() == any(c.isspace() for c in char.lower()), hex(code)
        assert not char.isspace() or char.lower() == char, hex(code)


def test_a_unit_of_one_sentence_is_kept_once(monkeypatch):
    """Fails before speed38: the sentence's words were made again from the sentence."""
    from plainlint.nlp import readability

    kept = []
    real = readability._textstat_kept
    monkeypatch.setattr(readability, "_textstat_kept", lambda text: kept.append(text) or real(text))
    assert readability._counts.__wrapped__("Open the settings page and select Save.")[:3] == (7, 1, 0)
    assert len(kept) == 1
