"""`plainlint server`'s suppress action in a translation block and in a React Email template
(user31, session 31).

The text of Jinja's `{% trans %}...{% endtrans %}` and Django's `{% blocktranslate %}` /
`{% blocktrans %}` is the message id translators' catalogues are keyed by: a directive written
inside it (even a `{# #}` comment, whose line's space Jinja keeps; Django refuses a tag there and
prints an HTML comment) changes the id, and every translation of the e-mail stops matching. The
action must put the directive outside the block, leaving the block byte for byte as it was. All
example text is our own.
"""

from __future__ import annotations

import io
import json
import re

import pytest

from lsphelpers import apply_edits, edits_of, open_document, published, session
from plhelpers import run_cli
from test_server_actions import SUPPRESS, actions_at, change, codes

pytestmark = [pytest.mark.asyncio, pytest.mark.process]

BLOCK = re.compile(r"\{%-?\s*(?:trans|blocktrans|blocktranslate)\b.*?%\}(.*?)\{%-?\s*end(?:trans|blocktrans|blocktranslate)\b",
                   re.S)

JINJA = ("{% extends 'base.html.j2' %}\n{% block body %}\n    {% trans user=user %}\n"
         "    <p>Hello {{ user }},</p>\n    <p>We will utilize your data to start the refund.</p>\n"
         "    {% endtrans %}\n{% endblock %}\n")
JINJA_TRIMMED = ("{% block body %}\n    {%- trans count=n -%}\n    We will utilize one item.\n"
                 "    {%- pluralize -%}\n    We will utilize {{ count }} items.\n    {%- endtrans -%}\n"
                 "    <p>Thanks.</p>\n{% endblock %}\n")
DJANGO = ('{% extends "base.html" %}\n{% load i18n %}\n{% block body %}\n<p>{% blocktranslate %}\n'
          "We will utilize your data\nto start the refund.\n{% endblocktranslate %}</p>\n{% endblock %}\n")
DJANGO_PLURAL = ("{% load i18n %}\n<p>{% blocktrans count counter=n %}\nWe will send {{ counter }} item.\n"
                 "{% plural %}\nWe will utilize {{ counter }} items.\n{% endblocktrans %}</p>\n")

# name, language id, text, the directives the action must put around the block
BLOCKS = [
    ("refund.html.j2", "jinja-html", JINJA, ("{# plainlint-disable PL101 #}{% trans", "{% endtrans %}{# plainlint-enable PL101 #}")),
    ("refund.txt.j2", "jinja", JINJA_TRIMMED,
     ("{#- plainlint-disable PL101 #}{%- trans", "{%- endtrans -%}{# plainlint-enable PL101 -#}")),
    ("refund.html", "html", DJANGO, ("{# plainlint-disable PL101 #}{% blocktranslate", "{% endblocktranslate %}{# plainlint-enable PL101 #}")),
    ("plural.html", "html", DJANGO_PLURAL, ("{# plainlint-disable PL101 #}{% blocktrans", "{% endblocktrans %}{# plainlint-enable PL101 #}")),
]


async def offered(client, path, text: str, language: str, code: str, line: int | None = None):
    """Open `text` as `path`; its first finding of `code` (on `line`, when given), the findings
    before any edit, and the suppress actions offered on it."""
    uri = path.as_uri()
    open_document(client, uri, text, language)
    before = await published(client, uri, 1)
    diagnostic = next(d for d in before.diagnostics if d.code == code and line in (None, d.range.start.line))
    return uri, before, diagnostic, [a for a in await actions_at(client, uri, diagnostic) if a.kind == SUPPRESS]


def jinja_message_ids(text: str) -> list:
    """What Babel's Jinja extractor gives translators (jinja2.ext.babel_extract, as pybabel runs it)."""
    ext = pytest.importorskip("jinja2.ext")
    return [found[2] for found in ext.babel_extract(io.BytesIO(text.encode()), ext.GETTEXT_FUNCTIONS, [], {})]


def rendered(text: str) -> str:
    jinja2 = pytest.importorskip("jinja2")
    environment = jinja2.Environment(extensions=["jinja2.ext.i18n"])
    environment.install_null_translations(newstyle=True)
    return environment.from_string(text.replace("{% extends 'base.html.j2' %}\n", "")).render(user="Ana", n=2)


@pytest.mark.parametrize("name, language, text, around", BLOCKS, ids=[b[0] for b in BLOCKS])
async def test_suppress_in_a_translation_block_leaves_its_message_id(tmp_path, name, language, text, around):
    async with session(tmp_path, ["utf-16"]) as client:
        uri, _, _, suppress = await offered(client, tmp_path / name, text, language, "PL101")
        assert [a.title for a in suppress] == ["Suppress PL101 (jargon) in this translation block"]
        fixed = apply_edits(text, edits_of(suppress[0], uri), "utf-16")
        assert BLOCK.findall(fixed) == BLOCK.findall(text) != []  # every block's body byte for byte
        for directive in around:
            assert directive in fixed, fixed
        assert "<!--" not in fixed
        assert fixed.count("\n") == text.count("\n")
        after = await published(client, uri, 2, after=change(client, uri, 2, fixed))
        assert "PL101" not in codes(after)
    (tmp_path / name).write_text(fixed, encoding="utf-8", newline="")
    found = json.loads(run_cli(["check", "--no-cache", "--format", "json", "--select", "PL101", name], tmp_path).stdout or "[]")
    assert found == [], found
    if name.endswith(".j2"):
        assert jinja_message_ids(fixed) == jinja_message_ids(text)
        assert rendered(fixed) == rendered(text)


async def test_a_finding_on_a_one_line_block_is_suppressed_after_it(tmp_path):
    """The end of the line is after the closing tag: outside the message id, so the action is
    the plain one, in the Django comment the renderer drops (session 32)."""
    text = "{% load i18n %}\n<p>{% blocktranslate %}We will utilize your data.{% endblocktranslate %}</p>\n"
    async with session(tmp_path, ["utf-16"]) as client:
        uri, _, _, suppress = await offered(client, tmp_path / "one.html", text, "html", "PL101")
        assert [a.title for a in suppress] == ["Suppress PL101 (jargon) on this line"]
        fixed = apply_edits(text, edits_of(suppress[0], uri), "utf-16")
        assert fixed == text.replace("</p>\n", "</p> {# plainlint-disable-line PL101 #}\n")


# An .html file read as Django (a tag only Jinja and Django have), as Handlebars (a block, a
# partial), as Mustache (a section), as Liquid (a tag only Liquid has), as ERB/EJS; plain HTML and a
# Vue-style `{{ }}` keep `<!-- -->` (session 32; fix33)
LINE_COMMENTS = [
    ('{% extends "base.html" %}\n{% block body %}\n<p>We will utilize your data.</p>\n{% endblock %}\n',
     "<p>We will utilize your data.</p> {# plainlint-disable-line PL101 #}"),
    ("{{> header}}\n{{#if name}}<p>Hi {{name}},</p>{{/if}}\n<p>We will utilize your data.</p>\n",
     "<p>We will utilize your data.</p> {{!-- plainlint-disable-line PL101 --}}"),
    ("{{#items}}\n<p>We will utilize your {{name}}.</p>\n{{/items}}\n",
     "<p>We will utilize your {{name}}.</p> {{!-- plainlint-disable-line PL101 --}}"),
    ("{% assign name = customer.name %}\n<p>We will utilize your data, {{ name }}.</p>\n",
     "<p>We will utilize your data, {{ name }}.</p> {% comment %} plainlint-disable-line PL101 {% endcomment %}"),
    ("<% if @user %>\n<p>We will utilize your data, <%= @user.name %>.</p>\n<% end %>\n",
     "<p>We will utilize your data, <%= @user.name %>.</p> <%# plainlint-disable-line PL101 %>"),
    ("<p>We will utilize your data.</p>\n", "<p>We will utilize your data.</p> <!-- plainlint-disable-line PL101 -->"),
    # a Django text body named .html (no element: read as text) sends the space before a comment
    ("{% load i18n %}\nHi {{ name }},\nWe will utilize your data.\n", "We will utilize your data.{# plainlint-disable-line PL101 #}"),
    ('<div id="app"><p>We will utilize your {{ item.name }}.</p></div>\n',
     '<div id="app"><p>We will utilize your {{ item.name }}.</p></div> <!-- plainlint-disable-line PL101 -->'),
]


@pytest.mark.parametrize("text, line", LINE_COMMENTS, ids=["django", "handlebars", "mustache", "liquid", "erb",
                                                           "html", "django-text", "vue"])
async def test_a_template_html_file_is_suppressed_in_a_comment_the_renderer_drops(tmp_path, text, line):
    """Outside a translation block too: each template language drops its own comment, while an
    HTML comment is sent to every customer (user31). `{# #}` is text to Liquid and Handlebars, so
    each gets its own; a file with no template language's tag keeps `<!-- -->`."""
    async with session(tmp_path, ["utf-16"]) as client:
        uri, _, _, suppress = await offered(client, tmp_path / "mail.html", text, "html", "PL101")
        assert [a.title for a in suppress] == ["Suppress PL101 (jargon) on this line"]
        fixed = apply_edits(text, edits_of(suppress[0], uri), "utf-16")
    assert line in fixed.splitlines()
    (tmp_path / "mail.html").write_text(fixed, encoding="utf-8", newline="")
    found = json.loads(run_cli(["check", "--no-cache", "--format", "json", "--select", "PL101", "mail.html"], tmp_path).stdout or "[]")
    assert found == [], found


REACT = ("import { Html, Body, Link, Text } from '@react-email/components';\n\n"
         "export default function Mail({ url }: { url: string }) {\n  return (\n    <Html>\n      <Body>\n"
         "        <Link href={url}>\n          Click here to see your order\n        </Link>\n"
         "        <Text>\n          We will utilize your card\n          to finish the refund.\n        </Text>\n"
         "        <Text>Please utilize the form.</Text>\n"
         "      </Body>\n    </Html>\n  );\n}\n")


@pytest.mark.parametrize("code, rule, line, inserted", [
    ("PL403", "link-text", 7, "{/* plainlint-disable-line PL403 */}"),  # the text ends at the line's end: no space
    ("PL101", "jargon", 10, " {/* plainlint-disable-line PL101 */}"),  # text goes on: JSX keeps the space before a child
    ("PL101", "jargon", 13, "{/* plainlint-disable-line PL101 */}"),
])
async def test_suppress_in_a_react_email_template(tmp_path, code, rule, line, inserted):
    """A JSX comment child, which React Email never renders; written so that JSX's white-space
    rules render the same text (a comment between two lines of text splits them into two
    children, and the space that joined the lines goes unless it is written before the comment)."""
    async with session(tmp_path, ["utf-16"]) as client:
        uri, before, diagnostic, suppress = await offered(client, tmp_path / "mail.tsx", REACT, "typescriptreact", code, line)
        assert [a.title for a in suppress] == [f"Suppress {code} ({rule}) on this line"]
        [edit] = edits_of(suppress[0], uri)
        assert edit.new_text == inserted
        fixed = apply_edits(REACT, [edit], "utf-16")
        assert fixed.splitlines()[line].endswith(inserted)
        after = await published(client, uri, 2, after=change(client, uri, 2, fixed))
        assert sorted((d.code, d.range.start.line) for d in after.diagnostics) == sorted(
            (d.code, d.range.start.line) for d in before.diagnostics if d is not diagnostic)
    (tmp_path / "mail.tsx").write_text(fixed, encoding="utf-8")
    found = json.loads(run_cli(["check", "--no-cache", "--format", "json", "--select", code, "mail.tsx"], tmp_path).stdout)
    assert [f["line"] - 1 for f in found] == sorted(d.range.start.line for d in before.diagnostics
                                                    if d.code == code and d is not diagnostic)
