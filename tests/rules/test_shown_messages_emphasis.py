"""shown_messages' emphasised runs: the expression written mark first (speed23) finds exactly the
runs the one written look-behind first found."""

from __future__ import annotations

import random
import re

from plainlint.rules import shown_messages

# The expression before speed23: tried at every position of the document.
LOOK_BEHIND_FIRST = re.compile(
    r"(?<![*\w])\*(?!\s|\*)[^*\n]+?(?<!\s)\*(?![*\w])|(?<![_\w])_(?!\s|_)[^_\n]+?(?<!\s)_(?![_\w])|"
    r"<(em|i)\b[^>]*>.*?</\1\s*>", re.I)
PIECES = ["*", "**", "_", "__", " ", "\n", "a", "Error", "é", "1", "<em>", "</em>", "<I class='x'>", "</i >",
          "<b>", ".", ":", "\t", "‘", "\\"]


def runs(pattern: re.Pattern, text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text)]


def test_the_same_runs_as_the_look_behind_first_expression_on_random_texts():
    rng = random.Random(23)
    for _ in range(20000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        assert runs(shown_messages._EMPHASIS, text) == runs(LOOK_BEHIND_FIRST, text), text


def test_runs_at_the_edges_of_the_text_and_after_words():
    for text, expected in [("*Error*", [(0, 7)]), ("a*b*", []), ("**x**", []), ("_x_ and *y*", [(0, 3), (8, 11)]),
                           ("snake_case_name", []), ("<em>Access denied</em>", [(0, 22)]), ("x\n*a\nb*", [])]:
        assert [(s, e) for s, e, _ in runs(shown_messages._EMPHASIS, text)] == expected, text
