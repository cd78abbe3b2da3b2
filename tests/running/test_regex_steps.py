"""regex_steps.StepCounter, the count of a regular expression's steps that test_linear uses where
the quadratic work was inside one expression: it must find what `re` finds on the expressions
counted there, and its count must grow with backtracking (a count that cannot grow proves nothing)."""

from __future__ import annotations

import random
import re

import pytest

from regex_steps import StepCounter

pytestmark = pytest.mark.slow  # as test_linear, whose counts it checks


def counted_expressions() -> dict[str, re.Pattern]:
    from plainlint.reading.readers import agent_notes
    from plainlint.rules import acronym_context, acronym_lists, shouting_labels
    from plainlint.rules.acronyms import acronym_data
    from plainlint.rules.hold import hold_data

    found = {f"shouting_labels.{name}": getattr(shouting_labels, name)
             for name in ("_JOINED_CAPITALS", "_WORD_AFTER", "_CAPITALISED_WORD")}
    found |= {f"acronym_context.{name}": getattr(acronym_context, name)
              for name in ("_CAPITALS", "_AFTER_PIN", "_NAME_LIST", "_LIST_NAME")}
    found |= {f"agent_notes.{name}": getattr(agent_notes, name)
              for name in ("_NOTE_LABEL", "_BLOCK_END", "_BOLD_OPENED", "_BOLD_CLOSE", "_NOT_A_LINE_BREAK")}
    lists = {"controls": acronym_data()["controls"], "markings": acronym_data()["markings"],
             "series": acronym_lists.SERIES_AFTER, "account": acronym_lists.IN_AN_ACCOUNT_NAME}
    for name, checks in lists.items():
        found |= {f"{name}.step": checks.step, f"{name}.last": checks.last}
    found["holds"] = hold_data()["holds"]
    return found


TOKENS = ["GND", "VIN", "A1", "x", "pins", "pin", "and", "or", ",", "/", "+", "&", " ", " ", "\t", ".", "\n", "\n\n",
          "series", "buttons", "OK", "\\", "\\Users", "Please wait a minute", ", then try again", " ,", "while we",
          "Internal:", "Note to agents:", "<p>", "</p>", "<strong>", "</strong>", "<b>", "</b>", "<br><br>", "é", "_"]


@pytest.mark.parametrize("name", sorted(counted_expressions()))
def test_step_counter_finds_what_re_finds(name):
    pattern = counted_expressions()[name]
    counter = StepCounter(pattern)
    rng = random.Random(19)
    for _ in range(300):
        text = "".join(rng.choice(TOKENS) for _ in range(rng.randint(0, 12)))
        pos = rng.randint(0, len(text))
        endpos = rng.randint(pos, len(text))
        assert [m.span() for m in counter.finditer(text)] == [m.span() for m in pattern.finditer(text)], text
        assert counter.findall(text) == pattern.findall(text), text
        for method in ("match", "search", "fullmatch"):
            ours, theirs = getattr(counter, method)(text, pos, endpos), getattr(pattern, method)(text, pos, endpos)
            assert (ours and [ours.span(g) for g in range(pattern.groups + 1)]) == \
                (theirs and [theirs.span(g) for g in range(pattern.groups + 1)]), (method, text, pos, endpos)


def test_step_counter_counts_backtracking():
    """The expression shouting once used asked for a word after a run of names and backtracked
    through the whole run at each name: its count grows with the square of the run; the run alone,
    linearly."""
    old = StepCounter(r"\b([A-Z][A-Z0-9_]+(?:\s*(?:\+|/|&|,|\band\b|\bor\b)\s*[A-Z][A-Z0-9_]+)+)\s+([A-Za-z]+)")
    new = StepCounter(r"\b[A-Z][A-Z0-9_]+(?:\s*(?:\+|/|&|,|\band\b|\bor\b)\s*[A-Z][A-Z0-9_]+)+")

    def steps(counter, count):
        counter.steps = 0
        list(counter.finditer(", ".join(["ABC"] * count) + "."))
        return counter.steps
    assert steps(old, 160) > 12 * steps(old, 40)
    assert steps(new, 160) < 5 * steps(new, 40)


def test_possessive_and_atomic_parts_give_nothing_back():
    for pattern, text in [(r"a*+a", "aaaa"), (r"(?>a+)a", "aaaa"), (r"(?:ab|a)*+b", "ababab"), (r"x*?y", "xxy"),
                          (r"(?<=a)b|(?<!c)d", "ab cd d"), (r"(?i)\bHeLLo\b$", "say hello"), (r"(?m)^b$", "a\nb\nc")]:
        counter = StepCounter(pattern)
        assert [m.span() for m in counter.finditer(text)] == [m.span() for m in re.finditer(pattern, text)], pattern
