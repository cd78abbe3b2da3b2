"""MkDocs admonitions (`!!! note`, `??? tip`, `???+ tip`) and Material content tabs (`=== "Linux"`):
their indented body is Markdown, not an indented code block (session 17, trial8: a first run on
PiKVM's MkDocs Material docs read none of the prose in 200 such blocks). Examples in our own words."""

import pytest

from plainlint.nlp.sentences import HARD_BREAK
from plainlint.reading.readers import read_document
from plainlint.reading.readers.markdown import reader_name
from plainlint.reading.readers.mkdocs_blocks import dedent_block_bodies
from plainlint.reading.source import Source
from plhelpers import lint_text, spans

BODIES = {
    "admonition": '!!! warning "Before you start"\n\n    Utilize the spare cable.\n',
    "collapsible": '??? note\n\n    Utilize the spare cable.\n',
    "collapsible-open": '???+ tip "Cables"\n\n    Utilize the spare cable.\n',
    "content-tab": '=== "Linux"\n\n    Utilize the spare cable.\n',
    "tab-selected": '===+ "Linux"\n\n    Utilize the spare cable.\n',
}


@pytest.mark.parametrize("text", BODIES.values(), ids=BODIES.keys())
def test_the_body_after_a_blank_line_is_prose(text):
    assert spans(lint_text(text, "docs/page.md", select=["jargon"])) == [(3, 5, 3, 12, "Utilize")]


def test_nested_blocks_and_a_second_paragraph_are_prose():
    text = ('=== "Windows"\n\n    Pick the port.\n\n    ??? note "Older boards"\n\n'
            '        Utilize the spare cable.\n\n        Then utilize the other one.\n\nUtilize this too.\n')
    found = spans(lint_text(text, "docs/page.md", select=["jargon"]))
    assert found == [(7, 9, 7, 16, "Utilize"), (9, 14, 9, 21, "utilize"), (11, 1, 11, 8, "Utilize")]


CODE_IN_BODIES = {
    "fence": '=== "Linux"\n\n    ```console\n    utilize --all\n    ```\n\n    Then utilize it.\n',
    "indented-code": '!!! note\n\n        utilize --all\n\n    Then utilize it.\n',
}


@pytest.mark.parametrize("text", CODE_IN_BODIES.values(), ids=CODE_IN_BODIES.keys())
def test_code_inside_a_body_stays_code(text):
    assert spans(lint_text(text, "docs/page.md", select=["jargon"])) == [(len(text.splitlines()), 10, len(text.splitlines()), 17, "utilize")]


NOT_BODIES = {
    # an indented code block after an ordinary paragraph, and a setext heading's underline
    "plain-indented-code": "Run this:\n\n    utilize --all\n",
    "setext-underline": "Title\n===\n\n    utilize --all\n",
    "marker-words-in-a-sentence": "Type !!! note in the editor.\n\n    utilize --all\n",
}


@pytest.mark.parametrize("text", NOT_BODIES.values(), ids=NOT_BODIES.keys())
def test_an_indented_block_after_no_marker_is_still_code(text):
    assert lint_text(text, "docs/page.md", select=["jargon"]) == []
    assert dedent_block_bodies(text) == text


@pytest.mark.parametrize("line_end", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_the_body_keeps_its_source_offsets(line_end):
    text = '!!! tip "Cables"\n\n    Utilize the spare cable.\n    It is in the box.\n'.replace("\n", line_end)
    doc = read_document(Source("docs/page.md", text), "markdown", detect_language=False)
    body = [segment for segment in doc.segments if "spare" in segment.text]
    assert len(body) == 1 and body[0].text.startswith("Utilize the spare cable.")
    start = body[0].to_source(0, 7).start
    assert text[start:start + 7] == "Utilize"
    box = body[0].to_source(body[0].text.index("box"), body[0].text.index("box") + 3).start
    assert text[box:box + 3] == "box"


def test_a_tab_indented_body_is_prose_too():
    assert spans(lint_text("!!! note\n\n\tUtilize the spare cable.\n", "docs/page.md", select=["jargon"])) == [
        (3, 2, 3, 9, "Utilize")]


def test_a_body_keeps_its_line_breaks_so_a_nested_marker_still_starts_a_line():
    """The view's newline moved behind the tabs; the segment still has the source's newline (a
    space there made '!!!' of a nested marker an exclamation mid-sentence for shouting)."""
    text = '??? question "Can I keep it writable?"\n\n    !!! danger "Do not"\n    Read the page first.\n'
    doc = read_document(Source("docs/page.md", text), "markdown", detect_language=False)
    if reader_name() == "pulldown-cmark":  # (markdown-it-py, kept to measure agreement, keeps its own text)
        assert [segment.text for segment in doc.segments][1] == f'!!! danger "Do not"{HARD_BREAK}\nRead the page first.'
    assert lint_text(text, "docs/page.md", select=["shouting"]) == []


def test_a_title_right_above_its_body_is_a_sentence_of_its_own():
    """With no blank line after the marker, the body continues the marker's paragraph: the title
    and the body's first sentence were one sentence (PiKVM's FAQ: each question, then its answer)."""
    body = " ".join(["word"] * 27) + " end."  # 28 words, under the limit of 29
    text = f'??? question "Why is the screen black?"\n    {body}\n'
    assert lint_text(text, "docs/page.md", select=["sentence-length"]) == []
    # the control: the title's words joined to the body are over the limit (the line this replaced,
    # 'Another paragraph.' and the body, could fail only when the assert above did: rev18a)
    assert len(lint_text(f"Why is the screen black\n{body}\n", "docs/page.md", select=["sentence-length"])) == 1


@pytest.mark.parametrize("line_end", ["  \n", "\\\n"], ids=["two-spaces", "backslash"])
def test_a_hard_break_inside_a_body_stays_a_hard_break(line_end):
    """The indentation moved behind a hard break's mark hid it: 'First line  \\t\\t\\t\\t' made a
    soft break, and a backslash before tabs was read as a word's last character (rev18a)."""
    text = f"!!! note\n\n    Check the cable{line_end}    restart the hub.\n"
    doc = read_document(Source("docs/page.md", text), "markdown", detect_language=False)
    if reader_name() == "pulldown-cmark":
        assert [segment.text for segment in doc.segments][1] == f"Check the cable{HARD_BREAK}\nrestart the hub."
    assert dedent_block_bodies(text).endswith("\nrestart the hub.\n")


def test_a_marker_after_a_byte_order_mark_opens_a_block():
    """A file saved with a byte order mark (Windows editors) starts with one before its first
    marker line: that body was read as code (rev18a)."""
    text = '\ufeff!!! note "Cables"\n\n    Utilize the spare cable.\n'
    assert spans(lint_text(text, "docs/page.md", select=["jargon"])) == [(3, 5, 3, 12, "Utilize")]


@pytest.mark.parametrize("fence", ["```", "~~~"])
def test_a_fence_closed_right_above_a_body_line_is_closed(fence):
    """pulldown-cmark does not take a fence followed by tabs as closing it: a body line right
    under a fence's end left the fence open, and the rest of the page was read as code (rev18a,
    held-out Tasmota docs, whose closing fences' trailing spaces hid it)."""
    text = f'=== "Linux"\n\n    {fence}console\n    utilize --all\n    {fence}\n    Then utilize it.\n\nUtilize this too.\n'
    assert spans(lint_text(text, "docs/page.md", select=["jargon"])) == [
        (6, 10, 6, 17, "utilize"), (8, 1, 8, 8, "Utilize")]


def test_a_headings_closing_hashes_right_above_a_body_line_are_no_text():
    text = '!!! note\n\n    ## Spare cables ##\n    Check the box.\n'
    doc = read_document(Source("docs/page.md", text), "markdown", detect_language=False)
    if reader_name() == "pulldown-cmark":  # (markdown-it-py strips them itself)
        assert [segment.text for segment in doc.segments][1] == "Spare cables"
