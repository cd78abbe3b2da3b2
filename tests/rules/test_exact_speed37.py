"""Faster forms of shared tests (issue 24, speed37) give what the plain forms gave, on random texts and
on every paragraph of the corpus; and the slow step is not taken where the fast one applies."""

import random
import re

import pytest

from plainlint.nlp import english
from plainlint.nlp.stopwords import stopword_languages

_WORD = re.compile(r"[^\W\d_]+")
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def reads_as_english_by_regex(text: str) -> bool:
    """main's form (before speed37): the regex's words, lowered."""
    english_words, other = english._function_words()
    words = [w.lower() for w in _WORD.findall(text)]
    foreign = sum(map(other.__contains__, words))
    if foreign < english.MIN_OTHER:
        return True
    return sum(map(english_words.__contains__, words)) >= foreign


def mostly_other_by_regex(text: str, distinct: int = 0) -> bool:
    """main's form (before speed37)."""
    stopwords = stopword_languages()
    words = [word.lower() for word in _LETTERS.findall(text)]
    foreign = [word for word in words if not word.isascii() or word in stopwords]
    return (len(foreign) >= english.OTHER_WORDS_MIN and len(foreign) > english.OTHER_WORDS_SHARE * len(words)
            and (not distinct or len(set(foreign)) >= distinct))


def _common_words(count: int, seed: int) -> list[str]:
    """Words the tests draw from: English and other languages' function and common words, in
    varied case, so random texts reach both answers."""
    english_words, other = english._function_words()
    pool = sorted(english_words) + sorted(other) + sorted(stopword_languages())[:2000]
    return random.Random(seed).sample(pool, count)


def random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = _common_words(600, seed) + ["word", "a", "I", "x2", "_u_", "é", "naïve", "İn", "ß", "Straße"]
    gaps = [" ", " ", " ", ", ", ". ", "\n", "-", "'", "’", "1", "_", "\t", "  ", "\u00a0", "/"]
    texts = []
    for _ in range(count):
        pieces = []
        for _ in range(rng.randint(0, 24)):
            word = rng.choice(words)
            word = rng.choice([word, word.upper(), word.title(), word])
            pieces += [word, rng.choice(gaps)]
        texts.append("".join(pieces))
    return texts


CRAFTED = ["", " ", "a", "der die und das", "Der Kunde und die Firma sind nicht hier", "the der die und das",
           "Vous vous êtes inscrit avec succès", "word word word word word", "de la de la de la de la",
           "DE LA EL LOS DAS UND", "Ceci est une phrase en français avec des mots", "x y z w v u",
           "a\u00a0de la\tdes\nles", "de_la_des_les", "de1la2des3les4", "Z[\\]^_`{|}~@ de la des les"]


def test_reads_as_english_as_by_the_regex():
    for text in CRAFTED + random_texts(3000, 3701):
        assert english.reads_as_english.__wrapped__(text) == reads_as_english_by_regex(text), text


def test_mostly_other_language_words_as_by_the_regex():
    for text in CRAFTED + random_texts(3000, 3702):
        for distinct in (0, 2, english.OTHER_WORDS_MIN):
            assert english.mostly_other_language_words(text, distinct) == mostly_other_by_regex(text, distinct), text


def test_random_texts_reach_both_answers():
    """The random texts above test something: some read as another language, most do not."""
    texts = random_texts(3000, 3702)
    assert 50 < sum(map(mostly_other_by_regex, texts)) < 2950
    assert 50 < sum(not reads_as_english_by_regex(t) for t in random_texts(3000, 3701)) < 2950


def test_ascii_letter_runs_are_the_regex_words_lowered():
    texts = [t for t in CRAFTED + random_texts(3000, 3703) if t.isascii()]
    assert len(texts) > 300
    for text in texts:
        assert english.ascii_letter_runs(text) == [w.lower() for w in _WORD.findall(text)], text


class _NoRegex:
    def findall(self, text):
        raise AssertionError(f"regex asked of an ASCII text: {text!r}")


def test_an_ascii_text_is_not_split_by_the_regex(monkeypatch):
    """The fast form is taken for ASCII text (fails before speed37: both tests ran the regex)."""
    monkeypatch.setattr(english, "_WORD", _NoRegex())
    monkeypatch.setattr(english, "_LETTERS", _NoRegex())
    text = "Der Kunde und die Firma sind nicht hier, de la des les"
    assert english.reads_as_english.__wrapped__(text) is False
    assert english.mostly_other_language_words(text, english.OTHER_WORDS_MIN) is True


@pytest.mark.corpus
def test_every_paragraph_of_the_corpus_as_by_the_regex(corpus):
    checked = 0
    for path in sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix != ".tsv"):
        text = path.read_bytes().decode("utf-8", "replace")
        for paragraph in text.split("\n\n"):
            assert english.reads_as_english.__wrapped__(paragraph) == reads_as_english_by_regex(paragraph), path
            assert (english.mostly_other_language_words(paragraph, english.OTHER_WORDS_MIN)
                    == mostly_other_by_regex(paragraph, english.OTHER_WORDS_MIN)), path
            checked += 1
    assert checked > 10000


def test_every_ascii_character_is_a_lowered_letter_or_a_gap():
    every = "".join(map(chr, range(128)))
    for text in (every, every[::-1], "x".join(every)):
        assert english.ascii_letter_runs(text) == [w.lower() for w in _WORD.findall(text)]
