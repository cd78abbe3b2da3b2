"""sensory-directions' tier of pointer directions (sens31, issue 30): a hover that reveals a control
and then acts on it ("hover over the row and click the trash icon", "hover over the badge to reveal the
actions menu", "If you hover over a ticket, a pencil icon is displayed"), what the option
`pointers: reveal` keeps. A keyboard or touch user cannot reach a control that only a hover shows;
a hover to read a tooltip or a value more often has another way on the page (the pooled blind article
labels, by sentence shape: docs/accuracy.md, sens31). Words in rulesets/sensory-directions.yaml."""

from __future__ import annotations

import functools
import re

from ..linting.ruleset_data import load_ruleset_file
from .sensory_places import alternation

CONTROL_REACH = 25  # characters between a revealed control and its verb ("a small arrow icon | will | appear")
REVEALED_WORDS = 4  # words between a revealing verb and the control ("to reveal | the following | options")
HOVERED_WORDS = 6  # the most words of the thing hovered ("hover over | the individual in question")


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    raw = load_ruleset_file("sensory-directions")
    acts, controls, verbs = (alternation(raw[key]) for key in ("reveal_acts", "reveal_controls", "reveal_verbs"))
    return {
        # "... and click", "..., then select", "and then choose": an act in the hover's own sentence
        "act_after": re.compile(r"[^.;:]*?\b(?:and|then)\s+(?:then\s+)?(?:" + acts + r")\b", re.I),
        # "a pencil icon is displayed", "a set of buttons appear", "a gear icon to appear"
        "control_revealed": re.compile(r"\b(?:" + controls + r")\b[^,.;:]{0,%d}?\b(?:" % CONTROL_REACH + verbs + r")\b", re.I),
        # "to reveal the actions menu", "reveals a set of options", "to display the category button"
        "reveals_control": re.compile(r"\b(?:" + verbs + r")\s+(?:[\w-]+\s+){0,%d}?(?:" % REVEALED_WORDS + controls + r")\b", re.I),
        # the thing hovered: up to HOVERED_WORDS words, to a stop or a word that ends it
        "hovered": re.compile(r"(?:\s+[\w'’/-]+){0,%d}?(?=\s*(?:[,.;:]|\Z)|\s+(?:" % HOVERED_WORDS
                              + alternation(raw["hovered_thing_ends"]) + r")\b)", re.I),
        # "Select the row, or hover over it ...": another way given before the hover
        "or_before": re.compile(r"\bor\s+(?:by\s+)?\Z", re.I),
        # the next sentence acting on what appeared: "Then, click ...", "Click it", "Click the pen icon"
        "next_act": re.compile(r"\s*(?:then,?\s+(?:" + acts + r")\b|(?:" + acts + r")\b(?:\s+on)?\s+(?:it|this|that|them|"
                               r"the\b[^.]{0,30}?\b(?:" + controls + r")\b))", re.I),
    }


def reveals_then_acts(sentence: str, start: int, end: int, following: str) -> bool:
    """The pointer phrase at `start`-`end` of `sentence` (`following` is the next sentence's text) is
    a hover that reveals a control and acts on it: an act after it in its sentence, a control the
    sentence says the hover reveals (not the thing hovered, nor one offered after 'or'), or the next
    sentence acting on it."""
    patterns = _patterns()
    if patterns["or_before"].search(sentence, 0, start):
        return False
    if patterns["act_after"].match(sentence, end):
        return True
    hovered = patterns["hovered"].match(sentence, end)
    beyond = hovered.end() if hovered else end
    return patterns["control_revealed"].search(sentence, beyond) is not None \
        or patterns["reveals_control"].search(sentence, beyond) is not None \
        or patterns["control_revealed"].search(sentence, 0, start) is not None \
        or patterns["next_act"].match(following) is not None
