"""no-way-forward and an alternative offered in the next sentence (session 16, left16). The rule
reads the whole reply, so the window is the reply; what it missed in the labelled data
(fresh-exports seeds 107 and 108: four refusals labelled FP, each followed at once by the way
on) were the ways themselves: a step we advise ("We recommend that you use ..."), our team
happy to help, help on a named channel ("via email or live chat"). Texts written for these tests."""

from __future__ import annotations

import pytest

from plhelpers import lint_text


def _flags(body: str) -> bool:
    reply = f"Hi Sam,\n\n{body}\n\nThanks,\nAlex\n"
    return any(f.rule == "no-way-forward" for f in lint_text(reply, "replies/answer.md"))


@pytest.mark.parametrize("body", [
    "We can't refund this order. You can exchange it for store credit instead.",
    "Unfortunately we can't accept this card for the transfer. We recommend that you use a card issued by another bank.",
    "We're not able to cancel a payment once it is sent. We suggest you ask the recipient to send it back.",
    "Sorry, we don't offer support over the phone. However, our support team is happy to answer your questions by email.",
    "We are unable to offer phone support in your country. We're here to assist you via email or live chat, any time.",
    "We can't reopen a closed account.\nOur agents can help you over chat to set up a new one.",
])
def test_a_way_on_in_the_next_sentence_clears_the_refusal(body):
    assert not _flags(body)


@pytest.mark.parametrize("body", [
    "We can't refund this order. We're here to help!",
    "We can't refund this order. We recommend you don't order it again.",
    "We can't refund this order. We sent the receipt to you by email last week.",
    "We can't refund this order. The team is happy to announce a new range in May.",
    "Unfortunately we cannot extend your trial. We recommend avoiding trials in future.",
])
def test_words_near_a_way_on_that_offer_none_leave_the_refusal(body):
    assert _flags(body)
