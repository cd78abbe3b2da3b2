"""Template syntax: tags are never linted, an output tag is one word, positions stay exact."""

import pytest

from plainlint.reading import templates
from plainlint.reading.templates import ALL_SYNTAXES, find_tags, mask
from plhelpers import lint_text, spans

CLICHE = "we apologize for any inconvenience"


@pytest.mark.parametrize(
    "path, text, column",
    [
        ("liquid.liquid", "Hi {{ customer.first_name | default: 'there' }}, " + CLICHE + ".\n", 50),
        ("jinja.html.j2", "<p>Hi {{ user.name|title }}, " + CLICHE + ".</p>\n", 30),
        ("django.html", "<p>{% trans %}Hi {{ name }}, " + CLICHE + ".{% endtrans %}</p>\n", 30),
        ("mail.hbs", "<p>Hi {{{first_name}}}, " + CLICHE + ".</p>\n", 25),
        ("mail.mustache", "Hi {{name}}! " + CLICHE.capitalize() + ".\n", 14),
        ("mail.html.erb", "<p>Hi <%= @user.name %>, " + CLICHE + ".</p>\n", 26),
        ("mailchimp.html", "<p>Hi *|FNAME|*, " + CLICHE + ".</p>\n", 18),
        ("mailgun.txt", "Hi %recipient.first_name%, " + CLICHE + ".\n", 28),
        ("osticket.txt", "Hi %{ticket.name.first}, " + CLICHE + ".\n", 26),
        ("sfmc.html", "<p>Hi %%First Name%%, " + CLICHE + ".</p>\n", 23),
        ("sfmc.txt", "Hi %%=ProperCase(@name)=%%, " + CLICHE + ".\n", 29),
        ("helpscout.txt", "Hi {%customer.firstName,fallback=there%}, " + CLICHE + ".\n", 43),
        ("intercom.md", 'Hi {{first_name | fallback: "there"}}, ' + CLICHE + ".\n", 40),
    ],
)
def test_placeholder_next_to_finding_on_the_same_line(path, text, column):
    found = spans(lint_text(text, path), "cliche")
    assert column == text.lower().index(CLICHE) + 1  # the case table states the column by hand
    assert [(line, col) for line, col, *_ in found] == [(1, column)]
    assert found[0][4].lower() == CLICHE


@pytest.mark.parametrize(
    "path, text",
    [
        ("a.md", "{% comment %}Please utilize the form.{% endcomment %}\n"),
        ("a.html.j2", "{# Please utilize the form. #}<p>Hello.</p>\n"),
        ("a.html", "{% extends 'base.html' %}{# Please utilize the form. #}<p>Hello.</p>\n"),
        ("a.hbs", "{{! Please utilize the form. }}<p>Hello.</p>\n"),
        ("a.hbs", "{{!-- Please utilize the form. --}}<p>Hello.</p>\n"),
        ("a.html.erb", "<%# Please utilize the form. %><p>Hello.</p>\n"),
        ("a.md", "{% raw %}{{ utilize }} and {% utilize %}{% endraw %}\n"),  # read, its tags masked (code30)
        ("a.html", "<p>{{ utilize_link }} and {% if utilize %}Hello{% endif %}.</p>\n"),
        ("a.html", "<p>%%[ SET @a = 'Please utilize the form' ]%%Hello %%Utilize Now%%.</p>\n"),
    ],
)
def test_template_code_and_comments_are_never_linted(path, text):
    assert lint_text(text, path, select=["jargon"]) == []


def test_each_branch_is_its_own_unit():
    text = "<p>{% if premium %}Your plan renews today{% else %}Utilize the trial{% endif %}</p>\n"
    found = lint_text(text, "a.html", select=["jargon", "sentence-length"],
                      config={"rules": {"sentence-length": {"max-words": 3}}})
    assert [(f.rule, f.flagged) for f in found] == [("sentence-length", "Your plan renews today"), ("jargon", "Utilize")]


def test_handlebars_else_branch_splits_units():
    text = "{{#if name}}Hello {{name}}{{else}}Hello there{{/if}}\n"
    from plainlint.reading.readers import read_document
    from plainlint.reading.source import Source

    doc = read_document(Source("a.hbs", text), "text")
    assert [s.text for s in doc.segments] == ["Hello X", "Hello there"]


# check16 (SimpleLogin's e-mails, seed 115): each `{% call text() %}` block is a paragraph the
# macro wraps in its own markup; two of them read as one sentence were two FPs.
CALL_BLOCKS = ("{% extends 'base.html' %}\n{% block content %}\n  {% call text() %}\n"
               "    Your alias <b>{{ alias }}</b> could not be created because the directory does not allow it\n"
               "  {% endcall %}\n\n"
               "  {% call text() %}\n    If you did not expect this email, someone may be sending mail to "
               "addresses in your directory.\n  {% endcall %}\n{% endblock %}\n")


def test_a_call_or_block_tag_alone_on_its_line_ends_the_unit():
    from plainlint.reading.readers import read_document
    from plainlint.reading.source import Source

    doc = read_document(Source("alias.html", CALL_BLOCKS), "html")
    assert [s.text.strip() for s in doc.segments if s.text.strip()] == [
        "Your alias X could not be created because the directory does not allow it",
        "If you did not expect this email, someone may be sending mail to addresses in your directory."]
    assert lint_text(CALL_BLOCKS, "alias.html", select=["sentence-length"],
                     config={"rules": {"sentence-length": {"max-words": 17}}}) == []


def test_a_long_sentence_inside_one_call_block_is_still_one_sentence():
    found = lint_text(CALL_BLOCKS, "alias.html", select=["sentence-length"],
                      config={"rules": {"sentence-length": {"max-words": 12}}})
    assert [(f.line, f.column) for f in found] == [(4, 5), (8, 5)]


def test_an_inline_block_tag_only_vanishes():
    text = "<p>Thanks for your order, {% block who %}{% endblock %}we will write soon.</p>\n"
    assert [t.kind for t in find_tags(text)] == ["control", "control"]
    inline = "<title>{% block title %}Welcome{% endblock %}</title>\n{% block body %}\nHi\n{% endblock %}\n"
    assert [t.kind for t in find_tags(inline)] == ["control", "control", "boundary", "boundary"]


def test_a_text_run_whose_only_tag_is_an_else_is_still_masked_and_split():
    """A run of text holding a branch tag and no other tag was added as written, tag text and all."""
    from plainlint.reading.readers import read_document
    from plainlint.reading.source import Source

    text = "<p>\nWe are sorry\n{% else %}\nYour refund is on its way\n</p>\n"
    doc = read_document(Source("a.html", text), "html")
    assert [s.text.strip() for s in doc.segments if s.text.strip()] == ["We are sorry", "Your refund is on its way"]


def test_region_tags_together_or_at_a_units_edge_leave_no_empty_part():
    """Two region tags with nothing between them, or one opening the unit, split it at the same
    place twice or at its start (an IndexError on django-allauth's notification template)."""
    from plainlint.reading.readers import read_document
    from plainlint.reading.source import Source

    text = ("{% block content %}\nYour account changed.\n\n{% block note %}\n{% endblock note %}\n\n"
            "If you did not make this change, reset your password.\n{% endblock %}\n")
    doc = read_document(Source("notice.txt", text), "text")
    assert [s.text.strip() for s in doc.segments if s.text.strip()] == [
        "Your account changed.", "If you did not make this change, reset your password."]


def test_masking_keeps_length_and_newlines():
    text = "a {{ b\nc }} d {% if x %} e <%= f %> *|G|*"
    masked = mask(text, find_tags(text, ALL_SYNTAXES))
    assert len(masked) == len(text) and masked.count("\n") == 1


def test_sendgrid_tags_only_when_configured():
    text = "Hi -first_name-, please utilize it.\n"
    assert [f.flagged for f in lint_text(text, "a.txt", select=["jargon"])] == ["utilize"]
    assert find_tags(text, ("curly", "merge")) == []
    assert [t.text for t in find_tags(text, ("sendgrid",))] == ["-first_name-"]


def test_a_configured_syntax_adds_to_those_detected():
    """`templates: [sendgrid]` (as the README says to enable SendGrid tags) replaced the detected
    syntaxes, so `{{ }}` and merge tags were linted as prose."""
    text = "Hi -first_name- {{ utilize }} *|UTILIZE|*, please utilize it.\n"
    found = lint_text(text, "a.txt", {"templates": ["sendgrid"]}, select=["jargon"])
    assert [(f.column, f.flagged) for f in found] == [(51, "utilize")]


def test_masking_can_be_turned_off_per_glob():
    config = {"overrides": [{"files": ["docs/**"], "templates": []}]}
    text = "Use {{ utilize }} here.\n"
    assert lint_text(text, "docs/a.md", config, select=["jargon"])
    assert not lint_text(text, "help/a.md", config, select=["jargon"])


def test_html_entities_and_non_ascii_before_a_finding():
    text = "<p>Caf&eacute; &amp; cr&#232;me &nbsp;— 漢字 please utilize it.</p>\r\n"
    assert text.index("utilize") == 50
    assert spans(lint_text(text, "a.html"), "jargon") == [(1, 51, 1, 58, "utilize")]


def test_html_attributes_spread_over_lines_and_alt_title_are_prose():
    text = ('<img\r\n  src="utilize.png"\r\n  alt="Simply click the button"\r\n'
            '  data-note="utilize">\r\n<p title="In order to help">Hi</p>\r\n')
    found = lint_text(text, "a.html", select=["jargon", "assumptive"])
    assert [(f.line, f.column, f.flagged) for f in found] == [(3, 8, "Simply"), (5, 11, "In order to")]


def test_script_style_code_pre_and_comments_are_skipped():
    text = ("<script>var utilize = 1;</script><style>.utilize{}</style><!-- utilize -->"
            "<code>utilize</code><pre>in order to</pre><p>Fine.</p>\n")
    assert lint_text(text, "a.html", select=["jargon"]) == []


def test_the_title_in_head_is_prose_and_the_rest_of_head_is_not():
    """<title> is what the tab, the bookmark and a screen reader name the page by; inside <head>
    it was skipped with the <meta>, <style> and <script> around it."""
    text = ('<html lang="en">\r\n<head><meta name="description" content="utilize">\r\n'
            '<title>Simply utilize\r\n  the &amp; form</title><style>.utilize{}</style>\r\n'
            '<script>var utilize;</script></head><body><p>Fine.</p></body></html>\r\n')
    found = lint_text(text, "mail.html", select=["jargon", "assumptive"])
    assert [(f.line, f.column, f.end_column, f.flagged) for f in found] == [
        (3, 8, 14, "Simply"), (3, 15, 22, "utilize")]
    unclosed = '<head><title>Please utilize it</head><body><style>utilize</style><p>Fine.</p></body>\n'
    assert spans(lint_text(unclosed, "a.html", select=["jargon"])) == [(1, 21, 1, 28, "utilize")]


def test_block_elements_end_units_and_inline_do_not():
    text = "<div>We apologize</div><div>for any inconvenience.</div><p>We <b>apologize</b> for any <a href='#'>inconvenience</a>.</p>\n"
    found = lint_text(text, "a.html", select=["cliche"])
    assert [f.flagged for f in found] == ["We apologize for any inconvenience"]


@pytest.mark.parametrize(
    "path, text",
    [
        ("a.liquid", "{# Please utilize the form. #}<p>Hello {{ name }}.</p>\n"),
        ("a.hbs", "{# Please utilize the form. #}<p>Hello {{ name }}.</p>\n"),
        ("a.html", "{% assign x = 1 %}{% block y %}{# Please utilize the form. #}<p>Hello.</p>\n"),
        ("a.md", "{% if name %}Hi{% endif %} {# Please utilize the form. #}\n"),
        # a Handlebars subexpression is not a call: the bracket follows a space
        ("a.html", "{{#if (eq plan 'pro')}}Pro{{/if}} {# Please utilize the form. #}\n"),
    ],
)
def test_hash_braces_are_text_outside_jinja(path, text):
    """`{# #}` is a comment in Jinja, Django, Twig and Nunjucks; Liquid and Handlebars print it."""
    found = spans(lint_text(text, path, select=["jargon"]), "jargon")
    assert [(line, column) for line, column, *_ in found] == [(1, text.index("utilize") + 1)]


@pytest.mark.parametrize(
    "path, text",
    [
        ("a.html", "{% block body %}{# Please utilize the form. #}{% endblock %}\n"),
        ("a.md", "{{ name|default('you') }} {# Please utilize the form. #}\n"),
        # a function called in an output tag (Flask-Security's e-mails: `{{ _fsdomain('Hello') }}`,
        # gettext's `{{ _('Hi') }}`): Liquid, Handlebars and Django have no calls
        ("a.txt", "{# Please utilize the form. #}\n{{ _('Hello %(email)s!', email=user.email) }}\n"),
        ("a.html", "{# Please utilize\n the form. #}<p>{{ url_for('security.login') }}</p>\n"),
        ("a.twig", "{# Please utilize the form. #}\n"),
        ("a.njk", "{# Please utilize the form. #}\n"),
    ],
)
def test_hash_braces_are_a_comment_in_jinja(path, text):
    assert lint_text(text, path, select=["jargon"]) == []


def test_config_sets_the_dialect():
    text = "{# Please utilize the form. #} Hello {{ name }}.\n"
    assert lint_text(text, "a.liquid", {"templates": ["jinja"]}, select=["jargon"]) == []
    assert lint_text(text, "a.j2", {"templates": ["liquid"]}, select=["jargon"])
    # the curly tags stay masked with either dialect
    assert not lint_text("Hello {{ utilize }}.\n", "a.md", {"templates": ["liquid"]}, select=["jargon"])


# trial9 (GitBook help synced to Git; the sources have no licence, so this text is made up in their
# shape): a GitBook block tag alone on its line is a box of its own when rendered, so a hint whose
# last line has no stop did not run into the paragraph after it, nor the paragraph before into it.
GITBOOK_HINT = ("# Upload symbols\n\nUpload the files for every build before you release it\n"
                "{% hint style=\"info\" %}\nUploads larger than 5 GB are cleaned up after 30 days\n{% endhint %}\n"
                "Crashes reported before the upload are not reprocessed until you ask for it.\n")


def test_a_gitbook_block_tag_alone_on_its_line_ends_the_unit():
    from plainlint.reading.readers import read_document
    from plainlint.reading.source import Source

    doc = read_document(Source("upload.md", GITBOOK_HINT), "markdown")
    assert [s.text.strip() for s in doc.segments if s.text.strip()][1:] == [
        "Upload the files for every build before you release it",
        "Uploads larger than 5 GB are cleaned up after 30 days",
        "Crashes reported before the upload are not reprocessed until you ask for it."]
    assert lint_text(GITBOOK_HINT, "upload.md", select=["sentence-length"],
                     config={"rules": {"sentence-length": {"max-words": 15}}}) == []


def test_gitbook_tags_inline_or_of_other_names_only_vanish():
    text = "Open the tab {% tab title=\"Mac\" %} here.\n{% if user %}\nHi\n{% endif %}\n{% tabsy %}\n"
    assert [t.kind for t in find_tags(text)] == ["control", "control", "control", "control"]
    block = "{% tabs %}\n{% tab title=\"Mac\" %}\nHi\n{% endtab %}\n{% endtabs %}\n{% content-ref url=\"a.md\" %}\n"
    assert [t.kind for t in find_tags(block)] == ["boundary"] * 5


# left19 (trial9's leftover; GitBook's docs have no licence, so their shape): a GitBook tab's title
# is the label on the tab, text the reader sees, so it is read as a unit of its own (GitBook's own
# docs spell one 'Gloabl'); the rest of the tag stays masked and the title does not run into the body.
GITBOOK_TABS = ("# Install\n\nPick your system.\n\n{% tabs %}\n{% tab title=\"Windows\" %}\n"
                "Download the installer and run it\n{% endtab %}\n\n{% tab title=\"Gloabl settings\" %}\n"
                "Open the app\n{% endtab %}\n{% endtabs %}\n")


def test_a_gitbook_tab_title_is_read_as_its_own_unit():
    from plainlint.reading.readers import read_document
    from plainlint.reading.source import Source

    doc = read_document(Source("install.md", GITBOOK_TABS), "markdown")
    assert [s.text.strip() for s in doc.segments][2:] == [
        "Windows", "Download the installer and run it", "Gloabl settings", "Open the app"]
    assert [(f.line, f.column) for f in lint_text(GITBOOK_TABS, "install.md", select=["spelling"])] == [(10, 15)]


def test_a_gitbook_tab_title_is_a_label_not_prose_for_reading_level():
    """A tab's title is a label (BugSplat's API pages title tabs '200 ', with a space): counted as a
    one-word sentence, each moved a short page's grade over the document's threshold."""
    from plainlint.nlp.readability import is_prose
    from plainlint.reading.readers import read_document
    from plainlint.reading.source import Source

    doc = read_document(Source("install.md", GITBOOK_TABS.replace('"Windows"', '"Windows "')), "markdown")
    assert [s.text.strip() for s in doc.segments if is_prose(s)] == [
        "Pick your system.", "Download the installer and run it", "Open the app"]
    assert [s.text for s in doc.segments if s.context.get("label")] == ["Windows", "Gloabl settings"]


# Whose template an `.html` file is, for the server's suppress comment (fix33): a tag only
# Handlebars/Mustache or only Liquid has. Go's `{{/* */}}`, Vue's `{{ }}` and a Handlebars
# template carried inside a Liquid page's `{% raw %}` are not Handlebars.
@pytest.mark.parametrize("text, handlebars, liquid", [
    ("{{#if name}}Hi {{name}}{{/if}}", True, False),
    ("{{#each items}}<li>{{this}}</li>{{/each}}", True, False),
    ("{{^items}}None.{{/items}}", True, False),
    ("{{> footer}}", True, False),
    ("{{! a note }}<p>Hi</p>", True, False),
    ("{{{body}}}", True, False),
    ("{{/* a Go comment */}}{{ range .Pages }}{{ .Title }}{{ end }}", False, False),
    ("<p>{{ item.name }}</p>", False, False),
    ("{% raw %}{{#if a}}b{{/if}}{% endraw %}{% assign x = 1 %}", False, True),
    ("{% unless paid %}Pay now.{% endunless %}", False, True),
    ('{% extends "base.html" %}', False, False),
])
def test_handlebars_and_liquid_html_files(text, handlebars, liquid):
    assert templates.is_handlebars(None, text) is handlebars
    assert templates.is_liquid(None, text) is liquid
