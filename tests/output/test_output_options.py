"""Where the report goes and what comes with it: --output-file, stdin, --statistics, --quiet,
--column-unit and the progress bar."""

from __future__ import annotations

import io
import os
import json
from pathlib import Path

import pytest

from plainlint.running.progress import MIN_FILES, Progress, progress_for
from plainlint.running.run import EXIT_FINDINGS, Run, RunOptions
from plhelpers import HEADLINE, run_cli as run

CONFIG = """\
exclude: ["drafts/**"]
overrides:
  - files: ["help/legal/**"]
    ignore: [jargon]
"""


@pytest.fixture
def kb(tmp_path):
    (tmp_path / ".plainlint.yaml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "help").mkdir()
    (tmp_path / "help" / "a.md").write_text("Please utilize the form. Simply utilize it.\n", encoding="utf-8")
    return tmp_path


def test_output_file_gets_the_report_and_the_terminal_a_summary(kb):
    done = run(["check", "--format", "sarif", "--output-file", "out/report.sarif", "help"], kb)
    assert done.returncode == 1
    log = json.loads((kb / "out" / "report.sarif").read_text(encoding="utf-8"))
    assert len(log["runs"][0]["results"]) == 3
    assert done.stdout.splitlines()[0] == "Checked 1 file(s): 0 error(s), 3 warning(s), 0 info. Report (sarif): out/report.sarif"
    assert run(["check", "-q", "--format", "json", "-o", "r.json", "help"], kb).stdout == ""
    assert len(json.loads((kb / "r.json").read_text(encoding="utf-8"))) == 3


def test_output_file_folders_are_created_or_one_error_line(kb):
    """As ruff's --output-file (astral-sh/ruff#11550): missing folders are made; a folder that
    cannot be made (a file stands in its place) is one error line, exit 2."""
    done = run(["check", "--format", "json", "-o", "ci/reports/lint.json", "help"], kb)
    assert done.returncode == 1 and done.stderr == ""
    assert len(json.loads((kb / "ci" / "reports" / "lint.json").read_text(encoding="utf-8"))) == 3
    (kb / "taken").write_text("a file, not a folder\n", encoding="utf-8")
    done = run(["check", "--format", "json", "-o", "taken/lint.json", "help"], kb)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "taken/lint.json: error: cannot write the report: cannot create its folder: File exists; left unchanged"]


def test_the_report_being_written_is_not_linted(kb):
    first = run(["check", "--format", "gitlab", "-o", "help/report.json", "help"], kb)
    again = run(["check", "--format", "gitlab", "-o", "help/report.json", "help"], kb)
    assert first.stdout.startswith("Checked 1 file(s)") and again.stdout == first.stdout
    assert (first.returncode, again.returncode) == (1, 1) and again.stderr == ""


def test_stdin_is_linted_as_the_named_file_with_its_overrides(kb):
    text = "Please utilize the form.\n"
    done = run(["check", "--format", "concise", "--stdin-filename", "help/new.md", "-"], kb, stdin=text)
    assert done.returncode == 1
    assert done.stdout.startswith("help/new.md:1:8: warning PL101 [jargon]")
    # help/legal/** turns jargon off in the config: the unsaved buffer gets the same settings.
    legal = run(["check", "--format", "concise", "--stdin-filename", "help/legal/terms.md", "-"], kb, stdin=text)
    assert (legal.returncode, legal.stdout) == (0, "")
    # `-` is implied by --stdin-filename alone.
    assert run(["check", "--stdin-filename", "help/new.md", "--format", "concise"], kb, stdin=text).returncode == 1


def test_stdin_format_comes_from_the_name_and_force_exclude_applies(kb):
    html = '<p>Read <a href="/x">click here</a>.</p>\n'
    done = run(["check", "--format", "json", "--stdin-filename", "help/page.html", "-"], kb, stdin=html)
    assert [f["rule"] for f in json.loads(done.stdout)] == ["link-text"]
    assert json.loads(done.stdout)[0]["path"] == "help/page.html"
    as_text = run(["check", "--format", "json", "--stdin-filename", "notes.txt", "-"], kb, stdin=html)
    assert "link-text" not in as_text.stdout
    excluded = ["check", "--format", "json", "--force-exclude", "--stdin-filename", "drafts/x.md", "-"]
    done = run(excluded, kb, stdin="Please utilize it.\n")
    assert (done.returncode, json.loads(done.stdout)) == (0, [])


def test_stdin_bytes_keep_encoding_rules(kb):
    done = run(["check", "--format", "json", "--stdin-filename", "help/x.md", "-"], kb,
               stdin="\ufeffCafé: utilize it.\n".encode("utf-8"))
    finding = json.loads(done.stdout)[0]
    assert (finding["line"], finding["column"]) == (1, 7)
    bad = run(["check", "--stdin-filename", "help/x.md", "-"], kb, stdin="Caf\xe9\n".encode("latin-1"))
    assert bad.returncode == 2 and "help/x.md:1:4: error: not valid utf-8" in bad.stderr.decode()


def test_statistics_count_per_rule(kb):
    done = run(["check", "--statistics", "--format", "concise", "help"], kb)
    assert done.stdout.splitlines()[-2:] == ["2  PL101 jargon", "1  PL202 assumptive"]
    # With a machine format on stdout the table goes to stderr, so the report stays parseable.
    done = run(["check", "--statistics", "--format", "json", "help"], kb)
    assert len(json.loads(done.stdout)) == 3
    assert done.stderr.splitlines() == ["2  PL101 jargon", "1  PL202 assumptive"]


def test_quiet_drops_the_summary(kb):
    loud = run(["check", "help"], kb).stdout
    quiet = run(["check", "-q", "help"], kb).stdout
    assert "Checked 1 file(s)" in loud and "Checked" not in quiet
    assert [l for l in quiet.splitlines() if HEADLINE.match(l)] == [l for l in loud.splitlines() if HEADLINE.match(l)]


@pytest.mark.parametrize("unit, column", [("code-point", 11), ("utf-8", 15), ("utf-16", 12)])
def test_column_unit_for_editors(tmp_path, unit, column):
    # "Café 𐐀 ok " is 10 code points, 14 UTF-8 bytes, 11 UTF-16 code units.
    (tmp_path / "a.md").write_text("Café 𐐀 ok utilize\n", encoding="utf-8")
    done = run(["check", "--format", "concise", "--column-unit", unit, "a.md"], tmp_path)
    assert done.stdout.startswith(f"a.md:1:{column}: warning PL101 [jargon]")


def test_column_unit_refused_for_formats_with_a_fixed_unit(tmp_path):
    (tmp_path / "a.md").write_text("utilize\n", encoding="utf-8")
    done = run(["check", "--format", "sarif", "--column-unit", "utf-8", "a.md"], tmp_path)
    assert done.returncode == 2 and "fixed column unit" in done.stderr and done.stdout == ""


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def many_files(tmp_path, count):
    for i in range(count):
        (tmp_path / f"p{i:02}.md").write_text("Please utilize it.\n" if i == 3 else "Fine.\n", encoding="utf-8")


def run_in_process(tmp_path, monkeypatch, fmt="text", status=None, **extra):
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    code = Run(RunOptions([Path(".")], output_format=fmt, **extra), out, status=status, error=lambda m: None).execute()
    return code, out.getvalue()


@pytest.mark.process
def test_progress_bar_on_a_terminal_only_for_human_output(tmp_path, monkeypatch):
    many_files(tmp_path, MIN_FILES)
    terminal = FakeTerminal()
    code, out = run_in_process(tmp_path, monkeypatch, status=terminal)
    assert code == EXIT_FINDINGS
    drawn = terminal.getvalue()
    assert f"{MIN_FILES}/{MIN_FILES} files" in drawn and drawn.endswith("\r"), "bar drawn, then erased"
    assert "\r" not in out
    for fmt, extra in (("json", {}), ("sarif", {}), ("text", {"quiet": True})):
        terminal = FakeTerminal()
        run_in_process(tmp_path, monkeypatch, fmt=fmt, status=terminal, **extra)
        assert terminal.getvalue() == "", fmt
    piped = io.StringIO()  # not a TTY
    run_in_process(tmp_path, monkeypatch, status=piped)
    assert piped.getvalue() == ""


@pytest.mark.process
def test_no_progress_bar_when_stderr_is_piped(tmp_path):
    many_files(tmp_path, MIN_FILES + 5)
    done = run(["check", "."], tmp_path)
    assert done.returncode == 1 and done.stderr == "" and "\r" not in done.stdout


def test_progress_bar_fits_the_terminal_and_erases_itself():
    terminal = FakeTerminal()
    bar = Progress(terminal, 3, width=40)
    bar.advance("help/a-very-long-file-name-that-will-not-fit.md")
    first = terminal.getvalue()
    assert first.startswith("\r[######..............] 1/3 files") and len(first) <= 40
    bar.clear()
    assert terminal.getvalue().endswith("\r" + " " * 39 + "\r")
    assert progress_for(terminal, MIN_FILES - 1, True) is None
    assert progress_for(terminal, MIN_FILES, False) is None
    assert progress_for(terminal, MIN_FILES, True) is not None


@pytest.mark.parametrize("interruption", [KeyboardInterrupt, SystemExit])
def test_an_interrupted_run_leaves_the_previous_report_whole(kb, monkeypatch, interruption):
    """-o writes a temporary file beside the report and renames it at the end, as --fix does."""
    from plainlint.output.jsonfmt import JsonReporter

    (kb / "help" / "b.md").write_text("Simply utilize it.\n", encoding="utf-8")
    monkeypatch.chdir(kb)
    report = kb / "report.json"
    report.write_text('[{"previous": "report"}]\n', encoding="utf-8")
    report.chmod(0o640)
    real_file = JsonReporter.file

    def fail_on_the_second_file(self, result):
        real_file(self, result)
        if result.path.endswith("b.md"):
            raise interruption()

    monkeypatch.setattr(JsonReporter, "file", fail_on_the_second_file)
    options = RunOptions(paths=[Path("help")], output_format="json", output_file=Path("report.json"), jobs=1,
                         cache=False)
    with pytest.raises(interruption):
        Run(options, io.StringIO()).execute()
    assert report.read_text(encoding="utf-8") == '[{"previous": "report"}]\n'
    assert not list(kb.glob("*plainlint-tmp*"))  # the temporary file is gone
    monkeypatch.undo()
    monkeypatch.chdir(kb)
    assert Run(options, io.StringIO()).execute() == EXIT_FINDINGS
    assert {f["path"] for f in json.loads(report.read_text(encoding="utf-8"))} == {"help/a.md", "help/b.md"}
    assert report.stat().st_mode & 0o777 == 0o640  # the report keeps its mode


def test_an_unwritable_report_folder_is_one_error_line(kb):
    """(A missing folder is created since ruff's --output-file does so; a file in its place is not a folder.)"""
    (kb / "notes").write_text("a file\n", encoding="utf-8")
    done = run(["check", "--format", "json", "-o", "notes/sub/report.json", "help"], kb)
    assert done.returncode == 2
    assert done.stderr.startswith("notes/sub/report.json: error: cannot write the report: ")
    assert len(done.stderr.splitlines()) == 1


def test_output_file_that_is_a_device_is_written_in_place(kb):
    """`-o /dev/null` (benchmarks use it) must never replace the device with a regular file."""
    import stat

    before = os.stat("/dev/null")
    done = run(["check", "--format", "json", "-o", "/dev/null", "help"], kb)
    assert done.returncode == 1, done.stderr
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
