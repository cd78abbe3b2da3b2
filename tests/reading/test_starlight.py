"""Astro Starlight pages: an aside's `:::tip[Title]` title is a unit of its own and its marker
lines end paragraphs; a `template` page's hero is read (session 22, trial15: a first run on
linkding's, AerynOS's and the CachyOS wiki's Starlight docs read '[Title]' and the aside's body as
one paragraph). Only files with a Starlight mark change. Examples in our own words."""

import pytest

from plainlint.enums import Scope
from plainlint.reading.readers.starlight import is_starlight, starlight_view
import plhelpers
from plhelpers import lint_text, spans

PAGE = "src/content/docs/guides/export.md"


def units(text: str, path: str = PAGE, fmt: str = "markdown") -> list[tuple[Scope, str]]:
    return plhelpers.units(text, path, fmt)


def test_a_titled_aside_is_title_then_body_and_the_paragraphs_around_stay_apart():
    text = "Restart the app.\n\n:::tip[Did you know?]\nYou can export every bookmark.\n:::\nThen sign in.\n"
    assert units(text) == [(Scope.PARAGRAPH, "Restart the app."), (Scope.TITLE, "Did you know?"),
                           (Scope.PARAGRAPH, "You can export every bookmark."), (Scope.PARAGRAPH, "Then sign in.")]


def test_an_aside_in_mdx_with_attributes_and_nesting():
    text = ("import { Aside } from '@astrojs/starlight/components';\n\n::::caution[Back up **first**]{icon=\"warning\"}\n"
            "Exports hold secrets.\n:::note\nKeep them safe.\n:::\n::::\n")
    assert units(text, "docs/page.mdx", "mdx") == [
        (Scope.TITLE, "Back up first"), (Scope.PARAGRAPH, "Exports hold secrets."), (Scope.PARAGRAPH, "Keep them safe.")]


def test_a_title_finding_is_at_its_place_and_a_crlf_file_reads_as_its_lf_twin():
    text = "Intro.\n\n:::danger[Utilize a backup]\nKeep a copy.\n:::\n"
    found = spans(lint_text(text, PAGE, select=["jargon"]))
    assert found == [(3, 11, 3, 18, "Utilize")]
    assert spans(lint_text(text.replace("\n", "\r\n"), PAGE, select=["jargon"])) == found
    view, parts = starlight_view(text)
    assert len(view) == len(text) and [text[a:b] for a, b in parts.titles] == ["Utilize a backup"]


def test_markers_inside_a_code_block_are_code():
    text = "Use it.\n\n```md\n:::tip[Example]\nBody.\n:::\n```\n"
    view, parts = starlight_view(text)
    assert parts.titles == [] and ":::tip[Example]" in view


MARKS = {
    "path": ("src/content/docs/a.md", "Text.\n"),
    "import": ("docs/a.mdx", "import { Steps } from '@astrojs/starlight/components';\n"),
    "template": ("docs/a.md", "---\ntitle: Home\ntemplate: splash\n---\nText.\n"),
}


@pytest.mark.parametrize("path,text", MARKS.values(), ids=MARKS.keys())
def test_each_starlight_mark(path, text):
    assert is_starlight(path, text)


def test_a_page_with_no_starlight_mark_reads_as_before():
    """Docusaurus writes `:::tip[Title]` too; without a Starlight mark nothing changes."""
    text = ":::tip[Careful]\nUtilize it.\n:::\n"
    assert not is_starlight("docs/page.md", text)
    assert units(text, "docs/page.md") == [(Scope.PARAGRAPH, "[Careful]\nUtilize it.")]
    assert not is_starlight("docs/page.md", "---\ntitle: x\n---\n```yaml\ntemplate: splash\n```\n")


HERO = ("---\ntitle: Acme\ntemplate: splash\nhero:\n  title: Utilize your bookmarks\n  tagline: Save links anywhere.\n"
        "  actions:\n    - text: Get started\n      link: /start/\n---\n")


def test_a_template_page_hero_title_and_tagline_are_read_at_their_places():
    assert units(HERO, "docs/index.mdx", "mdx") == [
        (Scope.HEADING, "Acme"), (Scope.PARAGRAPH, "Save links anywhere."), (Scope.HEADING, "Utilize your bookmarks")] \
        or units(HERO, "docs/index.mdx", "mdx") == [
        (Scope.HEADING, "Acme"), (Scope.HEADING, "Utilize your bookmarks"), (Scope.PARAGRAPH, "Save links anywhere.")]
    assert spans(lint_text(HERO, "docs/index.mdx", select=["jargon"])) == [(5, 10, 5, 17, "Utilize")]


def test_a_hero_without_starlights_template_is_not_read():
    assert units(HERO.replace("template: splash\n", ""), "docs/index.mdx", "mdx") == [(Scope.HEADING, "Acme")]


def test_a_page_in_a_starlight_locale_folder_skips_the_english_rules():
    """The CachyOS wiki's cs/ pages (trial15): Rufus's button labels flagged as shouting."""
    found = lint_text("Klikněte na **START**.\n", "src/content/docs/cs/install.md")
    assert [f.rule for f in found] == ["language-skipped"] and "Starlight locale folder" in found[0].message
    assert [f.rule for f in lint_text("Utilize it.\n", "src/content/docs/pt-br/a.md")] == ["language-skipped"]
    for path in ("src/content/docs/en/a.md", "src/content/docs/faq/a.md", "docs/cs/a.md", "src/content/docs/a.md"):
        assert [f.rule for f in lint_text("Utilize it.\n", path)] == ["jargon"], path


def test_a_crlf_template_page_is_starlight_and_its_hero_is_read_as_its_lf_twins():
    # `template: splash` matched only before '\n': a page saved with CRLF line ends (Windows
    # editors) lost its Starlight mark and its hero (rev22b).
    crlf = HERO.replace("\n", "\r\n")
    assert is_starlight("docs/index.md", crlf)
    assert spans(lint_text(crlf, "docs/index.mdx", select=["jargon"])) == [(5, 10, 5, 17, "Utilize")]


def test_a_folder_named_like_a_locale_holding_english_pages_is_english():
    # rev22b: 'uk/', 'ca/', 'eu/' (regions), 'it/', 'hr/' (teams) are codes too; their English
    # pages lost every English rule to language-skipped.
    page = "Your order ships from the warehouse. Utilize the tracking link that we send you.\n"
    for folder in ("uk", "ca", "eu", "it", "hr"):
        found = lint_text(page, f"src/content/docs/{folder}/returns.md")
        assert [f.rule for f in found] == ["jargon"], folder
    czech = "Klikněte na tlačítko **START** a počkejte, než se aplikace spustí. Pak zvolte disk.\n"
    assert [f.rule for f in lint_text(czech, "src/content/docs/cs/install.md")] == ["language-skipped"]
