"""undefined-acronym (PL104): letters in a list that ends in a word saying what they all are ("the
DS or GS series", "the AREF, VIN and GND pins", "the OK CANCEL buttons"), read once per list.

Each such check asked, at every candidate, whether a list of names then the word follows it: a
regular expression `(?:step)*last` matched at the candidate's end reads the rest of the list, so a
list of n candidates cost n² (session 13: 2,000 letters in a row took 2.5 s, 4,000 four times as
long). `ListThen` answers the same question for every position of a list from one reading of it.
"""

from __future__ import annotations

import re

RECENT_TEXTS = 4  # texts whose answers are kept, per pattern


class ListThen:
    """`(?:step)*last` matched at a position, every position of a list answered from one reading.

    `step` must match in at most one way at a position and end only where the next step or `last`
    may begin (the patterns below end each name with a look-ahead for the separator), so that the
    positions the steps reach are the only ones the backtracking expression could try `last` at."""

    def __init__(self, step: str, last: str):
        self.step, self.last = re.compile(step), re.compile(last)
        # The answers (position -> bool) for the last texts asked about, found by identity: a rule
        # asks about one segment's text object at each of its candidates, and comparing equal
        # texts of different objects (another rule's slice of the same segment) reads them whole.
        self._recent: list[tuple[str, dict[int, bool]]] = []

    def _answers(self, text: str) -> dict[int, bool]:
        for seen, answers in self._recent:
            if seen is text:
                return answers
        answers = {}
        self._recent = [(text, answers)] + self._recent[:RECENT_TEXTS - 1]
        return answers

    def match(self, text: str, pos: int) -> bool:
        answers = self._answers(text)
        chain, known = [], False
        while True:
            if pos in answers:
                known = answers[pos]
                break
            chain.append(pos)
            step = self.step.match(text, pos)
            if step is None or step.end() == pos:
                break
            pos = step.end()
        for at in reversed(chain):
            known = known or self.last.match(text, at) is not None
            answers[at] = known
        return known


def words_pattern(words) -> str:
    return "(?:" + "|".join(map(re.escape, words)) + ")"


def controls_after(controls) -> ListThen:
    """Letters in capitals, then a control's name ('the OK CANCEL buttons'): as
    `(?:[ \\t]+[A-Z][A-Z0-9&]+)*[ \\t]+(?:controls)\\b`."""
    return ListThen(r"[ \t]+[A-Z][A-Z0-9&]+(?=[ \t])", r"[ \t]+" + words_pattern(controls) + r"\b")


def markings_after(markings) -> ListThen:
    """Names joined by commas, '/', 'and' or 'or', then a marking ('the AREF, VIN and GND pins')."""
    return ListThen(r"[ \t]*(?:,|/|,?[ \t]+(?:and|or))[ \t]*[A-Z0-9][A-Za-z0-9]*(?=[ \t,/])",
                    r"[ \t]+" + words_pattern(markings) + r"\b")


# Letters of a literal domain or built-in account name ("NT AUTHORITY\Authenticated Users"):
# letters in capitals, then a backslash and a word, as `(?:[ \t]+[A-Z][A-Z0-9]+)*\\\w`.
IN_AN_ACCOUNT_NAME = ListThen(r"[ \t]+[A-Z][A-Z0-9]+(?=[ \t\\])", r"\\\w")
# Letters naming a product line or a size series ("the DS or GS series of virtual machines", "an
# EVA series array"), a family of boards ("MKR boards", "the MKR family", "the MKR form factor"; letters
# joined to a hyphen, "AVR-based", are never candidates): a vendor's name for a range of models.
SERIES_AFTER = ListThen(r"[ \t]*(?:,|,?[ \t]+(?:or|and))[ \t]*[A-Z][A-Z0-9]*(?=[ \t,])",
                        r"[ \t]+(?:[Ss]eries|[Ff]amil(?:y|ies)|[Bb]oards?|form factor)\b")
# A model written as the letters and its revision ("UNO R3", "UNO (Rev3 or earlier)") or a letter
# of the model ("UNO Q", "VAIO S Series"; not A or I, an article or a pronoun: "the ETA I gave",
# nor X, which stands for code in the prose: "the WQL `LIKE` operator").
_MODEL_AFTER = re.compile(r"[ \t]+\(?(?:R|Rev|rev)[ \t]?\d+\b|[ \t]+[B-HJ-WYZ](?![\w'’-]|\.\w)")


def names_a_series(text: str, match: re.Match) -> bool:
    """A product line, a family of boards, or a model with its revision or letter."""
    return SERIES_AFTER.match(text, match.end()) or _MODEL_AFTER.match(text, match.end()) is not None
