"""Inline HTML that opens or closes a block element (`<li>`, `</p>`, `<hr>`, `<div>` ...) inside a
Markdown paragraph ends a unit there, as the HTML reader's flush does (user31's defect 6: the
items of `Options: <ul><li>Apps</li> <li> Internet access</li></ul>` were one sentence, so the
second item's first word stood mid-sentence and seven short items were one long sentence).
Form controls and media (`<button>`, `<label>`, `<img>`) stay inside their sentence. Examples in
our own words, after heldout/bigcommerce-docs/docs/storefront/cart-checkout/index.mdx:24 (not
permissive: described only)."""

import pytest

from plhelpers import lint_text, spans, units

LIST = "Options: <ul><li>Apps</li> <li> Internet access</li></ul>\n"
GLUED = "Options: <ul><li>Apps</li><li>Internet access</li></ul>\n"
ITEMS = "Supported: <ul>" + "".join(f"<li>Option number {n} for the store owner</li>" for n in range(1, 8)) + "</ul>\n"


@pytest.fixture(params=[None, "markdown-it"], ids=["pulldown-cmark", "markdown-it"])
def reader(request, monkeypatch):
    if request.param:
        monkeypatch.setenv("PLAINLINT_MARKDOWN_READER", request.param)
    else:
        monkeypatch.delenv("PLAINLINT_MARKDOWN_READER", raising=False)
    return request.param


@pytest.mark.parametrize("path", ["docs/page.md", "docs/page.mdx"])
@pytest.mark.parametrize("text", [LIST, GLUED], ids=["spaced", "glued"])
def test_each_inline_item_is_a_unit_of_its_own(reader, path, text):
    assert [t for _, t in units(text, path)] == ["Options:", "Apps", "Internet access"]


@pytest.mark.parametrize("path", ["docs/page.md", "docs/page.mdx"])
def test_an_inline_item_opens_its_unit(reader, path):
    assert lint_text(LIST, path, select=["terminology"]) == []
    # inside an item's sentence the capital is still flagged, at its exact place
    found = lint_text("Options: <ul><li>Apps</li> <li>Use the Internet here</li></ul>\n", path, select=["terminology"])
    assert spans(found) == [(1, 40, 1, 48, "Internet")]


def test_inline_items_are_counted_one_sentence_each(reader):
    assert lint_text(ITEMS, "docs/page.md", select=["sentence-length"]) == []


@pytest.mark.parametrize("tag", ["<p>", "</p>", "<hr>", "<hr/>", "<div class=\"note\">", "</div>",
                                 "<td>", "</tr>", "<h3>", "</blockquote>", "</ol>", "<P>"])
def test_other_block_tags_end_the_unit(reader, tag):
    text = f"Read the note {tag}Utilize the filters.\n"
    assert [t for _, t in units(text)] == ["Read the note", "Utilize the filters."]
    assert spans(lint_text(text, "docs/page.md", select=["jargon"])) == [(1, 15 + len(tag), 1, 22 + len(tag), "Utilize")]


@pytest.mark.parametrize("tag", ["<span>", "<b>", "<button>", "<label>", "<sup>", "<em>"])
def test_inline_tags_stay_in_the_sentence(reader, tag):
    text = f"Press the {tag}Save</{tag[1:]} button.\n"
    assert [t for _, t in units(text)] == ["Press the Save button."]


def test_a_link_around_block_tags_keeps_its_text_and_place(reader):
    text = "See [the list <br> of <li>items</li>](https://example.com/list) here.\n"
    found = lint_text(text, "docs/page.md", select=["link-text"])
    assert found == []
    from plainlint.reading.readers import read_document
    from plainlint.reading.source import Source

    doc = read_document(Source("docs/page.md", text), "markdown", detect_language=False)
    links = [e for e in doc.elements if e.kind == "link"]
    assert [(e.href, e.text_start, e.text_end) for e in links] == [("https://example.com/list", 5, 31)]
