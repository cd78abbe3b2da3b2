"""Cost linear in the input: each cause of quadratic work once found has a test here that counts
the work (elements visited, characters copied, calls made) or bounds where a regular expression
may match. Nothing here is timed; `benchmarks/scaling.py` measures the growth itself."""

from __future__ import annotations

import random
import re

import pytest

from plainlint.linting import engine
from plainlint.nlp import sentences as sentences_module
from plainlint.nlp.sentences import _END, split_sentences
from plainlint.reading.segment_builder import SegmentBuilder
from plainlint.reading.readers import common, read_document
from plainlint.reading.readers.common import url_and_email_spans
from plainlint.reading.readers.html import parser_safe
from plainlint.output.text import TextReporter
from plainlint.rules import alt_text_missing, alt_text_unhelpful, contrast, find_rule, shouting, tone_context
from plainlint.reading.source import Source
from plhelpers import lint_bytes, lint_text
from regex_steps import StepCounter

pytestmark = pytest.mark.slow  # the inner loop leaves it out; CI runs it

# The expressions these replaced, kept to prove the new ones find the same spans.
OLD_SENTENCE_END = re.compile(r"(?:\.{3}|…|[.!?]+)[\"'”’)\]]*(?=\s|$)")
OLD_URL_OR_EMAIL = re.compile(
    r"(?:\b(?:https?|ftp|mailto|file)://|\bwww\.)[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]]"
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


def grows_linearly(work_at, size: int) -> tuple[int, int]:
    """The work counted at `size` and at four times it, after asserting it grew about fourfold:
    linear work grows 4x, quadratic 16x, so 5x catches any square term that matters at these sizes."""
    small, large = work_at(size), work_at(4 * size)
    assert 0 < small and large <= 5 * small, (small, large)
    return small, large


def counting_patterns(monkeypatch, module, *names: str) -> list[StepCounter]:
    """Each named compiled expression of `module` replaced by a StepCounter of it."""
    counters = []
    for name in names:
        counters.append(StepCounter(getattr(module, name)))
        monkeypatch.setattr(module, name, counters[-1])
    return counters


def steps_of(counters) -> int:
    """The steps counted so far, and the counters set back to zero."""
    total = sum(counter.steps for counter in counters)
    for counter in counters:
        counter.steps = 0
    return total


def name_list(count: int) -> str:
    """`count` distinct names of four capitals, joined by commas."""
    return ", ".join("".join("BCDFGHKLMNPRSTV"[(n >> (4 * k)) % 15] for k in range(4)) for n in range(count))


class CountingList(list):
    """A list that counts how many items its iterations hand out."""

    def __init__(self, items=()):
        super().__init__(items)
        self.visits = 0
        self.iterations = 0

    def __iter__(self):
        self.iterations += 1
        for item in super().__iter__():
            self.visits += 1
            yield item


class CountingStr(str):
    """A string that counts the characters of every slice taken from it."""

    copied = 0

    def __getitem__(self, key):
        part = super().__getitem__(key)
        CountingStr.copied += len(part)
        return part


def html_doc(text: str, path: str = "page.html"):
    return read_document(Source(path, text), "html")


# 1. alt-text: empty links x elements ---------------------------------------------------------

def test_images_alone_in_links_visits_each_element_a_bounded_number_of_times():
    sections = "".join(f'<h2><a name="s{n}"></a>Section {n}</h2><p>Text {n}.</p>\n' for n in range(300))
    images = '<p><a href="/x"><img src="x.png" alt=""></a></p>\n'
    doc = html_doc(sections + images)
    doc.elements = CountingList(doc.elements)
    found = alt_text_missing._images_alone_in_links(doc)
    assert len(found) == 1
    assert doc.elements.visits <= 3 * len(doc.elements)  # was links x elements: 300 x 900


# 2. contrast: ancestor walk per text run through unclosed elements ----------------------------

def test_contrast_reads_each_elements_style_once_through_unclosed_paragraphs(monkeypatch):
    body = "".join(f"<p>Paragraph {n} of the reply." for n in range(400))
    doc = html_doc(f'<div style="color:#777777;background:#ffffff">{body}</div>')
    calls = []
    real = contrast.parse_style
    monkeypatch.setattr(contrast, "parse_style", lambda text: calls.append(text) or real(text))
    hits = list(find_rule("contrast").check(doc, {"normal-ratio": 4.5, "large-ratio": 3.0}))
    assert len(hits) == 1 and hits[0].context["count"] == 400  # #777 on white is 4.48:1; one pair, one finding
    assert len(calls) <= len(doc.elements)  # was one walk to the <div> per paragraph: 400 x 200


def test_contrast_deep_unclosed_nesting_does_not_recurse():
    body = "<span>word " * 5000
    doc = html_doc(f'<div style="color:#777777;background:#ffffff">{body}</div>')
    hits = list(find_rule("contrast").check(doc, {"normal-ratio": 4.5, "large-ratio": 3.0}))
    assert hits  # 5,000 levels: no RecursionError, and the text is still judged


def test_contrast_bold_is_inherited_past_the_element_that_sets_size_and_colours():
    """`<b>` outside a span that sets colour, background and size still makes its text bold."""
    text = ('<p><b><span style="color:#8a8a8a;background:#ffffff;font-size:20px">Your refund is on its way'
            '</span></b></p>')
    assert not [f for f in lint_text(text, "mail.html") if f.rule == "contrast"]  # 3.4:1, large bold


# 3. engine: macro name per finding -----------------------------------------------------------

def test_macro_at_sorts_the_spans_once_and_bisects():
    doc = html_doc("<p>x</p>")
    from plainlint.reading.document import MacroSpan

    spans = CountingList(MacroSpan(n * 10, n * 10 + 8, f"macro {n}") for n in reversed(range(500)))
    doc.macro_spans = spans
    names = [engine._macro_at(doc, n * 10 + 3) for n in range(500)]
    assert names == [f"macro {n}" for n in range(500)]
    assert engine._macro_at(doc, 9) is None  # between two strings
    assert spans.iterations == 1  # was one scan of every span per finding


# 4. markdown: link close joins the whole unit text ------------------------------------------

def test_closing_a_link_joins_only_its_own_text(monkeypatch):
    joined = []
    real = SegmentBuilder.text
    monkeypatch.setattr(SegmentBuilder, "text", property(lambda self: joined.append(1) or real.fget(self)))
    paragraph = " ".join(f"see [guide {n}](https://example.com/{n})" for n in range(400))
    doc = read_document(Source("doc.md", paragraph + "\n"), "markdown")
    assert doc.elements and len([e for e in doc.elements if e.kind == "link"]) == 400
    assert len(joined) < 20  # was one join of the paragraph so far per link


def test_text_since_matches_a_slice_of_the_text():
    builder = SegmentBuilder("abcdefghij")
    for start in range(0, 10, 2):
        builder.literal(start, start + 2)
        builder.separator(" ", start + 2)
    text = builder.text
    assert [builder.text_since(n) for n in range(len(text) + 1)] == [text[n:] for n in range(len(text) + 1)]


# 5. text reporter: the whole line per finding -----------------------------------------------

def test_text_report_copies_a_window_of_a_long_line_not_the_line(monkeypatch):
    line = "We apologize for any inconvenience. " * 2000
    result = lint_bytes(line.encode(), "one-line.txt", select=["cliche"])
    assert len(result.findings) == 2000
    monkeypatch.setattr(Source, "line_text", lambda *a: pytest.fail("copied the whole line"))
    CountingStr.copied = 0
    result.source.text = CountingStr(result.source.text)
    import io
    reporter = TextReporter(io.StringIO(), color=False)
    reporter.file(result)
    assert CountingStr.copied <= 2000 * 400  # a window per finding; the line is 72,000 characters


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


# 9. sentence ends: a run of dots before a letter ------------------------------------------------

def test_sentence_end_is_tried_once_per_run_of_marks():
    """A match may start only at the first mark of a run, so a run of dots before a letter is
    tried once, not once per dot (each try reading the rest of the run)."""
    text = "." * 500 + " x"
    assert all(_END.match(text, start) is None for start in range(1, 500))
    assert _END.match(text, 0).span() == (0, 500)
    assert _END.search("." * 500 + "x") is None
    assert split_sentences("Wait" + "." * 500 + " Then go.")  # still splits normally


def test_sentence_end_finds_what_the_old_expression_found():
    rng = random.Random(7)
    alphabet = list(".!?…\"')] a\n”’")
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 18)))
        assert [m.span() for m in _END.finditer(text)] == [m.span() for m in OLD_SENTENCE_END.finditer(text)], text


# 10. e-mail addresses beside long hyphenated tokens -------------------------------------------

def test_email_scan_reads_each_character_a_bounded_number_of_times(monkeypatch):
    calls = []
    real = common._LOCAL_PART_CHAR

    class Counting:
        def match(self, text, pos):
            calls.append(pos)
            return real.match(text, pos)

    monkeypatch.setattr(common, "_LOCAL_PART_CHAR", Counting())
    text = "-".join("ab" for _ in range(5000)) + " write to help@example.com " + "x-y" * 3000 + "@"
    assert url_and_email_spans(text) == [m.span() for m in OLD_URL_OR_EMAIL.finditer(text)]
    assert len(calls) <= 2 * len(text)


def test_urls_and_emails_found_as_the_old_expression_found_them():
    rng = random.Random(11)
    alphabet = list("ab-.+@_ é/:w٣") + ["www.", "http://", "x@y.com", " ", "\u0301"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 22)))
        assert url_and_email_spans(text) == [m.span() for m in OLD_URL_OR_EMAIL.finditer(text)], text


# 11. html.parser and markup that never closes ---------------------------------------------------

@pytest.mark.parametrize("opening", ["<!-- note", "<a title", "</ x", "<? x", "<!x"])
def test_parser_is_not_given_markup_that_never_closes(opening):
    text = "<p>Hello there.</p>\n" + ("Your order shipped " + opening + "\n") * 1000
    first = text.index(opening)
    assert parser_safe(text) == text[:first]  # a browser shows nothing after it either


def test_unclosed_comment_after_closed_ones_cuts_only_there():
    text = "<p>One <!-- a --> two.</p><p>Three <!-- never closed <p>four</p>"
    assert parser_safe(text) == text[:text.index("<!-- never")]


@pytest.mark.parametrize("section", ["<![ x", "<![foo[", "<![endif]>"])
def test_unknown_marked_sections_are_bogus_comments_not_crashes(section):
    text = f"<p>Before {section} after.</p><p>Please utilize the form.</p>"
    findings = lint_text(text, "page.html", select=["jargon"])
    assert [f.flagged for f in findings] == ["utilize"]
    assert len(parser_safe(text)) == len(text)


# Found with benchmarks/scaling.py: captions, suppression regions, macro aliases ----------------

class CountingInt(int):
    """An offset that counts how often it is compared."""

    comparisons = 0

    def _count(self, other, op):
        CountingInt.comparisons += 1
        return op(int(self), int(other))

    def __lt__(self, other):
        return self._count(other, int.__lt__)

    def __le__(self, other):
        return self._count(other, int.__le__)

    def __gt__(self, other):
        return self._count(other, int.__gt__)

    def __ge__(self, other):
        return self._count(other, int.__ge__)


def test_captions_bisect_images_per_figure():
    figures = "".join(f'<figure><img src="f{n}.png" alt="Chart {n}"><figcaption>Chart {n}</figcaption></figure>\n'
                      for n in range(300))
    doc = html_doc(figures)
    for element in doc.elements:
        if element.kind == "image":
            element.start = CountingInt(element.start)
    CountingInt.comparisons = 0
    captions = alt_text_unhelpful._captions(doc)
    assert len(captions) == 300
    assert CountingInt.comparisons < 20000  # was figures x images: 90,000


def test_suppression_regions_are_looked_up_not_scanned(monkeypatch):
    from plainlint.linting import suppress

    calls = []
    real = suppress.Region.covers
    monkeypatch.setattr(suppress.Region, "covers", lambda self, finding: calls.append(1) or real(self, finding))
    text = "".join(f"<!-- plainlint-disable-next-line jargon -->\nPlease utilize item {n}.\n\n"
                   f"We will utilize the form {n}.\n\n" for n in range(300))
    findings = lint_text(text, select=["jargon"])
    assert len(findings) == 300  # the other 300 are suppressed
    assert len(calls) <= 2 * 600  # was regions x findings: 180,000


def test_macro_aliases_are_sorted_once_per_document():
    from plainlint.linting import suppress
    from plainlint.reading.document import MacroAliases
    from plainlint.linting.findings import Finding

    doc = html_doc("<p>x</p>")
    doc.macro_aliases = CountingList(MacroAliases(n * 10, n * 10 + 8, frozenset({f"id{n}"})) for n in reversed(range(400)))
    for n in range(400):
        finding = Finding("m.json", n * 10 + 1, n * 10 + 2, 1, 1, 1, 1, "jargon", "PL101", "jargon", "warning", "m")
        assert suppress.macro_names(doc, finding) == {f"id{n}"}
    assert doc.macro_aliases.iterations == 1  # was one scan of every macro per finding


def test_a_fix_is_checked_against_template_tags_by_bisection():
    from plainlint.reading.templates import Tag

    doc = html_doc("<p>x</p>")
    doc.template_tags = CountingList(Tag(n * 10, n * 10 + 4, "output", "{{x}}") for n in reversed(range(500)))
    assert [engine._touches_a_template_tag(doc, n * 10 + 3, n * 10 + 6) for n in range(500)] == [True] * 500
    assert not any(engine._touches_a_template_tag(doc, n * 10 + 4, n * 10 + 9) for n in range(500))
    assert doc.template_tags.iterations == 1  # was one scan of every tag per fix


def test_shouting_capital_of_a_rewrite_reads_back_not_the_whole_line():
    before = "We are open today. " * 2000
    text = CountingStr(before + "CLOSED on Sundays.")
    run = [(len(before), len(before) + 6, "shout")]
    CountingStr.copied = 0
    hits = list(find_rule("shouting")._part_hit(None, text, run, []))
    assert hits and hits[0].suggestions == ["Closed"]  # after '. ': a sentence start
    assert CountingStr.copied < 200  # was a copy of the 38,000 characters before it


def test_the_cyclic_collector_is_paused_while_a_file_is_linted(monkeypatch):
    """Reading makes many small objects that live until the file is done; each collection walks
    them all, which made a 2.8 MB export's cost grow 5.4x per 4x (benchmark zendesk_macros)."""
    import gc

    seen = []
    rule = find_rule("jargon")
    real = type(rule).check
    monkeypatch.setattr(type(rule), "check", lambda self, doc, options: seen.append(gc.isenabled()) or real(self, doc, options))
    assert gc.isenabled()
    assert lint_text("Please utilize the form.\n", select=["jargon"])
    assert seen == [False] and gc.isenabled()


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


def test_spelling_reads_a_long_table_once_not_once_per_word(monkeypatch):
    """Each unknown word in a table cell asked its column's verdicts, and each asking re-read the
    table from its first row: 2,000 rows took 9 s and 8,000 rows 268 s with spelling on."""
    from plainlint.rules import spelling_tables

    reads = []
    original = spelling_tables.PipeTables._judge_column
    monkeypatch.setattr(spelling_tables.PipeTables, "_judge_column",
                        lambda self, *args: reads.append(args) or original(self, *args))
    rows = "".join(f"| {word}{n} | the databse of row {n} |\n" for n, word in enumerate(["item"] * 400))
    lint_text("| Name | Notes |\n|---|---|\n" + rows, config={"extend-select": ["spelling"]})
    assert 1 <= len(reads) <= 3  # the word's column asked three questions, once each (not 400 times)


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
                  {"rules": {"undefined-acronym": "warning"}}, select=["PL104"])
        return steps_of(counters) + ScanStr.read

    for join in (" ", ", "):
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


class CountingSpans(list):
    """A list of spans that counts the items read from it, by iteration or by index."""

    def __init__(self, items=()):
        super().__init__(items)
        self.reads = 0

    def __iter__(self):
        for item in super().__iter__():
            self.reads += 1
            yield item

    def __getitem__(self, key):
        self.reads += 1
        return super().__getitem__(key)


def test_code_spans_of_an_mdx_html_block_are_read_once_not_once_per_text(monkeypatch):
    # rev15: each text of a JSX block looked through every `code` span of the block, so a 1 MB
    # <table> of 16,000 rows took 11 s in MDX against 1 s in Markdown
    from plainlint.reading.readers import html_blocks

    counted = []
    real_read_html = html_blocks.read_html

    def read_html(masked, doc, start=0, end=None, code_spans=None):
        counted.append(CountingSpans(code_spans or []))
        real_read_html(masked, doc, start, end, counted[-1])

    monkeypatch.setattr(html_blocks, "read_html", read_html)
    rows = 400
    text = "# T\n\n<table>\n" + "".join(
        f"<tr><td>`code{i}`</td><td>Use the value {i} here.</td></tr>\n" for i in range(rows)) + "</table>\n"
    doc = read_document(Source("table.mdx", text), "mdx")
    assert sum(len(c) for c in counted) == rows
    assert sum(c.reads for c in counted) <= 12 * rows  # a few reads per text of the block (was rows * texts)
    assert doc.segments[1].text == "X"  # each cell's code is one placeholder


def test_latin_phrase_words_before_are_read_backwards_not_from_the_segment_start(monkeypatch):
    # rev15: `_words_before` searched `text[:start]` with an end-anchored expression for each word
    # of a listed phrase, so a 200 KB paragraph of 'in situ' took 138 s (2 s before)
    from plainlint.rules import spelling_phrases

    repeats = 2000
    text = CountingStr("Samples are tested in situ and are de facto final. " * repeats)
    found = [m for m in re.finditer(r"situ|facto", text)]
    CountingStr.copied = 0
    assert all(spelling_phrases.in_latin_phrase(text, m.start(), m.end()) for m in found)
    assert CountingStr.copied <= 40 * len(found)  # the few words beside each, not the text before it


def test_fill_ins_of_a_long_line_are_found_without_reading_back_to_its_start():
    # rev15: for each bracket, the line's start was looked for (rfind) to tell a reference
    # definition ("[docs]: https://...") from a fill-in, so a 3 MB one-line paragraph of fill-ins
    # (an HTML reply's <p>) took 2.5 s there, growing with the square of its length
    from plainlint.reading import fill_ins

    class ScanCounting(str):
        scanned = 0

        def rfind(self, sub, start=None, end=None):
            found = super().rfind(sub, start, end)
            ScanCounting.scanned += (len(self) if end is None else end) - max(found, start or 0)
            return found

        def __getitem__(self, key):
            part = super().__getitem__(key)
            ScanCounting.scanned += len(part)
            return part

    repeats = 2000
    text = ScanCounting(" ".join(f"Your [item {i}] ships on [date {i}]: see [notes]." for i in range(repeats)))
    spans = fill_ins.fill_in_spans(text)
    assert len(spans) == 3 * repeats  # a fill-in before a colon mid-line is one
    assert ScanCounting.scanned <= 20 * len(spans)
    assert fill_ins.fill_in_spans("Intro.\n  [docs]: https://example.com\n") == []  # a definition, after blanks
    assert fill_ins.fill_in_spans("[docs]: https://example.com") == []


def test_spelling_reads_a_long_paragraph_of_unknown_words_once(monkeypatch):
    # rev15: for each unknown word, spelling found the paragraph's quotations again and looked back
    # to the paragraph's start for a '[': about 15x per 4x on one long paragraph
    from plainlint.rules import spelling_places

    calls = []
    original = spelling_places.quoted_spans
    monkeypatch.setattr(spelling_places, "quoted_spans", lambda segment, *a: calls.append(1) or original(segment, *a))
    words = ["documentation", "password", "account", "browser", "network", "download", "security", "message",
             "payment", "invoice", "customer", "subscription", "notification", "calendar", "keyboard"]
    typos = sorted({w[:i] + w[i + 1:] for w in words for i in range(1, len(w) - 1)} - set(words))  # one each
    sentences = " ".join(f"We checked the {typo} again today." for typo in typos)
    result = lint_text(f'Say "hello" first. {sentences}\n', config={"extend-select": ["spelling"]})
    assert sum(f.rule == "spelling" for f in result) >= 80
    assert len(calls) <= 3  # once for the paragraph, not once per unknown word


def test_short_brackets_read_only_the_characters_beside_the_word():
    from plainlint.rules.spelling_places import _SHORT_BRACKETS, in_short_brackets

    class Recording(str):
        widest = 0

        def rfind(self, sub, start=0, end=None):
            Recording.widest = max(Recording.widest, (len(self) if end is None else end) - start)
            return super().rfind(sub, start, end)

        def find(self, sub, start=0, end=None):
            Recording.widest = max(Recording.widest, (len(self) if end is None else end) - start)
            return super().find(sub, start, end)

    text = Recording("plain words " * 5000 + "[optnal flag] and more " * 10)
    start = text.index("optnal")
    assert in_short_brackets(text, start, start + len("optnal"))
    late = text.index("more", start)
    assert not in_short_brackets(text, late, late + 4)
    assert Recording.widest <= 2 * _SHORT_BRACKETS + 10


# 16. hold-without-asking: separators after "wait a minute" before the customer's own step -------

def test_separators_after_a_wait_are_read_once():
    """hold16's lookahead for the customer's next step after "wait a minute" took 8,000 ' ,' in a
    row two ways at each comma, 10.7 s (quadratic: 1.2 s at 2,000). The work is inside the one
    expression of the rule's phrases, so its steps are counted (regex_steps.StepCounter)."""
    from plainlint.rules.hold import hold_data

    def work(count, holds=hold_data()["holds"]):
        for run in (" ," * count, ", and " * count, " " * 2 * count):
            assert holds.search(f"Please wait a minute{run} x") is not None
            assert holds.search(f"Please wait a minute{run} then try again") is None
        return steps_of([holds]) if isinstance(holds, StepCounter) else 0

    work(8000)  # the old expression's case, by re itself
    grows_linearly(lambda count: work(count, StepCounter(hold_data()["holds"])), 100)


# 17. heading-levels: the headings before each heading, the h1s before each h1 ------------------

class CountingPath(tuple):
    """A template branch path that counts how often it is compared: each heading before that
    heading-levels weighs asks a path's length (`seen_path or path`) or compares two paths."""

    compared = 0

    def __len__(self):
        CountingPath.compared += 1
        return super().__len__()


def test_headings_before_are_not_read_again_for_each_heading(monkeypatch):
    """trial7's template branches read every heading before each heading, and every h1 taken for
    each h1 before: 1,000 h1s took 28 s (cubic), a template of 300 blocks with an h1 in each branch
    4 s. Counted: the branch paths compared. A plain file compares a bounded number per heading;
    a template compares each h1's path with the paths of its own outermost block (H1sBefore keeps
    the choice over the other blocks; before it, with every distinct path before: quadratic)."""
    from plainlint.rules import heading_levels

    real_paths, real_alternatives = heading_levels._branch_path_of, heading_levels.alternatives
    monkeypatch.setattr(heading_levels, "_branch_path_of",
                        lambda doc: (lambda offset, path_at=real_paths(doc): CountingPath(path_at(offset))))
    monkeypatch.setattr(heading_levels, "alternatives",
                        lambda *paths: setattr(CountingPath, "compared", CountingPath.compared + 1) or real_alternatives(*paths))

    def plain(count):
        CountingPath.compared = 0
        found = lint_text("".join(f"# Release {n}\n\nNotes.\n\n" for n in range(count)), "notes.md",
                          select=["heading-levels"])
        assert len(found) == count - 1 and f"the {heading_levels.ordinal(count)}" in found[-1].message
        return CountingPath.compared
    plain(1000)  # the old test's size
    grows_linearly(plain, 250)

    def template(blocks):
        CountingPath.compared = 0
        text = "<html><body>" + "".join(f"{{{{#if a{n}}}}}<h1>A {n}</h1>{{{{else}}}}<h1>B {n}</h1>{{{{/if}}}}\n"
                                        for n in range(blocks)) + "</body></html>"
        found = lint_text(text, "welcome.hbs.html", select=["heading-levels"])
        # Only the first branch's h1s are sent together: the second of them and on.
        assert len(found) == 2 * blocks - 2 and f"the {heading_levels.ordinal(blocks)}" in found[-1].message
        return CountingPath.compared
    template(300)  # the old test's size
    grows_linearly(template, 75)


# 18. macro exports: notes to agents blanked in a long reply string ---------------------------

def test_notes_to_agents_are_blanked_in_one_pass(monkeypatch):
    """left16's blanking copied the whole string for each note and searched it from its start for
    a bold opening before each label: 32,000 notes in one reply string took seconds (quadratic).
    Counted: the steps of the module's expressions and the characters sliced from the text."""
    from plainlint.reading.readers import agent_notes
    from plainlint.reading.readers.agent_notes import without_agent_notes

    paragraph = "Internal: check the order first.\n\nDear customer, we are on it.\n\n"
    bold = "<p><strong>Internal: check the order first.</strong> Dear customer, we are on it.</p>\n"

    def blanked_right(note, count, text_type=str):
        text = text_type("Hello.\n\n" + note * count)
        blanked = without_agent_notes(text)
        assert len(blanked) == len(text) and "Internal" not in blanked and "check the order" not in blanked
        assert blanked.count("Dear customer") == count and blanked.count("</strong>") == note.count("</strong>") * count

    for note in (paragraph, bold):
        blanked_right(note, 32_000)  # the old test's size, by re itself
    counters = counting_patterns(monkeypatch, agent_notes, "_NOTE_LABEL", "_BLOCK_END", "_BOLD_OPENED", "_BOLD_CLOSE",
                                 "_NOT_A_LINE_BREAK")

    def work(note, count):
        CountingStr.copied = 0
        blanked_right(note, count, CountingStr)
        return steps_of(counters) + CountingStr.copied

    for note in (paragraph, bold):
        grows_linearly(lambda count: work(note, count), 50)


# 19. word lists: an emphasised product message looked up, not the line read per finding -------

def test_emphasised_messages_are_found_once_per_document(monkeypatch):
    """msg18's reading of 'the error message *...*' searched the finding's whole line for
    emphasis for each word-list finding: a one-line HTML e-mail of 2,000 paragraphs with a jargon
    word each took 49 s (1.7 s before msg18). Counted: the searches for emphasis."""
    from plainlint.rules import shown_messages

    searches = []
    real = shown_messages._EMPHASIS

    class CountingPattern:
        def finditer(self, *args):
            searches.append(args[1:])
            return real.finditer(*args)

    monkeypatch.setattr(shown_messages, "_EMPHASIS", CountingPattern())

    def one_line(count):
        searches.clear()
        text = '<html lang="en"><body>' + "".join(
            f"<p>Please <em>note</em> you must utilize option {n}.</p>" for n in range(count)) + "</body></html>"
        found = lint_text(text, "mail.html", select=["jargon"])
        assert len(found) == count
        return len(searches)

    assert one_line(50) == one_line(200) == 1
    # ... and the reading still holds: an emphasised message after its lead is no finding
    assert not lint_text("You see the error message *The file was unable to open.*\n", "page.md", select=["jargon"])
