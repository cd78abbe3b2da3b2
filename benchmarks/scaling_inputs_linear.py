"""Scaling inputs for the paths tests/running/test_linear.py counts whose growth no other case
measured (lin18): a list of names before 'pins' and a stop, a run of separators after "wait a
minute", a template with an h1 in each branch, a reply string of notes to agents."""

from __future__ import annotations

import json


def names(start: int, count: int) -> str:
    """`count` distinct names of four capitals, joined by commas."""
    return ", ".join("".join("BCDFGHKLMNPRSTV"[(i >> (4 * k)) % 15] for k in range(4)) for i in range(start, start + count))


def make_pin_name_list(n: int) -> tuple[str, bytes]:
    """One paragraph about pins holding a list of n names that ends in a stop, then names joined
    before 'pins' (shouting's joined capitals and undefined-acronym's printed names read each list once)."""
    prose = "we will look at it and reply to you today " * (3 * n)  # as scaling_inputs' acronym_lists
    return "pins.md", (f"# Wiring\n\nCheck the pin names: {names(0, 10 * n)} and the rest. {prose}"
                       "Then connect the RESET + GND pins and the VIN pin, and ask the QRT desk.\n").encode()


def make_wait_separators(n: int) -> tuple[str, bytes]:
    """A reply whose "wait a minute" is followed by a long run of commas, spaces and 'and'
    (hold-without-asking's look for the customer's next step reads the run once)."""
    run = " , and ," * (10 * n)
    return "reply.md", f"Hi Sam,\n\nPlease wait a minute{run} then try again.\n\nThanks,\nThe Acme team\n".encode()


def make_h1_branches(n: int) -> tuple[str, bytes]:
    """A Handlebars e-mail of n `{{#if}}` blocks with an h1 in each branch (heading-levels compares
    each h1's branch path with the distinct paths of the h1s before it)."""
    blocks = "".join(f"{{{{#if plan{i}}}}}<h1>Welcome to plan {i}</h1>{{{{else}}}}<h1>Your plan {i}</h1>{{{{/if}}}}\n"
                     for i in range(n))
    return "welcome.hbs.html", f"<html><body>\n{blocks}</body></html>\n".encode()


def make_agent_notes(n: int) -> tuple[str, bytes]:
    """A Zendesk export whose one reply string holds n notes to agents, in paragraphs and in bold
    (the notes are blanked in one pass over the string)."""
    notes = "".join("Internal: check the order first.\n\nDear customer, we are on it.\n\n"
                    "<p><strong>Internal: check the refund.</strong> It is on its way.</p>\n" for _ in range(n))
    macro = {"id": 360001000000, "title": "Order checks", "active": True,
             "actions": [{"field": "comment_value", "value": f"Hi {{{{ticket.requester.first_name}}}},\n\n{notes}"}]}
    return "macros.json", json.dumps({"macros": [macro], "count": 1}, indent=2).encode()
