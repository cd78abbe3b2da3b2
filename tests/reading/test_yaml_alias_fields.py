"""A reply whose body is an alias (`body: *footer`) of a string anchored under a key no reply
shape reads (`footer: &footer "..."`): the text is linted once, at the anchor. It was linted
nowhere: the anchor's key is not selected and the alias, a repeat, has no text of its own."""

from plhelpers import lint_text

ANCHORED_ELSEWHERE = """\
footer: &footer "Please utilize our help centre."
replies:
  - title: Refund
    body: *footer
  - title: Late
    body: We apologize for any inconvenience.
"""

ANCHORED_IN_A_REPLY = """\
- title: Refund
  body: &footer "Please utilize our help centre."
- title: Late
  body: *footer
"""


def test_an_alias_of_a_string_anchored_outside_the_replies_is_linted_at_the_anchor():
    found = lint_text(ANCHORED_ELSEWHERE, "replies.yaml", select=["jargon", "cliche"])
    assert [(f.rule, f.line, f.column, f.context["macro"]) for f in found] == [
        ("jargon", 1, 25, "Refund"), ("cliche", 6, 11, "Late")]


def test_an_alias_of_a_reply_s_own_anchor_is_still_linted_once():
    found = lint_text(ANCHORED_IN_A_REPLY, "replies.yaml", select=["jargon"])
    assert [(f.line, f.column, f.context["macro"]) for f in found] == [(2, 25, "Refund")]


MERGED = """\
defaults: &defaults
  body: Please utilize the form.
replies:
  - <<: *defaults
    title: Refund
  - title: Late
    <<: {body: We apologize for any inconvenience.}
  - title: Own body wins
    <<: *defaults
    body: Kindly wait.
"""


def test_a_merge_key_gives_the_reply_its_keys_and_an_explicit_key_wins():
    """`<<: *defaults` (YAML's merge key, which yamllint and PyYAML's loaders honour) adds the
    mapping's keys the reply does not set itself; they were a key named '<<' nobody read."""
    found = lint_text(MERGED, "replies.yaml", select=["jargon", "cliche"])
    assert [(f.flagged, f.line, f.context["macro"]) for f in found] == [
        ("utilize", 2, "Refund"), ("We apologize for any inconvenience", 7, "Late"), ("Kindly", 10, "Own body wins")]
