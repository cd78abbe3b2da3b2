"""Cost linear in the input, for the other rules (alt text, contrast, captions, spelling, the
Latin phrases, fill-ins, hold-without-asking, heading levels, the word lists' shown messages).
See test_linear_reading.py for the method."""

from __future__ import annotations

import re
import sys

import pytest

from plainlint.rules import alt_text_missing, alt_text_unhelpful, contrast, find_rule
from linear_work import CountingInt, CountingList, CountingStr, grows_linearly, html_doc, recording_calls, steps_of
from plhelpers import lint_text
from regex_steps import StepCounter

pytestmark = pytest.mark.slow  # the inner loop leaves it out; CI runs it
# The spelling cases exercise the dictionary check (unknown words), opt-in since spell20b.
DICTIONARY_SPELLING = {"rules": {"spelling": {"mode": "dictionary"}}}


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


# Found with benchmarks/scaling.py: captions ----------------------------------------------------

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


def test_spelling_reads_a_long_table_once_not_once_per_word(monkeypatch):
    """Each unknown word in a table cell asked its column's verdicts, and each asking re-read the
    table from its first row: 2,000 rows took 9 s and 8,000 rows 268 s with spelling on."""
    from plainlint.rules import spelling_tables

    reads = []
    original = spelling_tables.PipeTables._judge_column
    monkeypatch.setattr(spelling_tables.PipeTables, "_judge_column",
                        lambda self, *args: reads.append(args) or original(self, *args))
    # an unlisted slip: a known misspelling is reported without asking the column's verdicts
    rows = "".join(f"| {word}{n} | the databaes of row {n} |\n" for n, word in enumerate(["item"] * 400))
    lint_text("| Name | Notes |\n|---|---|\n" + rows, config=DICTIONARY_SPELLING)
    assert 1 <= len(reads) <= 3  # the word's column asked three questions, once each (not 400 times)


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
    result = lint_text(f'Say "hello" first. {sentences}\n', config=DICTIONARY_SPELLING)
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


def test_lines_of_marks_are_read_once_from_each_line_start():
    """The holds that open their sentence ("One moment", "Hold on") took the marks at a line's start
    with `^\\W*+` over every line after it too: a run of mark-only lines was read to its end from each
    line start (", \\n" x 20,000: 15 CPU-s; rev25). The marks now stop at the line's end (hold26)."""
    from plainlint.rules.hold import hold_data

    def work(count, holds=hold_data()["holds"]):
        for run in ("-\n" * count, ", \n" * count):
            assert holds.search(f"{run}One moment please.") is not None
            assert holds.search(f"{run}Hold on please.") is not None
            assert holds.search(f"{run}x") is None
        return steps_of([holds]) if isinstance(holds, StepCounter) else 0

    work(4000)  # the old expression's case, by re itself
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



# Each reading of shown_messages, decided once per segment where deciding it for each word-list
# finding in it was quadratic: (the expression counted, its method, the paragraph's opening and
# closing marks, a message after its lead that is still no finding).
SHOWN_MESSAGE_READINGS = {
    # whether a blockquote quotes a shown message ("you receive the following error:") searched the
    # paragraphs before it for each finding (rev19a: a 100 KB paragraph before a blockquote of 2,000
    # jargon findings took 91 s, 5 s without the '>'). Counted: the searches of a lead's end.
    "blockquote_lead": ("_LEAD_COLON", "search", "> ", "",
                        "You receive the following error message:\n\n> The file was unable to open.\n"),
    # whether a paragraph is one emphasised run (left19: a bold message after its lead) copied the
    # paragraph's lines and matched them for each finding. Counted: the whole-run matches.
    "emphasised_paragraph": ("_WHOLE_EMPHASIS", "fullmatch", "**", "**",
                             "You receive the following error message:\n\n**The file was unable to open.**\n"),
}


@pytest.mark.parametrize("reading", sorted(SHOWN_MESSAGE_READINGS))
def test_a_shown_message_reading_is_decided_once_not_once_per_finding(monkeypatch, reading):
    from plainlint.rules import shown_messages

    name, method, opening, closing, message_after_lead = SHOWN_MESSAGE_READINGS[reading]
    calls = recording_calls(monkeypatch, shown_messages, name, method)

    def counted(count):
        calls.clear()
        text = "# Help\n\nWe read the report you sent. We can help.\n\n" + opening \
            + "Please utilize the form. " * count + closing + "\n"
        assert len(lint_text(text, "page.md", select=["jargon"])) == count
        return len(calls)

    assert counted(20) == counted(80) == 1
    # ... and the reading still holds: a message after its lead is no finding
    assert not lint_text(message_after_lead, "page.md", select=["jargon"])


# 20. inclusive: a capitalised name's place, read back from each match ---------------------------

def test_a_names_place_in_its_sentence_is_read_back_not_copied_per_match():
    """inclusive's capitalised names ('Postman'): whether each match follows words of its sentence
    was found by copying the segment's text before it (rev19a), quadratic in a long segment whose
    matches all open sentences (then every match is read, none inside a sentence ends the search)."""
    from types import SimpleNamespace

    from plainlint.rules import inclusive

    def copied_at(size: int) -> int:
        text = CountingStr("Postman. " * size)
        segment = SimpleNamespace(text=text)
        doc = SimpleNamespace(segments=[segment], cached=lambda key, compute: compute())
        CountingStr.copied = 0
        for start in range(0, len(text), len("Postman. ")):
            hit = SimpleNamespace(segment=segment, start=start, end=start + len("Postman"))
            assert not inclusive._capitalised_inside_a_sentence(hit)
        assert not inclusive._a_name_elsewhere_in_the_document(doc, hit)
        return CountingStr.copied

    grows_linearly(copied_at, 400)



# 21. link-text: Markdown's link syntax shown beside a link, looked for once per line ------------

class _CountingLookups(CountingStr):
    """A source that also counts each `startswith` asked of it (a check of one place)."""

    def startswith(self, *args):
        CountingStr.copied += 1
        return super().startswith(*args)


@pytest.mark.parametrize("item", [
    # rev19a: check17's reading of a cheat sheet ('\\[Link\\](url)' beside the link it renders)
    # copied and searched the link's whole line for each link: 12,000 links on one line, 27 s
    "See [the page {n}](https://example.com/p{n}) for more.",
    # rev20a: after that, each link still tried every opening of shown syntax on its line:
    # 12,000 links and 12,000 openings on one line, 49 s
    "Type \\[x\\] or see [the page {n}](https://example.com/p{n}).",
])
def test_a_long_line_of_links_is_searched_once_for_shown_link_syntax(item):
    """Counted: the characters copied out of the source by the rule, and the places it checked."""
    from plainlint.reading.readers import read_document
    from plainlint.reading.source import Source

    rule = find_rule("link-text")

    def work_at(count: int) -> int:
        text = _CountingLookups("# Links\n\n" + " ".join(item.format(n=n) for n in range(count)) + "\n")
        doc = read_document(Source("page.md", text), "markdown")
        CountingStr.copied = 0
        assert list(rule.check(doc, {})) == []
        return CountingStr.copied

    grows_linearly(work_at, 200)
    # ... and the reading still holds: a cheat sheet's row showing the syntax of its link
    assert not lint_text("| `[Link](https://example.com)` | [Link](https://example.com) |\n", "page.md",
                         select=["link-text", "bare-url"])


def _shown_by_trying_each_opening(source: str, text: str) -> bool:
    """What the rule asked before rev20a: any opening on the line followed by the text, then its
    closing, all on the line (the source here is one line)."""
    from plainlint.rules._shown_link_syntax import SHOWN_SYNTAX

    return any(source.startswith(text + closing, at + len(opening))
               for opening, closing in SHOWN_SYNTAX
               for at in range(len(source)) if source.startswith(opening, at))


def test_shown_link_syntax_by_lookup_answers_as_trying_each_opening():
    """Lines of syntax characters drawn at random (fixed seed), every stretch of each asked as a
    link's text: the lookup by distance and text answers as trying each opening did, texts that
    hold a closing ('a](b') included."""
    import random

    from plainlint.rules._shown_link_syntax import _ShownLine

    rng, asked, shown = random.Random(2020), 0, 0
    for _ in range(300):
        line = "".join(rng.choice(["\\[", "\\]", "\\<", "\\>", "`[", "](", "`<", ">`", "a", "b", " "])
                       for _ in range(rng.randrange(1, 14)))
        looked_up = _ShownLine(line, 0, len(line))
        for start in range(len(line)):
            for end in range(start + 1, min(len(line), start + 12) + 1):
                text = line[start:end]
                expected = _shown_by_trying_each_opening(line, text)
                assert looked_up.shows(text) == expected, (line, text)
                asked, shown = asked + 1, shown + expected
    assert asked > 10_000 and shown > 200  # both answers well represented (260 shown)


def test_a_cheat_sheet_row_still_leaves_its_link_alone():
    """The reading itself, through the rule: 'here' is vague, unless its line shows its syntax."""
    vague = "means nothing out of context"
    assert any(vague in f.message for f in lint_text(
        "# Page\n\nSee [here](https://example.com).\n", "page.md", select=["link-text"]))
    for shown in ("`[here](https://example.com)`", "\\[here\\](https://example.com)"):
        assert not any(vague in f.message for f in lint_text(
            f"# Page\n\n{shown} renders as [here](https://example.com).\n", "page.md", select=["link-text"]))


def test_a_word_in_a_series_of_names_is_asked_about_near_it(monkeypatch):
    """spelling's confident mode asks in_series_of_names at each slip it would report (spell22):
    the names before the word were searched for in the whole text before it (copied, and tried at
    every position), so a long paragraph's slips cost its length squared. Counted: the steps of
    the two expressions, asked at every word of a paragraph."""
    from plainlint.rules import spelling_confident

    counters = [StepCounter(spelling_confident._NAME_BEFORE), StepCounter(spelling_confident._NAME_AFTER)]
    monkeypatch.setattr(spelling_confident, "_NAME_BEFORE", counters[0])
    monkeypatch.setattr(spelling_confident, "_NAME_AFTER", counters[1])

    def work_at(count: int) -> int:
        text = " ".join(f"word{n} sits beside Borg, restic and Kopia" for n in range(count))
        starts = [match.start() for match in re.finditer(r"\w+", text)]
        in_series = [spelling_confident.in_series_of_names(text, s, s + 6) for s in starts if text.startswith("restic", s)]
        assert in_series == [True] * count
        return steps_of(counters)

    grows_linearly(work_at, 10)


# 22. sensory-directions: each hover of a long sentence read against the whole sentence -----------

class _SearchedCharacters:
    """A compiled expression that adds the characters each `search` or `finditer` is given to
    read (from `pos` to `endpos`) to `counted[0]`."""

    def __init__(self, pattern: re.Pattern, counted: list[int]):
        self.pattern, self.counted = pattern, counted

    def _read(self, text, pos=0, endpos=None):
        self.counted[0] += (len(text) if endpos is None else min(endpos, len(text))) - pos

    def search(self, text, pos=0, endpos=None):
        self._read(text, pos, endpos)
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text, pos=0, endpos=None):
        self._read(text, pos, endpos)
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def test_the_hovers_of_a_long_sentence_are_each_read_beside_themselves(monkeypatch):
    """rev26: for each hover of a sentence, sensory-directions searched the whole sentence for
    another way (`alternatives`), the text before the hover for 'select or' and for 'whether', the
    next sentence for another way, and compared the hover with every hit before it: a 54 KB
    sentence of hovers took 5 CPU-s, four times that at twice the length. Counted: the characters
    its expressions are given to search, and the Python lines the rule's modules run."""
    from plainlint.rules import sensory_patterns, sensory_places

    counted = [0]
    found, places = sensory_patterns.patterns(), sensory_places._patterns()
    for name in ("pointer", "alternatives", "next_alternatives"):
        monkeypatch.setitem(found, name, _SearchedCharacters(found[name], counted))
    for name in places:
        monkeypatch.setitem(places, name, _SearchedCharacters(places[name], counted))

    def lines_in_rule(frame, event, arg):
        if "/plainlint/rules/sensory" not in frame.f_code.co_filename:
            return None
        def line(frame, event, arg):
            counted[0] += event == "line"
            return line
        return line

    def work_at(count: int) -> int:
        text = "# Charts\n\nThen " + "hover over the chart, " * count + "and read the totals. " \
            + "The totals add up " * count + "by day.\n"
        counted[0] = 0
        sys.settrace(lines_in_rule)
        try:
            found_now = lint_text(text, "charts.md", select=["sensory-directions"])
        finally:
            sys.settrace(None)
        assert len(found_now) == count
        return counted[0]

    grows_linearly(work_at, 60)


# 23. sensory-directions: each place, colour and hover of a long reply sentence read beside itself --

class _ReadCounting(str):
    """A document's source that adds the characters each slice, count or find reads to `counted[0]`."""

    counted = [0]

    def __getitem__(self, key):
        part = super().__getitem__(key)
        _ReadCounting.counted[0] += len(part)
        return part

    def _scanned(self, start, end):
        start = 0 if start is None else start
        _ReadCounting.counted[0] += max(0, (len(self) if end is None else end) - start)

    def count(self, sub, start=None, end=None):
        self._scanned(start, end)
        return super().count(sub, start, end)

    def find(self, sub, start=None, end=None):
        found = super().find(sub, start, end)
        self._scanned(start, found + len(sub) if found >= 0 else end)
        return found

    def rfind(self, sub, start=None, end=None):
        found = super().rfind(sub, start, end)
        self._scanned(found if found >= 0 else start, end)
        return found


def _count_the_rules_reading(monkeypatch, counted: list[int]):
    """The characters sensory-directions' expressions are given to search (pos to endpos), and
    each Python line its modules run, added to `counted[0]`."""
    from plainlint.rules import sensory_patterns, sensory_places

    found, places = sensory_patterns.patterns(), sensory_places._patterns()
    for name in list(found.sources):
        value = found[name]
        monkeypatch.setitem(found, name, (_SearchedCharacters(value[0], counted), value[1]) if isinstance(value, tuple)
                            else _SearchedCharacters(value, counted))
    for name in places:
        monkeypatch.setitem(places, name, _SearchedCharacters(places[name], counted))


def _lines_in_the_rule(counted: list[int], where: str = "/plainlint/rules/sensory"):
    """A trace function adding to `counted[0]` each line run in a file whose path holds `where`."""
    def lines_in_rule(frame, event, arg):
        if where not in frame.f_code.co_filename:
            return None

        def line(frame, event, arg):
            counted[0] += event == "line"
            return line
        return line
    return lines_in_rule


# A reply's sentence of N directions (rev26's "click the button on the left and " x 2,000: 51 CPU-s,
# four times per doubling); with keyboard words that are no other way; colours; quoted sentences.
REPLY_SENTENCES = {
    "places": "click the button on the left and ",
    "places beside the keyboard": "tap the icon on the left to open the keyboard and ",
    "places in a list": "open the menu at the top of the page, select a node in the left pane and ",
    "colours": "tap the blue icon and the red button and ",
}


@pytest.mark.parametrize("name", sorted(REPLY_SENTENCES))
def test_the_directions_of_a_long_reply_sentence_are_each_read_beside_themselves(monkeypatch, name):
    """lin27: for each place, sensory-directions searched the text before it from the sentence's
    start (six expressions), read every keyboard word of the sentence and every name of a control
    in it, and its label marks' line to the place; for each colour, the sentence for a colour
    scheme and the text before it for a legend or a mark. Counted: the characters its expressions
    are given, the characters of the source it reads, and the Python lines its modules run."""
    counted = [0]
    _ReadCounting.counted = counted
    _count_the_rules_reading(monkeypatch, counted)

    def work_at(count: int) -> int:
        text = _ReadCounting("Hi Sam,\n\nPlease " + REPLY_SENTENCES[name] * count + "you are done.\n\nThanks, Ana\n")
        counted[0] = 0
        sys.settrace(_lines_in_the_rule(counted))
        try:
            found_now = lint_text(text, "reply.md", select=["sensory-directions"])
        finally:
            sys.settrace(None)
        assert len(found_now) >= count
        return counted[0]

    grows_linearly(work_at, 40)


def test_the_quoted_sentences_of_a_long_reply_paragraph_are_each_looked_up(monkeypatch):
    """lin27: whether a sentence holds a quotation read every quotation of its paragraph before it.
    Counted as above, with a sentence of a colour and a quotation each."""
    counted = [0]
    _ReadCounting.counted = counted
    _count_the_rules_reading(monkeypatch, counted)

    def work_at(count: int) -> int:
        text = _ReadCounting("Hi Sam,\n\n" + 'Tap the blue icon, not "that one". ' * count + "\n")
        counted[0] = 0
        sys.settrace(_lines_in_the_rule(counted))
        try:
            assert lint_text(text, "reply.md", select=["sensory-directions"]) == []
        finally:
            sys.settrace(None)
        return counted[0]

    grows_linearly(work_at, 300)  # each sentence costs some 500 lines: the quotes' square shows from here


def test_whether_hovering_or_not_is_looked_up_once_a_sentence(monkeypatch):
    """lin27 (rev26's note): after each 'whether hovering over', sensory-directions read on to the
    sentence's end for '... or not'. Counted: the steps of the rule's expressions of places
    (regex_steps.StepCounter), in an article, as the rule's article settings read it."""
    from plainlint.rules import sensory_places

    places = sensory_places._patterns()
    counters = [StepCounter(places[name]) for name in places]
    for name, counter in zip(list(places), counters):
        monkeypatch.setitem(places, name, counter)

    def work_at(count: int) -> int:
        text = "# Charts\n\nThe bar shows " + "whether hovering over the chart, " * count + "and stays.\n"
        steps_of(counters)
        assert len(lint_text(text, "charts.md", select=["sensory-directions"])) == count
        return steps_of(counters)

    grows_linearly(work_at, 30)


# 24. Found by benchmarks/rule_sweep.py (lin27): word-list tone rules reading a long sentence per phrase --

class _ScannedCharacters(_SearchedCharacters):
    """`_SearchedCharacters` that counts `findall` and a `search` on a slice (the slice's length) too."""

    def findall(self, text, pos=0, endpos=None):
        self._read(text, pos, endpos)
        return self.pattern.findall(text, pos, len(text) if endpos is None else endpos)


def _traced_lint(counted: list[int], module, text: str, rule: str) -> list:
    """`rule` alone on `text` as a reply, each Python line `module`'s file runs added to `counted[0]`."""
    sys.settrace(_lines_in_the_rule(counted, module.__file__))
    try:
        return lint_text(text, "reply.md", select=[rule])
    finally:
        sys.settrace(None)


def _counted_reply(monkeypatch, module, names, rule: str, sentence: str, size: int, data=None) -> int:
    """Characters the rule's named expressions (of `module`, or of the dict `data`) are given, and
    Python lines its module runs, linting a reply of one sentence of `sentence` x n."""
    counted = [0]
    for name in names:
        if data is not None:
            monkeypatch.setitem(data, name, _ScannedCharacters(data[name], counted))
        else:
            monkeypatch.setattr(module, name, _ScannedCharacters(getattr(module, name), counted))
    def work_at(count: int) -> int:
        counted[0] = 0
        found = _traced_lint(counted, module, "Hi Sam,\n\nPlease " + sentence * count + "thanks.\n", rule)
        assert len(found) >= count
        return counted[0]

    return grows_linearly(work_at, size)


def test_vague_timeline_reads_a_long_sentence_once_not_once_per_phrase(monkeypatch):
    """For each phrase, vague-timeline looked for the clause's start in the whole segment before
    it, and split the whole sentence into words: 'We will get back to you shortly and ' x 4,800 in
    one reply sentence, 1.1 CPU-s, 17x per 4x."""
    from plainlint.rules import vague_timeline

    _counted_reply(monkeypatch, vague_timeline, ["_CLAUSE_BREAK", "_SENTENCE_WORDS"], "vague-timeline",
                   "we will get back to you shortly and ", 40)


def test_unowned_commitment_reads_the_words_before_each_promise_back_from_it(monkeypatch):
    """unowned-commitment searched the whole sentence before each promise for its subject (four
    expressions) and compared it with every promise kept: 'This will be looked into and ' x 4,800
    in one reply sentence, 2 CPU-s, 15x per 4x."""
    from plainlint.rules import unowned_commitment

    data = unowned_commitment.commitment_data()
    names = [name for name, value in data.items() if isinstance(value, re.Pattern) and name not in ("agent", "case")]
    monkeypatch.setattr(unowned_commitment, "_OWNER_WHO", _ScannedCharacters(unowned_commitment._OWNER_WHO, [0]))
    _counted_reply(monkeypatch, unowned_commitment, names, "unowned-commitment",
                   "this will be looked into and your ticket will be handled and ", 40, data=data)


def test_blame_normalises_a_long_sentence_once_not_once_per_phrase(monkeypatch):
    """blame lowered, split and joined the whole sentence for each phrase with `not_in_sentence`
    words: 'As I already said, refunds take a week and ' x 4,800, 14x per 4x. Counted: the
    characters of the sentence lowered, and the lines blame.py runs."""
    from plainlint.rules import blame

    counted, real, same = [0], blame.sentence_of, {}

    class Lowering(str):
        def lower(self):
            counted[0] += len(self)
            return super().lower()

    def sentence_of(doc, hit):
        text = real(doc, hit)
        return same.setdefault(id(text), (text, Lowering(text)))[1]  # one object a sentence, as the rule's

    monkeypatch.setattr(blame, "sentence_of", sentence_of)

    def work_at(count: int) -> int:
        counted[0] = 0
        same.clear()
        found = _traced_lint(counted, blame, "Hi Sam,\n\nAs " + "I already said, refunds take a week and as " * count
                             + "ever.\n", "blame")
        assert len(found) >= count
        return counted[0]

    grows_linearly(work_at, 40)


# 25. Found by benchmarks/rule_sweep.py (lin27): runs of '?' and '!' read again from each of their characters --

_OLD_SHOUTING_PUNCTUATION = r"[!?]*(?:!!|\?!|!\?)[!?]*"


def _punctuation_patterns(name: str) -> tuple[re.Pattern, re.Pattern]:
    """(the old expression, the new one) of shouting's '!!' and bad-news-tone's final '!'."""
    from plainlint.rules import bad_news, shouting

    if name == "shouting":
        return re.compile(_OLD_SHOUTING_PUNCTUATION), shouting._PUNCT
    new = bad_news._EXCLAMATION  # the old one: the new without the run's guard
    return re.compile(new.pattern.replace("(?<!!)!++", "!+", 1), new.flags), new


@pytest.mark.parametrize("name, run", [("shouting", "?"), ("bad_news", "!")])
def test_a_long_run_of_marks_is_read_once(name, run):
    """shouting's '!!' tried each start of a run of '?' (16,000: 2 CPU-s, 16x per 4x), bad-news-tone's
    final '!' each start of a run of '!' (7 CPU-s). Counted: steps (regex_steps.StepCounter)."""
    old, new = _punctuation_patterns(name)
    counter = StepCounter(new)

    def work(count: int) -> int:
        text = "Wait" + run * count + " then more"
        list(counter.finditer(text))
        return steps_of([counter])

    grows_linearly(work, 100)
    with pytest.raises(AssertionError):  # ... and the old expression does not
        old_counter = StepCounter(old)
        grows_linearly(lambda count: (list(old_counter.finditer("Wait" + run * count + " then more")),
                                      steps_of([old_counter]))[1], 100)


@pytest.mark.parametrize("name", ["shouting", "bad_news"])
def test_the_marks_read_once_find_what_they_found(name):
    """Random strings of marks, quotes, emoji and words (seed 2704): the same matches as before."""
    import random

    old, new = _punctuation_patterns(name)
    rng, found = random.Random(2704), 0
    for _ in range(20000):
        text = "".join(rng.choice(["!", "?", "!!", "?!", "a", " ", "\"", ")", "😀", ".", "\n", "’"])
                       for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], text
        assert (new.search(text) and new.search(text).span()) == (old.search(text) and old.search(text).span())
        found += new.search(text) is not None
    assert found > 2000


# 25. Found by benchmarks/rule_sweep.py (lin27, left; fixed by the lead): terminology ------------------

class _CountedRe:
    """`re` for a module that called `re.search`/`re.match` on a copy of the text before or after
    each match: the characters each call is given are added to `counted[0]`."""

    def __init__(self, counted: list[int]):
        self.counted = counted

    def search(self, pattern, text, flags=0):
        self.counted[0] += len(text)
        return re.search(pattern, text, flags)

    def match(self, pattern, text, flags=0):
        self.counted[0] += len(text)
        return re.match(pattern, text, flags)

    def __getattr__(self, name):
        return getattr(re, name)


def test_terminology_reads_a_long_line_once_not_once_per_match(monkeypatch):
    """terminology searched the line's bold marks from its start for each match (`in_bold`), read a
    copy of the text before and after each lower-case word (`lowercase_hits`) and compared each
    candidate with every one kept: 'the Internet and ' x 6,400 in one bold-marked sentence, 0.9
    CPU-s at 116 KB, 11x per 4x. Counted: the characters the bold marks' expression and the
    module-level `re` calls are given, and the lines terminology.py runs."""
    from plainlint.rules import terminology, terminology_forms, terminology_words

    counted = [0]
    monkeypatch.setattr(terminology_words, "_BOLD_MARK", _SearchedCharacters(terminology_words._BOLD_MARK, counted))
    monkeypatch.setattr(terminology_forms, "re", _CountedRe(counted))

    def work_at(count: int) -> int:
        counted[0] = 0
        found = _traced_lint(counted, terminology, "Hi Sam,\n\n**Note:** we checked " + "the Internet and " * count
                             + "thanks.\n", "terminology")
        assert len(found) == count
        return counted[0]

    grows_linearly(work_at, 100)


# spelling: a long word with no accented letter (user29) ----------------------------------------

def test_a_long_word_is_read_once_for_accented_letters(monkeypatch):
    """short_foreign counted accented words with `\\w*[À-ÿ]\\w*`, tried from every letter of a word
    to its end: one 80,000-letter word took 34 CPU-s, and 3 MB did not finish in 9 minutes (user29).
    A match now starts only at a word's start; it finds the same words (the letters listed are \\w)."""
    from plainlint.rules import spelling_places

    counter = StepCounter(spelling_places._ACCENTED_WORD)
    monkeypatch.setattr(spelling_places, "_ACCENTED_WORD", counter)

    def work(count):
        for word in ("x" * count, "x" * count + "é", "é" + "x" * count):
            spelling_places.short_foreign(f"Please {word} use the tool. Café crème.", 5, 1)
        return steps_of([counter])

    grows_linearly(work, 200)
    old = re.compile(r"\w*[À-ÖØ-öø-ÿ]\w*")
    for text in ("Ce contenu peut être présenté", "naïve x_é ÿes", "a×b ÷é", "résumé—café 'été'", "x" * 50 + "ö"):
        assert spelling_places._ACCENTED_WORD.pattern and counter.findall(text) == old.findall(text)
