"""Foundation for Emails' Inky templates (`.inky`, trial16): read as the HTML Inky renders. Before
trial16 plainlint found no `.inky` file in a folder ("no files to lint" on CodeFund's mailers, the
seed-242 source), so none of their prose, buttons or links was judged."""

from plainlint.reading.readers import format_for, read_document
from plainlint.reading.source import Source
from plhelpers import lint_text, spans

# Shaped like inky-rb's Devise mailers (ERB inside Inky), written for this test.
BODY = ('<container>\n  <row>\n    <columns>\n      <p>Hi <%= @resource.email %>,</p>\n'
        '      <spacer size="16"></spacer>\n{inner}    </columns>\n  </row>\n</container>\n')


def read(text: str, path: str = "app/views/devise/mailer/unlock_instructions.html.inky"):
    return read_document(Source(path, text), format_for(path))


def test_an_inky_file_is_found_and_read_as_html_with_erb():
    assert format_for("app/views/devise/mailer/unlock_instructions.html.inky") == "html"
    assert format_for("app/views/campaigns_mailer/campaign_paused_email.inky") in ("html", "template")
    doc = read(BODY.format(inner='      <p>Your account has been locked.</p>\n'))
    assert doc.format == "html"
    texts = [segment.text for segment in doc.segments]
    assert "Your account has been locked." in texts
    assert not any("@resource" in text or "size" in text for text in texts)


def test_a_button_is_a_link_at_its_text():
    text = BODY.format(inner='      <button href="<%= unlock_url(@resource) %>">Click here</button>\n')
    found = spans(lint_text(text, "app/views/devise/mailer/unlock_instructions.html.inky",
                            select=["link-text"]), "link-text")
    start = text.index("Click here")
    assert [(ln, col, flagged) for ln, col, _, _, flagged in found] == [
        (text[:start].count("\n") + 1, start - text.rfind("\n", 0, start), "Click here")]


def test_a_menu_item_is_a_link():
    text = BODY.format(inner='      <menu><item href="https://example.com/help">here</item></menu>\n')
    found = spans(lint_text(text, "mailers/footer.html.inky", select=["link-text"]), "link-text")
    assert [flagged for *_, flagged in found] == ["here"]


def test_a_button_in_other_html_is_still_a_button():
    text = '<p>Save your work.</p>\n<button href="/x">Click here</button>\n'
    assert not spans(lint_text(text, "templates/page.html", select=["link-text"]), "link-text")
