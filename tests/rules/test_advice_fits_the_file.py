"""Advice written for the file at hand (a new-user trial): an HTML page is told to add an <a>
element, not Markdown link syntax, and a page named for its language is told that language."""

from plhelpers import lint_text


def messages(text, path, rule):
    return [f.message for f in lint_text(text, path, None, select=[rule])]


def test_bare_url_advice_uses_the_files_link_syntax():
    (html,) = messages("<p>Go to https://example.com/billing to pay.</p>\n", "page.html", "bare-url")
    (markdown,) = messages("Go to https://example.com/billing to pay.\n", "page.md", "bare-url")
    assert '<a href="https://...">Billing settings</a>' in html and "](" not in html
    assert "[Billing settings](https://...)" in markdown


def test_html_lang_advice_names_the_language_the_file_name_gives():
    page = "<!DOCTYPE html>\n<html>\n<body><p>Hallo.</p></body>\n</html>\n"
    (named,) = messages(page, "help-de-DE.html", "html-lang")
    (plain,) = messages(page, "help.html", "html-lang")
    assert 'Add lang="de-DE"' in named and 'lang="en"' not in named
    assert 'Add lang="en"' in plain


def test_shouting_advice_has_no_bold_in_a_plain_text_file():
    """A plain-text e-mail or reply shows no bold (user29's trial): its advice is lower case and
    words that carry the stress; a Markdown or HTML page is still told to use bold."""
    text = "Please NEVER share your password with anyone.\n"
    config = {"rules": {"shouting": {"mode": "all"}}}
    (plain,) = [f.message for f in lint_text(text, "reply.txt", config, select=["shouting"])]
    (markdown,) = [f.message for f in lint_text(text, "page.md", config, select=["shouting"])]
    (html,) = [f.message for f in lint_text(f"<p>{text}</p>", "page.html", config, select=["shouting"])]
    assert "bold for emphasis" not in plain and "lower case" in plain
    assert "use bold for emphasis" in markdown and "use bold for emphasis" in html
