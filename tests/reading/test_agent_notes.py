"""What a macro library holds for its agents is neither a reply nor an article (session 16,
left16; reading/readers/agent_notes.py): a reply named for agents, a Zendesk comment made
private, a note block opening with a label for agents. Texts written for these tests."""

from __future__ import annotations

import json

from plhelpers import lint_text
from plainlint.reading.readers.agent_notes import names_agents, without_agent_notes

_UTILIZE = "Please utilize the form to request a refund."


def _rules(text: str, path: str) -> list[str]:
    return [f.rule for f in lint_text(text, path, select=["jargon", "shouting", "no-way-forward"])]


def test_a_reply_named_for_agents_in_a_mapping_of_snippets_is_not_linted():
    snippets = {"Refund steps": f"Hi there,\n\n{_UTILIZE}\n\nThanks!",
                "Billing internal-escalation": f"Customer wants a refund. {_UTILIZE}",
                "Refund side conversation": f"Dear colleagues, a customer asked us. {_UTILIZE}",
                "Internal server error": f"Sorry about the error you saw. {_UTILIZE}"}
    findings = lint_text(json.dumps(snippets, indent=2), "exports/snippets.json", select=["jargon"])
    assert sorted(f.line for f in findings) == [2, 5]


def test_a_field_for_agents_is_not_linted_and_the_reply_beside_it_is():
    replies = [{"title": "Refund", "body": f"Hi there, {_UTILIZE}",
                "internal_note": f"Check the order first. {_UTILIZE}", "agentInstructions": f"Be kind. {_UTILIZE}"}]
    export = json.dumps(replies, indent=2)
    findings = lint_text(export, "exports/replies.json", select=["jargon"])
    assert [f.line for f in findings] == [4]


def test_a_zendesk_macro_with_a_private_comment_is_an_internal_note():
    def macro(public: str) -> str:
        return json.dumps({"macro": {"title": "Escalate refund", "actions": [
            {"field": "comment_mode_is_public", "value": public},
            {"field": "comment_value", "value": f"Escalating to billing. {_UTILIZE}"}]}}, indent=2)

    assert _rules(macro("false"), "zendesk/macro.json") == []
    assert _rules(macro("true"), "zendesk/macro.json") == ["jargon"]


def test_a_note_block_for_agents_is_blanked_and_the_reply_after_it_kept_in_place():
    body = ("<strong>STEPS TO TAKE: <br />1) OPEN THE ADMIN PAGE<br />2) ISSUE THE REFUND</strong><br />"
            f"Hi there,<br /><br />{_UTILIZE}")
    export = json.dumps([{"title": "Refund", "content": body, "folder_id": 3}], indent=2)
    findings = lint_text(export, "exports/freshdesk.json", select=["jargon", "shouting"])
    line = export.splitlines()[3]
    assert [(f.rule, f.line, f.column) for f in findings] == [("jargon", 4, line.index("utilize") + 1)]


def test_a_plain_text_note_runs_to_its_paragraph_end_and_a_customer_note_stays():
    text = "Internal: ISSUE THE REFUND BEFORE SENDING.\nCheck the order.\n\nHi Sam,\n\nNote: the refund takes 5 days."
    blanked = without_agent_notes(text)
    assert len(blanked) == len(text) and blanked.count("\n") == text.count("\n")
    assert blanked.split("\n\n", 1)[1] == text.split("\n\n", 1)[1]
    assert blanked.split("\n\n", 1)[0].strip() == ""
    assert without_agent_notes("Hi Sam,\nNote to agent: tag the ticket.\n\nThanks") == \
        "Hi Sam,\n" + " " * len("Note to agent: tag the ticket.") + "\n\nThanks"


def test_which_names_are_for_agents():
    assert all(map(names_agents, ["KYC internal-increase", "Cancelation internal", "GDPR side conversation",
                                  "internal_note", "agent_instructions", "privateNote", "Notes for agents"]))
    assert not any(map(names_agents, ["Internal server error", "Internal errors", "Private browsing",
                                      "Agent is away", "description", "Refund (ver 2)", None]))


def test_a_known_shapes_title_or_subject_about_a_note_is_still_linted():
    """osTicket's e-mail to staff about a new internal note: its subject names the topic, not who
    reads it (left16's corpus comparison), so the template is read as before."""
    template = ("subject: New Internal Note Alert\n"
                f"body: |\n  A new note was posted on ticket 42. {_UTILIZE}\n")
    assert _rules(template, "emails/note.alert.yaml") == ["jargon"]
    macros = json.dumps([{"title": "Internal escalation", "content": f"Hi there, {_UTILIZE}", "folder_id": 2}])
    assert _rules(macros, "exports/freshdesk.json") == ["jargon"]
