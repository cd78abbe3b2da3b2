"""Inline HTML code elements and never-closed comments in Markdown and HTML (issue 27): what a
browser shows as code, or does not show at all, is not prose."""

import pytest

from plhelpers import lint_text, spans

# A troubleshooting article as support teams write it: keys in <kbd>, commands in <code>,
# messages in <samp>, a variable in <var>, a one-line <pre>, then a draft left in a comment.
ARTICLE = """# Reset your local cache

If the app keeps showing old data, press <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Utilize</kbd> to reload.

Then run <code>cache --utilize --leverage</code> from the folder <var>install_dir</var>.
You should see <samp>Cache utilized: 0 items</samp> in the window.
Old versions print <pre>Leverage mode on</pre> instead; that is fine.

Please utilize the settings page to turn the cache off.
"""


def test_inline_code_elements_are_not_prose():
    found = lint_text(ARTICLE, "help/reset-cache.md", select=["jargon"])
    # only the last paragraph's "utilize": nothing inside <kbd>, <code>, <var>, <samp>, <pre>
    assert spans(found, "jargon") == [(9, 8, 9, 15, "utilize")]


def test_text_around_inline_code_keeps_exact_positions():
    text = "Type <code>npm i</code> and utilize the <kbd>Enter</kbd> key.\n"
    found = lint_text(text, "a.md", select=["jargon"])
    assert spans(found) == [(1, 29, 1, 36, "utilize")]


def test_markup_inside_inline_code_is_code_and_an_unclosed_one_ends_with_its_paragraph():
    text = ("Run <code>deploy <b>--utilize</b> now</code> first.\n\n"
            "Type <code>leverage and never close it.\n\nThen utilize the form.\n")
    found = lint_text(text, "a.md", select=["jargon"])
    assert spans(found) == [(5, 6, 5, 13, "utilize")]


DRAFT = """# Billing FAQ

## How do I get a refund?

Open **Billing** and choose **Request refund**.

<!-- TODO before publishing: utilize the new refund policy wording and leverage the FAQ.

## Can I pay by invoice?

Utilize the invoice form (draft answer, not published yet).
"""


def test_text_after_a_never_closed_comment_is_hidden_in_markdown():
    found = lint_text(DRAFT, "help/billing-faq.md", select=["jargon", "heading-levels"])
    assert [f for f in found if f.line >= 7] == []


def test_never_closed_comment_inside_a_paragraph_and_after_a_closed_one():
    text = ("<!-- reviewed -->\nWe utilize cookies. <!-- draft: leverage synergy\n\n"
            "Leverage the new dashboard.\n")
    found = lint_text(text, "a.md", select=["jargon"])
    assert spans(found) == [(2, 4, 2, 11, "utilize")]


def test_comment_opener_in_code_does_not_hide_the_rest():
    text = ("Write `<!--` to start a comment.\n\n```html\n<!-- like this\n```\n\n"
            "Then utilize the preview.\n")
    found = lint_text(text, "a.md", select=["jargon"])
    assert spans(found) == [(7, 6, 7, 13, "utilize")]


def test_text_after_a_never_closed_comment_is_hidden_in_html_and_templates():
    email = ("<html lang=\"en\"><body>\n<p>Hi {{ name }}, please utilize the link.</p>\n"
             "<!-- old footer: leverage our {{ brand }} partners\n<p>Leverage our partners.</p>\n</body></html>\n")
    found = lint_text(email, "emails/welcome.html", select=["jargon"])
    assert spans(found) == [(2, 26, 2, 33, "utilize")]


def test_an_escaped_comment_opener_is_text():
    # As Microsoft's SharePoint docs write it: blocks that begin with **\<!--#_** and end with **_#--\>**.
    text = ("Blocks begin with **\\<!--#_** and end with **_#--\\>**. Please utilize them.\n\n"
            "Then leverage the template.\n")
    found = lint_text(text, "a.md", select=["jargon"])
    assert [f.flagged for f in found] == ["utilize", "leverage"]


# session 14 (trial5): an HTML manual dropped its inline code outright, so the words either side
# met: "set the variable to <code>nil</code> to drop it" read as "to to" and "click <kbd>right</kbd>
# on" as "click on" (whose safe fix would delete the key). Markdown already read a placeholder.
MANUAL_PAGE = """<p>Set the variable to <code>nil</code> to free it, or to to zero.</p>
<p>Call <code>load_session</code> and <code>close_session</code> and then quit.</p>
<p>Click <kbd class="mouse">right</kbd> on the panner, then click on <kbd>OK</kbd>.</p>
"""


def test_html_inline_code_keeps_the_words_around_it_apart():
    found = lint_text(MANUAL_PAGE, "manual/panner.html", select=["repeated-words", "jargon"])
    # the typed "to to" and the real "click on" stay; nothing across <code> or <kbd>
    assert spans(found) == [(1, 56, 1, 61, "to to"), (3, 61, 3, 69, "click on")]


def test_the_same_lines_in_markdown_read_the_same():
    text = MANUAL_PAGE.replace("<p>", "").replace("</p>", "\n")
    found = lint_text(text, "manual/panner.md", select=["repeated-words", "jargon"])
    assert [f.flagged for f in found] == ["to to", "click on"]


def test_an_html_link_holding_only_code_has_text():
    page = ('<p>Set <a href="https://example.com/os"><code>build.os</code></a> or '
            '<a href="https://example.com/image"><code>build.image</code></a>; '
            'see <a href="https://example.com/help"></a>.</p>\n')
    found = lint_text(page, "emails/deprecated.html", select=["link-text"])
    # only the empty link: two code links with different code are not "one text, two places"
    assert [(f.column, f.message.split(":")[0]) for f in found] == [(140, "Link has no text")]


# rev14: the placeholder keeps columns exact after it, with entities, non-ASCII and CRLF before it
# on the same line, and a placeholder inside <pre> (block code) is none.
def test_columns_after_html_inline_code_stay_exact():
    line = ('<p>Caf&eacute; &mdash; ünïcödé <code>x&amp;y</code> then utilize it <kbd>Ctrl</kbd> '
            'and leverage &amp; the the end.</p>')
    found = lint_text((line + "\r\n") * 2, "manual/page.html", select=["jargon", "repeated-words"])
    want = [(row, line.index(word) + 1, word) for row in (1, 2) for word in ("utilize", "leverage", "the the")]
    assert [(f.line, f.column, f.flagged) for f in found] == want
    found = lint_text("<pre>a <code>b</code> c</pre><p>Then utilize it.</p>\n", "p.html", select=["jargon"])
    assert [(f.column, f.flagged) for f in found] == [(38, "utilize")]


# An install page written in Markdown with an app-store badge in inline HTML (trial6: Zen
# Browser's Linux page): the badge's alt names the link, as in an HTML page; a link with
# nothing in it is still reported.
BADGE_PAGE = """# Install on Linux

Install the app from Flathub, or use your distribution's app store.

<a href='https://flathub.org/apps/details/org.example.App'><img width='196' alt='Download on Flathub' src='https://flathub.org/api/badge?locale=en'/></a>

For help, see <a href="https://example.com/help"></a> or ask in the forum.
"""


@pytest.mark.parametrize("reader", [None, "markdown-it"])
@pytest.mark.parametrize("path", ["install/linux.md", "install/linux.mdx"])
def test_an_inline_html_link_around_an_image_is_named_by_its_alt(reader, path, monkeypatch):
    if reader:
        monkeypatch.setenv("PLAINLINT_MARKDOWN_READER", reader)
    else:
        monkeypatch.delenv("PLAINLINT_MARKDOWN_READER", raising=False)
    found = lint_text(BADGE_PAGE, path, select=["link-text"])
    assert [(f.line, f.column, f.message.split(":")[0]) for f in found] == [(7, 15, "Link has no text")]


def test_a_link_inside_inline_code_is_named_but_its_words_stay_code():
    """user38 defect 1: a Markdown link inside <code> gets its text as its name (link-text reads
    it), but the words stay code: no prose rule sees them."""
    from plainlint.reading.readers import read_document
    from plainlint.reading.source import Source

    text = "Pass <code>null \\| [utilize the Leverage](/docs/leverage)</code> here.\n"
    doc = read_document(Source("docs/a.mdx", text), "mdx", detect_language=False)
    link = next(e for e in doc.elements if e.kind == "link")
    assert (link.text, text[link.text_start:link.text_end]) == ("utilize the Leverage", "utilize the Leverage")
    assert "utilize" not in " ".join(s.text for s in doc.segments)
    assert lint_text(text, "docs/a.mdx", select=["jargon", "link-text", "shouting"]) == []
