"""passive-voice and a time after "by" (session 16, left16): "by [date]", "by {{ refund_date }}",
"by 5 June", "by June 5", "by next week" name when, not who, so the message asks who does it
rather than to move an actor to the front; the finding stays (no actor is named). Texts written
for these tests."""

from __future__ import annotations

import pytest

from plhelpers import lint_text

_CONFIG = {"extend-select": ["passive-voice"]}


def _message(sentence: str) -> str:
    reply = f"Hi Sam,\n\n{sentence}\n\nThanks,\nAlex\n"
    [finding] = [f for f in lint_text(reply, "replies/refund.md", _CONFIG) if f.rule == "passive-voice"]
    return finding.message


@pytest.mark.parametrize("time", ["[date]", "{{ refund_date }}", "{refund deadline}", "5 June", "June 5",
                                  "next week", "close of business", "the end of the day", "Friday"])
def test_a_time_after_by_is_no_actor(time):
    assert "say who does it" in _message(f"Your refund will be processed by {time}.")


@pytest.mark.parametrize("actor", ["[agent name]", "{{ agent.name }}", "our billing team", "this tool"])
def test_an_actor_after_by_is_still_one(actor):
    assert "name the actor first" in _message(f"Your refund will be processed by {actor}.")


@pytest.mark.parametrize("actor", ["3rd-party developers", "21Vianet", "{{ TRANSLATOR_NAME }}"])
def test_a_name_opening_with_digits_or_holding_a_time_word_inside_is_an_actor(actor):
    assert "name the actor first" in _message(f"This task has been claimed by {actor}.")


def test_an_amount_after_by_is_no_actor():
    assert "say who does it" in _message("The counter is incremented by 1 for each file you open.")
