"""hold19: a quoted line that fills its unit's first line, a direction to the agent on the next line
(a receptionist agent's prompt whose direction Markdown joined to the quote's paragraph, seed 194)."""

import pytest

from plainlint.rules.base import first_line_quotation

LINE = '"Thanks, please stay on the line while I connect you."'


def test_a_quoted_sentence_on_the_first_line_then_a_direction():
    assert first_line_quotation(LINE + "\nThen call the transfer tool.") == [(LINE, (0, len(LINE)))]


def test_the_next_line_after_a_windows_line_end():
    """rev19b: the plain-text reader keeps a CRLF file's '\r' in the unit."""
    assert first_line_quotation(LINE + "\r\nThen call the transfer tool.") == [(LINE, (0, len(LINE)))]


def test_after_a_short_label():
    text = "If yes: " + LINE + "\nThen transfer."
    assert first_line_quotation(text) == [(LINE, (8, 8 + len(LINE)))]


@pytest.mark.parametrize("text", [
    LINE + "\nis what we say before each transfer.",         # the next line continues the sentence
    '"Thanks, please stay on the line"\nThen transfer.',    # the quotation is no whole sentence
    "Customer: " + LINE + "\nThen transfer.",               # the customer's line
    "We say " + LINE + "\nThen transfer.",                  # the quotation does not open the unit
    LINE + " Then call the transfer tool.",                 # the direction on the same line
    LINE + "\r\nis what we say before each transfer.",     # continued, after a Windows line end
    LINE,                                                   # one line: the whole unit (read elsewhere)
])
def test_not_a_first_line_to_say(text):
    assert first_line_quotation(text) == []
