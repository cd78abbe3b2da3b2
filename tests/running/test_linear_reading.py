"""Cost linear in the input, for the readers, the sentence splitter, the engine and the text
report: each cause of quadratic work once found has a test here that counts the work (elements
visited, characters copied, calls made) or bounds where a regular expression may match. Nothing
here is timed; `benchmarks/scaling.py` measures the growth itself. The rules' own paths:
test_linear_names.py (shouting, undefined-acronym) and test_linear_rules.py; the counting helpers:
linear_work.py."""

from __future__ import annotations

import random
import re

import pytest

from plainlint.linting import hit_to_finding
from plainlint.nlp.sentences import _END, split_sentences
from plainlint.output.text import TextReporter
from plainlint.reading import templates
from plainlint.reading.readers import common, read_document
from plainlint.reading.readers.common import url_and_email_spans
from plainlint.reading.readers.html import parser_safe
from plainlint.reading.segment_builder import SegmentBuilder
from plainlint.reading.source import Source
from plainlint.rules import find_rule
from linear_work import counting_patterns, CountingInt, CountingList, CountingStr, grows_linearly, html_doc, steps_of
from regex_steps import StepCounter
from plhelpers import lint_bytes, lint_text

pytestmark = pytest.mark.slow  # the inner loop leaves it out; CI runs it

# The expressions these replaced, kept to prove the new ones find the same spans.
OLD_SENTENCE_END = re.compile(r"(?:\.{3}|…|[.!?]+)[\"'”’)\]]*(?=\s|$)")
OLD_URL_OR_EMAIL = re.compile(
    r"(?:\b(?:https?|ftp|mailto|file)://|\bwww\.)[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]]"
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


# 3. engine: macro name per finding -----------------------------------------------------------

def test_macro_at_sorts_the_spans_once_and_bisects():
    doc = html_doc("<p>x</p>")
    from plainlint.reading.document import MacroSpan

    spans = CountingList(MacroSpan(n * 10, n * 10 + 8, f"macro {n}") for n in reversed(range(500)))
    doc.macro_spans = spans
    names = [hit_to_finding._macro_at(doc, n * 10 + 3) for n in range(500)]
    assert names == [f"macro {n}" for n in range(500)]
    assert hit_to_finding._macro_at(doc, 9) is None  # between two strings
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


# Found with benchmarks/scaling.py: suppression regions, macro aliases, fixes beside tags ------

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
    assert [hit_to_finding._touches_a_template_tag(doc, n * 10 + 3, n * 10 + 6) for n in range(500)] == [True] * 500
    assert not any(hit_to_finding._touches_a_template_tag(doc, n * 10 + 4, n * 10 + 9) for n in range(500))
    assert doc.template_tags.iterations == 1  # was one scan of every tag per fix


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


# MDX: the code spans of an HTML block, looked through for each text ----------------------------

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


# Found in review (rev19b): GitBook tab titles ---------------------------------------------------

class _CountingMatch:
    """A match whose group offsets are CountingInts."""

    def __init__(self, match):
        self._match = match

    def start(self, group=0):
        return CountingInt(self._match.start(group))

    def end(self, group=0):
        return CountingInt(self._match.end(group))

    def span(self, group=0):
        return self.start(group), self.end(group)

    def __getattr__(self, name):
        return getattr(self._match, name)


class _CountingPattern:
    """A compiled expression whose matches give CountingInt offsets."""

    def __init__(self, pattern):
        self._pattern = pattern

    def match(self, *args):
        found = self._pattern.match(*args)
        return None if found is None else _CountingMatch(found)


def gitbook_tabs(count: int) -> str:
    tabs = "".join(f'{{% tab title="Tab number {n}" %}}\nThe steps for tab {n}.\n{{% endtab %}}\n'
                   for n in range(count))
    return "# Install\n\n{% tabs %}\n" + tabs + "{% endtabs %}\n"


def test_gitbook_tab_titles_are_found_in_linear_work(monkeypatch):
    """Each unit was compared with every tab title of the page (units x titles: a page of 2,000
    tabs spent 0.6 s marking them, 4x per 2x tabs); the titles' offsets count their comparisons."""
    monkeypatch.setattr(templates, "_TAB_TITLE", _CountingPattern(templates._TAB_TITLE))

    def work_at(count: int) -> int:
        CountingInt.comparisons = 0
        lint_text(gitbook_tabs(count), "guide.md", select=["jargon"])
        return CountingInt.comparisons

    grows_linearly(work_at, 150)


# Blade: PHP opened by `<?php` and never closed -------------------------------------------------

def test_unclosed_php_tags_in_a_long_blade_file_are_read_in_one_pass():
    """Blade's `<?php` reached for its `?>` at most 40,000 characters and, finding none before a
    longer file's end, was not a tag: the next `<?php` scanned as far again (rev19b's note: 1 s for
    1,200 such tags in 42 KB). Now the first reads to the file's end (rev20a). Counted: the steps of
    the expression, on files past that reach."""
    from plainlint.reading import blade

    php = StepCounter(next(pattern for pattern, _ in blade.PATTERNS if pattern.startswith("<\\?php")), re.DOTALL)

    def steps_at(count: int) -> int:
        text = ("<?php $step = 1;\n" + "x" * 4983) * count
        php.steps = 0
        assert [match.span() for match in php.finditer(text)] == [(0, len(text))]
        return php.steps

    grows_linearly(steps_at, 9)  # 45,000 and 180,000 characters


@pytest.mark.parametrize("opener,closer", [("{{--", "--}}"), ("@php", "@endphp")])
def test_unclosed_blade_comments_and_php_blocks_are_read_in_one_pass(opener, closer):
    """Blade's `{{--` reached for its `--}}` (and `@php` for its `@endphp`) at most 40,000
    characters and, finding none, was not a tag: the next opener scanned as far again (rev19b's
    and rev20a's notes). Now an unclosed one reads to the file's end, as `<?php` does (rev21a).
    Counted: the steps of the expression, on files past that reach; a closed one still ends at
    its first closer."""
    from plainlint.reading import blade

    start = re.escape(opener[0])
    pattern = StepCounter(next(pattern for pattern, _ in blade.PATTERNS
                               if pattern.startswith(start) and opener[1:] in pattern.replace("\\", "")), re.DOTALL)

    spans = []

    def steps_at(count: int) -> int:
        text = (f"{opener} $step = 1;\n" + "x" * 4983) * count
        pattern.steps = 0
        spans.append(([match.span() for match in pattern.finditer(text)], len(text)))
        return pattern.steps

    grows_linearly(steps_at, 9)  # 45,000 and 180,000 characters
    assert all(found == [(0, length)] for found, length in spans), spans  # one tag, to the file's end
    closed = f"a {opener} b {closer} c {opener} d {closer}"
    assert [match.group() for match in pattern.finditer(closed)] == [f"{opener} b {closer}", f"{opener} d {closer}"]


# MyST: the tab panel of each link and image -----------------------------------------------------

def myst_tabs(count: int) -> str:
    panels = "".join(f"````{{tab-item}} System {n}\n:sync: s{n}\n\n[Learn more](page-{n}.md)\n````\n"
                     for n in range(count))
    return "# Install\n\n`````{tab-set}\n" + panels + "`````\n"


def test_the_tab_panel_of_each_link_is_looked_up_not_scanned():
    """rev20b: `Document.tab_panel_at` went through every panel of the page for each link and image
    (links x panels); the panels' list counts what is read from it."""
    def work_at(count: int) -> int:
        doc = read_document(Source("docs/page.md", myst_tabs(count)), "markdown", detect_language=False)
        doc.tab_panels = CountingList(doc.tab_panels)
        links = [element for element in doc.elements if element.kind == "link"]
        assert [doc.tab_panel_at(link.start) for link in links] == list(range(1, count + 1))
        assert doc.tab_panel_at(0) == 0
        return doc.tab_panels.visits

    grows_linearly(work_at, 100)


# MkDocs blocks: a line's end kept as a block of its own -----------------------------------------

@pytest.mark.parametrize("line", ["{spaces}x", "|{dashes}x", "{spaces}|-x"])
def test_a_long_line_is_tried_as_a_one_line_block_in_linear_steps(line):
    """rev20b: check20's table delimiter row ('|---|:--|') came after the leading `[ \\t]*`, so a
    line of n spaces tried it (and its lookaheads over the line) n times: 20,000 spaces, 0.4 s."""
    from plainlint.reading.readers import mkdocs_blocks

    counter = StepCounter(mkdocs_blocks._ONE_LINE_BLOCK)

    def work_at(size: int) -> int:
        counter.steps = 0
        assert counter.match(line.format(spaces=" " * size, dashes="-" * size)) is None
        return counter.steps

    grows_linearly(work_at, 60)
    for block in ("|---|:--|", "  | --- | --- |", "```", "## Title ##", "~~~~  "):
        assert mkdocs_blocks._ONE_LINE_BLOCK.match(block), block
    assert not mkdocs_blocks._ONE_LINE_BLOCK.match("a | b - c")


# React Email: the code scanner reads each identifier where it stands ----------------------------

def test_react_email_code_is_scanned_without_copying_the_rest_of_the_file_at_each_word():
    from plainlint.reading.readers import react_email

    def copied(lines: int) -> int:
        code = "".join(f"const value{n} = compute(first{n}, second{n});\n" for n in range(lines))
        text = CountingStr('import { Text } from "@react-email/components";\n' + code
                           + "export default () => <Text>Thanks for your order.</Text>;\n")
        CountingStr.copied = 0
        react_email._Scanner(text).code(0)
        return CountingStr.copied

    grows_linearly(copied, 200)  # each word was matched on a copy of the text after it


def test_react_email_elements_in_expressions_are_read_without_copying_the_output(monkeypatch):
    # rev23: each element tried from code ({ok && <Text>...}, {items.map(...)}) copied the whole
    # output first, to put it back if the element was no JSX: quadratic in the number of them
    from plainlint.reading.readers import react_email

    listed = [0]

    def counting_list(items=()):
        made = list(items)
        listed[0] += len(made)
        return made

    monkeypatch.setattr(react_email, "list", counting_list, raising=False)

    def copied(blocks: int) -> int:
        body = "".join(f"{{ok && <Text>Order {n} paid.</Text>}}\n{{items.map((item) => <Text>{{item}}</Text>)}}\n"
                       for n in range(blocks))
        listed[0] = 0
        react_email.as_html('import { Section, Text } from "@react-email/components";\n'
                            f"export default ({{ ok, items }}) => (<Section>\n{body}</Section>);\n")
        return listed[0]

    grows_linearly(copied, 100)
