"""The Markdown reader on pulldown-cmark (pyromark): byte ranges to code points, and the classes
of difference from the markdown-it-py reader found on the corpus, each decided by GitHub's
rendering (cmark-gfm, checked here when `cmarkgfm` is installed)."""

from __future__ import annotations

import os
import random

import pytest

from plainlint.reading.readers import read_document
from plainlint.reading.readers.byte_offsets import ByteOffsets
from plainlint.reading.readers.markdown_events import fenced_code_spans, link_href
from plainlint.reading.source import Source


def read(text: str, path: str = "a.md", reader: str | None = None):
    old = os.environ.pop("PLAINLINT_MARKDOWN_READER", None)
    if reader:
        os.environ["PLAINLINT_MARKDOWN_READER"] = reader
    try:
        return read_document(Source(path, text), "markdown", detect_language=False)
    finally:
        os.environ.pop("PLAINLINT_MARKDOWN_READER", None)
        if old is not None:
            os.environ["PLAINLINT_MARKDOWN_READER"] = old


def texts(doc) -> list[str]:
    return [segment.text for segment in doc.segments]


def github_html(text: str) -> str:
    cmarkgfm = pytest.importorskip("cmarkgfm")
    return cmarkgfm.github_flavored_markdown_to_html(text)


def test_byte_offsets_match_utf8_for_every_width():
    rng = random.Random(24)
    alphabet = ["a", " ", "\n", "é", "—", "中", "😀", "\ue000", "\u202f"]
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        offsets = ByteOffsets(text)
        for index in range(len(text) + 1):
            assert offsets.char(len(text[:index].encode())) == index, (text, index)


def test_ascii_text_needs_no_map():
    offsets = ByteOffsets("plain ASCII")
    assert offsets.identity and len(offsets.byte_starts) == 0


def test_pieces_map_to_the_source_through_non_ascii_entities_and_escapes():
    text = "# Café 😀\n\nWe\u2019ll \\*try\\* &amp; {{ name }} 中文 done.\r\nNext line.\n"
    doc = read(text)
    heading, paragraph = doc.segments
    assert heading.text == "Café 😀" and heading.scope == "heading"
    assert paragraph.text == "We\u2019ll *try* & X 中文 done.\nNext line."
    for segment in doc.segments:
        for piece in segment.map.pieces:
            if piece.kind == "literal":
                assert text[piece.src_start:piece.src_end] == segment.text[piece.start:piece.end]
    amp = paragraph.text.index("&")
    span = paragraph.to_source(amp, amp + 1)
    assert text[span.start:span.end] == "&amp;"
    star = paragraph.text.index("*")
    span = paragraph.to_source(star, star + 1)
    assert text[span.start:span.end] == "\\*"


def test_tight_list_items_code_and_html_blocks():
    text = "- one `code`\n  - two\n\n```\nnot prose\n```\n\n<div>\n<p>in html</p>\n</div>\n"
    doc = read(text)
    assert texts(doc)[:2] == ["one X", "two"]
    assert [s.scope for s in doc.segments[:2]] == ["list-item", "list-item"]
    assert "not prose" not in " ".join(texts(doc))
    assert "in html" in texts(doc)


def test_links_images_and_autolinks_are_elements():
    text = "See [the guide](a b.md) and <help@example.com> or [![Logo](l.png)](https://x.org).\n"
    doc = read(text)
    links = [e for e in doc.elements if e.kind == "link"]
    images = [e for e in doc.elements if e.kind == "image"]
    assert [link.href for link in links] == ["mailto:help@example.com", "https://x.org"]
    assert [link.text for link in links] == ["help@example.com", ""]
    assert links[1].has_image and images[0].alt == "Logo" and images[0].src == "l.png"
    assert text[links[1].text_start] == "]"  # no text: the text span sits at the closing bracket
    # `[the guide](a b.md)` is not a link (a space in a bare destination), as CommonMark says.
    assert "[the guide](a b.md)" in doc.segments[-1].text


def test_hrefs_are_percent_encoded_as_rendered():
    assert link_href({"link_type": "Inline", "dest_url": "https://x.org/a b?q=é"}) == "https://x.org/a%20b?q=%C3%A9"
    assert link_href({"link_type": "Inline", "dest_url": "/a%20b"}) == "/a%20b"


def test_fenced_code_spans_cover_whole_lines():
    text = "Text {/* c */}\n\n  ```js\n  {/* code */}\n  ```\nafter\n"
    spans = fenced_code_spans(text)
    assert spans == [(text.index("  ```js"), text.index("after"))]


@pytest.mark.parametrize("after", ["\t", " \t", "\t "])
def test_a_closing_fence_with_a_tab_after_it_closes_the_fence(after):
    """pulldown-cmark left it open, so the prose after it was code and the next fence's code
    prose, to the end of the page (rev18a, held-out Tasmota docs); GitHub closes it."""
    text = f"Run this:\n\n```\nreboot\n```{after}\nThen check the light.\n\n~~~\nstatus\n~~~{after}\nDone.\n"
    assert texts(read(text)) == ["Run this:", "Then check the light.", "Done."]
    assert fenced_code_spans(text) == [(text.index("```"), text.index("Then")), (text.index("~~~"), text.index("Done"))]
    assert "<p>Then check the light.</p>" in github_html(text)


# --- the differences from markdown-it-py, as GitHub renders them --------------------------------

def test_trailing_narrow_no_break_space_is_kept():
    # markdown-it strips U+202F/U+2029 at the end of a paragraph; cmark-gfm and pulldown-cmark keep it.
    text = "Submit records\u202f\n"
    assert texts(read(text)) == ["Submit records\u202f"]
    assert github_html(text) == "<p>Submit records\u202f</p>\n"


def test_tab_before_a_soft_break_is_not_prose():
    # markdown-it keeps a tab (not a space) before a line break; CommonMark renderers drop both.
    text = "collected. \t\nThis is next.\n"
    assert texts(read(text)) == ["collected.\nThis is next."]
    assert github_html(text) == "<p>collected.\nThis is next.</p>\n"


def test_lone_pipe_line_after_a_table_is_a_paragraph():
    text = "|a|b|\n|-|-|\n|x|y|\n|\n\n## h\n"
    doc = read(text)
    assert "|" in texts(doc) and doc.segments[texts(doc).index("|")].scope == "paragraph"
    assert "<p>|</p>" in github_html(text)


def test_header_row_with_text_after_its_last_pipe_is_no_table():
    # A no-break space after the header's closing pipe: markdown-it made a table of it, GitHub not.
    text = "|Column\u00a0|Description|\u00a0\n|:-----\t|:------|\n|TaskId|ID of the task.|\n"
    doc = read(text)
    assert [s.scope for s in doc.segments] == ["paragraph"]
    assert "<table>" not in github_html(text)


def test_escaped_pipe_in_a_cell_maps_to_itself():
    # markdown-it's cursor matched the row's leading pipe; the event range points at the escaped one.
    text = "|a|b|\n|-|-|\n|\\| |pipe |\n"
    cell = next(s for s in read(text).segments if s.text == "|")
    assert cell.map.pieces[0].src_start == text.index("\\|") + 1
    assert "<td>|</td>" in github_html(text)


def test_old_reader_still_agrees_on_ordinary_markdown():
    pytest.importorskip("markdown_it")
    text = ("# Title &amp; more\n\nSome *emphasis*, `code`, [a link](u) and ![alt](i.png).\n\n"
            "| A | B \\| C |\n|---|---|\n| 1 | two |\n\n> quote\n> - item\n")
    old, new = read(text, reader="markdown-it"), read(text)
    assert [(s.text, s.scope, s.map.pieces) for s in old.segments] == [(s.text, s.scope, s.map.pieces) for s in new.segments]
    assert [(e.kind, e.start, e.end, e.href, e.text) for e in old.elements] == \
        [(e.kind, e.start, e.end, e.href, e.text) for e in new.elements]


def test_nesting_has_no_depth_limit():
    # markdown-it-py stopped at maxNesting (100); pulldown-cmark reads on, as cmark-gfm renders it.
    text = ">" * 300 + " We utilize this.\n\n" + "".join("  " * d + "- step\n" for d in range(150))
    doc = read(text)
    assert doc.segments[0].text == "We utilize this." and doc.segments[0].scope == "blockquote"
    assert len(doc.segments) == 151


@pytest.mark.parametrize("reader", [None, "markdown-it"])
def test_markdown_link_inside_an_html_block_reads_as_its_text(reader):
    # Markdown leaves an HTML block raw; a link written in Markdown in its cell is read as its text,
    # the destination (here with its `)` forgotten) is not words (issue 26).
    text = ("<table>\n<tr>\n<td>Pick a layout. For details, see [Sending guide]({{root_url}}/ui/sending/guide/.</td>\n"
            "<td>See [the list](https://example.com/a(b)c) too.</td>\n</tr>\n</table>\n")
    doc = read(text, reader=reader)
    cells = [" ".join(t.split()) for t in texts(doc)]
    assert cells == ["Pick a layout. For details, see Sending guide", "See the list too."]
    cell = next(s for s in doc.segments if s.text.startswith("Pick"))
    guide = cell.text.index("Sending")
    assert text[cell.to_source(guide, guide + 7).start:][:7] == "Sending"
