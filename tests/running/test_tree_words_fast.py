"""The tree pass's faster forms agree with the slower ones they replaced (speedA, issue 24): a
page's unknown words cut down by a set difference, a file's words counted without a second
counter. Each reference below is the code as it was."""

from __future__ import annotations

import collections
import random

from plainlint.nlp.page_terms import UnknownWords, lookup_words
from plainlint.nlp.spelling import dictionary
from plainlint.nlp.tree_words import TreeWords
from plainlint.running.tree_counts import file_words

EDGE_TEXTS = ["", " Seeed", "a, Seeed", "é Seeed", "line\r\nof Seeed\r\n", "an Seeed's", "an Seeed’s", "the Über kit",
              "&amp; of Seeed &nbsp;Seeed", "of Seeed\u00a0Seeed", "don't isn’t o'clock ’tis rock'n'roll"]


def random_texts(count: int, seed: int) -> list[str]:
    pieces = ["a", "of", "The", "Seeed", "muxer", "recieve", "plase", ",", " ", ".", "-", "'", "’", "\n",
              "\r\n", "é", "Über", "x_y", "@", "/", "isn", "t", "\t", "Zorkle"]
    pick = random.Random(seed)
    return ["".join(pick.choice(pieces) + pick.choice(["", " "]) for _ in range(pick.randint(0, 40)))
            for _ in range(count)]


def unknown_of_before(knows, words) -> frozenset:
    judged, unknown = {}, []
    for key in lookup_words(words):
        known = judged.get(key)
        if known is None:
            known = judged[key] = knows(key)
        if not known:
            unknown.append(key)
    return frozenset(unknown)


PAGES = [
    "The muxer joins the streams. Recieve the notifcation, don't wait; the user's muxer’s output.",
    "Made by Seeed: the corexy frame's belts and the corexz one. Isn't it the teh thing? plase",
    "Plain words only here, and the words again and again.",
    "",
]


def test_a_pages_unknown_words_agree_with_judging_every_word():
    knows = dictionary().knows
    unknown = UnknownWords()
    for _ in range(2):  # the second round meets the words kept as silent in the first
        for text in PAGES + random_texts(60, seed=286):
            words = file_words(text)
            assert unknown.of(words) == unknown_of_before(knows, words)
    assert unknown.of(None) is None


def test_a_files_words_are_counted_as_a_tree_of_one_file_counts_them():
    for text in PAGES + EDGE_TEXTS + random_texts(40, seed=287):
        one = TreeWords()
        one.add(text)
        assert file_words(text) == dict(one.uses)
        assert list(file_words(text)) == list(collections.Counter(one.uses))  # the same order, as kept in JSON
