"""A line that is only a rule (`---`, `===`, `***`) or an HTML comment separates what is above it
from what is below in a text e-mail: Vaultwarden's text templates put the subject on line 1 and
`<!---------------->` on line 2 before the body. All text here is invented."""

from plainlint.reading.readers import read_document
from plainlint.reading.source import Source


def units(text: str, path: str = "emails/new_login.hbs") -> list[str]:
    doc = read_document(Source(path, text), "template", detect_language=False)
    return [" ".join(s.text.split()) for s in doc.segments if s.text.strip()]


def test_a_comment_line_ends_the_subject_line():
    text = "New sign-in from {{device}}\n<!---------------->\nSomeone signed in to your account.\n"
    assert units(text) == ["New sign-in from X", "Someone signed in to your account."]


def test_a_rule_line_ends_a_unit_and_is_not_text():
    text = "Your export is ready\n===\nDownload it from the link below.\n"
    assert units(text, "export.txt") == ["Your export is ready", "Download it from the link below."]


def test_wrapped_lines_without_a_separator_stay_one_unit():
    text = "Someone signed in to your account\nfrom a new device today.\n"
    assert units(text, "login.txt") == ["Someone signed in to your account from a new device today."]
