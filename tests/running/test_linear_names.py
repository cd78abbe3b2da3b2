"""Cost linear in the input, for the rules that read names in capitals (shouting,
undefined-acronym): lists of names, letters in a row, menu steps, names printed on a board. Each
test counts the work or checks that a rewritten expression finds what the old one found (the
old ones are kept here for that). See test_linear_reading.py for the method."""

from __future__ import annotations

import random
import re

import pytest

from plainlint.nlp import sentences as sentences_module
from plainlint.reading.readers import read_document
from plainlint.reading.source import Source
from plainlint.rules import find_rule, shouting, tone_context
from linear_work import counting_patterns, CountingList, CountingStr, grows_linearly, name_list, steps_of
from plhelpers import lint_text
from regex_steps import StepCounter

pytestmark = pytest.mark.slow  # the inner loop leaves it out; CI runs it


# 6-8. shouting: label prefix copies, sentence lookups, acronym set copies --------------------

def test_is_label_copies_no_prefix_of_the_segment():
    text = CountingStr("word " * 5000 + "URGENT notice")
    run = [(25000, 25006, "shout")]
    CountingStr.copied = 0
    assert not shouting._is_label(text, run)
    assert CountingStr.copied < 100  # was the 25,000 characters before the run


def test_sentence_of_bisects_instead_of_scanning(monkeypatch):
    text = " ".join(f"We will get back to you shortly about case {n}." for n in range(300))
    made = []

    def counting_sentences(doc, segment):
        found = sentences_module.sentences_of(doc, segment)
        if not made:
            made.append(CountingList(found))
        return made[0]

    monkeypatch.setattr(tone_context, "sentences_of", counting_sentences)
    findings = lint_text(text + "\n", select=["vague-timeline"])
    assert len(findings) == 300
    assert made[0].iterations <= 1  # was one scan per hit


def test_shouting_does_not_copy_the_document_acronym_set_per_segment(monkeypatch):
    unions = []

    class CountingSet(set):
        def __ror__(self, other):
            unions.append(1)
            return set.__or__(other, self)

    real, segments = shouting.conventional_capitals, []
    monkeypatch.setattr(shouting, "conventional_capitals",
                        lambda segment, data: segments.append(segment) or CountingSet(real(segment, data)))
    text = "\n\n".join(f"Item {n}: PLEASE READ THIS before you reply." for n in range(50))
    lint_text(text + "\n", select=["shouting"])
    assert len(segments) == 50 and not unions  # was a copy of the whole acronym set per segment


def test_shouting_capital_of_a_rewrite_reads_back_not_the_whole_line():
    before = "We are open today. " * 2000
    text = CountingStr(before + "CLOSED on Sundays.")
    run = [(len(before), len(before) + 6, "shout")]
    CountingStr.copied = 0
    hits = list(find_rule("shouting")._part_hit(None, text, run, []))
    assert hits and hits[0].suggestions == ["Closed"]  # after '. ': a sentence start
    assert CountingStr.copied < 200  # was a copy of the 38,000 characters before it


# 12. shouting: capitals joined before a naming noun, a long list of names ending in a stop ----

OLD_JOINED_CAPITALS = re.compile(r"\b([A-Z][A-Z0-9_]+(?:\s*(?:\+|/|&|,|\band\b|\bor\b)\s*[A-Z][A-Z0-9_]+)+)\s+([A-Za-z]+)")


def old_names_joined_before_a_noun(text: str, nouns: set[str]) -> set[str]:
    found = set()
    for match in OLD_JOINED_CAPITALS.finditer(text):
        if match.group(2).lower() in nouns:
            found |= {word.lower() for word in re.findall(r"[A-Z][A-Z0-9_]+", match.group(1))}
    return found


def test_names_joined_before_a_noun_finds_what_the_old_expression_found():
    from plainlint.rules.shouting_labels import names_joined_before_a_noun

    nouns = {"pins", "pin", "command"}
    tokens = ["GND", "SDA", "A1", "x", "pins", "pin", "the", "and", "or", ",", "/", "+", "&", " ", " ", ".", "\n", "Pin"]
    rng = random.Random(12)
    for _ in range(3000):
        text = "".join(rng.choice(tokens) + rng.choice(["", " "]) for _ in range(rng.randint(1, 14)))
        assert names_joined_before_a_noun(text, nouns) == old_names_joined_before_a_noun(text, nouns), text


def test_names_joined_before_a_noun_reads_a_long_list_once(monkeypatch):
    """The cost was inside one regular expression's backtracking (a list of 8,000 names took
    6.7 s with the old expression, quadratic), so its steps are counted by running the module's
    expressions on regex_steps.StepCounter: a list four times as long costs about four times as many."""
    from plainlint.rules import shouting_labels
    from plainlint.rules.shouting_labels import names_joined_before_a_noun

    assert names_joined_before_a_noun(f"Use {name_list(8000)}. Then the RESET + GND pins.", {"pins"}) == {"reset", "gnd"}
    counters = counting_patterns(monkeypatch, shouting_labels, "_JOINED_CAPITALS", "_WORD_AFTER", "_CAPITALISED_WORD")

    def work(count):
        found = names_joined_before_a_noun(f"Use {name_list(count)}. Then the RESET + GND pins.", {"pins"})
        assert found == {"reset", "gnd"}
        return steps_of(counters)
    grows_linearly(work, 100)  # the old expression: 16x


# 13. undefined-acronym: names printed on a board, a long list of names before 'pins' ----------

def old_printed_names(doc, markings) -> set[str]:
    from plainlint.rules.acronym_context import _AFTER_PIN, _CAPITALS

    found = set()
    for segment in doc.segments:
        text = segment.text
        if "pin" not in text.lower() and "label" not in text and "jumper" not in text:
            continue
        for match in _CAPITALS.finditer(text):
            if markings.match(text, match.end()) or _AFTER_PIN.search(text, max(0, match.start() - 60), match.start()):
                found.add(match.group().lower())
    return found


def test_printed_names_finds_what_asking_at_each_name_found():
    from plainlint.rules.acronym_context import printed_names
    from plainlint.rules.acronyms import acronym_data

    markings = acronym_data()["markings"]
    tokens = ["GND", "VIN", "A1", "3V3", "x", "pins", "pin", "label", "the", "and", "or", ",", "/", " ", " ", ".",
              "Pin", "-", "jumper", "SDA_1"]
    rng = random.Random(13)
    for _ in range(1500):
        text = "".join(rng.choice(tokens) + rng.choice(["", " "]) for _ in range(rng.randint(1, 14))) + "\n"
        doc = read_document(Source("page.md", text), "markdown", detect_language=False)
        assert printed_names(doc, markings) == old_printed_names(doc, markings), text


def test_printed_names_read_a_long_list_once(monkeypatch):
    """8,000 names in a paragraph about pins took 6.7 s when the rest of the list was read at each
    name. `markings` is given here as the plain expression the rule once used, `(?:step)*last`
    (which reads the rest of the list wherever it is asked), so the count shows how often
    printed_names asks it, whatever acronym_lists.ListThen remembers."""
    from plainlint.rules import acronym_context
    from plainlint.rules.acronym_context import printed_names
    from plainlint.rules.acronyms import acronym_data

    def page(count):
        text = f"Check the pin names: {name_list(count)} and the rest. The VIN and GND pins.\n"
        return read_document(Source("page.md", text), "markdown", detect_language=False)

    assert printed_names(page(8000), acronym_data()["markings"]) == {"vin", "gnd"}
    markings = StepCounter(old_list_patterns()["markings"])
    counters = [markings] + counting_patterns(monkeypatch, acronym_context, "_CAPITALS", "_AFTER_PIN", "_NAME_LIST",
                                              "_LIST_NAME")

    def work(count):
        assert printed_names(page(count), markings) == {"vin", "gnd"}
        return steps_of(counters)
    grows_linearly(work, 100)


# 14. shouting: a menu step looked for around each finding on one long line ---------------------

class WindowStr(str):
    """A string that counts the characters its find, rfind and slices read."""

    read = 0

    def find(self, sub, start=0, end=None):
        WindowStr.read += (len(self) if end is None else end) - start
        return super().find(sub, start, end if end is not None else len(self))

    def rfind(self, sub, start=0, end=None):
        WindowStr.read += (len(self) if end is None else end) - start
        return super().rfind(sub, start, end if end is not None else len(self))

    def __getitem__(self, key):
        part = super().__getitem__(key)
        WindowStr.read += len(part)
        return part


@pytest.mark.parametrize("line_break", ["", "\n"])
def test_a_menu_step_is_looked_for_near_the_capitals_not_on_the_whole_line(line_break):
    from plainlint.rules.shouting_labels import CONTEXT_CHARS, a_menu_step

    padding = "word " * 20000
    source = WindowStr(padding + line_break + "Open Stores > ADVANCED > System, then we STRONGLY advise it. "
                       + padding + line_break)
    step, loud = source.index("ADVANCED"), source.index("STRONGLY")
    WindowStr.read = 0
    assert a_menu_step(source, step, step + len("ADVANCED"))
    assert not a_menu_step(source, loud, loud + len("STRONGLY"))
    assert WindowStr.read <= 2 * 5 * CONTEXT_CHARS  # two calls; each read the whole line before


# 15. undefined-acronym: letters in a list before what they are, a name in two parts -------------
# (session 13: each was asked at every candidate and read the rest of the list, or every segment)

def old_list_patterns():
    from plainlint.linting.ruleset_data import load_ruleset_file

    raw = load_ruleset_file("acronyms")
    words = lambda key: "|".join(map(re.escape, raw[key]))  # noqa: E731
    return {
        "controls": re.compile(r"(?:[ \t]+[A-Z][A-Z0-9&]+)*[ \t]+(?:" + words("controls") + r")\b"),
        "markings": re.compile(r"(?:[ \t]*(?:,|/|,?[ \t]+(?:and|or))[ \t]*[A-Z0-9][A-Za-z0-9]*)*[ \t]+(?:"
                               + words("markings") + r")\b"),
        "series": re.compile(r"(?:[ \t]*(?:,|,?[ \t]+(?:or|and))[ \t]*[A-Z][A-Z0-9]*)*[ \t]+"
                             r"(?:[Ss]eries|[Ff]amil(?:y|ies)|[Bb]oards?|form factor)\b"),
        "account": re.compile(r"(?:[ \t]+[A-Z][A-Z0-9]+)*\\\w"),
    }


def new_list_patterns():
    from plainlint.rules.acronym_lists import IN_AN_ACCOUNT_NAME, SERIES_AFTER
    from plainlint.rules.acronyms import acronym_data

    return {"controls": acronym_data()["controls"], "markings": acronym_data()["markings"], "series": SERIES_AFTER,
            "account": IN_AN_ACCOUNT_NAME}


def test_list_patterns_match_where_the_old_expressions_matched():
    from plainlint.linting.ruleset_data import load_ruleset_file

    raw = load_ruleset_file("acronyms")
    old, new = old_list_patterns(), new_list_patterns()
    tokens = ["GND", "OK", "A1", "3V3", "AT&T", "x", "Rx", "the", "and", "or", ",", "/", " ", " ", "\t", ".", "-",
              "series", "Series", "family", "boards", "form factor", raw["controls"][0], raw["controls"][-1],
              raw["markings"][0], raw["markings"][-1], "andGND", "orOK", "\\", "\\Users", "NT"]
    rng = random.Random(15)
    for _ in range(3000):
        text = "".join(rng.choice(tokens) + rng.choice(["", " "]) for _ in range(rng.randint(1, 16)))
        for name in old:
            expected = [old[name].match(text, at) is not None for at in range(len(text) + 1)]
            # Asked in document order, as the rule asks, and then in any order, from the answers kept.
            assert [new[name].match(text, at) for at in range(len(text) + 1)] == expected, (name, text)
            order = list(range(len(text) + 1))
            rng.shuffle(order)
            assert all(new[name].match(text, at) == expected[at] for at in order), (name, text)


class ScanStr(str):
    """A string that counts the characters its find and rfind scan (to what they find) and its
    slices copy."""

    read = 0

    def find(self, sub, start=0, end=None):
        end = len(self) if end is None else end
        found = super().find(sub, start, end)
        ScanStr.read += (found + len(sub) if found >= 0 else end) - start
        return found

    def rfind(self, sub, start=0, end=None):
        end = len(self) if end is None else end
        found = super().rfind(sub, start, end)
        ScanStr.read += end - (found if found >= 0 else start)
        return found

    def __getitem__(self, key):
        part = super().__getitem__(key)
        ScanStr.read += len(part)
        return part


def test_a_long_run_of_letters_is_read_once(monkeypatch):
    """4,000 letters in a row, then as a list, in a paragraph of prose took 10 s and 4 s
    (quadratic: each list check read the rest of the list at every letter, and a machine string's
    tab was looked for to the text's end). Counted: the steps of the list checks' expressions
    (acronym_lists.ListThen) and the characters in_machine_string reads."""
    from plainlint.rules import acronym_lists, acronyms
    from plainlint.rules.acronym_context import in_machine_string
    from plainlint.rules.acronyms import acronym_data

    def letters(count):
        return ["".join("BCDFGHKLMNPRSTV"[(n >> (4 * k)) % 15] for k in range(4)) for n in range(count)]

    def asked_everywhere(count):
        text = ", ".join(letters(count))
        assert not any(acronym_lists.SERIES_AFTER.match(text, at) for at in range(len(text)))
        assert not any(acronym_data()["controls"].match(text, at) for at in range(len(text)))
        assert not any(acronym_lists.IN_AN_ACCOUNT_NAME.match(text, at) for at in range(len(text)))
        return steps_of(counters)

    counters = []
    asked_everywhere(4000)  # the old test's size, by re itself
    lists = [acronym_data()["controls"], acronym_data()["markings"], acronym_lists.SERIES_AFTER,
             acronym_lists.IN_AN_ACCOUNT_NAME]
    for checks in lists:
        for part in ("step", "last"):
            counters.append(StepCounter(getattr(checks, part)))
            monkeypatch.setattr(checks, part, counters[-1])
    machine_strings = []
    monkeypatch.setattr(acronyms, "in_machine_string",
                        lambda text, match: machine_strings.append(1) or in_machine_string(ScanStr(text), match))

    def linted(count, join):
        ScanStr.read = 0
        prose = " ".join(["we will look at it and reply to you today"] * (count * 3 // 10))
        lint_text(f"The list {join.join(letters(count))} and then {prose}\n", "notes.md",
                  {"rules": {"undefined-acronym": {"severity": "warning", "mode": "all"}}}, select=["PL104"])
        return steps_of(counters) + ScanStr.read

    for join in (" ", ", "):  # mode all: the listed tier (acr22's default) never asks about these letters
        grows_linearly(lambda count: linted(count, join), 100)
    assert machine_strings  # asked at every letter
    grows_linearly(asked_everywhere, 100)


def old_written_alone(doc, first: str, second: str) -> bool:
    alone = re.compile(r"(?<![\w.-])" + re.escape(first) + r"(?![\w-])(?![ \t]+" + re.escape(second) + r"\b)")
    return any(alone.search(segment.text) for segment in doc.segments)


def test_first_parts_are_found_where_the_old_search_found_them():
    from plainlint.rules.acronym_parts import FIRST_PART_REACH, _FirstParts

    tokens = ["AD", "FS", "AT&T", "T", "AD&FS", "A&B&C", "ADFS", "x", "ad", ".", "-", "_", " ", " ", "\t", ",", "\n\n", "é"]
    rng = random.Random(16)
    for _ in range(1500):
        text = "".join(rng.choice(tokens) + rng.choice(["", " "]) for _ in range(rng.randint(1, 14))) + "\n"
        doc = read_document(Source("page.md", text), "markdown", detect_language=False)
        parts = _FirstParts(doc)
        words = {w for s in doc.segments for w in re.findall(r"[A-Z][A-Z0-9&]*[A-Z]", s.text) if len(w) < FIRST_PART_REACH}
        for first in words | {"AD", "AT"}:  # a first part has two letters or more
            for second in ("FS", "T", "AD", "B"):
                assert parts.written_alone(first, second) == old_written_alone(doc, first, second), (text, first, second)


def test_the_listed_tier_looks_for_each_abbreviations_words_once(monkeypatch):
    """undefined-acronym's listed tier (acr22) searched the whole source for an abbreviation's words
    at each of its uses: a page saying 'SLA' in each of 3,200 paragraphs took 47 s. Counted: the
    characters handed to the words' patterns."""
    from plainlint.rules import acronym_listed

    searched = [0]
    real = acronym_listed._words_pattern

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def search(self, text, pos=0):
            searched[0] += len(text) - pos
            return self.pattern.search(text, pos)

    monkeypatch.setattr(acronym_listed, "_words_pattern", lambda words: Counting(real(words)))
    rule = find_rule("undefined-acronym")

    def work_at(count: int) -> int:
        text = "".join(f"Paragraph {n}: the SLA and the RMA for your order apply.\n\n" for n in range(count))
        doc = read_document(Source("page.md", text), "markdown")
        searched[0] = 0
        assert [hit.end - hit.start for hit in rule.check(doc, {"mode": "listed"})] == [3, 3]
        return searched[0]

    grows_linearly(work_at, 50)
