"""A reply's fill-in may hold a sentence or two of instructions, up to FILL_IN_MAX_CHARS (200;
80 until session 16, left16): the held-out replies' "[insert estimated resolution time or
timeframe, e.g., ...]" ran to about 100 characters and was read as words. Texts written for
these tests."""

from __future__ import annotations

from plhelpers import lint_text
from plainlint.reading.fill_ins import FILL_IN_MAX_CHARS, fill_in_spans

_LONG = ('[insert the estimated resolution time or timeframe here, for example "by the end of the day" '
         'or "within the next three hours"]')


def test_a_fill_in_of_a_hundred_characters_is_one_placeholder():
    assert 80 < len(_LONG) <= FILL_IN_MAX_CHARS
    text = f"We expect a fix {_LONG}. Thanks, {{name}}."
    assert fill_in_spans(text) == [(16, 16 + len(_LONG)), (len(text) - 7, len(text) - 1)]


def test_a_long_fill_in_for_the_time_keeps_a_promise_timed():
    reply = f"Hi Sam,\n\nOur engineers are on it and we will update you {_LONG}.\n\nThanks,\nAna\n"
    assert [f for f in lint_text(reply, "replies/outage.md", select=["vague-timeline", "sentence-length"])] == []


def test_brackets_longer_than_the_limit_or_across_lines_are_no_fill_in():
    too_long = "[" + "word " * 45 + "end]"
    assert len(too_long) > FILL_IN_MAX_CHARS and fill_in_spans(f"See {too_long} now.") == []
    assert fill_in_spans("See [the first line\nthe second line] now.") == []
