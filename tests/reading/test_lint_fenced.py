"""`lint-fenced: [md, markdown, text]`: saved replies kept as fenced blocks in one Markdown file
are read as prose when the config names their language (usable in `overrides`). Without the
option, a file whose path says saved replies (or a `kind: reply` override) reads its prose fences
and its bare fences that read as replies (session 12, replies3); other files read none."""

from __future__ import annotations

import pytest

from plainlint.config import ConfigError, load_config
from plhelpers import lint_text, spans

# A saved-replies collection as support teams keep it in a repository: one fence per reply.
REPLIES = """# Saved replies: billing

Copy the reply you need into the ticket.

## Refund approved

```md
Hi {{ticket.requester.first_name}},

We have approved your refund. Please utilize the [billing page](https://example.com/billing)
to check when it arrives.
```

## Invoice copy

```text
Hello,

You can leverage the Invoices tab to download any invoice.
```

> ```markdown
> Thanks for waiting. We will utilize your feedback.
> ```

## Export script

```python
def utilize():
    return "leverage"
```
"""


def test_fences_are_code_by_default_outside_saved_replies():
    assert lint_text(REPLIES, "guides/billing.md", select=["jargon"]) == []


def test_a_saved_replies_path_reads_its_prose_fences_by_default_and_the_option_turns_it_off():
    assert [f.line for f in lint_text(REPLIES, "replies/billing.md", select=["jargon"])] == [10, 19, 23]
    assert lint_text(REPLIES, "replies/billing.md", {"lint-fenced": []}, select=["jargon"]) == []


# GitHub's saved-replies convention (angular/angular's SAVED_REPLIES.md and its many copies): each
# reply in a fence with no language, under a heading that names it. Written for this test.
BARE = """# Saved replies for our issue tracker

Maintainers copy these into GitHub's saved replies.

## Needs more information
```
Thanks for the report! Please utilize the [issue template](https://example.com/new) so we
can reproduce it, and run `npx envinfo` to list your versions.
```

## Install the fix
```
npm install example@latest --save-dev
cd app && npm run build
```

## Sample log
```
ERROR in ./src/main.ts: Module not found; utilize the resolver option.
```
"""


def test_bare_fences_of_a_saved_replies_file_are_read_when_they_read_as_replies():
    found = lint_text(BARE, ".github/SAVED_REPLIES.md", select=["jargon"])
    assert spans(found) == [(7, 31, 7, 38, "utilize")]


def test_bare_fences_elsewhere_stay_code():
    assert lint_text(BARE, "docs/troubleshooting.md", select=["jargon"]) == []


def test_a_reply_by_config_reads_bare_fences_and_an_article_by_config_does_not():
    reply = {"overrides": [{"files": ["support/**"], "kind": "reply"}]}
    assert len(lint_text(BARE, "support/issue-triage.md", reply, select=["jargon"])) == 1
    assert lint_text(BARE, ".github/SAVED_REPLIES.md", {"kind": "article"}, select=["jargon"]) == []


def test_named_fence_languages_are_read_as_prose_with_exact_positions():
    found = lint_text(REPLIES, "replies/billing.md", {"lint-fenced": ["md", "markdown", "text"]}, select=["jargon"])
    assert spans(found) == [
        (10, 38, 10, 45, "utilize"),
        (19, 9, 19, 17, "leverage"),
        (23, 31, 23, 38, "utilize"),
    ]


def test_only_the_listed_languages():
    found = lint_text(REPLIES, "replies/billing.md", {"lint-fenced": ["text"]}, select=["jargon"])
    assert [f.line for f in found] == [19]


def test_usable_in_overrides():
    config = {"overrides": [{"files": ["replies/**"], "lint-fenced": ["md", "markdown", "text"]}]}
    assert len(lint_text(REPLIES, "replies/billing.md", config, select=["jargon"])) == 3
    assert lint_text(REPLIES, "guides/billing.md", config, select=["jargon"]) == []


def test_fenced_reply_headings_do_not_change_the_outline_and_links_are_read():
    text = "# Replies\n\n```md\n#### Welcome\n\nRead [here](https://example.com/start).\n```\n"
    found = lint_text(text, "replies.md", {"lint-fenced": ["md"]}, select=["heading-levels", "link-text"])
    assert [f.rule for f in found] == ["link-text"]


def test_unknown_fence_language_is_a_config_error(tmp_path):
    (tmp_path / ".plainlint.yaml").write_text("lint-fenced: [md, html]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="lint-fenced.*unknown fence language 'html'"):
        load_config(tmp_path / ".plainlint.yaml")


@pytest.mark.parametrize("content", [
    "npm install example@latest --save-dev\ncd app && npm run build\n",
    "ERROR in ./src/main.ts: Module not found; check the resolver option.\n",
    "$ npm test\nAll 12 tests passed in the suite today.\n",
    "TypeError: x is undefined. It failed here.\n    at render (app.js:3:9)\n",
])
def test_commands_logs_and_stack_traces_are_not_replies(content):
    from plainlint.reading.readers.fenced import reads_as_reply

    assert not reads_as_reply(content)


def test_a_reply_with_links_and_inline_code_is_a_reply():
    from plainlint.reading.readers.fenced import reads_as_reply

    assert reads_as_reply("Thanks! See [our guide](https://example.com/a) and [the FAQ](https://example.com/b), "
                          "then run `npx envinfo` and paste what it prints.\n")


def test_a_reply_made_of_links_is_a_reply():
    """Links show their words: their brackets are not code marks ('Duplicate of [#1234](...)').
    detect.visible_text already leaves out inline code and a link's target, not its brackets."""
    from plainlint.reading.readers.fenced import reads_as_reply

    assert reads_as_reply("Duplicate of [#1234](https://example.com/issues/1234), see "
                          "[this comment](https://example.com/issues/1234#comment-9).\n")


@pytest.mark.parametrize("text", [
    "- Refund\n\n    ```md\n    Hi there! Please utilize the form so we can refund you today.\n    ```\n",
    "- Billing\n  - Refund\n\n    ```md\n    Hi there! Please utilize the form so we can refund you today.\n    ```\n",
    "- Refund\n\n  > ```md\n  > Hi there! Please utilize the form so we can refund you today.\n  > ```\n",
])
def test_a_prose_fence_four_columns_in_is_read(text):
    """A fence in a nested list item, a list item indented four spaces (MkDocs) or a block quote
    in a list item: its content starts four columns in, and the inner read must not take it for
    an indented code block."""
    assert [f.line for f in lint_text(text, "replies.md", {"lint-fenced": ["md"]}, select=["jargon"])] == [text.count("\n", 0, text.index("utilize")) + 1]


# Session 12's review: a reply that opens with a Markdown h1 was read as a root shell prompt and
# stayed code. A `#` line is a root prompt only before a command (its name in lower case).
HEADED_REPLY = """# Saved replies

## Thanks
```
# Thanks for the report

We could reproduce it, and a fix will utilize the new parser. We will post here when it ships.
```
"""


def test_a_bare_fenced_reply_that_opens_with_a_heading_is_read():
    found = lint_text(HEADED_REPLY, ".github/SAVED_REPLIES.md", select=["jargon"])
    assert spans(found) == [(7, 39, 7, 46, "utilize")]


@pytest.mark.parametrize("content", [
    "# Thanks for the report\n\nWe could reproduce it, and we will post here when a fix ships.\n",
    "# iPhone setup\n\nOpen the app, sign in again, and tell us whether the error is still there.\n",
])
def test_a_heading_then_sentences_is_a_reply(content):
    from plainlint.reading.readers.fenced import reads_as_reply

    assert reads_as_reply(content)


@pytest.mark.parametrize("content", [
    "# apt install nginx\nThe package was installed and the service started at boot.\n",
    "# systemctl restart app.service\nIt restarted cleanly and the log shows no new errors.\n",
    "# ./install.sh --prefix /opt/app\nThe installer finished and printed its summary.\n",
])
def test_a_root_prompt_before_a_command_stays_code(content):
    from plainlint.reading.readers.fenced import reads_as_reply

    assert not reads_as_reply(content)


# replies5 (session 14): call and chat scripts and response templates keep each reply in a bare
# fence, in files named for what they hold rather than "replies" (written for this test).
SCRIPTS = """# Customer response templates

## Slow sync
```
I can see the sync is slow. Please utilize the Retry button, then tell me what you see.
```

## Deploy helper
```
./deploy.sh --env production
```
"""


@pytest.mark.parametrize("path", ["quick-reference/customer-response-templates.md",
                                  "helpdesk-docs/CUSTOMER_SERVICE_SCRIPTS.md", "playbook/chat_scripts.md"])
def test_response_templates_and_chat_scripts_read_their_reply_fences(path):
    assert [f.line for f in lint_text(SCRIPTS, path, select=["jargon"])] == [5]


@pytest.mark.parametrize("path", ["docs/api/error-responses.md", "docs/ci/deploy-scripts.md"])
def test_other_responses_and_scripts_stay_code(path):
    assert lint_text(SCRIPTS, path, select=["jargon"]) == []


# replies5 (session 14): a call script's line with three fill-ins read as code (written for this test)
def test_a_reply_with_square_bracket_fill_ins_is_a_reply():
    from plainlint.reading.readers.fenced import reads_as_reply

    assert reads_as_reply("\"I'm checking [system/area] because [reason]. This tells us\n"
                          "[what you'll learn]. Give me just a moment...\"\n")


@pytest.mark.parametrize("content", ["npm install [package] --save\n", "usage: tool [options] [file]\n",
                                     "arr[0] = [1, 2]; print(arr[idx]).\n"])
def test_bracketed_options_and_indexes_stay_code(content):
    from plainlint.reading.readers.fenced import reads_as_reply

    assert not reads_as_reply(content)


# An e-mail kept in a bare fence of a procedure page: a subject line, a greeting, the body (check34:
# 20 such fences in five held-out support sources, e.g. a churn procedure's check-in e-mail, a
# team's incident notices; none in ../shared/corpus). The customer is sent it, whatever the page.
# Written for this test.
EMAIL_IN_A_PROCEDURE = """# Churn prevention

When usage drops, send the check-in e-mail:

```
Subject: How is it going?

Hi [Name],

I noticed you have not logged in lately. Please utilize the link below to book a call.

[Your name]
```

Then log the outreach.

```
Subject,Owner,Due
Check-in,CSM,Friday
```
"""


def test_an_email_in_a_bare_fence_is_read_on_any_page():
    found = lint_text(EMAIL_IN_A_PROCEDURE, "docs/operations/churn.md", select=["jargon"])
    assert spans(found) == [(10, 49, 10, 56, "utilize")]


def test_an_email_fence_stays_code_when_the_option_turns_fences_off():
    assert lint_text(EMAIL_IN_A_PROCEDURE, "docs/operations/churn.md", {"lint-fenced": []}, select=["jargon"]) == []


@pytest.mark.parametrize("content", [
    "Subject: Build failed\nFrom: ci@example.com\n\nLog: utilize the cache\n",  # no greeting
    "From: a@example.com\nSubject: hi\n\nHi team,\nPlease utilize it.\n",  # headers first: a raw message
    "Hi there,\nPlease utilize the form.\n",  # a greeting with no subject line
])
def test_other_bare_fences_stay_code_outside_saved_replies(content):
    text = f"# Notes\n\n```\n{content}```\n"
    assert lint_text(text, "docs/operations/notes.md", select=["jargon"]) == []
