"""PL910 template-unread (i18n31, user31's defect 2): a template whose every sentence is a quoted
string in a call plainlint does not read gave no finding and no sign that nothing was read."""

import pytest

from plhelpers import lint_text

WRAPPED = ("{% extends 'base.html' %}\n{% block body %}\n"
           "<p>{{ _mydomain('Your password was changed. If you did not do this, reply to this mail.') }}</p>\n"
           "<p>{{ render_para(\"We will utilize the new password from now on.\") }}</p>\n{% endblock %}\n")


def test_a_template_of_unread_calls_says_so_at_the_first_quoted_text():
    found = lint_text(WRAPPED, "reset.html", select=["ALL"])
    assert [(f.rule, f.line, f.column, f.severity.value) for f in found] == [("template-unread", 3, 18, "info")]
    assert "translation-helpers" in found[0].message and "_mydomain" in found[0].message


def test_naming_the_helpers_reads_the_text_and_the_notice_goes():
    found = lint_text(WRAPPED, "reset.html", {"translation-helpers": ["_mydomain", "render_para"]}, select=["ALL"])
    assert "template-unread" not in {f.rule for f in found}
    assert "jargon" in {f.rule for f in found}


@pytest.mark.parametrize("path, text", [
    # prose of its own besides the call
    ("mail.html", "<p>Hello,</p>\n<p>{{ render_para('We will utilize the new password.') }}</p>\n"),
    # a quoted argument that is no text: a route, a file name, a key
    ("base.html", "<link href=\"{{ url_for('static', filename='mail.css') }}\">\n{% block body %}{% endblock %}\n"),
    ("footer.html", "<p>{{ config('app.name') }}</p>\n"),
    # a template with no quoted string at all
    ("part.html", "<p>{{ user.name }}</p>\n"),
    ("doc.md", "Just prose, no template.\n"),
])
def test_it_stays_quiet_where_text_was_read_or_no_quoted_text_was_left(path, text):
    assert lint_text(text, path, select=["template-unread"]) == []


def test_a_named_helper_whose_text_is_built_from_parts_is_said_so():
    text = "{% block body %}\n<p>{{ render_para('Your alias ' + alias + ' is ready to use now.') }}</p>\n{% endblock %}\n"
    found = lint_text(text, "test.html", {"translation-helpers": ["render_para"]}, select=["template-unread"])
    assert [(f.line, f.column) for f in found] == [(2, 20)]
    assert "is in `translation-helpers`" in found[0].message and "not one string" in found[0].message
