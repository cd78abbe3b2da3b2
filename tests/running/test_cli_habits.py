"""Flags and habits a ruff or Vale user expects (issue 22): --output-format, case-insensitive
format names, the code in concise lines, safe/unsafe in `plainlint rules`, --show-files,
--min-severity, FORCE_COLOR and shell completion."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
import yaml
from click.testing import CliRunner

from plainlint.cli import main
from plainlint.linting.hit_to_finding import HEADING_ANCHOR_NOTE
from plainlint.rules import all_rules
from plhelpers import ROOT, lint_text

TEXT = "Please utilize the form. We apologize for any inconvenience. Simply click Save.\n"


@pytest.fixture
def kb(tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def invoke(*args, env=None):
    return CliRunner().invoke(main, list(args), env={"NO_COLOR": "1", **(env or {})})


def test_output_format_is_an_alias_of_format_and_names_ignore_case(kb):
    reference = invoke("check", "--format", "json", "a.md")
    assert reference.exit_code == 1 and len(json.loads(reference.output)) == 3
    for args in (["--output-format", "json"], ["--format", "JSON"], ["--output-format", "Json"]):
        done = invoke("check", *args, "a.md")
        assert (done.exit_code, done.output) == (1, reference.output), args
    assert invoke("check", "--format", "CONCISE", "a.md").output.startswith("a.md:1:8: warning PL101 [jargon] ")
    assert isinstance(json.loads(invoke("rules", "--output-format", "JSON").output), list)
    assert invoke("check", "--fail-level", "ERROR", "a.md").exit_code == 0  # warnings only
    assert invoke("check", "--format", "yaml", "a.md").exit_code == 2  # still a closed list


@pytest.mark.parametrize("args, option", [
    (["check", "--select", ""], "select"), (["check", "--select", " , "], "select"),
    (["check", "--extend-select", ""], "extend-select"), (["check", "--ignore", ""], "ignore"),
    (["report", "--select", "", "-o", "r.html"], "select"),
])
def test_a_selector_option_that_names_nothing_is_a_usage_error(kb, args, option):
    """`--select "$RULES"` with RULES unset selected no rule and passed every file."""
    done = invoke(*args, "a.md")
    assert done.exit_code == 2
    assert done.stderr.splitlines() == [f"command line: error: {option}: empty (name rules, codes, code prefixes or categories)"]


def test_rules_table_says_safe_or_unsafe():
    header, *lines = invoke("rules").output.splitlines()
    at = header.index("FIX")
    rows = {line.split()[1]: line[at:].split()[0] for line in lines}
    assert (rows["jargon"], rows["cliche"], rows["passive-voice"], rows["reading-level"]) == (
        "safe/unsafe", "unsafe", "unsafe", "-")
    assert "yes" not in rows.values()
    listed = {entry["name"]: entry for entry in json.loads(invoke("rules", "--format", "json").output)}
    assert listed["assumptive"]["fix_levels"] == ["safe", "unsafe"] and listed["assumptive"]["fixable"] is True
    assert listed["blame"]["fix_levels"] == [] and listed["blame"]["fixable"] is False


# Invented sentences for fix levels that the cases and examples do not show.
FIX_SAMPLES = ["Our team will initiate the refund today.\n"]  # jargon: `initiate` is an unsafe entry


@pytest.mark.slow
def test_fix_levels_are_the_levels_of_the_fixes_rules_make():
    """Every rule's declared levels are exactly the levels of the fixes it makes on its cases,
    its bad examples and examples/. A safe fix the engine makes unsafe in an article's heading
    (HEADING_ANCHOR_NOTE) counts as the safe fix the rule made."""
    seen: dict[str, set[str]] = {}
    texts = []
    for case_file in sorted((ROOT / "tests" / "cases").glob("*.yaml")):
        data = yaml.safe_load(case_file.read_text(encoding="utf-8"))
        texts += [(case["text"], case.get("path", "doc.md"), case.get("config")) for case in data["cases"]]
    texts += [(bad, "doc.md", None) for rule in all_rules() for bad in rule.bad]
    texts += [(sentence, "doc.md", None) for sentence in FIX_SAMPLES]
    texts += [(path.read_text(encoding="utf-8"), path.name, None) for path in sorted((ROOT / "examples").rglob("*"))
              if path.is_file() and path.suffix in (".md", ".html", ".hbs", ".liquid", ".txt", ".json", ".yaml")]
    for text, path, config in texts:
        for finding in lint_text(text, path, config):
            if finding.fix is not None:
                anchored = finding.fix.message.endswith(HEADING_ANCHOR_NOTE)
                seen.setdefault(finding.rule, set()).add("safe" if anchored else str(finding.fix.applicability))
    for rule in all_rules():
        assert seen.get(rule.name, set()) == set(rule.fix_levels), rule.name
        assert rule.fixable == bool(rule.fix_levels), rule.name


def test_show_files_lists_what_would_be_linted_and_lints_nothing(kb):
    (kb / ".plainlint.yaml").write_text('exclude: ["drafts/**"]\n', encoding="utf-8")
    (kb / "drafts").mkdir()
    (kb / "drafts" / "old.md").write_text("Utilize it.\n", encoding="utf-8")
    (kb / "help").mkdir()
    (kb / "help" / "b.html").write_text("<p>Utilize it.</p>\n", encoding="utf-8")
    (kb / "help" / "broken.json").write_text("{not json\n", encoding="utf-8")  # linting it would exit 2
    (kb / "package.json").write_text("{}\n", encoding="utf-8")  # a tool config: skipped in walks
    done = invoke("check", "--show-files", ".")
    assert done.exit_code == 0, done.output
    assert done.output.splitlines() == ["a.md", "help/b.html", "help/broken.json"]
    assert invoke("check", "--show-files", "a.md", "a.md", "help").output.splitlines() == [
        "a.md", "help/b.html", "help/broken.json"]
    missing = invoke("check", "--show-files", "nope.md", "a.md")
    assert missing.exit_code == 2 and "nope.md: error: no such file or directory" in missing.output


def test_min_severity_hides_findings_and_hidden_findings_never_fail(kb):
    (kb / ".plainlint.yaml").write_text("rules:\n  jargon: info\n  assumptive: error\n  cliche: warning\n",
                                        encoding="utf-8")
    shown = json.loads(invoke("check", "--format", "json", "--min-severity", "warning", "a.md").output)
    assert [f["rule"] for f in shown] == ["cliche", "assumptive"]
    only_errors = invoke("check", "--min-severity", "error", "a.md")
    assert only_errors.exit_code == 1 and "[jargon]" not in only_errors.output
    assert "Checked 1 file(s): 1 error(s), 0 warning(s), 0 info." in only_errors.output
    assert "2 finding(s) below --min-severity not shown." in only_errors.output
    # A run whose only findings are hidden passes, as with Vale's --minAlertLevel.
    (kb / ".plainlint.yaml").write_text("rules:\n  assumptive: info\n  cliche: info\n  jargon: warning\n",
                                        encoding="utf-8")
    assert invoke("check", "a.md").exit_code == 1
    assert invoke("check", "--min-severity", "error", "a.md").exit_code == 0
    assert invoke("check", "--silent", "--min-severity", "error", "a.md").exit_code == 0
    # --fail-level still decides among what is shown.
    assert invoke("check", "--min-severity", "warning", "--fail-level", "error", "a.md").exit_code == 0


@pytest.mark.parametrize("env, args, colored", [
    ({}, [], False),
    ({"FORCE_COLOR": "1"}, [], True),
    ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, [], False),
    ({"FORCE_COLOR": "1"}, ["--no-color"], False),
])
@pytest.mark.process
def test_force_color_colours_a_pipe_unless_no_color(kb, env, args, colored):
    full_env = {key: value for key, value in os.environ.items() if key not in ("NO_COLOR", "FORCE_COLOR")}
    done = subprocess.run([sys.executable, "-m", "plainlint", "check", *args, "a.md"], cwd=kb, capture_output=True,
                          text=True, env={**full_env, **env})
    assert done.returncode == 1 and ("\x1b[" in done.stdout) == colored


# The installed command (completion is keyed on its name: `_PLAINLINT_COMPLETE`).
PLAINLINT = shutil.which("plainlint", path=os.path.dirname(sys.executable)) or "plainlint"


def complete(words: str, cword: int, shell: str = "bash") -> list[str]:
    env = dict(os.environ, _PLAINLINT_COMPLETE=f"{shell}_complete", COMP_WORDS=words, COMP_CWORD=str(cword))
    done = subprocess.run([PLAINLINT], env=env, capture_output=True, text=True)
    return [line.split(",", 1)[1] for line in done.stdout.splitlines()]


@pytest.mark.process
def test_shell_completion_completes_commands_options_and_choices():
    assert {"check", "rules", "explain", "report", "clean"} <= set(complete("plainlint ", 1))
    assert {"--output-format", "--output-file"} <= set(complete("plainlint check --output-f", 2))
    assert set(complete("plainlint check --format c", 3)) == {"concise", "checkstyle"}
    assert "--min-severity" in complete("plainlint check --min", 2)


@pytest.mark.process
def test_shell_completion_as_documented_works_in_bash(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for line in ('eval "$(_PLAINLINT_COMPLETE=bash_source plainlint)"',
                 'eval "$(_PLAINLINT_COMPLETE=zsh_source plainlint)"',
                 "_PLAINLINT_COMPLETE=fish_source plainlint"):
        assert line in readme
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    script = ('eval "$(_PLAINLINT_COMPLETE=bash_source plainlint)"\n'
              "COMP_WORDS=(plainlint check --show-fi); COMP_CWORD=2\n"
              "_plainlint_completion plainlint\n"
              'printf "%s\\n" "${COMPREPLY[@]}"\n')
    path = os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", "")
    done = subprocess.run([bash, "--norc", "-c", script], capture_output=True, text=True, cwd=tmp_path,
                          env=dict(os.environ, PATH=path))
    assert sorted(done.stdout.split()) == ["--show-files", "--show-fixes"], done.stderr
