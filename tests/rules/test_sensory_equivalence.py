"""sensory-directions answers as it did before lin27 made it linear in a sentence's places, colours
and hovers (tests/running/test_linear_rules.py). The old readings are kept here only: each
expression searched from the sentence's start to the phrase, the keyboard ways, 'or not', the
picture named and the label marks read for each phrase. Random texts of the words those readings
look for (seeds 2701 and 2702), compared at every end offset or at every phrase the rule finds."""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

import pytest

from plainlint.linting.ruleset_data import load_ruleset_file
from plainlint.rules import sensory, sensory_labels, sensory_places
from plainlint.rules.sensory_patterns import patterns
from plainlint.rules.sensory_places import SentenceReading, search_back, start_of_words_before

RAW = load_ruleset_file("sensory-directions")
_FILLER = ["the", "The", "a", "an", "your", "this", "each", "in", "on", "at", "from", "to", "of", "by", "with",
           "top", "bottom", "left", "right", "upper-left", "top right", "corner", "side", "hand", "or", "Or", "not",
           "and", "then", "whether", "keyboard", "arrow keys", "represent", "represented", "as", "one", "two", "2",
           "x.y", "a-b", "node", "list", "v1.2", "é", "_x", "-", "—", "then", "above", "following", "box", "red",
           "shown", "outlined", "display", "the top of", "hover", "over", "mouse", "or not", "page", "window"]
_VOCABULARY = sorted({str(w) for key in ("choosing_verbs", "placed_verbs", "showing_verbs", "design_verbs",
                                         "mark_verbs", "mark_prepositions", "controls", "layout", "pictures",
                                         "colours", "keyboard_ways", "mark_nouns", "shape_names") for w in RAW[key]}
                     | set(_FILLER))
_GAPS = [" ", " ", " ", "  ", "\n", "\t", ", ", "; ", ": ", ". ", " - ", "-", ".", "", "\u00a0", " (", ") ", " — "]


def random_texts(seed: int, count: int, longest: int = 16) -> list[str]:
    rng, vocabulary = random.Random(seed), _VOCABULARY
    return ["".join(rng.choice(vocabulary) + rng.choice(_GAPS) for _ in range(rng.randint(1, longest)))
            for _ in range(count)]


_NOUNS = ["node", "x-y", "x.y", "list", "My", "é", "_x", "v1.2", "-", "—", "settings", "a.b.c", "red"]
_DETERMINERS = ["the", "The", "a", "an", "your", "this", "each"]
_SPACES = [" "] * 12 + ["  ", "\n", "\t", "\u00a0", ", ", " - ", "-", ".", ""]


def _listed(key: str) -> list[str]:
    return [str(w) for w in RAW[key]]


def _phrase(rng: random.Random, slots) -> str:
    """One phrase of a reading's shape: a choice from each slot ('' leaves it out; an int n, 1 to n
    nouns), words joined by spaces mostly."""
    words = []
    for slot in slots:
        if isinstance(slot, int):
            words += [rng.choice(_NOUNS) for _ in range(rng.randint(1, slot))]
        else:
            words.append(rng.choice(slot))
    return "".join(word + rng.choice(_SPACES) for word in words if word)


def shaped_texts(seed: int, count: int, slots) -> list[str]:
    """Texts of phrases in a reading's shape with random words and marks between them."""
    rng = random.Random(seed)
    return ["".join(_phrase(rng, slots) if rng.random() < 0.6 else rng.choice(_VOCABULARY) + rng.choice(_GAPS)
                    for _ in range(rng.randint(1, 5))) for _ in range(count)]


def _searched_back():
    """(name, expression, the token count lin27 searches back with, the shape of its texts) of
    each reading that did `pattern.search(text, 0, end)`."""
    found, places, tokens = patterns(), sensory_places._patterns(), sensory._tokens_before()
    at = ["on", "in", "at", "within", "inside", "from", "ON"]
    return [("thing_before", found["thing_before"][0], sensory.THING_BEFORE_TOKENS,
             [_NOUNS + [""], ["the", "a", "an", "An"], _NOUNS + [""], _NOUNS, at]),
            ("word_before", found["word_before"], 1, [_NOUNS]),
            ("chosen_before", found["chosen_before"][0], tokens["chosen_before"],
             [_listed("choosing_verbs"), ["on", ""], _DETERMINERS + [""], 5, ["-", "—", "–", ""], at]),
            ("placed_before", found["placed_before"][0], tokens["placed_before"],
             [[",", ";", "the", "a", "your", ""], 7, _listed("placed_verbs"), ["in", "on", "at", ""],
              ["a", "an", "the top of", "the bottom of", ""]]),
            ("shown_before", found["shown_before"][0], tokens["shown_before"],
             [_listed("showing_verbs"), 5, ["in", "on", "at"]]),
            ("designed_before", found["designed_before"], tokens["designed_before"],
             [_listed("design_verbs"), ["the", "an", "a", "your", "each", "every"], 25]),
            ("a_step", places["a_step"], 1, [["one", "Two", "2", "12", "x2", "1.5"]]),
            ("legend_before", places["legend_before"], sensory_places.LEGEND_TOKENS,
             [["represent", "represents", "represented", "representing"], ["by", "with", "in", "as", ""], ["the", ""]]),
            ("mark_verb", places["mark_verb"], sensory_places._mark_verb_tokens(),
             [_listed("mark_verbs"), _listed("mark_prepositions")])]


@pytest.mark.parametrize("name, pattern, tokens, slots", _searched_back(), ids=[r[0] for r in _searched_back()])
def test_searching_back_finds_what_searching_from_the_start_finds(name, pattern, tokens, slots):
    found, needed = 0, tokens <= 1
    for text in shaped_texts(2701, 1500, slots):
        for end in range(len(text) + 1):
            whole = pattern.search(text, 0, end)
            near = search_back(pattern, text, end, tokens)
            assert _span(whole) == _span(near), (text, end)
            found += whole is not None
            needed = needed or _span(whole) != _span(search_back(pattern, text, end, tokens - 1))
    assert found > 100  # the texts hold what the expression looks for
    assert needed or name == "designed_before", name  # the count is needed: one token fewer finds otherwise


def _span(match):
    return match and (match.span(), match.groups())


def test_designed_before_needs_its_tokens():
    """`\\w[^,.;:]{0,60}` holds 31 runs at most, of one letter each ('x x x ...')."""
    pattern, tokens = patterns()["designed_before"], sensory._tokens_before()["designed_before"]
    differ = []
    for count in range(20, 45):
        text = "Always display the " + "x " * count
        assert _span(pattern.search(text)) == _span(search_back(pattern, text, len(text), tokens))
        differ.append(_span(pattern.search(text)) != _span(search_back(pattern, text, len(text), tokens - 1)))
    assert any(differ)


def _start_of_words_before_by_character(text: str, end: int, count: int, in_word) -> int:
    """rev26's reading, a character at a time."""
    at = end
    for _ in range(count):
        while at > 0 and not in_word(text[at - 1]):
            at -= 1
        while at > 0 and in_word(text[at - 1]):
            at -= 1
    return at


def test_start_of_words_before_in_windows_as_a_character_at_a_time():
    runs = {r"\w+": lambda c: c.isalnum() or c == "_", r"[\w.-]+": lambda c: c.isalnum() or c in "_.-"}
    for text in random_texts(2702, 300, longest=60):
        for pattern, in_word in runs.items():
            for end in range(0, len(text) + 1, 3):
                for count in (1, 2, 5, 13, 33):
                    assert start_of_words_before(text, end, count, re.compile(pattern)) \
                        == _start_of_words_before_by_character(text, end, count, in_word), (text, end, count)


# The readings of the whole sentence, before lin27 ------------------------------------------------

_OR = re.compile(r"\bor\b", re.I)
_OR_NOT_AFTER = re.compile(r"[^.;:]*?\bor\s+not\b", re.I)


def _old_offers_a_keyboard_way(text, place, keyboard_way):
    for way in keyboard_way.finditer(text):
        between = text[place.end():way.start()] if way.start() >= place.end() else text[way.end():place.start()]
        if _OR.search(between):
            return True
    return False


def _old_is_part_of_the_content(text, match):
    places = sensory_places._patterns()
    if places["of_a_part"].match(text, match.end()) or places["a_margin"].match(text, match.end()):
        return True
    if places["picture_named"].search(text, 0, match.start()):
        return True
    return match.group().lower().startswith("from") and places["to_a_corner"].match(text, match.end()) is not None


def test_the_sentence_is_read_once_as_it_was_read_for_each_phrase():
    found = patterns()
    asked = {"keyboard": 0, "picture": 0, "or not": 0}
    shapes = [[["button", "icon", "menu", "list"], ["on", "at", "in", "to", "from"], ["the"],
               ["left", "right", "top left", "upper-right corner", "bottom-left"]],
              [["in", "on", "In"], ["the", "this", "each"], ["following", "above", ""], _listed("pictures")],
              [["or", "Or", "nor", "or not", "OR"]], [_listed("keyboard_ways")], [[".", ";", ":", ",", "!"]],
              [["hover over", "hovering on", "mouse over", "mouseover"]], [["whether"]], [_NOUNS]]
    rng = random.Random(2702)
    texts = ["".join(_phrase(rng, rng.choice(shapes)) for _ in range(rng.randint(1, 9))) for _ in range(4000)]
    for text in texts:
        sentence = SentenceReading(text, found["keyboard_way"])
        for place in found["position"].finditer(text):
            old = _old_offers_a_keyboard_way(text, place, found["keyboard_way"])
            assert sensory_places.offers_a_keyboard_way(place, sentence) == old, (text, place)
            asked["keyboard"] += old
            old = _old_is_part_of_the_content(text, place)
            assert sensory_places.is_part_of_the_content(text, place, sentence) == old, (text, place)
            asked["picture"] += old
        for hover in found["pointer"].finditer(text):
            old = _OR_NOT_AFTER.match(text, hover.end()) is not None
            assert sentence.or_not_before_a_stop(hover.end()) == old, (text, hover)
            asked["or not"] += old
    assert min(asked.values()) > 20, asked  # each reading said yes often enough to count


# The label marks around a phrase, before lin27 -----------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?]\s+\S")


def _old_label_bounds(before: str, after: str):
    for mark in sensory_labels._PAIRED_MARKS:
        if before.count(mark) % 2 == 1 and mark in after:
            yield before.rfind(mark) + len(mark), after.find(mark)
    lowered_before, lowered_after = before.lower(), after.lower()
    for open_, close in sensory_labels._TAG_PAIRS:
        at = lowered_before.rfind(open_)
        if at > lowered_before.rfind(close) and close in lowered_after:
            yield before.find(">", at) + 1, lowered_after.find(close)
    opening = before.rfind("[[")
    if opening > before.rfind("]") and "]]" in after and not before[:opening].endswith("!"):
        yield opening + 2, after.find("]]")


def _old_inside_a_label(source: str, start: int, end: int) -> bool:
    line_start = source.rfind("\n", 0, start) + 1
    line_end = source.find("\n", end)
    before, after = source[line_start:start], source[end:line_end if line_end >= 0 else len(source)]
    return any(not _SENTENCE_END.search(before[opened:] + source[start:end] + after[:closed])
               for opened, closed in _old_label_bounds(before, after))


_MARKED = ["**", "__", "`", "***", "<b>", "</b>", "<strong>", "</STRONG>", "<Code x>", "</code>", "<kbd>", "</kbd>",
           "[[", "]]", "]", "![[", ">", "İ", "Σ", ". ", "! x", "?  ", "word", "left", "on the", "\n", " ", " ", "ſ"]


def test_the_marks_of_a_line_are_read_once_as_they_were_read_for_each_phrase():
    """Every stretch of random lines of marks asked as a phrase (seed 2702), the lowered tags
    (İ lowers to two characters, Σ by its neighbours) included."""
    rng, inside = random.Random(2702), 0
    for _ in range(400):
        source = "".join(rng.choice(_MARKED) for _ in range(rng.randint(1, 18)))
        lines = sensory_labels.SourceLines(source)
        segment = SimpleNamespace(to_source=lambda s, e: SimpleNamespace(start=s, end=e))
        doc = SimpleNamespace(source=SimpleNamespace(text=source))
        for start in range(len(source)):
            for end in range(start + 1, min(len(source), start + 15) + 1):
                old = _old_inside_a_label(source, start, end)
                assert sensory_labels.inside_a_label(doc, segment, start, end, lines) == old, (source, start, end)
                inside += old
    assert inside > 1000


def test_a_colon_after_the_place_is_asked_without_copying_the_rest():
    for rest in (":", " : ", ":\n", "\u00a0:\u2003", "", " ", "::", ": x", "x:", " :."):
        text = "the tabs on the left" + rest
        assert (sensory_labels._ONLY_A_COLON.match(text, 20) is not None) == (text[20:].strip() == ":"), rest


def test_a_quote_in_the_sentence_is_looked_up_as_it_was_read():
    rng = random.Random(2701)
    for _ in range(2000):
        quotes, at = [], 0
        for _ in range(rng.randint(0, 6)):
            at += rng.randint(0, 5)
            length = rng.randint(1, 6)
            quotes.append((at, at + length))
            at += length
        start = rng.randint(0, at + 2)
        sentence = SimpleNamespace(start=start, end=start + rng.randint(0, 12))
        old = bool(quotes) and any(q[0] >= sentence.start and q[1] <= sentence.end for q in quotes)
        assert sensory._holds_a_quote(quotes, sentence) == old, (quotes, sentence)
