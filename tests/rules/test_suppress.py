"""Suppression directives in each comment syntax, config suppressions, and directive notices.

Text comes from the corpus: duckduckgo-help-pages (Markdown), osTicket (YAML + HTML), Devise
(ERB), django-allauth (Django templates, plain text), bitwarden (Handlebars), Zendesk (JSON).
"""

import io
import shutil
from pathlib import Path

import pytest

from plainlint.running.run import Run, RunOptions
from plhelpers import lint_text

DDG = "You can simply click Save in time to do everything right now. Please utilize the form.\n"
OVERLIMIT = "emails/osticket/include/i18n/en_US/templates/email/ticket.overlimit.yaml"
ALLAUTH = "emails/django-allauth/allauth/templates/account/email/password_reset_code_message.txt"
ZENDESK = "macros-exports/zendesk/macros/360001234549.json"
DEVISE = "emails/devise/app/views/devise/mailer/unlock_instructions.html.erb"


def rules_of(findings):
    return [(f.line, f.rule) for f in findings]


def test_disable_and_enable_in_markdown():
    text = f"<!-- plainlint-disable assumptive, PL101 -->\n{DDG}<!-- plainlint-enable -->\n\n{DDG}"
    assert rules_of(lint_text(text)) == [(5, "assumptive"), (5, "jargon")]


def test_enable_can_bring_back_one_rule():
    text = f"<!-- plainlint-disable -->\n{DDG}<!-- plainlint-enable jargon -->\n\n{DDG}"
    assert rules_of(lint_text(text)) == [(5, "jargon")]


def test_disable_next_line_and_disable_line():
    text = f"<!-- plainlint-disable-next-line assumptive -->\n{DDG}\n{DDG}"
    assert rules_of(lint_text(text)) == [(2, "jargon"), (4, "assumptive"), (4, "jargon")]
    inline = "You can simply click Save in time. <!-- plainlint-disable-line -->\n"
    assert lint_text(inline) == []


def test_disable_file_with_and_without_rules():
    assert rules_of(lint_text(f"{DDG}\n<!-- plainlint-disable-file jargon -->\n")) == [(1, "assumptive")]
    assert lint_text(f"<!-- plainlint-disable-file -->\n{DDG}") == []


@pytest.mark.parametrize("selector", ["PL202", "PL2", "assumptive", "ALL"])
def test_rules_are_named_like_select(selector):
    text = f"<!-- plainlint-disable-next-line {selector} -- brand voice, approved by docs team -->\n{DDG}"
    remaining = rules_of(lint_text(text))
    assert (2, "assumptive") not in remaining
    assert ((2, "jargon") in remaining) == (selector != "ALL")


def test_html_comment_directive():
    text = "<p>\n<!-- plainlint-disable-next-line jargon -->\nPlease utilize the form.</p>\n<p>Please utilize it.</p>\n"
    assert rules_of(lint_text(text, "a.html")) == [(4, "jargon")]


@pytest.mark.parametrize("path, comment", [
    ("welcome.html.hbs", "{{! plainlint-disable-next-line jargon }}"),
    ("welcome.html.hbs", "{{!-- plainlint-disable-next-line jargon --}}"),
    ("welcome.html.j2", "{# plainlint-disable-next-line jargon #}"),
    ("welcome.html.erb", "<%# plainlint-disable-next-line jargon %>"),
    ("welcome.html.liquid", "{% comment %}plainlint-disable-next-line jargon{% endcomment %}"),
    ("welcome.blade.php", "{{-- plainlint-disable-next-line jargon --}}"),
])
def test_template_comment_directives(path, comment):
    text = f"<p>{comment}\nIf you did not initiate this action, ignore it.</p>\n<p>Did you initiate it?</p>\n"
    assert rules_of(lint_text(text, path, select=["jargon"])) == [(3, "jargon")]


@pytest.mark.parametrize("path", ["welcome.html.liquid", "welcome.html.hbs"])
def test_hash_comment_directive_in_liquid_or_handlebars_is_reported_as_printed(path):
    """Liquid and Handlebars print {# #}: the directive does nothing, and PL908 points at it."""
    text = "<p>{# plainlint-disable-next-line jargon #}\nIf you did not initiate this action, ignore it.</p>\n"
    findings = lint_text(text, path, select=["jargon", "printed-directive"])
    assert [(f.line, f.column, f.end_column, f.rule) for f in findings] == [
        (1, 4, 44, "printed-directive"), (2, 16, 24, "jargon")]


@pytest.mark.parametrize("path, text", [
    ("welcome.html.j2", "<p>{# plainlint-disable-next-line jargon #}\nIf you did not initiate this, ignore it.</p>\n"),
    ("guide.md", "In Jinja write `{# plainlint-disable-next-line jargon #}` above the line.\n"),
    ("guide.md", "```liquid\n{# plainlint-disable-next-line jargon #}\n```\n"),
])
def test_hash_comment_directive_is_not_reported_where_it_is_a_comment_or_code(path, text):
    assert rules_of(lint_text(text, path, select=["jargon", "printed-directive"])) == []


@pytest.mark.corpus
def test_erb_mailer_from_corpus(corpus, tmp_path):
    target = tmp_path / "unlock_instructions.html.erb"
    original = (corpus / DEVISE).read_text(encoding="utf-8")
    # 'an excessive number of' is jargon since issue 28; the directive names passive-voice only
    # (selected: it is off by default since issue 26).
    passive = {"extend-select": ["passive-voice"]}
    assert sorted(rules_of(lint_text(original, target.name, passive))) == [(3, "jargon"), (3, "passive-voice")]
    lines = original.splitlines(keepends=True)
    lines.insert(2, "<%# plainlint-disable-next-line passive-voice -- legal wording %>\n")
    assert rules_of(lint_text("".join(lines), target.name, passive)) == [(4, "jargon")]


@pytest.mark.corpus
def test_yaml_comment_directives_on_osticket_template(corpus, tmp_path):
    text = (corpus / OVERLIMIT).read_text(encoding="utf-8")
    fields = {"fields": ["subject", "body"]}
    found = rules_of(lint_text(text, "overlimit.yaml", fields))
    assert (20, "assumptive") in found
    disabled = text.replace("body: |\n", "# plainlint-disable assumptive\nbody: |\n")
    assert not any(rule == "assumptive" for _, rule in rules_of(lint_text(disabled, "overlimit.yaml", fields)))
    whole = "# plainlint-disable-file assumptive, passive\n" + text
    # terminology since session 25: 'simply login to our helpdesk' uses 'login' as a verb.
    assert {rule for _, rule in rules_of(lint_text(whole, "overlimit.yaml", fields))} <= {
        "jargon", "reading-level", "sentence-length", "terminology"}


def test_hash_inside_a_yaml_block_is_text_not_a_directive():
    text = "- name: Note\n  body: |\n    # plainlint-disable-file\n    Please utilize the form.\n"
    assert rules_of(lint_text(text, "replies.yml")) == [(4, "jargon")]


def test_unknown_rule_in_a_directive_is_reported():
    findings = lint_text(f"<!-- plainlint-disable-next-line jargn, assumptive -->\n{DDG}")
    assert rules_of(findings) == [(1, "unknown-directive-rule"), (2, "jargon")]
    assert "'jargn'" in findings[0].message and findings[0].severity == "warning"
    assert (findings[0].column, findings[0].end_column) == (1, 55)


def test_unused_directives_are_reported_on_request():
    text = ("<!-- plainlint-disable-next-line jargon, assumptive -->\nYou can simply click Save in time.\n\n"
            "<!-- plainlint-disable-next-line -->\nPlain words here.\n")
    assert lint_text(text) == []
    findings = lint_text(text, config={"extend-select": ["PL905"]})
    assert [(f.line, f.rule, f.message) for f in findings] == [
        (1, "unused-directive", "plainlint-disable-next-line for 'jargon' suppresses nothing here: delete it"),
        (4, "unused-directive", "plainlint-disable-next-line for anything suppresses nothing here: delete it"),
    ]


# fixu33 (user33 defect 6): selecting PL905 alone judges each directive by running the rules it names
# (their findings only mark the directive used, never reported), as --extend-select PL905 does. A
# directive for every rule is judged only when some rule runs: with none, nothing says it is unused.
def test_selecting_only_pl905_judges_the_rules_a_directive_names():
    text = ("<!-- plainlint-disable-next-line jargon -->\nPlease use the form.\n\n"
            "<!-- plainlint-disable-next-line jargon -->\nPlease utilize the form.\n\n"
            "<!-- plainlint-disable-next-line -->\nPlease utilize the form.\n")
    for config in ({"select": ["PL905"]}, {"select": ["unused-directive"]}):
        findings = lint_text(text, config=config)
        assert [(f.line, f.rule, f.message) for f in findings] == [
            (1, "unused-directive", "plainlint-disable-next-line for 'jargon' suppresses nothing here: delete it"),
        ]


def test_selecting_pl905_with_another_rule_reports_only_that_rule_and_the_directives():
    text = ("<!-- plainlint-disable-next-line jargon -->\nPlease utilize the form.\n\n"
            "<!-- plainlint-disable-next-line assumptive -->\nJust click Save.\n\nPlease utilize it.\n")
    findings = lint_text(text, config={"select": ["PL905", "assumptive"]})
    assert rules_of(findings) == []


def _run(paths, cwd, **options):
    out, errors = io.StringIO(), []
    import os

    old = os.getcwd()
    os.chdir(cwd)
    try:
        code = Run(RunOptions(paths=paths, output_format="concise", **options), out, error=errors.append).execute()
    finally:
        os.chdir(old)
    return code, out.getvalue(), errors


def test_report_unused_disables_flag(tmp_path):
    (tmp_path / "a.md").write_text("<!-- plainlint-disable jargon -->\nPlain words.\n", encoding="utf-8")
    assert _run([Path("a.md")], tmp_path)[0] == 0
    code, out, _ = _run([Path("a.md")], tmp_path, report_unused_disables=True)
    assert code == 1 and "a.md:1:1: warning PL905 [unused-directive]" in out


@pytest.mark.corpus
def test_config_suppresses_by_macro_title_or_id_in_json(corpus, tmp_path):
    shutil.copyfile(corpus / ZENDESK, tmp_path / "macro.json")
    code, out, _ = _run([Path("macro.json")], tmp_path)
    assert "[jargon] 'assist'" in out
    for macro in ("360001234549", "Support::Technical Issue"):
        (tmp_path / ".plainlint.yaml").write_text(
            f"suppress:\n  - macros: ['{macro}']\n    rules: [jargon]\n", encoding="utf-8")
        code, out, _ = _run([Path("macro.json")], tmp_path)
        assert "[jargon]" not in out, macro
    (tmp_path / ".plainlint.yaml").write_text("suppress:\n  - macros: ['Other macro']\n", encoding="utf-8")
    assert "[jargon] 'assist'" in _run([Path("macro.json")], tmp_path)[1]


@pytest.mark.corpus
def test_config_suppresses_by_path_in_plain_text(corpus, tmp_path):
    (tmp_path / "email").mkdir()
    shutil.copyfile(corpus / ALLAUTH, tmp_path / "email" / "reset.txt")
    shutil.copyfile(corpus / ALLAUTH, tmp_path / "reset.txt")
    (tmp_path / ".plainlint.yaml").write_text(
        "suppress:\n  - files: ['email/*.txt']\n    rules: [passive, PL101]\n", encoding="utf-8")
    _, out, _ = _run([Path(".")], tmp_path)
    assert "email/reset.txt" not in out
    assert "reset.txt:9:68: warning PL101 [jargon]" in out


def test_config_suppress_is_validated(tmp_path):
    (tmp_path / "a.md").write_text("Plain.\n", encoding="utf-8")
    (tmp_path / ".plainlint.yaml").write_text("suppress:\n  - rules: [jargn]\n", encoding="utf-8")
    code, _, errors = _run([Path("a.md")], tmp_path)
    assert code == 2 and errors == [".plainlint.yaml:2:12: error: suppress[0].rules: no rule, code prefix or category matches 'jargn' (did you mean 'jargon'?)"]


def test_suppressed_findings_are_not_fixed(tmp_path):
    text = f"<!-- plainlint-disable-next-line jargon -->\n{DDG}"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    _run([Path("a.md")], tmp_path, fix=True)
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == text.replace("You can simply click", "You can click")


def test_directive_inside_a_code_block_is_only_an_example():
    text = f"```html\n<!-- plainlint-disable-file -->\n```\n\n{DDG}"
    assert rules_of(lint_text(text)) == [(5, "assumptive"), (5, "jargon")]


def test_html_comment_inside_a_json_macro_body():
    body = ("<p>Please utilize the form.</p><!-- plainlint-disable jargon -->"
            "<p>We can assist you.</p><!-- plainlint-enable --><p>Simply assist us.</p>")
    text = '[{"title": "Help", "body": "' + body.replace('"', '\\"') + '"}]'
    assert [f.flagged for f in lint_text(text, "replies.json")] == ["utilize", "Simply", "assist"]


# -- MDX: MDX 2 and 3 reject <!-- -->; the comment is the expression {/* ... */} -------------------

MARKDOWN_DIRECTIVES = [
    (f"<!-- plainlint-disable assumptive, PL101 -->\n{DDG}<!-- plainlint-enable -->\n\n{DDG}",
     [(5, "assumptive"), (5, "jargon")]),
    (f"<!-- plainlint-disable -->\n{DDG}<!-- plainlint-enable jargon -->\n\n{DDG}", [(5, "jargon")]),
    (f"<!-- plainlint-disable-next-line assumptive -- brand voice -->\n{DDG}\n{DDG}",
     [(2, "jargon"), (4, "assumptive"), (4, "jargon")]),
    ("You can simply click Save in time. <!-- plainlint-disable-line -->\nPlease utilize it.\n", [(2, "jargon")]),
    (f"{DDG}\n<!-- plainlint-disable-file jargon -->\n", [(1, "assumptive")]),
]


@pytest.mark.parametrize("markdown, expected", MARKDOWN_DIRECTIVES)
def test_mdx_comment_directives_of_every_kind(markdown, expected):
    mdx = markdown.replace("<!--", "{/*").replace("-->", "*/}")
    assert rules_of(lint_text(markdown, "page.md")) == expected  # the same directives in Markdown
    assert rules_of(lint_text(mdx, "page.mdx")) == expected


def test_mdx_comment_is_not_prose_and_positions_stay_exact():
    text = ("import {Note} from './note'\n\nWe {/* agents utilize\nthis */} can assist you. "
            "{/*plainlint-disable-line assumptive*/} Simply ask.\n")
    found = lint_text(text, "page.mdx")
    line = text.splitlines()[3]
    assert [(f.line, f.column, f.flagged) for f in found] == [(4, line.index("assist") + 1, "assist")]


def test_mdx_directive_inside_code_is_only_an_example():
    text = f"```mdx\n{{/* plainlint-disable-file */}}\n```\n\nWrite `{{/* plainlint-disable-file */}}`.\n\n{DDG}"
    assert rules_of(lint_text(text, "page.mdx")) == [(7, "assumptive"), (7, "jargon")]


def test_mdx_unknown_rule_points_at_the_comment():
    findings = lint_text("{/* plainlint-disable-next-line jargn */}\nPlease utilize it.\n", "page.mdx")
    assert [(f.line, f.column, f.end_column, f.rule) for f in findings] == [
        (1, 1, 42, "unknown-directive-rule"), (2, 8, 15, "jargon")]


def test_mdx_fix_keeps_the_comment_and_skips_suppressed_findings(tmp_path):
    text = "{/* plainlint-disable-next-line jargon */}\nPlease utilize it.\n\nPlease {/* keep */} utilize it.\n"
    (tmp_path / "a.mdx").write_text(text, encoding="utf-8")
    _run([Path("a.mdx")], tmp_path, fix=True)
    assert (tmp_path / "a.mdx").read_text(encoding="utf-8") == text.replace("*/} utilize", "*/} use")


@pytest.mark.parametrize("reader", ["pulldown-cmark", "markdown-it"])
@pytest.mark.parametrize("row_end", [" <!-- plainlint-disable-line PL101 -->", "<!-- plainlint-disable-line PL101 --> |",
                                     "\t<!-- plainlint-disable-line jargon -->  "])
def test_disable_line_after_a_table_row_s_last_pipe(reader, row_end, monkeypatch):
    """GFM drops a cell beyond the header's count, and the comment in it with it."""
    monkeypatch.setenv("PLAINLINT_MARKDOWN_READER", reader)
    text = ("| Step | Note |\n|---|---|\n"
            f"| Please utilize the form | Save |{row_end}\n"
            "| Please utilize the form | Save |\n")
    assert rules_of(lint_text(text, config={"extend-select": ["PL905"]})) == [(4, "jargon")]


def test_a_row_end_comment_in_a_code_block_is_only_an_example():
    text = ("```md\n| a | b | <!-- plainlint-disable-file -->\n```\n\n"
            "| Step | Note |\n|---|---|\n| Please utilize the form | Save |\n")
    assert rules_of(lint_text(text)) == [(7, "jargon")]


# old36 (fixu33's leftover): the rules a directive names are judged with the options, allow list and
# severity the config gives them, so `--select PL905` reports what `--extend-select PL905` reports.
JUDGED = ("<!-- plainlint-disable-next-line PL101 -->\nPlease utilize the form.\n\n"
          "<!-- plainlint-disable-next-line PL101 -->\nPlease leverage the form.\n")


def unused_lines(findings):
    return [f.line for f in findings if f.rule == "unused-directive"]


def test_selecting_only_pl905_judges_with_the_rule_s_configured_options():
    for rules, unused in (({"jargon": {"remove": ["utilize"]}}, [1]),
                          ({"jargon": {"allow": ["leverage"]}}, [4]),
                          ({"jargon": {"severity": "off"}}, []),
                          ({}, [])):
        full = lint_text(JUDGED, config={"rules": rules, "extend-select": ["PL905"]})
        alone = lint_text(JUDGED, config={"rules": rules, "select": ["PL905"]})
        assert unused_lines(full) == unused_lines(alone) == unused, rules


def test_selecting_only_pl905_judges_with_the_kind_s_rule_settings():
    text = ("Hi Sam,\n\n<!-- plainlint-disable-next-line PL101 -->\nPlease utilize the form.\n\n"
            "Thanks,\nAlex\n")
    config = {"kind": "reply", "kinds": {"reply": {"rules": {"jargon": {"remove": ["utilize"]}}}}}
    for selection in ({"extend-select": ["PL905"]}, {"select": ["PL905"]}):
        assert unused_lines(lint_text(text, config={**config, **selection})) == [3], selection
