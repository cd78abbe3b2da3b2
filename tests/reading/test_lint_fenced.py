"""`lint-fenced: [md, markdown, text]`: saved replies kept as fenced blocks in one Markdown file
are read as prose when the config names their language (off by default, usable in `overrides`)."""

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


def test_fences_are_code_by_default():
    assert lint_text(REPLIES, "replies/billing.md", select=["jargon"]) == []


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
