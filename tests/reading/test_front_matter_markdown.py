"""Prose values of front matter (`description`, `summary`, `excerpt`, `title`, `label`) are read as
Markdown, as the body is: writers put links, `code`, **bold**, entities and escapes there (Hugo's
docs, Adobe's and Microsoft's help centres; Hugo's docs theme renders `.Description | markdownify`).
Read as plain text, a link's target was prose (reported as a bare URL), inline code was words and
`&mdash;` was a word. Positions stay exact through YAML quoting, escapes and folding."""

import pytest

from plainlint.reading.readers import read_document
from plainlint.reading.source import Source
from plhelpers import lint_text


def _prose(text: str, path: str = "page.md") -> list[str]:
    return [s.text for s in read_document(Source(path, text), "html" if path.endswith(".html") else "markdown").segments]


def _flagged(text: str, rules: list[str], path: str = "page.md") -> list[tuple[str, str, str]]:
    """(rule, flagged, the source text at the finding's columns) of each finding."""
    lines = text.split("\n")
    return [(f.rule, f.flagged, lines[f.line - 1][f.column - 1:f.end_column - 1])
            for f in lint_text(text, path, None, select=rules)]


def test_a_link_in_a_description_shows_its_words_not_its_target():
    page = "---\ndescription: See [your billing settings](https://example.com/account/billing) first.\n---\n\n# Billing\n"
    assert _prose(page)[0] == "See your billing settings first."


def test_a_link_target_in_a_description_is_no_bare_url_but_a_typed_url_is():
    page = ("---\ndescription: Open [the account page](https://example.com/account/settings) or visit "
            "https://example.com/help/email-change to change it.\n---\n\n# Change your email\n")
    assert _flagged(page, ["bare-url"]) == [("bare-url", "https://example.com/help/email-change",
                                             "https://example.com/help/email-change")]


@pytest.mark.parametrize("value", [
    '"Utilize the \\"Billing\\" page: [settings](https://example.com/a), or visit https://example.com/b now."',
    "'It''s quick: utilize [settings](https://example.com/a), or visit https://example.com/b now.'",
    ">\n  It is quick: utilize [settings](https://example.com/a),\n  or visit https://example.com/b now.",
])
def test_positions_stay_exact_through_yaml_quoting_escapes_and_folding(value):
    page = f"---\ndescription: {value}\n---\n\n# Billing\n"
    found = _flagged(page, ["bare-url", "jargon"])
    assert [(rule, flagged.lower()) for rule, flagged, _ in found] == [("jargon", "utilize"), ("bare-url", "https://example.com/b")]
    assert all(flagged == at for _, flagged, at in found)


def test_code_in_a_title_is_not_linted_but_emphasised_words_are():
    page = "---\r\ntitle: Use the `utilize` flag to *utilize* the cache\r\n---\r\n\r\nBody.\r\n"
    assert _flagged(page.replace("\r", ""), ["jargon"]) == [("jargon", "utilize", "utilize")]
    assert [(f.line, f.column) for f in lint_text(page, "page.md", None, select=["jargon"])] == [(2, 35)]


def test_entities_and_escapes_read_as_the_characters_they_stand_for():
    page = "---\ntitle: Sign up for a free trial&mdash;Contact Center\ndescription: Edit the Sms\\_def.mof file\n---\n\n# Trial\n"
    assert _prose(page)[:2] == ["Sign up for a free trial—Contact Center", "Edit the Sms_def.mof file"]


def test_an_image_typed_into_a_description_is_not_prose():
    page = "---\ndescription: '![login_panel.png](assets/login_panel.png)'\n---\n\nBody text.\n"
    assert _prose(page) == ["Body text."]


def test_html_pages_read_their_front_matter_the_same_way():
    page = "---\nlabel: 'Configure the `search_api` index'\n---\n<p>Body.</p>\n"
    assert _prose(page, "topic.html") == ["Configure the X index", "Body."]


def test_a_plain_value_is_read_as_it_was():
    page = "---\ntitle: Reset your password\ndescription: How to reset a forgotten password - in three steps.\n---\n\nBody.\n"
    assert _prose(page) == ["Reset your password", "How to reset a forgotten password - in three steps.", "Body."]


# Session 14 (left14): a link in a prose value is a link, as in the body: link-text reads its
# words, at their place in the source through YAML quoting, escapes and folding.
@pytest.mark.parametrize("value", [
    '"Open the \\"Billing\\" page, or [click here](https://example.com/a) to pay."',
    "'It''s quick: open the page, or [click here](https://example.com/a) to pay.'",
    ">\n  It is quick: open the page,\n  or [click here](https://example.com/a) to pay.",
])
def test_a_vague_link_text_in_a_description_is_flagged_as_in_the_body(value):
    page = f"---\ndescription: {value}\n---\n\nOr [click here](https://example.com/a) to pay.\n"
    assert _flagged(page, ["link-text"]) == [("link-text", "click here", "click here")] * 2


def test_a_link_text_naming_its_page_in_a_description_is_not_flagged():
    page = "---\ndescription: Open [your billing settings](https://example.com/billing) to pay.\n---\n\n# Billing\n"
    assert _flagged(page, ["link-text", "bare-url"]) == []


def test_an_image_in_a_description_is_no_link_or_image_to_check():
    page = "---\ndescription: See ![](https://example.com/a.png) first.\n---\n\n# Billing\n"
    assert _flagged(page, ["link-text", "alt-text-missing"]) == []
