"""The command line as users and CI call it: exit codes, JSON shape, config errors."""

import json
from pathlib import Path

import pytest
from plhelpers import ROOT, run_cli



def run(args, cwd, env=None, stdin=None):
    return run_cli(args, cwd, stdin=stdin, env=env)


@pytest.fixture
def kb(tmp_path):
    (tmp_path / "help").mkdir()
    (tmp_path / "help" / "bad.md").write_text("Please utilize the form.\n", encoding="utf-8")
    (tmp_path / "help" / "good.md").write_text("Use the form.\n", encoding="utf-8")
    (tmp_path / "notes.rst").write_text("utilize\n", encoding="utf-8")
    return tmp_path


def test_findings_exit_1_and_clean_exit_0(kb):
    assert run(["check", "help/bad.md"], kb).returncode == 1
    assert run(["check", "help/good.md"], kb).returncode == 0
    assert run(["check", "--exit-zero", "help/bad.md"], kb).returncode == 0
    assert run(["check", "--fail-level", "error", "help/bad.md"], kb).returncode == 0


def test_json_fields_are_the_public_shape(kb):
    result = run(["check", "--format", "json", "help"], kb)
    findings = json.loads(result.stdout)
    assert len(findings) == 1
    finding = findings[0]
    assert list(finding) == ["path", "line", "column", "end_line", "end_column", "rule", "code",
                             "category", "severity", "message", "suggestions", "fix", "context", "related"]
    assert finding["path"] == "help/bad.md"
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (1, 8, 1, 15)
    assert finding["fix"]["applicability"] == "safe"
    assert finding["fix"]["edits"] == [{"line": 1, "column": 8, "end_line": 1, "end_column": 15, "content": "use"}]


def test_folder_walk_picks_known_types_and_skips_gitignored(kb):
    (kb / ".gitignore").write_text("help/bad.md\n", encoding="utf-8")
    (kb / ".git").mkdir()
    result = run(["check", "--format", "json", "."], kb)
    assert json.loads(result.stdout) == []
    assert result.returncode == 0
    # Named explicitly, an ignored file is still linted unless --force-exclude.
    assert run(["check", "help/bad.md"], kb).returncode == 1
    assert run(["check", "--force-exclude", "help/bad.md"], kb).returncode == 0


def test_config_error_is_one_line_with_file_and_key(kb):
    (kb / ".plainlint.yaml").write_text("rules:\n  jargon:\n    severty: error\n", encoding="utf-8")
    result = run(["check", "help"], kb)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(".plainlint.yaml:3:5: error: rules.jargon.severty: unknown option")


def test_unreadable_file_is_exit_2_and_others_still_linted(kb):
    (kb / "help" / "latin1.md").write_bytes("Caf\xe9 utilize\n".encode("latin-1"))
    result = run(["check", "--format", "json", "help"], kb)
    assert result.returncode == 2
    assert "help/latin1.md:1:4: error: not valid utf-8 at byte offset 3" in result.stderr
    entries = json.loads(result.stdout)
    assert {f["path"] for f in entries if f["rule"] is not None} == {"help/bad.md"}
    assert [(f["path"], f["category"]) for f in entries if f["rule"] is None] == [("help/latin1.md", "error")]
    assert run(["check", "--encoding", "latin-1", "help/latin1.md"], kb).returncode == 1


def test_select_ignore_by_code_prefix_name_and_category(kb):
    (kb / "help" / "mixed.md").write_text("Simply utilize it.\n", encoding="utf-8")
    def rules_found(*args):
        return {f["rule"] for f in json.loads(run(["check", "--format", "json", *args, "help/mixed.md"], kb).stdout)}
    assert rules_found() == {"jargon", "assumptive"}
    assert rules_found("--select", "PL1") == {"jargon"}
    assert rules_found("--ignore", "assumptive") == {"jargon"}
    assert rules_found("--select", "jargon") == {"jargon"}
    assert rules_found("--select", "ALL", "--ignore", "PL2") == {"jargon"}


def test_rules_and_explain(kb):
    table = run(["rules"], kb).stdout
    assert "PL101" in table and "jargon" in table
    text = run(["explain", "jargon"], kb).stdout
    assert "Why it matters" in text and "Example (flagged)" in text and "Use instead" in text
    assert run(["explain", "nope"], kb).returncode == 2


def test_explain_names_the_rule_meant_by_a_typo(kb):
    typo = run(["explain", "jargn"], kb)
    assert typo.returncode == 2 and "no rule 'jargn' (did you mean 'jargon'?)" in typo.stderr
    assert "did you mean" not in run(["explain", "PL2"], kb).stderr
    assert "no rule 'pasive-voice' (did you mean 'passive-voice'?)" in run(["explain", "pasive-voice"], kb).stderr


def test_explain_a_category_lists_its_rules(kb):
    """user31: `explain tone` said "no rule 'tone'"; a category's name lists its rules."""
    listed = run(["explain", "tone"], kb)
    assert listed.returncode == 0 and "'tone' is a category" in listed.stdout
    assert "PL204  blame" in listed.stdout and "PL101" not in listed.stdout
    assert "passive-voice" in run(["explain", "passive"], kb).stdout


def test_version(kb):
    from plainlint import __version__

    assert run(["--version"], kb).stdout.strip().endswith(__version__)


def test_text_output_has_headline_source_line_caret_and_summary(kb):
    (kb / "help" / "wide.md").write_text("漢字 utilize it.\n", encoding="utf-8")
    out = run(["check", "help/wide.md"], kb).stdout.splitlines()
    assert out[0] == "help/wide.md:1:4: warning [jargon] 'utilize' is harder to read than it needs to be: use 'use'"
    assert out[1] == "    1 | 漢字 utilize it."
    # Two wide characters take four cells: the caret lines up under "utilize" on screen.
    assert out[2] == "      |      ^^^^^^^"
    assert out[3].startswith("      = fix (safe): Replace 'utilize' with 'use'")
    assert out[-2:] == ["Checked 1 file(s): 0 error(s), 1 warning(s), 0 info.", "1 finding(s) fixable with --fix."]
    assert "\x1b[" not in "\n".join(out)


def test_quiet_drops_summary(kb):
    out = run(["check", "--quiet", "help/bad.md"], kb).stdout
    assert "Checked" not in out and "help/bad.md:1:8" in out


def test_examples_show_every_prose_rule():
    from plainlint.rules import all_rules

    off = [f"--extend-select={r.code}" for r in all_rules() if r.code < "PL900" and not r.enabled_by_default]
    result = run(["check", "--format", "json", *off, "examples"], ROOT)
    fired = {f["rule"] for f in json.loads(result.stdout)}
    from plainlint.rules import all_rules

    prose_rules = {r.name for r in all_rules() if r.code < "PL900"}
    assert prose_rules <= fired, prose_rules - fired


@pytest.mark.process
def test_closed_pipe_ends_quietly(tmp_path):
    import subprocess
    import sys

    for i in range(200):
        (tmp_path / f"a{i}.md").write_text("Please utilize the form in order to apply.\n" * 20, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "plainlint", "check", "--format", "concise", "-j", "1", "."],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert b"[jargon]" in proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    stderr = proc.stderr.read()
    proc.wait(timeout=120)
    assert b"Traceback" not in stderr and b"internal error" not in stderr, stderr[-500:]
    assert proc.returncode == 1


def test_stdin_filename_naming_a_folder_is_a_usage_error(kb):
    """user31: `--stdin-filename DIR -` linted nothing and exited 0, the buffer silently dropped."""
    (kb / "drafts").mkdir(exist_ok=True)
    result = run(["check", "--stdin-filename", "drafts", "-"], kb, stdin="We will utilize it.\n")
    assert result.returncode == 2 and "--stdin-filename names a folder (drafts)" in result.stderr
