"""undefined-acronym: L1-L4 and T1-T3 only as a support team's tiers (acr23; rules/acronym_tiers.py).
Sentences written for these tests, after the held-out pages where the letters named other things."""

import pytest

from plhelpers import lint_text

REPLY = "Hi Sam,\n\n{}\n\nThanks,\nAlex\n"


def flagged(text: str, mode: str) -> list[str]:
    config = {"kind": "reply", "extend-select": ["undefined-acronym"], "rules": {"undefined-acronym": {"mode": mode}}}
    return [f.message.split("'")[1] for f in lint_text(REPLY.format(text), "doc.md", config)
            if f.rule == "undefined-acronym"]


NAMES = [
    "This release adds MacBook T2 support to the installer.",  # a laptop's chip, 'support' for hardware
    "The installer now supports the T2 MacBook out of the box.",
    "Our Tracker L1 comes with a case and a battery.",  # a device's name; 'case' the enclosure
    "Connect the gateway to a T1 line from your carrier.",  # a telecom line
    "The call flushes cached L2 GPA mappings within a second level address space.",  # a nested guest
    "In the case of nested virtualization, the L1 hypervisor must flush its mappings.",
]


@pytest.mark.parametrize("mode", ["listed", "all"])
@pytest.mark.parametrize("text", NAMES)
def test_tier_letters_that_name_a_thing_are_not_a_support_tier(text, mode):
    assert not {"T1", "T2", "L1", "L2"} & set(flagged(text, mode))


TIERS = [
    ("Your case is with L2 and the ETA depends on the CAB.", "L2"),
    ("We have escalated this to T2 support.", "T2"),
    ("I have passed your ticket to our L2 team.", "L2"),
    ("Escalate to T1 if the customer asks for a refund.", "T1"),
]


@pytest.mark.parametrize("mode", ["listed", "all"])
@pytest.mark.parametrize("text, letters", TIERS)
def test_support_tiers_are_still_reported(text, letters, mode):
    assert letters in flagged(text, mode)


def test_letters_a_paragraph_joins_to_a_name_are_the_name_through_the_paragraph():
    text = "The Tracker L1 has a display. The L1 e-ink version comes with a case."
    assert "L1" not in flagged(text, "listed")
