"""A trailing comma, the commonest slip in a hand-edited export, is named as one at the comma
(as Python 3.13's json module does), on every Python: 3.11 and 3.12 said 'Expecting property
name enclosed in double quotes' or 'Expecting value' at the bracket after it."""

import pytest

from plhelpers import lint_bytes


@pytest.mark.parametrize("text, line, column, kind", [
    (b'{"title": "T", "body": "Hello there.",}\n', 1, 38, "object"),
    (b'[\n  {"title": "T"},\n  {"title": "U"},\n]\n', 3, 17, "array"),
    (b'{"macros": [{"title": "T"}, ]}', 1, 27, "array"),
])
def test_a_trailing_comma_is_named_at_the_comma(text, line, column, kind):
    result = lint_bytes(text, "macros.json")
    assert (result.error.line, result.error.column, result.error.message) == (
        line, column, f"invalid JSON: Illegal trailing comma before end of {kind}")


def test_other_errors_keep_the_json_module_s_message():
    result = lint_bytes(b'{"a": 1 "b": 2}', "macros.json")
    assert result.error.message == "invalid JSON: Expecting ',' delimiter"


def test_a_wrong_bracket_after_a_comma_is_not_called_a_trailing_comma():
    result = lint_bytes(b'{"body": [1,}\n', "macros.json")
    assert (result.error.column, result.error.message) == (13, "invalid JSON: Expecting value")
