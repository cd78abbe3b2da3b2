"""image-of-text's alt-text phrases (speed26): a phrase is looked for with a pattern compiled once,
and only in alt text that holds it as a substring. These tests hold `_alt_phrase` to the form it
replaced (a pattern built with `re.escape` per phrase per image, kept here as the reference) on
crafted alt texts, random ones (seed 292) and every image of the corpus's bench articles."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from plainlint.reading.readers import read_document
from plainlint.reading.source import Source
from plainlint.rules.alt_text import data
from plainlint.rules.image_of_text import _alt_phrase, _names_an_interface_part


def alt_phrase_as_before(lowered: str, words) -> str | None:
    """_alt_phrase as written before speed26."""
    for phrase in words["text_image_alt"]:
        for match in re.finditer(rf"\b{re.escape(phrase)}\b", lowered):
            if phrase.rsplit(" ", 1)[-1] in words["text_image_alt_verbs"] \
                    or not _names_an_interface_part(lowered, match.end(), words):
                return phrase
    return None


ALTS = [
    "", "a screenshot of the code block menu", "a screenshot of the code in the editor",
    "screenshot of the error message after sign-in", "the text reads welcome", "text readsx",
    "xtext reads", "wording", "wordings", "the wording tab", "the words", "the words settings page",
    "code snippet code snippet", "code snippets", "a code snippet, then a menu", "typed text-field",
    "error message that says denied", "banner text\tbanner text menu", "image of text: a quote",
    "screenshot of an email app", "the text says hi the text says", "quote reads as follows",
    "handwritten text on a page", "picture of text of the menu", "text reading the email tab",
]


def random_alts(count: int, seed: int) -> list[str]:
    words = data()
    pieces = [word for phrase in words["text_image_alt"] for word in phrase.split()]
    pieces += list(words["text_image_interface_nouns"])[:12] + ["the", "of", "a", "in", "menu", "x"]
    pieces += [" ", " ", "  ", "\t", "-", ",", ".", ":", "_", "é"]
    pick = random.Random(seed)
    return ["".join(pick.choice(pieces) + pick.choice(("", " ", " ")) for _ in range(pick.randint(0, 14)))
            for _ in range(count)]


@pytest.mark.parametrize("alt", ALTS + random_alts(600, seed=292))
def test_the_phrase_found_is_the_one_found_before(alt):
    words = data()
    assert _alt_phrase(alt, words) == alt_phrase_as_before(alt, words)


def test_the_texts_find_phrases():
    """The comparison above compares phrases, not only Nones."""
    words = data()
    found = [alt_phrase_as_before(alt, words) for alt in ALTS + random_alts(600, seed=292)]
    assert sum(1 for phrase in found if phrase) >= 40


@pytest.mark.corpus
def test_the_phrases_agree_on_the_bench_images(corpus):
    words, images = data(), 0
    for path in sorted(Path(corpus, "bench").rglob("*.md"))[::5]:
        text = path.read_text(encoding="utf-8", errors="replace")
        doc = read_document(Source(str(path), text), "markdown", detect_language=False)
        for element in doc.elements:
            if element.kind == "image":
                images += 1
                lowered = " ".join((element.alt or "").split()).lower()
                assert _alt_phrase(lowered, words) == alt_phrase_as_before(lowered, words), path
    assert images > 100
