"""Single e-mail templates in JSON/YAML (osTicket's `notes`/`subject`/`body`, and its kin) are a
known shape: subject and body are linted by default, maintainers' notes are not, and config files
that happen to hold a `subject` are not templates. All text here is invented."""

import json

import pytest

from plainlint.reading.readers.macros import detect_shape
from plainlint.reading.readers.json_tree import parse_json
from plainlint.reading.readers.structured import parse_yaml
from plhelpers import lint_text

# The osTicket layout: a comment header, a document start, `notes` for the admins, then a
# subject and an HTML body with %{...} variables and no full stop anywhere in the body.
OSTICKET_LIKE = """\
#
# Email template: reply.notice.yaml
#
---
notes: |
    Sent to a customer. Agents utilize this to confirm a reply was noted.

subject: |
    We utilize your reply
body: |
    <h3><strong>Dear %{recipient.name.first},</strong></h3>
    Your reply to request <a
    href="%{recipient.ticket_link}">#%{ticket.number}</a> has been noted
    <br>
    <div style="color: rgb(127, 127, 127); ">
    Your %{company.name} Team
    </div>
    <div style="color: rgb(127, 127, 127)"><em>You can utilize the portal <a
    href="%{recipient.ticket_link}">here</a></em>
    </div>
"""


def column_of(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    offset = text.index(needle, start)
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def test_an_osticket_template_is_linted_by_default_at_exact_positions():
    found = lint_text(OSTICKET_LIKE, "reply.notice.yaml")
    by_rule: dict[str, list] = {}
    for finding in found:
        by_rule.setdefault(finding.rule, []).append((finding.line, finding.column))
    body = OSTICKET_LIKE.index("body:")
    assert by_rule["jargon"] == [column_of(OSTICKET_LIKE, "utilize your"), column_of(OSTICKET_LIKE, "utilize the")]
    assert by_rule["link-text"] == [column_of(OSTICKET_LIKE, "here</a>")]
    assert by_rule["contrast"] == [column_of(OSTICKET_LIKE, "Your %{company", body)]
    assert "no-fields" not in by_rule and "fields-detected" not in by_rule
    assert {f.context["macro"] for f in found} == {"We utilize your reply"}  # the subject, without its line break
    assert all(f.line > 7 for f in found)  # nothing from the comment header or the notes


def test_a_json_template_with_html_and_text_copies_reads_the_reply_once():
    text = json.dumps({"name": "refund_done", "subject": "Your refund", "notes": "We utilize this for refunds.",
                       "html": "<p>Please utilize the form to ask for more.</p>",
                       "text": "Please utilize the form to ask for more."}, indent=2) + "\n"
    found = lint_text(text, "refund_done.json", select=["jargon"])
    assert [(f.line, f.column) for f in found] == [column_of(text, "utilize the form")]
    assert found[0].context["macro"] == "refund_done"


def test_a_template_record_in_another_language_is_not_read_by_the_english_rules():
    text = "locale: fr\nsubject: Votre remboursement\nbody: Nous avons utilisé le formulaire pour vous.\n"
    assert detect_shape(parse_yaml(text, "t.yaml")) == "template"
    assert [f.rule for f in lint_text(text, "t.yaml", select=["jargon"])] == []


@pytest.mark.parametrize("text", [
    # a flat i18n file: `subject` and `message` are form labels among many keys
    json.dumps({"name": "Name", "email": "E-mail", "subject": "Subject", "message": "Message",
                "send": "Send", "sent": "Your message was sent, thank you.", "error": "Something went wrong.",
                "required": "This field is required.", "invalid": "Enter a valid e-mail address.",
                "close": "Close", "cancel": "Cancel", "back": "Back", "next": "Next"}),
    # a contact form's labels: the body is one word
    json.dumps({"subject": "Subject", "body": "Message"}),
    # a GitHub issue form: `body` is a list of inputs
    "name: Bug report\ndescription: File a bug report.\ntitle: '[Bug]: '\nbody:\n  - type: textarea\n"
    "    attributes:\n      label: What happened?\n",
    # docker-compose, a CI workflow
    "services:\n  web:\n    image: nginx\n    ports: ['80:80']\n",
    "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n",
    # a mail setting nested in an app's config is not a template at the root
    "mail:\n  subject: Weekly report\n  body: The weekly report for the team is attached.\n",
])
def test_config_files_that_hold_a_subject_are_not_templates(text):
    root = parse_json(text, "x.json") if text.startswith("{") else parse_yaml(text, "x.yaml")
    assert detect_shape(root) != "template"


def test_configured_fields_still_win_over_the_template_shape():
    text = "subject: Your refund is here\nbody: Please utilize the form now.\nfooter: We utilize cookies.\n"
    found = lint_text(text, "t.yaml", select=["jargon"], config={"fields": ["footer"]})
    assert [f.line for f in found] == [3]
