"""The quotation that closes a unit after a direction to say it (hold24, seed 268's check)."""

from plainlint.rules.base import directed_quotation


def test_a_quotation_after_say_only_in_a_list_item():
    text = "While the tool runs, say ONLY: \"I'm checking the schedule, one moment please.\""
    [(quotation, (start, end))] = directed_quotation(text)
    assert quotation.startswith("\"I'm") and end == len(text) and text[start] == '"'


def test_the_direction_must_be_in_the_quotations_clause():
    assert directed_quotation("Say hello first. Then the caller reads: \"I'm Dana.\"") == []


def test_a_line_to_avoid_or_a_quotation_not_closing_the_unit_is_not_directed():
    assert directed_quotation("Never say: \"I'm putting you on hold.\"") == []
    assert directed_quotation("Don't reply: \"I'm busy.\"") == []
    assert directed_quotation("Say: \"I'll check.\" and then open the order page") == []


def test_instead_say_gives_the_line_to_say():
    assert directed_quotation("Instead, say: \"I'll check that for you.\"") != []
