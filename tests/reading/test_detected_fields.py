"""Exports of no known shape: reply strings found by what they are, the keys used listed in an
info notice (PL907), and a record's own locale honoured (issue 27)."""

from __future__ import annotations

from plainlint.reading.readers.detect import reads_as_prose
from plhelpers import lint_text

# A Django fixture of e-mail templates (`manage.py dumpdata`), in English and French.
DJANGO_FIXTURE = """[
  {
    "model": "notifications.emailtemplate",
    "pk": 1,
    "fields": {
      "name": "password_reset",
      "locale": "en",
      "subject": "Reset your password",
      "html": "<p>Hi {{ user.first_name }},</p>\\n<p>We received a request to reset your password. Please utilize the link below within 24 hours.</p>",
      "plain_text": "Hi {{ user.first_name }},\\n\\nWe received a request to reset your password. Please utilize the link below within 24 hours.",
      "template_path": "emails/password_reset.html",
      "updated": "2024-03-02T10:00:00Z"
    }
  },
  {
    "model": "notifications.emailtemplate",
    "pk": 2,
    "fields": {
      "name": "password_reset",
      "locale": "fr-FR",
      "subject": "Réinitialisez votre mot de passe",
      "html": "<p>Bonjour,</p>\\n<p>Nous avons reçu une demande de réinitialisation. Utilisez le lien ci-dessous pour choisir un nouveau mot de passe, puis reconnectez-vous avec votre adresse e-mail et ce nouveau mot de passe sur tous vos appareils.</p>",
      "plain_text": "Bonjour,\\n\\nNous avons reçu une demande de réinitialisation. Utilisez le lien ci-dessous pour choisir un nouveau mot de passe, puis reconnectez-vous avec votre adresse e-mail et ce nouveau mot de passe sur tous vos appareils.",
      "template_path": "emails/fr/password_reset.html",
      "updated": "2024-03-02T10:00:00Z"
    }
  }
]
"""


def test_django_fixture_is_read_by_content_with_a_notice_listing_the_keys():
    found = lint_text(DJANGO_FIXTURE, "fixtures/email_templates.json")
    rules = [(f.rule, f.line) for f in found]
    assert ("jargon", 9) in rules  # the HTML copy: the plain copy says the same, read once
    assert ("jargon", 10) not in rules
    notice = [f for f in found if f.rule == "fields-detected"]
    assert len(notice) == 1 and notice[0].severity == "info"
    assert "html (2)" in notice[0].message and "subject (2)" in notice[0].message
    assert "template_path" not in notice[0].message and "no-fields" not in [f.rule for f in found]
    assert [f.context.get("macro") for f in found if f.rule == "jargon"] == ["password_reset"]


def test_a_records_own_locale_keeps_english_rules_off_it():
    found = lint_text(DJANGO_FIXTURE, "fixtures/email_templates.json")
    assert not [f for f in found if f.line > 15 and f.rule not in ("language-skipped", "fields-detected")]
    skipped = [f for f in found if f.rule == "language-skipped"]
    assert len(skipped) == 1 and "'fr-FR'" in skipped[0].message
    # without the locale the French record is read by English rules, and its strings, which read
    # as French, get none of their findings (the fix safety net, lang36: plainlint/nlp/english.py)
    unlocalised = lint_text(DJANGO_FIXTURE.replace('"locale": "fr-FR",', ""), "fixtures/email_templates.json")
    assert "language-skipped" not in [f.rule for f in unlocalised]
    assert [f.rule for f in unlocalised if f.line > 15] == []


# A YAML template set whose body sits under `body_html`, and a mapping of snippet names to text.
TEMPLATE_SET = """# Transactional e-mails, maintained by the support team
templates:
  - id: order_shipped
    lang: en
    subject: Your order is on its way
    body_html: |
      <p>Good news! Your order has shipped and will arrive in the near future.</p>
    sender: support@example.com
  - id: order_delayed
    lang: de
    subject: Ihre Bestellung verzögert sich
    body_html: |
      <p>Leider verzögert sich Ihre Bestellung. Wir melden uns in Kürze.</p>
"""

SNIPPETS = """refund_approved: We have approved your refund. It will reach your card in the near future.
refund_denied: "Sorry, this order is outside the 30-day refund window. Please utilize store credit instead."
support_url: https://example.com/help
macro_version: 3
"""


def test_body_html_template_set_and_snippet_mapping():
    found = lint_text(TEMPLATE_SET, "mail/templates.yaml")
    assert [(f.rule, f.line) for f in found if f.rule == "vague-timeline"] == [("vague-timeline", 7)]
    notice = [f for f in found if f.rule == "fields-detected"][0]
    assert "body_html (2)" in notice.message
    snippets = lint_text(SNIPPETS, "support/snippets.yaml")
    rules = sorted((f.rule, f.line) for f in snippets if f.rule in ("jargon", "vague-timeline"))
    assert rules == [("jargon", 2), ("vague-timeline", 1)]
    assert [f.context.get("macro") for f in snippets if f.rule == "jargon"] == ["refund_denied"]
    assert "refund_approved (1)" in [f for f in snippets if f.rule == "fields-detected"][0].message


def test_tooling_files_and_config_prose_are_not_detected():
    package = '{"name": "help-widget", "description": "Please utilize this widget. It is great.", "version": "1.0.0"}\n'
    assert [f.rule for f in lint_text(package, "package.json")] == ["no-fields"]
    schema = '{"$schema": "http://json-schema.org/draft-07/schema#", "title": "Macro", "properties": {"body": {"type": "string", "examples": ["Please utilize the form to reset it."]}}}\n'
    assert [f.rule for f in lint_text(schema, "macro-schema.json")] == ["no-fields"]
    config = "name: build\nsteps:\n  - run: make test\n    description: Runs the whole test suite in CI, please wait.\n"
    assert [f.rule for f in lint_text(config, "pipeline.yaml")] == ["no-fields"]


def test_what_reads_as_prose():
    assert reads_as_prose("Thanks for waiting. We have fixed the bug.")
    assert reads_as_prose("<p>Hi {{ name }},</p><p>Your refund is on its way!</p>")
    for value in ("password_reset", "https://example.com/help/articles/123", "emails/fr/password_reset.html",
                  "Reset your password", "if (user.isAdmin) { return render(view); }", "2024-03-02T10:00:00Z",
                  "src/components/ReplyEditor.tsx", "a b c."):
        assert not reads_as_prose(value), value


def test_a_plain_list_of_replies_honours_each_records_locale():
    replies = """- title: Refund approved
  locale: en-GB
  body: We have approved your refund and will utilize your original payment method.
- title: Erstattung genehmigt
  locale: de
  body: Wir haben Ihre Erstattung genehmigt und nutzen dafür Ihre ursprüngliche Zahlungsmethode, die Sie bei der Bestellung gewählt haben, damit alles schnell geht und Sie nichts tun müssen.
"""
    found = lint_text(replies, "replies/refunds.yaml")
    assert [(f.rule, f.line) for f in found if f.rule != "language-skipped"] == [("jargon", 3)]
    assert "'de'" in [f for f in found if f.rule == "language-skipped"][0].message
    # without its locale the German record is read as English (no notice), though sentence-length
    # sees its long sentence is not English and leaves it (issue 26: plainlint/nlp/english.py)
    unlocalised = [f.rule for f in lint_text(replies.replace("  locale: de\n", ""), "replies/refunds.yaml")]
    assert "language-skipped" not in unlocalised and "sentence-length" not in unlocalised


# The known export shapes honour a record's own locale too (lang36, user36 defect 1c: only a plain
# list did). A Dutch reply the unit check alone would take for English; sentences written for this test.
DUTCH = "Je ontvangt een e-mail met instructies hoe je je account kan bevestigen."


def test_the_vendor_shapes_honour_each_records_locale():
    exports = {
        "zendesk.json": '{"macros": [{"id": 2, "title": "Bevestiging", "locale": "nl", "actions": '
                        '[{"field": "comment_value", "value": "%s"}]}]}',
        "freshdesk.json": '[{"id": 5, "title": "Bevestiging", "folder_id": 3, "locale": "nl", "content": "%s"}]',
        "helpscout.json": '[{"name": "Bevestiging", "language": "nl", "text": "%s", "preview": "Je ontvangt"}]',
        "intercom.json": '{"type": "list", "data": [{"type": "macro", "name": "Bevestiging", "lang": "nl", '
                         '"body_text": "%s"}]}',
    }
    for path, shape in exports.items():
        found = lint_text(shape % DUTCH, path)
        assert [f.rule for f in found if f.rule != "fields-detected"] == ["language-skipped"], path
        assert "'nl'" in found[-1].message and "Bevestiging" in found[-1].message, path
        english = [f.rule for f in lint_text(shape.replace('"nl"', '"en"') % DUTCH, path)]
        # with an English locale nothing is skipped (the Dutch string itself is no English rule's since lang37)
        assert "language-skipped" not in english, path
