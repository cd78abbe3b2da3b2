"""spelling's screen (rules/spelling_screen.py) answers as the word-by-word pass it stands for: a
segment it clears has no unknown word and adds no name but its file-name extensions (speedA: it
also clears runs with a capital inside, and keeps the runs it cleared)."""

from __future__ import annotations

import random
import re

import pytest

from plainlint.linting.vocabulary import EMPTY
from plainlint.nlp.spelling import dictionary
from plainlint.reading.readers import read_document
from plainlint.reading.source import Source
from plainlint.rules import spelling
from plainlint.rules.spelling_places import EXTENSION_WORD
from plainlint.rules.spelling_screen import every_word_known
from plainlint.rules.spelling_words import is_known_word

TEXTS = [
    "Log in to your account with the API key.", "Open the iPhone app and the McDonald page.",
    "Set the maxRetries value, then call getUser.", "The SDK's README and the APIs' URLs.",
    "Ask Zorkle about the plan.", "Zorkle the plan.", "We use Zorkle and ZORKLE and zORKLE.",
    "Open the recieve page.", "Save it as .mhtml or .DOCX, then run setup.exe.", "A, B and C DD.",
    "Line one\r\nand the USB-C port\r\n", "The caf\u00e9 na\u00efve r\u00e9sum\u00e9 page.", "Tom &amp; Jerry&nbsp;page.",
    "don't isn’t o'clock ’tis rock'n'roll DON'T Don’T", "The re-enter and pre-APPROVED and co-Worker steps.",
    "xs yz ab IDs", "Use the \u00abQuoted\u00bb and \u201cSmart\u201d marks.", "", "   ", "Visit ex.com/Foo and x.y@z.io",
    "The teh and wiht MsOffice", "We checked the accoutn in PowerShell.", "**U** pload the file",
]


def random_texts(count: int, seed: int) -> list[str]:
    pieces = ["the", "account", "API", "iPhone", "Zorkle", "zorkle", "recieve", "USB", "McDonald", "getUser",
              ".mhtml", "don't", "DON'T", "caf\u00e9", "-", ",", ".", "\n", "\r\n", "(", ")", "&amp;", "x", "IDs"]
    pick = random.Random(seed)
    return [" ".join(pick.choice(pieces) for _ in range(pick.randint(1, 16))) for _ in range(count)]


def segments_of(text: str, fmt: str = "markdown"):
    return read_document(Source("page.md", text), fmt, detect_language=False).segments


def old_screen(words, text: str, min_length: int) -> bool:
    return all(len(run) < min_length or is_known_word(words, run)
               for run in re.findall(r"[A-Za-z]+(?:['’][A-Za-z]+)?", text))


@pytest.mark.parametrize("text", TEXTS + random_texts(150, seed=288))
@pytest.mark.parametrize("min_length", [1, 3, 6])
def test_a_segment_the_screen_clears_has_nothing_for_the_pass_to_find(text, min_length):
    words = dictionary()
    for segment in segments_of(text):
        cleared = every_word_known(words, segment.text, min_length)
        assert cleared or not old_screen(words, segment.text, min_length)  # it clears what it cleared before
        if cleared:
            names: set[str] = set()
            _, unknown = spelling._unknown_words(words, EMPTY, segment, min_length, names)
            assert unknown == []
            assert names == {m.group(1).lower() for m in EXTENSION_WORD.finditer(segment.text)}
        assert every_word_known(words, segment.text, min_length) == cleared  # the kept runs give the same answer


def test_the_screen_now_clears_a_segment_whose_only_unknown_runs_have_capitals_inside():
    words = dictionary()
    text = "Call getZorkleUser on the ZORKLEAPI host."
    assert not old_screen(words, text, 3)
    assert every_word_known(words, text, 3)
    assert not every_word_known(words, "Ask Zorkle about the plan.", 3)  # a name: the pass collects it
    assert not every_word_known(words, "Open the recieve page.", 3)


@pytest.mark.parametrize("text", TEXTS + random_texts(80, seed=289))
def test_extension_names_are_found_only_past_the_quick_look_that_needs_no_extension(text):
    names: set[str] = set()
    spelling._add_extension_names(names, text)
    assert names == {m.group(1).lower() for m in EXTENSION_WORD.finditer(text)}


def test_the_document_test_counts_segments_only_until_the_answer_is_settled():
    """document_not_english takes the counts of segments the screen cleared one at a time: its
    answer is the one all the counts give (not_english over every judged word)."""
    from plainlint.rules.spelling_places import DOCUMENT_FOREIGN_SHARE, not_english
    from plainlint.rules.spelling_screen import FirstPasses, document_not_english

    pick = random.Random(290)
    for _ in range(2000):
        per_segment = [(index, pick.choice([None, pick.randint(0, 15)]), [(0, 1)] * pick.randint(0, 6))
                       for index in range(pick.randint(0, 8))]
        passes = FirstPasses()
        for index, judged, unknown in per_segment:
            passes.add(index, f"segment {index}", judged, [] if judged is None else unknown)
        counts = {index: pick.randint(0, 15) for index, judged, _ in per_segment if judged is None}
        asked = []
        answer = document_not_english(passes, passes.unjudged, lambda index: asked.append(index) or counts[index])
        total = sum(judged for _, judged, _ in per_segment if judged is not None) + sum(counts.values())
        unknown = sum(len(spans) for _, judged, spans in per_segment if judged is not None)
        assert answer == not_english(total, unknown, DOCUMENT_FOREIGN_SHARE)
        assert len(asked) == len(set(asked))
