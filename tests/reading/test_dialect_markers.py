"""Block markers of Markdown dialects are markup, not words: Docusaurus and VitePress admonitions
(`:::note` ... `:::`) and Obsidian callouts (`> [!info]`, any type, with a fold mark `+` or `-`),
as GitHub's alerts (`> [!NOTE]`) already were. The title after a marker is prose. Examples in our
own words."""

from plhelpers import lint_text, spans

WORDS_29 = " ".join(["word"] * 28) + " end."  # at sentence-length's limit, not over it


def test_an_admonition_marker_is_not_a_word_of_the_sentence_it_opens():
    text = f":::note\n{WORDS_29}\n:::\n"
    assert lint_text(text, "docs/page.md", select=["sentence-length"]) == []


def test_a_sentence_after_an_admonition_marker_starts_after_it():
    text = f"::::warning\n{WORDS_29[:-5]} and more words.\n::::\n"
    assert [(f.line, f.column) for f in lint_text(text, "docs/page.md", select=["sentence-length"])] == [(2, 1)]


def test_an_admonition_title_is_prose():
    text = ":::tip Utilize the filters\n\nPick a filter.\n:::\n"
    assert spans(lint_text(text, "docs/page.md", select=["jargon"])) == [(1, 8, 1, 15, "Utilize")]


def test_colons_inside_a_line_are_text():
    text = "The ratio is written a:::b in this old notation, so utilize it.\n"
    assert spans(lint_text(text, "docs/page.md", select=["jargon"])) == [(1, 53, 1, 60, "utilize")]


def test_an_obsidian_callout_marker_of_any_type_is_not_a_word():
    text = f"> [!todo]-\n> {WORDS_29}\n"
    assert lint_text(text, "notes/page.md", select=["sentence-length"]) == []


def test_an_obsidian_callout_title_is_prose():
    text = "> [!example]+ Utilize the template\n>\n> Pick a template.\n"
    assert spans(lint_text(text, "notes/page.md", select=["jargon"])) == [(1, 15, 1, 22, "Utilize")]


def test_a_bracketed_phrase_with_a_space_after_the_bang_is_text():
    text = "> [!not a marker] so utilize it.\n"
    assert spans(lint_text(text, "notes/page.md", select=["jargon"])) == [(1, 22, 1, 29, "utilize")]


def test_a_docfx_directive_with_attributes_is_markup_to_the_end_of_its_line():
    text = (':::zone pivot="utilize-windows"\n\nPick the file.\n\n:::zone-end\n\n'
            ':::code language="powershell" source="utilize.ps1" range="1-5":::\n')
    assert lint_text(text, "docs/page.md", select=["jargon"]) == []


def test_an_embed_of_another_note_is_markup():
    """Obsidian (and Foam, Logseq) `![[note#section|alias]]` shows another note's content in place:
    its target and alias are never read as words of this page."""
    text = "![[Utilize shared vaults#Manage users|Utilize]]\n\nSee ![[diagram.png]] and utilize it.\n"
    assert spans(lint_text(text, "notes/page.md", select=["jargon"])) == [(3, 26, 3, 33, "utilize")]


def test_an_image_whose_alt_text_is_in_double_brackets_is_still_an_image():
    text = "![[1]](chart.png) shows the utilize rate.\n"
    found = lint_text(text, "notes/page.md", select=["jargon", "alt-text-unhelpful", "alt-text-missing"])
    assert [(f.rule, f.column) for f in found] == [("jargon", 29)]
