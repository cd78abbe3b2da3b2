"""sensory-directions' patterns, built from rulesets/sensory-directions.yaml: the sensory phrases
themselves by kind (colour, shape, position, picture, pointer), the words around them the rule reads
to judge a phrase, and the cheap word tests that skip a sentence no pattern can match."""

from __future__ import annotations

import functools
import re

from ..linting.ruleset_data import load_ruleset_file
from ..nlp.casefold import holds_a_fold_to_ascii
from .prose_scan import Precheck, words_precheck
from .sensory_places import alternation as _alternation


ALSO_REACH = 80  # characters from "also" to the other way in the next sentence (`next_sentence_also_ways`)


# Function words: a thing's name read after a choosing verb ends at one ('click the tab that ...'),
# and none names the control just before a sensory phrase.
STOP = {"that", "which", "who", "in", "on", "at", "from", "to", "for", "and", "or", "with", "you", "of",
        "then", "by", "under", "into"}


# An object that says nothing about the thing: any one of them, or a pronoun ("select it from the
# button at the top of the page").
NOT_A_NAME = {"a", "an", "any", "some", "it", "them", "one", "this", "that", "these", "those", "something", "as"}


def _phrase_sources(raw: dict) -> dict[str, str]:
    """kind -> pattern of the sensory phrases themselves (colour, shape, position, picture, pointer)."""
    colour, shape, size = (_alternation(raw[k]) for k in ("colours", "shapes", "sizes"))
    control, picture = _alternation(raw["controls"]), _alternation(raw["pictures"])
    correct = _alternation(raw["right_meaning_correct"])
    side = (r"(?:(?:far|top|bottom|upper|lower)[- ]?)?(?:left|right(?!\s+(?:" + correct + r")\b))"
            r"(?:[- ]hand)?(?:\s+side)?")
    corner = r"(?:top|bottom|upper|lower)[- ]?(?:left|right)(?:[- ]hand)?(?:\s+corner)?"
    found = {
        "colour": (r"\b(?:(?:the|a|an|that|this)\s+)?(?:(?:" + size + r")\s+)?(?:" + colour + r")(?:[- ]colou?red)?\s+"
                   r"(?:(?:" + shape + r")\s+)?(?:" + control + r")\b"),
        "in colour": r"\b(?:" + _alternation(raw["colour_markers"]) + r")\s+(?:in\s+|to\s+)?(?:" + colour + r")\b(?![- ]\w)",
        "shape": r"\b(?:the|a|an)\s+(?:(?:" + size + r")\s+)?(?:" + shape + r")\s+(?:" + control + r")\b",
        "position": (r"\b(?:" + control + r")\s+(?:on|at|in|to)\s+the\s+(?:" + side + r"|" + corner + r")\b"
                     r"|\b(?:on|at|in|from)\s+the\s+" + corner + r"\b"
                     r"|\b(?:the\s+)?(?:left|right)(?:[- ]hand)?\s+(?:" + _alternation(raw["layout"]) + r")\b"
                     r"|\b(?:the\s+)?(?:left|right)[- ]hand\s+(?:" + control + r")\b"
                     r"|\b(?:" + control + r")\s+at\s+the\s+(?:top|bottom)\s+of\s+the\s+(?:screen|page|window)\b"),
        "picture": (r"\b(?:" + picture + r")\s+(?:above|below|underneath|beneath)\b"
                    r"|\bas\s+(?:shown|seen|pictured|illustrated)\s+(?:in\s+the\s+(?:" + picture + r")\s+)?(?:above|below|underneath)\b"),
        "pointer": (r"\b(?:hover(?:ing)?|mous(?:e|ing))\s+(?:(?:your|the)\s+(?:" + _alternation(raw["pointer_devices"]) + r")\s+)?"
                    r"(?:over|on)\b|\bmouse-?over\b"),
    }
    return found


@functools.lru_cache(maxsize=1)
def patterns() -> _Patterns:
    raw = load_ruleset_file("sensory-directions")
    sources = {kind: (pattern, re.I if kind in ("pointer", "picture", "position") else 0)
               for kind, pattern in _phrase_sources(raw).items()}
    sources["named"] = (r"\b([A-Za-z][\w-]*)\s+(?:" + _alternation(raw["named_controls"]) + r")\b", 0)
    sources["alternatives"] = (r"\b(?:" + _alternation(raw["alternatives"]) + r")\b", re.I)
    sources["next_alternatives"] = (r"\b(?:" + _alternation(raw["next_sentence_alternatives"]) + r")\b", re.I)
    # A changelog line citing its issue or pull request ("Fixed jumping when hovering over sidebar items
    # (#10760)") records a change, and a sentence showing how markup renders ("Renders to (hover over the
    # link, there is no tooltip):") demonstrates an example: neither directs the reader (sens30)
    sources["change_record"] = (r"(?<![\w&])#\d{2,}\b", 0)
    sources["rendering_demo"] = (r"\b(?:" + _alternation(raw["rendering_demo"]) + r")\b", re.I)
    # in the next sentence's first clause: not a later line of a definition list read as one sentence with
    # it, whose "also ... pressing" offers a key for something else
    sources["next_also_way"] = (r"[^.;:\n]*?\balso\b[^.;:\n]{0,%d}?\b(?:" % ALSO_REACH
                                + _alternation(raw["next_sentence_also_ways"]) + r")\b", re.I)
    sources["keyboard_way"] = (r"\b(?:" + _alternation(raw["keyboard_ways"]) + r")\b", re.I)
    # "on the left or right side": a choice; not "the arrows on the left and right", both found by place
    sources["either_side"] = (r"\s+or\s+(?:the\s+)?(?:left|right|top|bottom)\b", re.I)
    sources["thing_before"] = (r"\b(?:([\w-]+)\s+)?(the|an?)\s+(?:([a-z][\w-]*)\s+)?([a-z][\w-]*)\s+(?:on|in|at|within|inside)\s+\Z", re.I)
    choosing, placed = _alternation(raw["choosing_verbs"]), _alternation(raw["placed_verbs"])
    determiners = r"(?P<det>(?:the|your|this|that|its|their|our|a|an)\s+)?"
    sources["chosen_before"] = (r"\b(?:" + choosing + r")\s+(?:on\s+)?" + determiners + r"(?P<words>(?:[\w.-]+\s+){1,4}?)"
                                r"(?:[–—-]\s+)?(?P<prep>in|on|at|from)\s+\Z", re.I)
    verbs = r"(?:" + choosing + r")(?:\s*,?\s+(?:and\s+)?(?:then\s+)?(?:" + choosing + r"))*"  # "locate, and then click"
    sources["chosen_after"] = (r"(?:\s+of\s+[\w.-]+(?:\s+[\w.-]+)?)?\s*,\s*" + verbs + r"\s+(?:on\s+)?" + determiners
                               + r"(?P<words>[\w.-]+(?:\s+[\w.-]+){0,4})", re.I)
    sources["placed_before"] = (r"(?:^|[,;:]\s*|\b(?:the|a|an|your)\s+)(?P<words>(?:[\w.-]+\s+){1,6}?)(?:" + placed + r")\s+"
                                r"(?:(?:in|on|at)\s+(?:an?\s+|the\s+(?:top|bottom)\s+of\s+)?)?\Z", re.I)  # "appears at the top of"
    sources["shown_before"] = (r"\b(?:" + _alternation(raw["showing_verbs"]) + r")\s+(?P<words>(?:[\w.-]+\s+){1,4}?)"
                               r"(?:in|on|at)\s+\Z", re.I)
    sources["designed_before"] = (r"\b(?:" + _alternation(raw["design_verbs"]) + r")\s+(?:the|an?|your|each|every)\s+\w[^,.;:]{0,60}\s+\Z", re.I)
    sources["layout_only"] = (r"(?:the\s+)?(?P<side>left|right)\s+(?:" + _alternation(raw["layout"]) + r")\b", re.I)
    sources["word_before"] = (r"([\w-]+)\s+\Z", 0)
    sources["control_named_before"] = sources["word_before"]
    sources["symbol"] = (r"(?:" + _alternation(raw["symbols"]) + r")\Z", re.I)
    not_names = {str(w).lower() for w in raw["not_names"]}
    generic = not_names | {str(w).lower() for k in ("controls", "layout", "pictures", "named_controls") for w in raw[k]}
    words = {key: frozenset(str(w) for w in raw[key]) for key in ("colours", "shapes")}
    generic_things = generic | {"page", "screen", "side", "corner", "part", "thing", "things"}
    choosing_words = frozenset(w.lower() for w in map(str, raw["choosing_verbs"]))
    layout_words = {"prepositions": frozenset(str(w) for w in raw["place_prepositions"]),
                    "verbs": frozenset(str(w) for w in raw["acting_verbs"])}
    not_before_a_control = generic_things | choosing_words | layout_words["verbs"] | STOP | NOT_A_NAME
    return _Patterns(sources, {"named": not_names, "thing_before": (generic_things, choosing_words),
                               "chosen_before": generic_things, "chosen_after": generic_things,
                               "placed_before": generic_things, "shown_before": generic_things,
                               "layout_only": layout_words, "control_named_before": not_before_a_control},
                     {"colour": words["colours"], "in colour": words["colours"], "shape": words["shapes"]})


POINTER_STARTS, PICTURE_WORDS = ("hover", "mous"), ("above", "below", "underneath", "beneath")
POSITION_ENDS, POSITION_WORDS = ("left", "right"), ("top", "bottom")


@functools.lru_cache(maxsize=1)
def may_hold_a_phrase() -> Precheck:
    """Where a segment can hold a sensory phrase: `_Patterns.may_match` tries a kind only on a
    sentence holding its words (a sentence's words are its segment's), here in any case."""
    raw = load_ruleset_file("sensory-directions")
    listed = {str(word).lower() for key in ("colours", "shapes") for word in raw[key]}
    return words_precheck(whole=listed | set(PICTURE_WORDS) | set(POSITION_WORDS), starting=POINTER_STARTS,
                          ending=POSITION_ENDS)


class _Patterns(dict):
    """kind -> compiled pattern, compiled when a sentence first needs it (the eight patterns
    take 8 ms to compile; most files never need most of them), with `may_match`, a cheap test
    a sentence must pass for a kind's pattern to have any chance."""

    # What every match of a case-insensitive kind holds as a whole word (\\w+ token, lower case),
    # read off the patterns above: a word starting with hover/mous; above/below/underneath/
    # beneath; a word ending in left/right ('left', 'top-left', 'topleft') or top/bottom.
    NEEDED = {"pointer": lambda words: any(w.startswith(POINTER_STARTS) for w in words),
              "picture": lambda words: not words.isdisjoint(PICTURE_WORDS),
              "position": lambda words: any(w.endswith(POSITION_ENDS) for w in words)
              or not words.isdisjoint(POSITION_WORDS)}

    def __init__(self, sources: dict, word_sets: dict, needed_case_sensitive: dict):
        super().__init__()
        self.sources, self.word_sets, self.needed = sources, word_sets, needed_case_sensitive

    def __missing__(self, kind: str):
        """A kind with a word set ('named': words that are not names; 'thing_before': generic
        words) is the pair (pattern, words)."""
        pattern = re.compile(*self.sources[kind])
        self[kind] = value = (pattern, self.word_sets[kind]) if kind in self.word_sets else pattern
        return value

    def may_match(self, kind: str, text: str, lowered_words: set, words: set) -> bool:
        """False only when `kind` cannot match `text`: each needs certain whole words (text
        with a character that re.I matches to an ASCII letter and str.lower() does not, such as
        a long s, is always tried by the case-insensitive kinds)."""
        if kind in self.NEEDED:
            return holds_a_fold_to_ascii(text) or self.NEEDED[kind](lowered_words)
        return not self.needed[kind].isdisjoint(words)
