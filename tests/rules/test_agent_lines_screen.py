"""agent_lines searches only the units that can hold a line (speedB, session 25): a quotation mark,
a colon, or a heading of lines to say above. These tests hold it to the walk that searched every
unit (kept here as the reference) on crafted pages and on the corpus."""

from pathlib import Path

import pytest

from plainlint.enums import Scope
from plainlint.reading.readers import read_document
from plainlint.reading.source import Source
from plainlint.rules import agent_lines as lines
from plainlint.rules.agent_scripts import labelled_agent_spans, line_label_spans, opens_with_other_party


def every_unit_searched(doc) -> dict:
    """agent_lines as written before the screen: every unit searched."""
    found, previous, customer_list, section = {}, None, False, lines._LinesSection(doc)
    for segment in doc.segments:
        if not segment.text.strip():
            continue
        if segment.scope == Scope.HEADING:
            section.enter(segment)
        lines_section = section.holds_lines()
        led = previous is not None and lines.introduces_customer(previous.text)
        customer_list = segment.scope == Scope.LIST_ITEM and (led or (
            customer_list and not previous.text.rstrip().endswith(":")
            and lines._same_list(doc.source.text, previous, segment)))
        spans = lines.agent_line_spans(segment, led or customer_list)
        if not spans and not (led or customer_list) and segment.scope not in lines._NOT_SAID:
            spans = labelled_agent_spans(segment.text, previous is not None and opens_with_other_party(previous.text))
            spans = spans or line_label_spans(segment.text)
        if not spans and lines_section and not (led or customer_list):
            spans = lines._plain_line(segment)
        if spans:
            found[segment.key] = spans
        previous = segment
    return found


PAGES = [
    '# Chat tips\n\n"Let me put you on hold while I check."\n\n“I’ll look into it now.”\n\n«Je vérifie.»\n',
    "# Phone\n\nAgent: I will check that for you.\n\nCustomer: Thanks.\n\nAgent: One moment while I look.\n",
    "# Replies\n\n**Example:** Please bear with me while I check.\n\nSay: I can help with that.\n",
    "# Tips\n\nAgent：I will check that.\n\nNo colon or quotation here, I think.\n",  # a full-width colon
    "# Customer service sentences\n\nI will check that for you.\n\nLet me look into it.\n\n"
    "## Phrases to avoid\n\nI can't help you.\n\n# Next\n\nI will check.\n",
    'If the customer says:\n\n- "I want my money back."\n- "I am upset."\n\nThen say:\n\n- "I understand."\n',
    'Customers often say:\n\n1. "I can\'t log in."\n2. "I lost my code."\n\n- "I will reset it for you."\n',
    "| Say | Avoid |\n|---|---|\n| \"I will check.\" | Wait. |\n| Agent: I can help. | no |\n",
    "Plain text with no lines at all.\n\nAnother paragraph, still none.\n",
]


@pytest.mark.parametrize("page", PAGES)
def test_the_screen_finds_what_searching_every_unit_finds(page):
    doc = read_document(Source("page.md", page), "markdown", detect_language=False)
    assert lines.agent_lines(doc) == every_unit_searched(doc)


def test_the_pages_hold_lines():
    """The crafted pages are not all empty: the comparison above compares lines."""
    held = [bool(every_unit_searched(read_document(Source("page.md", page), "markdown", detect_language=False)))
            for page in PAGES]
    assert sum(held) >= 6


@pytest.mark.corpus
def test_the_screen_agrees_on_the_bench_articles(corpus):
    paths = sorted(Path(corpus, "bench").rglob("*.md"))[::25]
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        doc = read_document(Source(str(path), text), "markdown", detect_language=False)
        assert lines.agent_lines(doc) == every_unit_searched(doc), path
