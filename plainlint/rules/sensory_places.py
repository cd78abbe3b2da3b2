"""Places and colours that sensory-directions (PL410) matches but that are not directions on the
screen: the corner of a cell or a range (geometry of the content a reader edits), and a coloured
mark inside a screenshot (the picture's text alternative is judged by the alt-text rules).
Split from plainlint/rules/sensory.py, which finds the phrases (issue 30, held-out seed 41)."""

from __future__ import annotations

import functools
import re

from ..linting.ruleset_data import load_ruleset_file

_CORNER = r"(?:top|bottom|upper|lower)[- ]?(?:left|right)"


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    raw = load_ruleset_file("sensory-directions")
    parts = "|".join(map(re.escape, sorted(map(str, raw["content_parts"]), key=len, reverse=True)))
    pictures = "|".join(r"\s+".join(map(re.escape, str(p).split()))
                        for p in sorted(map(str, raw["pictures"]), key=len, reverse=True))
    return {
        # "in the upper-left corner of the range", "from the upper-left corner of the cell"
        "of_a_part": re.compile(r"(?:[- ]?corner)?\s+of\s+(?:the|a|an|each|every|this|that|your)\s+(?:"
                                + parts + r")\b", re.I),
        # "from the bottom-left corner to the upper-right corner": a line drawn between corners
        "to_a_corner": re.compile(r"(?:[- ]?corner)?\s+to\s+the\s+" + _CORNER + r"\b", re.I),
        # "the red box in the image below": a mark drawn on a picture
        "in_a_picture": re.compile(r"\s+(?:in|on)\s+(?:the|this|that|each)\s+(?:" + pictures + r")\b", re.I),
    }


def is_part_of_the_content(text: str, match: re.Match) -> bool:
    """'the cell in the upper-left corner of the range', 'a line from the lower-left corner to the
    upper-right corner': the corner of something in the content (`content_parts` in the ruleset),
    or a line between two corners, not a place on the screen where a control is found."""
    patterns = _patterns()
    if patterns["of_a_part"].match(text, match.end()):
        return True
    return match.group().lower().startswith("from") and patterns["to_a_corner"].match(text, match.end()) is not None


def marks_a_picture(text: str, end: int) -> bool:
    """'the edit icon (as shown in the red box in the image below)': the colour is a mark drawn
    on a screenshot, which everyone reads through the picture's text alternative, not a control."""
    return _patterns()["in_a_picture"].match(text, end) is not None


# Nouns ending in -ly that name things on a screen or in support content; other -ly words are read
# as adverbs ("turn on the view accordingly in the top right": the view, not "accordingly", is the
# thing before the place; issue 30, corpus seed 34).
_NOUNS_IN_LY = frozenset({"reply", "replies", "family", "supply", "assembly", "anomaly", "ally", "rally"})


def looks_like_an_adverb(word: str) -> bool:
    word = word.lower()
    return word.endswith("ly") and len(word) > 4 and word not in _NOUNS_IN_LY
