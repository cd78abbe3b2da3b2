"""sensory-directions reads the words before a hover back from it, not the whole text before it
(rev26, tests/running/test_linear_rules.py): the expressions anchored at the hover find from
`start_of_words_before` exactly what they find from the text's start. Random texts (seed 309)
of the words those expressions hold, every end offset."""

import random

import pytest

from plainlint.rules import sensory_places
from plainlint.rules.sensory_places import WHETHER_WORDS, start_of_words_before

_WORDS = ["whether", "Whether", "you're", "you", "are", "it's", "it", "is", "the", "mouse", "cursor", "pointer",
          "select", "click", "tap", "or", "Or", "hover", "over", "x_y", "é", "2", "selector", "or-", "(click",
          "whether the mouse is", "whether the\ncursor  is", "whether you are", "whether it is", "select or", "click or",
          "also", "be", "able", "to", "also be able to", "also\nbe able  to"]
_GAPS = [" ", "  ", "\n", "\t", " - ", ", ", "'", "’", "", "\u00a0"]


def random_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_WORDS) + rng.choice(_GAPS) for _ in range(rng.randint(1, 12))) + "hover"
            for _ in range(count)]


@pytest.mark.parametrize("name, words", [("whether_before", WHETHER_WORDS),
                                         ("or_before_hover", sensory_places._most_words("or_before_hover")),
                                         ("extra_before", sensory_places._most_words("extra_before_hover"))])
def test_reading_back_finds_what_searching_from_the_start_finds(name, words):
    pattern = sensory_places._patterns()[name]
    found = 0
    for text in random_texts(309, 3000):
        for end in range(len(text) + 1):
            whole = pattern.search(text, 0, end)
            near = pattern.search(text, start_of_words_before(text, end, words), end)
            assert (whole and whole.span()) == (near and near.span()), (text, end)
            found += whole is not None
    assert found > 50  # the texts hold what the expressions look for


def test_start_of_words_before():
    assert start_of_words_before("a b-c d", 7, 2) == 4
    assert start_of_words_before("whether you're ", 15, 3) == 0
    assert start_of_words_before("  x", 3, 5) == 0
