"""Kinds of document (issue 25): detect_kind tells a reply (conversation) from an article
(reference) by structure, on small documents written for these tests."""

import pytest

from plainlint.reading.kinds import ARTICLE, REPLY, detect_kind, is_subject_line_file, kind_signals, path_signals
from plainlint.reading.readers import format_for, read_document
from plainlint.reading.source import Source


def doc_of(text: str, path: str):
    return read_document(Source(path, text), format_for(path) or "text")


def kind(text: str, path: str) -> str:
    return detect_kind(doc_of(text, path), path)


ARTICLE_MD = """---
title: Change your billing address
---
# Change your billing address

You can change the address on your invoices at any time. The new address shows on the next
invoice; past invoices keep the old one.

1. Open **Settings** and select **Billing**.
2. Select **Edit address** and save.

## Best practices for invoices

Keep one billing contact per team so invoices reach someone who can pay them.
"""

REPLY_TEXT = """Hi {{ticket.requester.first_name}},

Thanks for getting in touch. I've reset the two-step login on your account, so you can sign in
with your password and set it up again.

Let us know if anything else comes up.

Thanks,
Sam from the Support team
"""

EMAIL_HTML = """<!DOCTYPE html>
<html><head><!--[if mso]><style>td {font-family: Arial}</style><![endif]--></head>
<body><span class="preheader">Your receipt for order 1042</span>
<table role="presentation" width="100%"><tr><td>
<p>Your order is on its way. It should arrive on Tuesday.</p>
<p><a href="{{unsubscribe_url}}">Unsubscribe</a></p>
</td></tr></table></body></html>
"""

HELP_HTML = """<!DOCTYPE html>
<html lang="en"><head><title>Export your data</title></head>
<body><h1>Export your data</h1>
<p>You can download everything in your account as a ZIP file. The export has your files, your
comments and a list of your team members.</p>
<table><tr><th>Format</th><th>Contents</th></tr><tr><td>CSV</td><td>Team members</td></tr></table>
<p>Exports stay available for seven days.</p>
</body></html>
"""


def test_a_help_article_is_an_article():
    assert kind(ARTICLE_MD, "docs/billing/change-address.md") == ARTICLE


def test_a_heading_that_starts_with_best_is_not_a_sign_off():
    assert "sign-off" not in kind_signals(doc_of(ARTICLE_MD, "docs/billing.md"), "docs/billing.md")


def test_a_plain_reply_with_greeting_and_sign_off_is_a_reply():
    signals = kind_signals(doc_of(REPLY_TEXT, "drafts/reset-2fa.txt"), "drafts/reset-2fa.txt")
    assert {"greeting", "sign-off"} <= set(signals)
    assert kind(REPLY_TEXT, "drafts/reset-2fa.txt") == REPLY


def test_an_html_email_is_a_reply_by_its_markup():
    assert "e-mail markup" in kind_signals(doc_of(EMAIL_HTML, "out/receipt.html"), "out/receipt.html")


def test_an_html_help_page_with_a_table_is_an_article():
    assert kind(HELP_HTML, "help/export.html") == ARTICLE


def test_email_markup_in_a_markdown_code_sample_does_not_make_a_reply():
    text = ("# Build a preheader\n\nAdd the preheader before the first table:\n\n"
            "```html\n<span class=\"preheader\">Your receipt</span>\n```\n\n"
            "Most inboxes show it next to the subject line.\n")
    assert kind(text, "docs/guides/preheader-guide.md") == ARTICLE


def test_a_json_reply_export_is_a_reply():
    text = '[{"title": "Refund sent", "content": "We have sent your refund.", "folder_id": 4}]'
    assert kind(text, "exports/canned.json") == REPLY


@pytest.mark.parametrize("path", [
    "app/views/user_mailer/welcome.text.erb",
    "src/Core/MailTemplates/Handlebars/Welcome.html.hbs",
    "templates/account/email/password_reset_key_message.txt",
    ".github/saved-replies/needs-repro.md",
    "support/canned_responses/refund.md",
    "docs/community/saved-replies.md",
    "templates/welcome_subject.txt",
    "newsletters/welcome.mjml",
    "newsletters/welcome.html.inky",
    "quick-reference/customer-response-templates.md",
    "helpdesk-docs/CUSTOMER_SERVICE_SCRIPTS.md",
    "playbook/Chat_Scripts.md",
    "docs/SUPPORT_MACROS.md",
    "help/macros.md",
    "support-snippets/refund.md",
    # folder names in camel case split into their words as file names do (rev15)
    "support/SavedReplies/refund.md",
    "CannedResponses/billing.md",
    # a product's notification e-mails (kind24: Read the Docs, Taiga)
    "readthedocs/builds/notifications/build_failed_email.txt",
    "taiga/projects/notifications/templates/updated.jinja",
])
def test_reply_paths(path):
    assert path_signals(path), path


@pytest.mark.parametrize("path", [
    "_docs/email-protection/troubleshooting/duck-address-not-working.md",
    "_docs/email-protection/how-do-i-reply-from-my-duck-address.md",
    "docs/ui/sending-email/how-to-send-an-email.md",
    "docs/glossary/preheader.md",
    "modules/comment/help_topics/comment.configuring.html.twig",
    "docs/api/responsive-images.md",
    "docs/api/error-responses.md",
    "docs/themes/page-templates.md",
    "docs/ci/deploy-scripts.md",
    "docs/reference/response-template-engine-options.md",
    # replies6: a docs site's partials and Office help about VBA macros
    "snippets/components.mdx",
    "docs/troubleshooting/boot-rescue/snippets/_mount_partitions.mdx",
    "docs/features/code-snippets.mdx",
    "documentation/features/snippets.mdx",
    "en/Extending Obsidian/CSS snippets.md",
    "Office/Client/access/error-running-macro.md",
    "Office/Client/excel/macros-run-slowly.md",
    "microsoft-365-apps/security/internet-macros-blocked.md",
    # kind24: a help centre's pages about notifications (check23's OnceHub pages, Beszel, Overseerr)
    "src/content/docs/product/booking-calendars/notifications/booking-calendar-guest-notifications.mdx",
    "en/guide/notifications/telegram.md",
    "docs/using-overseerr/notifications/email.md",
])
def test_article_paths_that_mention_mail_or_replies(path):
    assert path_signals(path) == [], path


def test_a_short_note_with_no_signal_is_an_article():
    """Detection never guesses a reply from length alone: a short Markdown saved reply outside
    a reply folder is an article unless config says otherwise."""
    text = "Please attach a screenshot of the error so we can see what happened.\n"
    assert kind(text, "notes/screenshot.md") == ARTICLE


def test_an_email_that_speaks_of_itself_is_a_reply():
    text = ("Your export is ready to download.\n\nThe link works for seven days.\n\n"
            "You received this email because you asked for an export.\n")
    assert kind(text, "out/export-ready.txt") == REPLY


def test_a_dash_signature_at_the_end_is_a_sign_off():
    text = ("Please confirm your address by selecting the link below.\n\n"
            "We need it to send you notices about your account.\n\n— The Acme crew\n")
    assert "sign-off" in kind_signals(doc_of(text, "out/confirm.txt"), "out/confirm.txt")


def test_a_greeting_word_inside_a_sentence_is_not_a_greeting():
    text = ("Welcome new members with an automated series.\n\n"
            "Each message goes out a day after the one before.\n")
    assert kind(text, "docs/automation.md") == ARTICLE


@pytest.mark.parametrize("text", [
    # A help centre's home page (user37: ente's `docs/index.md`) and a tutorial's title.
    "# Welcome!\n\nThis help centre explains how the app stores and shares your photos.\n",
    "---\ntitle: Home\n---\n\n# Welcome!\n\n## Introduction\n\nThe app keeps your photos safe.\n",
    "# Hello world\n\n## Overview\n\nIn this tutorial you create your first script.\n",
])
def test_a_greeting_in_a_markdown_heading_is_a_title_not_a_greeting(text):
    assert kind(text, "index.md") == ARTICLE


def test_a_reply_under_a_greeting_heading_and_an_html_email_heading_still_greet():
    assert kind("# Welcome!\n\nThe app keeps your photos safe.\n", "index.md") == ARTICLE
    # A Markdown reply still greets in its first paragraph, and an HTML e-mail in its heading.
    assert kind("# Welcome!\n\nHi Sam,\n\nYour account is ready to use.\n", "index.md") == REPLY
    text = "<h1>Welcome aboard!</h1>\n<p>Your account is ready. Sign in to start.</p>\n"
    assert kind(text, "out/welcome.html") == REPLY


def test_folders_above_the_project_do_not_make_a_reply(tmp_path, monkeypatch):
    """The kind once read every folder of the path as given: `check /abs/.../a.md` (an editor,
    a CI step) saw a 'comments' or 'mail' folder above the project and made a help article a
    reply, while `check a.md` from the project did not."""
    from plhelpers import run_cli

    project = tmp_path / "comments" / "helpcentre"
    (project / "articles").mkdir(parents=True)
    (project / ".plainlint.yaml").write_text("select: [ALL]\n", encoding="utf-8")
    (project / "articles" / "plan.md").write_text(
        "# Change your plan\n\nUnfortunately we cannot refund unused days!\n", encoding="utf-8")
    monkeypatch.chdir(project)
    for path in ("articles/plan.md", str(project / "articles" / "plan.md")):
        shown = run_cli(["check", "--show-settings", path], project).stdout
        assert "kind: article" in shown, path
    from_above = run_cli(["check", "--no-cache", "--format", "concise", "comments/helpcentre/articles/plan.md"],
                         tmp_path).stdout
    assert "bad-news-tone" not in from_above


def test_a_folder_inside_the_project_still_says_reply():
    from plainlint.reading.kinds import project_path

    assert path_signals(project_path("/repo/help/emails/welcome.md", "/repo")) == ["e-mail folder"]
    assert path_signals(project_path("/home/mail/repo/help/a.md", "/home/mail/repo")) == []
    assert project_path("/elsewhere/emails/a.md", "/repo") == "/elsewhere/emails/a.md"


@pytest.mark.parametrize("path, expected", [
    ("emails/booking-declined-subject.txt", True), ("emails/welcome_subject.html.j2", True),
    ("templates/emails/reset_password.subject.txt", True), ("emails/welcome.preheader.html", True),
    ("emails/subject.txt", False), ("docs/choosing-a-subjectline.md", False), ("emails/reset_password.txt", False),
])
def test_a_subject_line_file_is_known_by_its_name(path, expected):
    # rev17: a ".subject" part after the first dot (indico's "reset_password.subject.txt") was missed:
    # only the name's first part was read
    assert is_subject_line_file(path) is expected


@pytest.mark.parametrize("closing", [
    "| Amount | -1800 |",                                   # a negative number in a table cell
    "| Switch | -renewcert |",                              # a command's flag
    "The Obsidian team also maintains plugins you can add.",  # 'the ... team' opening a sentence
    "- Thanks\n  - Ana added the Spanish translation.",       # a changelog's list of contributors
])
def test_what_only_looks_like_a_sign_off_does_not_make_a_reply(closing):
    """held-out pages read as replies by a sign-off alone (session 25: 58 pages: negative numbers
    and flags after a dash, 'The X team has ...' sentences, list items)."""
    table = closing.startswith("|")
    text = ("# Amounts\n\nThe table lists each posting.\n\n| Field | Value |\n| --- | --- |\n| Name | A |\n"
            + ("" if table else "\n") + closing + "\n")
    assert "sign-off" not in kind_signals(doc_of(text, "docs/postings.md"), "docs/postings.md")


@pytest.mark.parametrize("closing", ["-Jane", "The Acme Team", "— The Acme crew"])
def test_a_name_after_a_dash_or_a_team_closing_the_message_is_a_sign_off(closing):
    text = "Your refund went out today.\n\nIt reaches your card in a few days.\n\n" + closing + "\n"
    assert "sign-off" in kind_signals(doc_of(text, "out/refund.txt"), "out/refund.txt")


def test_a_heading_still_takes_its_place_among_the_first_units():
    """A Markdown heading is no greeting, but it is one of the GREETING_SEGMENTS units: a video
    page's "Hello and welcome" opening its transcript under three headings and two paragraphs is
    no reply's greeting (kinds._opening_texts; rev38: no test held it). Text written for the test."""
    text = ("# Getting started\n\n## Video\n\n### Transcript\n\nThis page holds the video and what it says.\n\n"
            "The transcript follows.\n\nHello and welcome to ClearML. In this video we look at the dashboard.\n")
    assert kind(text, "docs/video.md") == ARTICLE
