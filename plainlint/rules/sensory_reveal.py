"""sensory-directions' tier of pointer directions (sens31, issue 30): a hover that reveals a control
and then acts on it ("hover over the row and click the trash icon", "hover over the badge to reveal the
actions menu", "If you hover over a ticket, a pencil icon is displayed"), what the option
`pointers: reveal` keeps. A keyboard or touch user cannot reach a control that only a hover shows;
a hover to read a tooltip or a value more often has another way on the page (the pooled blind article
labels, by sentence shape: docs/accuracy.md, sens31). Words in rulesets/sensory-directions.yaml."""

from __future__ import annotations

import bisect
import functools
import re

from ..enums import Scope
from ..linting.ruleset_data import load_ruleset_file
from .sensory_places import alternation

CONTROL_REACH = 25  # characters between a revealed control and its verb ("a small arrow icon | will | appear")
REVEALED_WORDS = 4  # words between a revealing verb and the control ("to reveal | the following | options")
HOVERED_WORDS = 6  # the most words of the thing hovered ("hover over | the individual in question")
ALONE_WORDS = 10  # the most words after a hover that is a whole step ("Hover over | the user's row on the table")


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    raw = load_ruleset_file("sensory-directions")
    acts, controls, verbs = (alternation(raw[key]) for key in ("reveal_acts", "reveal_controls", "reveal_verbs"))
    ends = alternation(raw["hovered_thing_ends"])
    return {
        # "... and click", "..., then select", "and then choose": an act in the hover's own sentence
        "act_after": re.compile(r"[^.;:]*?\b(?:and|then)\s+(?:then\s+)?(?:" + acts + r")\b", re.I),
        # "a pencil icon is displayed", "a set of buttons appear", "a gear icon to appear"
        "control_revealed": re.compile(r"\b(?:" + controls + r")\b[^,.;:]{0,%d}?\b(?:" % CONTROL_REACH + verbs + r")\b", re.I),
        # "to reveal the actions menu", "reveals a set of options", "to display the category button"
        "reveals_control": re.compile(r"\b(?:" + verbs + r")\s+(?:[\w-]+\s+){0,%d}?(?:" % REVEALED_WORDS + controls + r")\b", re.I),
        # the thing hovered: up to HOVERED_WORDS words, to a stop or a word that ends it
        "hovered": re.compile(r"(?:\s+[\w'’/-]+){0,%d}?(?=\s*(?:[,.;:]|\Z)|\s+(?:" % HOVERED_WORDS + ends + r")\b)", re.I),
        # "to download it", "to delete the row": the hover's purpose is an act on the thing, whose control
        # the hover shows; right after the thing hovered (not "the variable you want to edit", a relative clause)
        "purpose_act": re.compile(r"\s+(?:in\s+order\s+)?to\s+(?:" + alternation(raw["reveal_purposes"]) + r")\b", re.I),
        # a hover alone as the whole step ("1. Hover over the teammate's row in the table"): no purpose, act
        # or clause after the thing hovered (`alone_ends`), a few words to the sentence's end
        "alone": re.compile(r"(?:\s+(?!(?:" + alternation(raw["alone_ends"]) + r")\b)[\w'’/-]+){0,%d}\s*[.:]?\s*\Z"
                            % ALONE_WORDS, re.I),
        # "Select the row, or hover over it ...": another way given before the hover
        "or_before": re.compile(r"\bor\s+(?:by\s+)?\Z", re.I),
        # the next sentence acting on what appeared: "Then, click ...", "Click it", "Click the pen icon"
        "next_act": re.compile(r"\s*(?:then,?\s+(?:" + acts + r")\b|(?:" + acts + r")\b(?:\s+on)?\s+(?:it|this|that|them|"
                               r"the\b[^.]{0,30}?\b(?:" + controls + r")\b))", re.I),
    }


def reveals_then_acts(sentence: str, start: int, end: int, following: str, next_item=None) -> bool:
    """The pointer phrase at `start`-`end` of `sentence` (`following` is the next sentence's text) is
    a hover that reveals a control and acts on it: an act after it in its sentence, a control the
    sentence says the hover reveals (not the thing hovered, nor one offered after 'or'), a purpose
    that is an act on the thing ('to download it'), or the next sentence acting on it. `next_item`,
    given when the sentence ends a list item, returns the next item's text: a hover alone as a
    step, the next step acting on what appeared ('1. Hover over the row' / '2. Click the trash
    icon'; sens32: six such in seed 328, all right)."""
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
        or patterns["purpose_act"].match(sentence, beyond) is not None \
        or patterns["next_act"].match(following) is not None \
        or (next_item is not None and patterns["alone"].match(sentence, end) is not None
            and patterns["next_act"].match(next_item()) is not None)


# What may stand between a list item's end and the next item's start: spaces, a list marker, an HTML
# list's or paragraph's tags; anything else (a picture, a note, a code block) is another step between.
_ONLY_LIST_MARKS = re.compile(r"(?:\s+|</?(?:li|ul|ol|p)\b[^>]*>|[-*+](?=\s)|\d+[.)](?=\s))*\Z", re.I)


def next_list_item(doc, segment) -> str:
    """The text of the list item right after `segment` (a list item) in the source, only list marks
    between them; "" when there is none."""
    starts = doc.cached("sensory-directions list items", lambda: _list_item_starts(doc))
    end = segment.to_source(len(segment.text), len(segment.text)).end
    at = bisect.bisect_left(starts, (end,))
    if at == len(starts) or not _ONLY_LIST_MARKS.match(doc.source.text, end, starts[at][0]):
        return ""
    return doc.segments[starts[at][1]].text


def _list_item_starts(doc) -> list[tuple[int, int]]:
    """(source start, index) of each list item segment, in source order."""
    return sorted((segment.to_source(0, 0).start, index) for index, segment in enumerate(doc.segments)
                  if segment.scope == Scope.LIST_ITEM)
