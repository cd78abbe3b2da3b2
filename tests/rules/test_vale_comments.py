"""Vale's own comments, read on request (`vale-comments: true`; user35 defect 6, old36).

A team coming from Vale has `<!-- vale off -->` ... `<!-- vale on -->` around text it marked (in
MDX `{/* vale off */}`), the forms Vale reads in Markdown, HTML and MDX. With the key set they
turn every plainlint rule off and on, as `plainlint-disable` / `plainlint-enable` do, without
closing plainlint's own regions; `vale Style.Rule = NO` names a Vale rule, which maps to no
plainlint rule, so it turns nothing off. The sentences are written for these tests.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from plainlint.running.run import Run, RunOptions
from plainlint.server.linting import Snapshot, lint
from plainlint.server.settings import SettingsCache
from plainlint.server.text import LspText
from plhelpers import lint_text

VALE = {"vale-comments": True}
MARKED = "# Refunds\n\n<!-- vale off -->\nPlease utilize the form.\n<!-- vale on -->\n\nPlease utilize the page.\n"


def lines_of(findings, rule="jargon"):
    return [f.line for f in findings if f.rule == rule]


def test_vale_comments_are_not_read_unless_asked():
    assert lines_of(lint_text(MARKED)) == [4, 7]


def test_vale_off_and_on_turn_every_rule_off_and_on_in_markdown():
    assert lines_of(lint_text(MARKED, config=VALE)) == [7]


def test_vale_off_without_vale_on_lasts_to_the_end_of_the_file():
    text = "Please utilize the page.\n\n<!-- vale off -->\n\nPlease utilize the form.\n\nJust click Save.\n"
    assert [(f.line, f.rule) for f in lint_text(text, config=VALE)] == [(1, "jargon")]


def test_vale_comments_in_html_and_mdx():
    html = "<p>Please utilize the form.</p>\n<!-- vale off -->\n<p>Please utilize the page.</p>\n<!--vale on-->\n"
    assert lines_of(lint_text(html, "page.html", config=VALE)) == [1]
    mdx = "# Refunds\n\n{/* vale off */}\nPlease utilize the form.\n{/* vale on */}\n\nPlease utilize the page.\n"
    assert lines_of(lint_text(mdx, "page.mdx", config=VALE)) == [7]


def test_a_vale_rule_comment_turns_no_plainlint_rule_off():
    text = "<!-- vale Microsoft.Terms = NO -->\nPlease utilize the form.\n<!-- vale Microsoft.Terms = YES -->\n"
    assert lines_of(lint_text(text, config=VALE)) == [2]


def test_a_comment_that_only_mentions_vale_is_no_directive():
    text = "<!-- vale off is how Vale users mark text -->\nPlease utilize the form.\n"
    assert lines_of(lint_text(text, config=VALE)) == [2]


def test_vale_on_does_not_close_a_plainlint_region():
    text = ("<!-- plainlint-disable jargon -->\nPlease utilize the form.\n\n<!-- vale off -->\n"
            "Just click Save.\n<!-- vale on -->\n\nPlease utilize the page.\n\nJust click Save.\n")
    assert [(f.line, f.rule) for f in lint_text(text, config=VALE)] == [(10, "assumptive")]


def test_unused_directive_never_reports_a_vale_comment():
    text = "<!-- vale off -->\nPlain words here.\n<!-- vale on -->\n\n<!-- plainlint-disable-next-line -->\nPlain words.\n"
    findings = lint_text(text, config={**VALE, "extend-select": ["PL905"]})
    assert [(f.line, f.rule) for f in findings] == [(5, "unused-directive")]


def test_an_override_can_turn_vale_comments_on_for_some_files():
    config = {"overrides": [{"files": ["vale/**"], "vale-comments": True}]}
    assert lines_of(lint_text(MARKED, "vale/page.md", config=config)) == [7]
    assert lines_of(lint_text(MARKED, "other/page.md", config=config)) == [4, 7]


def test_fix_leaves_the_text_vale_turned_off(tmp_path):
    (tmp_path / ".plainlint.yaml").write_text("vale-comments: true\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(MARKED, encoding="utf-8")
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        Run(RunOptions(paths=[Path("page.md")], fix=True, cache=False), io.StringIO(), error=print).execute()
    finally:
        os.chdir(old)
    assert page.read_text(encoding="utf-8") == MARKED.replace("utilize the page", "use the page")


def test_the_language_server_honours_vale_comments(tmp_path):
    (tmp_path / ".plainlint.yaml").write_text("vale-comments: true\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(MARKED, encoding="utf-8")
    result = lint(Snapshot(page.as_uri(), 1, LspText(MARKED), "markdown", page), SettingsCache())
    assert [(d.range.start.line, d.code) for d in result.diagnostics] == [(6, "PL101")]
