"""A template named `.html` that holds no HTML element is a plain-text e-mail (Django projects
render their text bodies from `*-body-text.html` or `email.html`): it is read as text, so blank
lines end paragraphs and list lines are items. All text here is invented."""

from plainlint.reading.readers import read_document
from plainlint.reading.source import Source
from plhelpers import lint_text, spans

TEXT_BODY = (
    "{% load mail_extras %}Hello,\n"
    "\n"
    "We could not send your report to {{ address }} this week.\n"
    "\n"
    "Common reasons are:\n"
    "\n"
    "* The address bounced and was paused by the mail provider after three tries.\n"
    "* The report was larger than the limit your mail provider accepts for one message.\n"
    "\n"
    "Regards,\n"
    "The {% site_name %} Team\n"
)


def units(text: str, path: str) -> list[str]:
    doc = read_document(Source(path, text), "html", detect_language=False)
    return [" ".join(s.text.split()) for s in doc.segments if s.text.strip()]


def test_a_django_text_body_named_html_is_read_as_text():
    doc = read_document(Source("templates/emails/report-body-text.html", TEXT_BODY), "html", detect_language=False)
    assert doc.format == "text"
    found = units(TEXT_BODY, "templates/emails/report-body-text.html")
    assert "Hello," in found and "Common reasons are:" in found
    assert any(unit.startswith("The address bounced") for unit in found)


def test_its_greeting_and_list_are_not_one_long_sentence():
    long_units = spans(lint_text(TEXT_BODY, "templates/emails/report-body-text.html", select=["sentence-length"]))
    assert long_units == []


def test_a_template_with_html_elements_stays_html():
    text = "{% load mail_extras %}<p>Hello,</p>\n\n<p>We could not send your report.</p>\n"
    assert read_document(Source("body.html", text), "html", detect_language=False).format == "html"


def test_an_html_file_without_template_tags_stays_html():
    text = "Hello,\n\nWe could not send your report.\n"
    assert read_document(Source("body.html", text), "html", detect_language=False).format == "html"
