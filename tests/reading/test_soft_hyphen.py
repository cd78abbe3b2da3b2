"""A soft hyphen (U+00AD, &shy;) inside a word: the word is still the word, its span exact.

Help centres paste it from CMS editors and long-word hyphenation ("uti\u00adlize"); word-list
rules never saw the word it broke.
"""

import pytest

from plhelpers import lint_text, spans

SHY = "\u00ad"


@pytest.mark.parametrize("path, text, column, end_column", [
    ("a.md", f"Please uti{SHY}lize the form.\n", 8, 16),
    ("a.md", "Please uti&shy;lize the form.\n", 8, 20),
    ("a.html", f"<p>Please uti{SHY}li{SHY}ze the&nbsp;form.</p>\n", 11, 20),
    ("a.html", "<p>Please uti&shy;lize the form.</p>\n", 11, 23),
    ("a.txt", f"\u00e9t\u00e9 \U0001F600 Please uti{SHY}lize the form.\n", 14, 22),
])
def test_a_word_broken_by_soft_hyphens_is_flagged_over_its_whole_span(path, text, column, end_column):
    assert spans(lint_text(text, path, select=["jargon"])) == [(1, column, 1, end_column, "utilize")]


def test_a_soft_hyphen_in_a_json_value_and_in_a_phrase():
    text = '{"body": "We apol\\u00adogize for any incon\u00advenience."}\n'
    found = lint_text(text, "replies.json", config={"fields": ["body"]}, select=["cliche"])
    assert spans(found) == [(1, 11, 1, 52, "We apologize for any inconvenience")]
