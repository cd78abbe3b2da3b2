"""Block markers of Markdown dialects are markup, not words: Docusaurus and VitePress admonitions
(`:::note` ... `:::`), DocFX directives that hold only attributes, Obsidian callouts (`> [!info]`,
any type, with a fold mark `+` or `-`) as GitHub's alerts (`> [!NOTE]`) already were, and
Obsidian embeds (`![[note#section|alias]]`). The title after a marker is prose. Examples in our
own words."""

import pytest

from plainlint.reading.readers import read_document
from plainlint.reading.source import Source
from plhelpers import lint_text, spans

WORDS_29 = " ".join(["word"] * 28) + " end."  # at sentence-length's limit, not over it


@pytest.mark.parametrize("text", [f":::note\n{WORDS_29}\n:::\n", f"> [!todo]-\n> {WORDS_29}\n"],
                         ids=["admonition", "obsidian-callout"])
def test_a_block_marker_is_not_a_word_of_the_sentence_it_opens(text):
    assert lint_text(text, "docs/page.md", select=["sentence-length"]) == []


def test_a_sentence_after_an_admonition_marker_starts_after_it():
    text = f"::::warning\n{WORDS_29[:-5]} and more words.\n::::\n"
    assert [(f.line, f.column) for f in lint_text(text, "docs/page.md", select=["sentence-length"])] == [(2, 1)]


JARGON_AROUND_MARKERS = {
    "admonition-title-is-prose": (":::tip Utilize the filters\n\nPick a filter.\n:::\n", [(1, 8, 1, 15, "Utilize")]),
    "colons-inside-a-line-are-text": ("The ratio is written a:::b in this old notation, so utilize it.\n",
                                      [(1, 53, 1, 60, "utilize")]),
    "callout-title-is-prose": ("> [!example]+ Utilize the template\n>\n> Pick a template.\n", [(1, 15, 1, 22, "Utilize")]),
    "bang-phrase-with-a-space-is-text": ("> [!not a marker] so utilize it.\n", [(1, 22, 1, 29, "utilize")]),
    # Obsidian (and Foam, Logseq) show another note's content, or an image, in place of an embed.
    "embed-is-markup": ("![[Utilize shared vaults#Manage users|Utilize]]\n\nSee ![[diagram.png]] and utilize it.\n",
                        [(3, 26, 3, 33, "utilize")]),
}


@pytest.mark.parametrize("text, expected", JARGON_AROUND_MARKERS.values(), ids=JARGON_AROUND_MARKERS.keys())
def test_what_around_a_marker_is_prose(text, expected):
    assert spans(lint_text(text, "docs/page.md", select=["jargon"])) == expected


def test_an_image_whose_alt_text_is_in_double_brackets_is_still_an_image():
    text = "![[1]](chart.png) shows the utilize rate.\n"
    found = lint_text(text, "notes/page.md", select=["jargon", "alt-text-unhelpful", "alt-text-missing"])
    assert [(f.rule, f.column) for f in found] == [("jargon", 29)]


DOCFX_DIRECTIVES = (':::zone pivot="windows"\n\nPick the file.\n\n:::zone-end\n\n'
                    ':::code language="powershell" source="a.ps1" range="1-5":::\n\n'
                    ':::row:::\n   :::column span="2":::\n   Text here.\n   :::column-end:::\n:::row-end:::\n')


@pytest.mark.parametrize("line_end", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_a_docfx_directive_holding_only_attributes_is_markup_to_the_end_of_its_line(line_end):
    doc = read_document(Source("docs/page.md", DOCFX_DIRECTIVES.replace("\n", line_end)), "markdown",
                        detect_language=False)
    assert [segment.text for segment in doc.segments] == ["Pick the file.", "Text here."]


ADOBE_INLINE = ("---\ntitle: Restore a [!DNL snapshot] from [!DNL Staging]\n---\n\n"
                "Open [!UICONTROL Stores] and run the [!DNL SQL] query. Ask your [[!DNL Fastly] contact](https://example.com/f).\n"
                "Keep [!NOTE] and [!dnl lower] as written.\n")


def test_adobe_inline_markup_reads_as_the_text_inside_it():
    """Adobe Flavored Markdown's `[!DNL ...]` and `[!UICONTROL ...]` render as their text
    (AdobeDocs/markdown-it-adobe-plugin), in the body and in front matter; positions stay exact."""
    source = Source("docs/page.md", ADOBE_INLINE)
    doc = read_document(source, "markdown", detect_language=False)
    texts = [segment.text for segment in doc.segments]
    assert "Restore a snapshot from Staging" in texts
    body = next(t for t in texts if t.startswith("Open"))
    assert body.startswith("Open Stores and run the SQL query. Ask your Fastly contact.")
    assert "Keep [!NOTE] and [!dnl lower] as written." in body
    segment = next(s for s in doc.segments if s.text.startswith("Open"))
    at = segment.text.index("SQL")
    span = segment.to_source(at, at + 3)
    assert ADOBE_INLINE[span.start:span.end] == "SQL"
