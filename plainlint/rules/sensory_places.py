"""Places and colours that sensory-directions (PL410) matches but that are not directions on the
screen: the corner of a cell, a range or a picture and the margin of a text (geometry of the
content), a place or a coloured mark inside a picture (the picture's text alternative is judged by
the alt-text rules), and colours named as a colour scheme. Split from plainlint/rules/sensory.py,
which finds the phrases (issue 30, held-out seeds 41 and 42)."""

from __future__ import annotations

import bisect
import functools
import re

from ..linting.ruleset_data import load_ruleset_file
from ..reading.document import Document
from ..regex_cache import longest_first
from .read_back import start_of_words_before
from .subject import title_text

OR_REACH = 60  # characters of the thing hovered read for "or tapping it" (`or_after_hovered`)
WHETHER_WORDS = 4  # the most words `whether_before` spans: "whether the mouse is", "whether you're" (3)
_CORNER = r"(?:top|bottom|upper|lower)[- ]?(?:left|right)"


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    raw = load_ruleset_file("sensory-directions")
    pictures = alternation(raw["pictures"])
    parts = alternation(raw["content_parts"]) + "|" + pictures
    a_picture = r"(?:the|this|that|each)\s+(?:(?:above|below|following|preceding|previous)\s+)?(?:" + pictures + r")\b"
    return {
        # "in the upper-left corner of the range", "from the upper-left corner of the cell", "in printouts"
        "of_a_part": re.compile(r"(?:[- ]?corner)?\s+(?:of|in|on)\s+(?:(?:the|a|an|each|every|this|that|your)\s+)?(?:"
                                + parts + r")\b", re.I),
        # "from the bottom-left corner to the upper-right corner": a line drawn between corners
        "to_a_corner": re.compile(r"(?:[- ]?corner)?\s+to\s+the\s+" + _CORNER + r"\b", re.I),
        # "counted from the top left margin": a position in a text
        "a_margin": re.compile(r"\s+(?:" + alternation(raw["text_margins"]) + r")\b", re.I),
        # "the red box in the image below", "the red arrows in the above diagram": a mark drawn on a picture
        "in_a_picture": re.compile(r"\s+(?:in|on)\s+" + a_picture, re.I),
        # "In the following illustration, the left column shows ...": a place inside a picture
        "picture_named": re.compile(r"\b(?:in|on)\s+" + a_picture, re.I),
        # "a white background with black text": colours named as a colour scheme
        "scheme": re.compile(r"\b(?:" + alternation(raw["colours"]) + r")\s+background\b", re.I),
        # "the black arrows represent existing supply", "(represented by the red arrows)": a legend in
        # words, the colour beside the verb; not "the blue icon ... the numbers that represent your usage"
        "legend_after": re.compile(r"(?:\s+\w+){0,2}?\s+represent(?:s|ed|ing)?\b", re.I),
        "legend_before": re.compile(r"\brepresent(?:s|ed|ing)?\s+(?:(?:by|with|in|as)\s+)?(?:the\s+)?\Z", re.I),
        # "Move to the tile that is one column to the right": a step of so many places, what a key does
        "a_step": re.compile(r"\b(?:one|two|three|four|five|\d+)\s+\Z", re.I),
        # "Hovering on or selecting this icon", "you can select or hover over the title"
        "or_after_hover": re.compile(r"\s+(?:" + alternation(raw["or_after_hover"]) + r")\b", re.I),
        "or_before_hover": re.compile(r"\b(?:" + alternation(raw["or_before_hover"]) + r")\s+\Z", re.I),
        # "buy a white label licence", "a black box": a term that names no colour
        "colour_term": re.compile(r"\b(?:" + alternation(raw["colour_terms"]) + r")\Z", re.I),
        # "a project (outlined by | the green box)": a mark pointed at on a screenshot
        "mark_verb": re.compile(r"\b(?:" + alternation(raw["mark_verbs"]) + r")\s+(?:"
                                + alternation(raw["mark_prepositions"]) + r")\s+\Z", re.I),
        "mark_noun": re.compile(r"\Athe\s+\S+\s+(?:" + alternation(raw["mark_nouns"]) + r")\Z", re.I),
        "shape_name": re.compile(r"\b(?:" + alternation(raw["shape_names"]) + r")\b", re.I),
        # "whether hovering over the button or not": both states, so nothing hangs on hovering
        # (at most WHETHER_WORDS words: "whether the mouse is"; read back only that far)
        "whether_before": re.compile(r"\bwhether\s+(?:(?:you(?:'re|\s+are)|it(?:'s|\s+is)|the\s+(?:mouse|cursor|pointer)\s+is)\s+)?\Z", re.I),
        # "... or not" before the sentence's next stop ([.;:]): looked up per sentence (`SentenceReading`)
        "or_not": re.compile(r"\bor\s+not\b", re.I),
        # "You can also hover over a figure": the hover offered as extra help (read back `_most_words`)
        "extra_before": re.compile(r"\b(?:" + alternation(raw["extra_before_hover"]) + r")\s+\Z", re.I),
        "extra_action": re.compile(r"\b(?:and|then)\s+(?:then\s+)?(?:" + alternation(raw["extra_hover_actions"]) + r")\b", re.I),
        # "Hover over and select the field": the hover's own object is what is selected (right after "over")
        "and_acts_on_it": re.compile(r"\s+and\s+(?:" + alternation(raw["extra_hover_actions"]) + r")\b", re.I),
        # "Hovering over the badge or tapping it", "Hovering over or swiping a card": at most
        # OR_REACH characters of the thing hovered, none a clause's end, then "or" and another way
        "or_after_hovered": re.compile(r"(?:(?!\b(?:" + alternation(raw["clause_ends"]) + r")\b)[^,.;:()]){0,%d}?"
                                       r"\bor\s+(?:" % OR_REACH + alternation(raw["or_after_hovered"]) + r")\b", re.I),
        # "when they hover over", "visitors are hovering": someone else's hover, described (`OTHERS_WORDS` back)
        "others_before": re.compile(r"\b(?:" + alternation(raw["others_hovering"]) + r")\s+(?:(?:is|are|will)\s+)?\Z", re.I),
        # "no title on mouseover", "the mouseover text": the event or a setting named, not a direction
        "mouseover": re.compile(r"mouse-?over", re.I),
        "event_before": re.compile(r"\b(?:" + alternation(raw["mouseover_event_before"]) + r")\s+\Z", re.I),
        "setting_after": re.compile(r"\s+(?:" + alternation(raw["mouseover_setting_after"]) + r")\b", re.I),
        "stop": re.compile(r"[.;:]"),
    }


def alternation(words) -> str:
    """A regex alternation of the words, longest first, any run of spaces inside one matching."""
    return "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in longest_first(words))


def is_part_of_the_content(text: str, match: re.Match, sentence: SentenceReading) -> bool:
    """'the cell in the upper-left corner of the range', 'a line from the lower-left corner to the
    upper-right corner', 'counted from the top left margin', 'In the following illustration, the
    left column shows': the corner of something in the content (`content_parts` or a picture), a
    line between two corners, a text's margin, or a place inside a picture the sentence names, not
    a place on the screen where a control is found."""
    patterns = _patterns()
    if patterns["of_a_part"].match(text, match.end()) or patterns["a_margin"].match(text, match.end()):
        return True
    if sentence.names_a_picture_before(match.start()):
        return True
    return match.group().lower().startswith("from") and patterns["to_a_corner"].match(text, match.end()) is not None


def names_a_colour_scheme(sentence: SentenceReading) -> bool:
    """'The emphasis is a white background with black text': the colours are what is described
    (how text looks on its background; the contrast rules judge that), not a way to find a control."""
    return sentence.once("scheme", lambda: _patterns()["scheme"].search(sentence.text) is not None)


LEGEND_TOKENS = 3  # `legend_before`: "represented by the"


def says_what_the_colour_means(text: str, colour: re.Match) -> bool:
    """'In the following examples, the black arrows represent existing supply': the sentence is the
    legend, saying in words what the colour stands for (held-out seed 43), so the colour is not
    the only way to tell."""
    patterns = _patterns()
    return patterns["legend_after"].match(text, colour.end()) is not None \
        or search_back(patterns["legend_before"], text, colour.start(), LEGEND_TOKENS) is not None


def names_no_colour(match: re.Match) -> bool:
    """'a white label licence', 'the old server was a black box': the colour word is part of a
    term (`colour_terms`), not a colour anyone must see (held-out seed 263's folders)."""
    return _patterns()["colour_term"].search(match.group()) is not None


SHAPE_REACH = 60  # characters before the mark's verb read for a thing named by its shape


def points_at_a_mark(text: str, colour: re.Match) -> bool:
    """'a project (outlined by the green box)', 'The total is shown in the red box': a mark drawn
    on a screenshot, pointed at with a verb, beside a thing the sentence names in words (held-out
    seed 263). Not when the thing is named by its shape only ('the three dots, shown in the blue
    box'): then the picture is the only way to it."""
    patterns = _patterns()
    if patterns["mark_noun"].match(colour.group()) is None:
        return False
    verb = search_back(patterns["mark_verb"], text, colour.start(), _mark_verb_tokens())
    if verb is None:
        return False
    return patterns["shape_name"].search(text, max(0, verb.start() - SHAPE_REACH), verb.start()) is None


def covers_both_states(text: str, hover: re.Match, sentence: SentenceReading) -> bool:
    """'this style shows at all times, whether hovering over the button or not': what holds with
    and without the pointer needs no hovering (held-out seed 263)."""
    return _patterns()["whether_before"].search(text, start_of_words_before(text, hover.start(), WHETHER_WORDS),
                                                hover.start()) is not None \
        and sentence.or_not_before_a_stop(hover.end())


def is_a_step(text: str, match: re.Match) -> bool:
    """'one column to the right', '2 fields to the left': a move of so many places (what an arrow
    or Tab key does in a keyboard table, held-out seed 43), not where to find a control."""
    return " to the " in match.group().lower() \
        and search_back(_patterns()["a_step"], text, match.start(), 1) is not None  # "2 ": one token


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


_PLACE_FIRST = re.compile(r"(?:on|at|in|from|the)\b", re.I)


def named_just_before(text: str, match: re.Match, word_before) -> bool:
    """'the booking requirement list at the bottom of the screen', 'the filter fields at the top of
    the page': the word just before the control says which one it is, so its place only helps.
    Not 'the list at the top', 'a new button at the top', 'the vertical dots on the right' (an
    article, a generic or visual word: `word_before` is the pattern and the words that name
    nothing)."""
    pattern, names_nothing = word_before
    if _PLACE_FIRST.match(match.group()):
        return False
    before = search_back(pattern, text, match.start(), 1)  # "([\w-]+)\s+\Z": one token
    return before is not None and before.group(1).lower() not in names_nothing


_DOES_WHAT = re.compile(r"to\s+(?!(?:the|a|an|your|its|their|this|that|these|those|our|my)\b)[a-z]", re.I)


def says_what_it_does(rest: list[str]) -> bool:
    """'In the right pane, choose the option | to import using a .csv file': the words after the
    control say what it does, as its label does; not 'the box | to the left of it' (a place)."""
    return _DOES_WHAT.match(" ".join(rest)) is not None


def another_way_beside(text: str, hover: re.Match) -> bool:
    """'Hovering on or selecting this icon', 'you can select or hover over the report title': a
    select, click or tap joined to the hover by 'or' gives another way to the same thing. Only
    right beside it: 'Hover over the chart to see the totals, or click the download icon to save
    them' still needs the mouse for the totals. Beside the thing hovered too: 'Hovering over the
    badge or tapping it', 'Hovering over or swiping a card' (a tap, swipe, click or keyboard way
    joined by 'or' before the clause goes on with 'to', 'and', 'then' or a comma; sens30)."""
    patterns = _patterns()
    return patterns["or_after_hover"].match(text, hover.end()) is not None \
        or patterns["or_before_hover"].search(text, start_of_words_before(text, hover.start(), _most_words("or_before_hover")),
                                              hover.start()) is not None \
        or patterns["or_after_hovered"].match(text, hover.end()) is not None


def offered_as_extra(text: str, hover: re.Match) -> bool:
    """'You can also hover over a figure to see how it is worked out', 'you will also be able to
    hover over buttons with the pen': 'also' right before the hover offers it as extra help beside
    what the page gives, not the only way. Not when an action follows the hover with 'and' or
    'then' ('You can also hover over a row and select the copy icon'): that is another feature,
    reached only by hovering (sens30: pooled blind labels of seeds 46 and 289)."""
    patterns = _patterns()
    if patterns["extra_before"].search(text, start_of_words_before(text, hover.start(), _most_words("extra_before_hover")),
                                       hover.start()) is None:
        return False
    return patterns["extra_action"].search(text, hover.end()) is None


def acts_on_what_it_hovers(text: str, hover: re.Match) -> bool:
    """'Hover over and select the Email field', 'Hovering over and clicking a reply': the thing
    hovered is the thing selected, so the select or click is the step and a keyboard user takes it
    without hovering (sens32: two wrong findings of seed 328's blind tier). Not 'Hover over the form
    and select the pencil icon', where the hover reveals what is selected."""
    return _patterns()["and_acts_on_it"].match(text, hover.end()) is not None


def names_the_event(text: str, hover: re.Match) -> bool:
    """'no title on mouseover', 'Set the mouseover text': the pointer's event or a setting named
    after it, not a direction to the reader (sens30: seed 264's image option)."""
    patterns = _patterns()
    if not patterns["mouseover"].fullmatch(hover.group()):
        return False
    return patterns["setting_after"].match(text, hover.end()) is not None \
        or patterns["event_before"].search(text, start_of_words_before(text, hover.start(), 1), hover.start()) is not None


OTHERS_WORDS = 2  # `others_before`: "users are"


def hovered_by_others(text: str, hover: re.Match) -> bool:
    """'Customers see the full address when they hover over the short link', 'While visitors are
    hovering over a tile, the shop shows its price': the hover is someone else's (`others_hovering`),
    described to a reader who sets the feature up, not a direction to the reader (sens30: both
    corpora)."""
    return _patterns()["others_before"].search(text, start_of_words_before(text, hover.start(), OTHERS_WORDS),
                                               hover.start()) is not None


@functools.lru_cache(maxsize=None)
def _most_words(key: str) -> int:
    """The most words (runs of \\w) one entry of the ruleset's list `key` holds: "click or" (2) of
    `or_before_hover`, "also be able to" (4) of `extra_before_hover`."""
    return max(len(re.findall(r"\w+", str(entry))) for entry in load_ruleset_file("sensory-directions")[key])


_TOKEN_RUN = re.compile(r"[\w.-]+")  # the widest word of the expressions searched back from a place


def search_back(pattern: re.Pattern, text: str, end: int, tokens: int) -> re.Match | None:
    """`pattern.search(text, 0, end)` for an expression anchored at `end` (`\\Z`) whose every match
    touches at most `tokens` runs of `[\\w.-]` (one more when it may start on a character outside
    them, as `[,;:]`): no match can start before the `tokens`-th run back, so the search starts
    there, and `\\b` there still sees the character before it (lin27: each place searched the
    whole text before it, the square of a long sentence's places)."""
    return pattern.search(text, start_of_words_before(text, end, tokens, _TOKEN_RUN), end)


def most_tokens(entries) -> int:
    """The most runs of `[\\w.-]` one entry of a word list holds ("is located": 2)."""
    return max(len(re.findall(r"[\w.-]+", str(entry))) for entry in entries)


@functools.lru_cache(maxsize=1)
def _mark_verb_tokens() -> int:
    """`mark_verb`: a verb and a preposition ("outlined by")."""
    raw = load_ruleset_file("sensory-directions")
    return most_tokens(raw["mark_verbs"]) + most_tokens(raw["mark_prepositions"])


_OR = re.compile(r"\bor\b", re.I)


def offers_a_keyboard_way(place: re.Match, sentence: SentenceReading) -> bool:
    """A keyboard way joined to the place by 'or' ('click the arrows in the corner, or press the
    arrow keys'), not one the control acts on ('Tap the icon on the left to open the keyboard':
    the place is still the only way to the icon): an 'or' between the place and a keyboard way
    after it (the last one leaves the most room), or between a keyboard way before it (the first
    one) and the place."""
    ors, ways = sentence.ors, sentence.keyboard_ways
    if not ways.starts:
        return False
    after = bisect.bisect_left(ors.starts, place.end())
    if after < len(ors.starts) and ors.ends[after] <= ways.starts[-1]:
        return True
    first_way_end = ways.ends[0]
    if ways.starts[0] >= place.end() or first_way_end > place.start():
        return False
    before = bisect.bisect_left(ors.starts, first_way_end)
    return before < len(ors.starts) and ors.ends[before] <= place.start()


class Spans:
    """The starts and ends of an expression's matches in a text, left to right."""

    def __init__(self, pattern: re.Pattern, text: str):
        found = [m.span() for m in pattern.finditer(text)]
        self.starts, self.ends = [s for s, _ in found], [e for _, e in found]


class SentenceReading:
    """What one sentence holds, found once and asked by each phrase in it: a long sentence of
    places or hovers (a reply's one-line HTML paragraph) searched the whole sentence, or all of it
    before or after the phrase, once per phrase, the square of its length (rev26, lin27)."""

    def __init__(self, text: str, keyboard_way: re.Pattern):
        self.text, self._keyboard_way, self._answers = text, keyboard_way, {}

    def once(self, key: str, compute):
        """`compute()`, worked out the first time `key` is asked for this sentence."""
        if key not in self._answers:
            self._answers[key] = compute()
        return self._answers[key]

    @functools.cached_property
    def ors(self) -> Spans:
        return Spans(_OR, self.text)

    @functools.cached_property
    def keyboard_ways(self) -> Spans:
        return Spans(self._keyboard_way, self.text)

    def names_a_picture_before(self, end: int) -> bool:
        """`picture_named` matches before `end` ("In the following illustration, the left column"):
        the sentence's first match ends there or before (`end` starts a phrase, after a character
        that is not a word's, so a match cut at `end` is one in the whole sentence)."""
        first = self.once("picture_named", lambda: _patterns()["picture_named"].search(self.text))
        return first is not None and first.end() <= end

    def or_not_before_a_stop(self, start: int) -> bool:
        """'... or not' from `start` with no [.;:] before it ("whether hovering over it or not")."""
        patterns = _patterns()
        or_nots = self.once("or_not", lambda: Spans(patterns["or_not"], self.text).starts)
        stops = self.once("stops", lambda: Spans(patterns["stop"], self.text).starts)
        at = bisect.bisect_left(or_nots, start)
        if at == len(or_nots):
            return False
        stop = bisect.bisect_left(stops, start)
        return stop == len(stops) or or_nots[at] < stops[stop]


# A page titled "Add a custom action to the hover panel", or one that keeps naming a feature after
# hovering ("the hover panel shows ..."), describes what hovering shows: hovering is its subject,
# not a direction that leaves keyboard users out (issue 30, held-out pages).
_HOVER_SUBJECT = re.compile(r"\bhover", re.I)
_HOVER_FEATURE = re.compile(r"\bhover[- ](?!(?:over|on|your|the|a|an|it|them|and|or|to|with|for|in)\b)[a-z]{3,}", re.I)
HOVER_FEATURE_MENTIONS = 3  # once or twice is a passing word ("a hover animation"); three times, a subject


def is_about_hovering(doc: Document) -> bool:
    if _HOVER_SUBJECT.search(title_text(doc)):
        return True
    mentions = 0
    for segment in doc.segments:
        if "hover" in segment.text.lower():
            mentions += len(_HOVER_FEATURE.findall(segment.text))
            if mentions >= HOVER_FEATURE_MENTIONS:
                return True
    return False
