"""VitePress Markdown (markdown-it-container, vitepress-plugin-tabs, markdown-it-attrs): a
container's marker lines end paragraphs, its title and a tab's `== Title` are units of their own,
`{#id}` anchors are markup (session 21, trial13: a first run on Mihon's, Beszel's and Plane's help
sites joined tight containers' titles and bodies to the paragraphs around them and read '== '
and heading anchors as words). Examples in our own words unless a source is named."""

import pytest

from plainlint.enums import Scope
from plainlint.reading.readers.vitepress import is_vitepress, vitepress_view
from plhelpers import lint_text, spans, units


def test_a_tight_container_is_title_body_and_neither_joins_the_paragraphs_around():
    text = "Restart the app.\n::: tip Still stuck?\nRead the guide.\n:::\nThen sign in again.\n"
    assert units(text) == [(Scope.PARAGRAPH, "Restart the app."), (Scope.TITLE, "Still stuck?"),
                           (Scope.PARAGRAPH, "Read the guide."), (Scope.PARAGRAPH, "Then sign in again.")]


def test_a_title_finding_is_at_its_place():
    text = "::: warning Utilize a backup\nKeep a copy.\n:::\n"
    assert spans(lint_text(text, "docs/page.md", select=["jargon"])) == [(1, 13, 1, 20, "Utilize")]


def test_tabs_titles_are_units_without_their_marks():
    text = ("::::tabs\n== Android 8 and higher\nUtilize the setting.\n== Android 7\nOpen the menu.\n::::\n\n"
            "After the tabs.\n")
    assert units(text) == [(Scope.TITLE, "Android 8 and higher"), (Scope.PARAGRAPH, "Utilize the setting."),
                           (Scope.TITLE, "Android 7"), (Scope.PARAGRAPH, "Open the menu."),
                           (Scope.PARAGRAPH, "After the tabs.")]
    assert spans(lint_text(text, "docs/page.md", select=["jargon"])) == [(3, 1, 3, 8, "Utilize")]


def test_emphasis_inside_a_title_is_markup():
    text = "::: tip **Android 7** and above\nRun it.\n:::\n"
    assert units(text)[0] == (Scope.TITLE, "Android 7 and above")


def test_code_in_a_title_is_a_stand_in_not_words():
    text = "::: details `DISPLAY_NAME IS NULL` error\nUtilize the fix.\n:::\n"
    title = units(text)[0]
    assert title[0] == Scope.TITLE and "DISPLAY_NAME" not in title[1] and title[1].endswith(" error")
    assert spans(lint_text(text, "docs/page.md", select=["shouting"])) == []


def test_heading_anchors_and_title_markup_are_not_words():
    text = ("## Install the agent {#install}\n\n::: details **Docker** {#docker}\nRun it.\n:::\n\n"
            "::: code-group\n```sh [npm]\nnpm i\n```\n:::\n")
    assert units(text) == [(Scope.HEADING, "Install the agent"), (Scope.TITLE, "Docker"),
                           (Scope.PARAGRAPH, "Run it.")]


def test_the_view_keeps_every_offset_and_a_crlf_file_reads_as_its_lf_twin():
    text = "Step one.\n::: info Note\nUtilize it.\n:::\n## Next {#next}\n"
    view, parts = vitepress_view(text)
    assert len(view) == len(text) and [text[a:b] for a, b in parts.titles] == ["Note"]
    found = spans(lint_text(text, "docs/page.md", select=["jargon"]))
    assert found == [(3, 1, 3, 8, "Utilize")]
    assert spans(lint_text(text.replace("\n", "\r\n"), "docs/page.md", select=["jargon"])) == found
    assert units(text.replace("\n", "\r\n")) == units(text)


NOT_VITEPRESS = {
    "docusaurus": ":::tip\nUtilize it.\n:::\n",
    "docusaurus-title": ":::tip[Careful]\nUtilize it.\n:::\n",
    "plain": "Use == to compare.\n\n## Totals\n",
    "docfx": '::: zone pivot="windows"\nUtilize it.\n::: zone-end\n\n:::image type="content" source="a.png" alt-text="A chart.":::\n',
}


@pytest.mark.parametrize("text", NOT_VITEPRESS.values(), ids=NOT_VITEPRESS.keys())
def test_other_dialects_are_left_as_they_were(text):
    assert not is_vitepress(text)
    assert vitepress_view(text) == (text, None)


def test_markers_inside_a_code_block_are_code_and_eq_lines_outside_tabs_are_prose():
    text = "::: tip\nUse it.\n:::\n\n```md\n::: warning Title\n== Tab\n```\n\n== not a tab here\n"
    view, parts = vitepress_view(text)
    assert parts.titles == []
    assert "::: warning Title\n== Tab\n" in view
    assert "== not a tab here" in view


HOME = ("---\nlayout: home\nhero:\n  name: Acme\n  text: Utilize your library\n  tagline: Read anywhere.\n"
        "  actions:\n    - theme: brand\n      text: Get started\n      link: /guide/\nfeatures:\n"
        "  - title: Backups\n    details: Utilize automatic backups.\n    icon: x\n---\n")


def test_a_home_page_hero_and_features_are_read_at_their_places():
    assert [(scope, text) for scope, text in units(HOME)] == [
        (Scope.HEADING, "Utilize your library"), (Scope.PARAGRAPH, "Read anywhere."),
        (Scope.HEADING, "Backups"), (Scope.PARAGRAPH, "Utilize automatic backups.")]
    assert spans(lint_text(HOME, "docs/index.md", select=["jargon"])) == [(5, 9, 5, 16, "Utilize"),
                                                                         (13, 14, 13, 21, "Utilize")]


def test_hero_and_features_of_another_layout_are_not_read():
    assert units(HOME.replace("layout: home", "layout: doc")) == []


def test_a_title_with_a_link_keeps_its_link():
    """Kagi's help (check on the held-out folder): `::: info You can subscribe [here](url).`"""
    text = "::: info You can subscribe [here](https://example.com/plans).\nThen sign in.\n:::\n"
    assert spans(lint_text(text, "docs/page.md", select=["link-text"])) == [(1, 29, 1, 33, "here")]
