"""Rails' `<%= link_to "Text", url %>` in an HTML `.erb` template is a link whose text is the
literal, at its place in the file (rails38; user37's D7: the ERB tag was masked whole, so
`link_to "here"` passed while `<a href="<%= url %>">here</a>` was flagged). Nothing else in the tag
is read. Texts invented in the shape of Rails mailer views."""

from __future__ import annotations

from plhelpers import lint_text

MAILER = ('<p>To reset your password, click <%= link_to "here", edit_password_url %>.</p>\n'
          '<p>To reset your password, click <a href="<%= edit_password_url %>">here</a>.</p>\n')


def _found(findings, rule="link-text"):
    return [(f.line, f.column, f.end_column, f.flagged) for f in findings if f.rule == rule]


def test_link_to_text_is_a_link_text_as_an_a_element_is():
    findings = lint_text(MAILER, "app/views/user_mailer/reset.html.erb", select=["link-text"])
    assert _found(findings) == [(1, 47, 51, "here"), (2, 69, 73, "here")]


def test_the_helpers_and_their_argument_forms():
    text = ("<p><%= link_to('Read more', post_url(@post), class: 'btn') -%></p>\n"
            "<p><%= link_to_if @user.nil?, 'click here', login_url %></p>\n"
            "<p><%= link_to_unless_current \"Learn more\",\n      help_url %></p>\n"
            "<p><%= link_to 'Click here to see what\\'s new', news_url %></p>\n")
    findings = lint_text(text, "app/views/user_mailer/post.html.erb", select=["link-text"])
    assert _found(findings) == [(1, 17, 26, "Read more"), (2, 32, 42, "click here"), (3, 32, 42, "Learn more"),
                                (5, 17, 27, "Click here")]


def test_nothing_else_in_the_tag_is_read_and_other_forms_are_left_alone():
    text = ('<p><%= link_to "Utilize here", url, title: "Simply utilize this" %></p>\n'
            '<p><%= link_to "#{count} here", url %></p>\n'
            '<p><%= link_to "https://example.com/help", class: "x" do %>Help centre<% end %></p>\n'
            '<p><%= button_to "here", url %> <%= mail_to "a@example.com", "here" %></p>\n')
    findings = lint_text(text, "app/views/user_mailer/other.html.erb", select=["jargon", "assumptive", "link-text"])
    assert [(f.rule, f.line, f.column, f.flagged) for f in findings] == [("jargon", 1, 17, "Utilize")]
    assert findings[0].fix is None  # an edit inside an ERB tag is never made
    plain = lint_text('Click <%= link_to "here", url %>.\n', "app/views/user_mailer/a.text.erb", select=["link-text"])
    assert plain == []  # a text e-mail has no links to name


def test_link_to_addresses_compare_as_the_tags_they_print():
    text = ('<p><%= link_to "Settings", settings_path %> or <%= link_to "Settings", account_path %></p>\n'
            '<p><%= link_to "Help", help_path %> or <a href="<%= help_path %>">Help</a></p>\n'
            '<p><%= link_to "Terms", "https://example.com/terms" %> or <a href="https://example.com/terms">Terms</a></p>\n')
    findings = lint_text(text, "app/views/user_mailer/links.html.erb", select=["link-text"])
    assert [(f.line, f.column) for f in findings] == [(1, 61)]
    assert "also used for a different destination" in findings[0].message
