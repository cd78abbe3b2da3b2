"""A `macros:` list is Zendesk's only when its items are Zendesk macros (with `actions`): a
hand-written list of `title`/`body` replies under that key is a plain list, and its bodies are
linted (they were dropped in silence, the titles alone read)."""

import pytest

from plainlint.reading.readers.macros import detect_shape
from plainlint.reading.readers.structured import parse_yaml
from plhelpers import lint_text

PLAIN_UNDER_MACROS = """\
macros:
  - title: Refund
    body: Please utilize the form.
  - title: Late parcel
    body: We apologize for any inconvenience.
"""


def test_title_and_body_replies_under_macros_are_linted():
    found = lint_text(PLAIN_UNDER_MACROS, "replies.yaml", select=["jargon", "cliche"])
    assert [(f.rule, f.line, f.column) for f in found] == [("jargon", 3, 18), ("cliche", 5, 11)]
    assert [f.context.get("macro") for f in found] == ["Refund", "Late parcel"]


@pytest.mark.parametrize("text, shape", [
    (PLAIN_UNDER_MACROS, "plain"),
    ("macros:\n  - title: T\n    actions:\n      - {field: comment_value, value: Hi.}\n", "zendesk"),
    ("macros: []\n", "zendesk"),
    ("macros:\n  - title: Only a title\n", "zendesk"),
])
def test_macros_key_is_zendesk_only_for_zendesk_items(text, shape):
    assert detect_shape(parse_yaml(text, "replies.yaml")) == shape
