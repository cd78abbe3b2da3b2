"""A template partial holding only a page's head (a Zendesk Guide theme's `document_head.hbs`:
<meta>, <link>, <script>, <style>, no <body>) is HTML, as the same bytes named `.html` are: its
script and style are code, never prose (user30, item 3: read as text, a script's comments and a
style rule were one 53-word sentence, and safe fixes edited the script)."""

import pytest

from plainlint.reading.readers import format_for, read_document
from plainlint.reading.source import Source
from plhelpers import lint_text

HEAD = ('<meta charset="utf-8" />\n'
        "<script>\n  // In order to utilize the widget, simply load it.\n  window.x = 1;\n</script>\n"
        "<style>\n  /* In order to utilize */ body { color: #999; }\n</style>\n"
        '<link rel="stylesheet" href="{{asset \'theme.css\'}}">\n')


def _read(path: str, text: str):
    return read_document(Source(path, text), format_for(path))


@pytest.mark.parametrize("path", ["document_head.hbs", "head.liquid", "head.j2", "head.njk", "head.tmpl"])
def test_a_head_only_partial_is_html_and_its_code_is_not_prose(path):
    doc = _read(path, HEAD)
    assert doc.format == "html"
    assert [s.text for s in doc.segments] == []
    assert lint_text(HEAD, path, None) == []


@pytest.mark.parametrize("element", [
    '<meta name="viewport" content="width=device-width">',
    '<link rel="icon" href="{{ favicon }}">',
    "<script src=\"{{ cdn }}/app.js\"></script>",
    "<style>p { margin: 0 }</style>",
    "<base href=\"{{ root }}\">",
])
def test_each_head_element_alone_makes_a_template_html(element):
    assert _read("partial.hbs", element + "\n").format == "html"


def test_the_title_of_a_head_partial_is_prose_and_positions_hold():
    text = "<title>{{ site }} – Please utilize the form</title>\n<meta charset=\"utf-8\">\n"
    findings = lint_text(text, "head.hbs", None, select=["jargon"])
    assert [(f.line, f.column, f.flagged) for f in findings] == [(1, 28, "utilize")]


@pytest.mark.parametrize("text", [
    "Hi {{ name }},\n\nYour order has shipped. Reply to this e-mail with questions.\n",
    "Hi {{ name }},\n\nTo change the link, open your settings.\n",
    "Dear {{ name }}, the <metadata> field is empty.\n",
])
def test_a_text_template_stays_text(text):
    assert _read("mail.hbs", text).format == "text"
