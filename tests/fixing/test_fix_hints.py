"""What a run says about fixes (issue 22): the summary's counts, --diff with only unsafe fixes,
--show-fixes; and --fix/--diff through the worker pool and the result cache, as `check` runs,
with the bytes, line endings, encoding and mode of every file kept."""

from __future__ import annotations

import os
import shutil
import stat

import pytest
from click.testing import CliRunner

from plainlint.cli import main
from plhelpers import run_cli

SAFE_AND_UNSAFE = "Please utilize the form. We apologize for any inconvenience. Simply click Save.\n"
UNSAFE_ONLY = "We apologize for any inconvenience.\n"
CLEAN = "Open the form and press Save.\n"


@pytest.fixture
def kb(tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text(SAFE_AND_UNSAFE, encoding="utf-8")
    (tmp_path / "u.md").write_text(UNSAFE_ONLY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def invoke(*args):
    return CliRunner().invoke(main, list(args), env={"NO_COLOR": "1"})


def lines(text: str) -> list[str]:
    return text.splitlines()


def test_summary_says_what_fix_and_unsafe_fixes_would_fix(kb):
    done = invoke("check", "a.md", "u.md")
    assert lines(done.stdout)[-2:] == ["Checked 2 file(s): 0 error(s), 4 warning(s), 0 info.",
                                       "2 finding(s) fixable with --fix; 2 more with --fix --unsafe-fixes."]
    assert lines(invoke("check", "u.md").stdout)[-1] == "1 finding(s) fixable with --fix --unsafe-fixes."
    assert lines(invoke("check", "-o", "r.json", "--format", "json", "u.md").stdout) == [
        "Checked 1 file(s): 0 error(s), 1 warning(s), 0 info. Report (json): r.json",
        "1 finding(s) fixable with --fix --unsafe-fixes."]
    fixed = invoke("check", "--fix", "a.md", "u.md")
    assert lines(fixed.stdout)[-1] == "2 more finding(s) fixable with --unsafe-fixes."
    everything = invoke("check", "--fix", "--unsafe-fixes", "a.md", "u.md")
    assert lines(everything.stdout)[-1] == "Checked 2 file(s): 0 error(s), 0 warning(s), 0 info."
    (kb / "c.md").write_text(CLEAN, encoding="utf-8")
    assert lines(invoke("check", "c.md").stdout) == ["Checked 1 file(s): 0 error(s), 0 warning(s), 0 info."]


def test_diff_with_only_unsafe_fixes_says_so(kb):
    done = invoke("check", "--diff", "u.md")
    assert done.exit_code == 0 and done.stdout == ""  # nothing would change
    assert done.stderr == ("No safe fixes to show; 1 finding(s) have unsafe fixes: "
                           "add --unsafe-fixes to see them.\n")
    both = invoke("check", "--diff", "a.md", "u.md")
    assert both.exit_code == 1 and both.stdout.startswith("--- a/a.md\n")
    assert both.stderr == "Would fix 2 finding(s) in 1 file(s); 2 more with --unsafe-fixes.\n"
    unsafe = invoke("check", "--diff", "--unsafe-fixes", "u.md")
    assert unsafe.exit_code == 1 and "+Sorry about this.\n" in unsafe.stdout
    assert (kb / "u.md").read_text(encoding="utf-8") == UNSAFE_ONLY  # --diff writes nothing


def test_show_fixes_lists_what_fix_changed(kb):
    done = invoke("check", "--fix", "--show-fixes", "a.md", "u.md")
    assert lines(done.stderr) == ["Fixed 2 finding(s) in 1 file(s).", "a.md:",
                                  "    1 x PL101 (jargon)", "    1 x PL202 (assumptive)"]
    done = invoke("check", "--fix", "--unsafe-fixes", "--show-fixes", "a.md", "u.md")
    assert lines(done.stderr) == ["Fixed 2 finding(s) in 2 file(s).", "a.md:", "    1 x PL102 (cliche)",
                                  "u.md:", "    1 x PL102 (cliche)"]
    assert invoke("check", "--show-fixes", "a.md").exit_code == 2  # needs --fix or --diff


def test_show_fixes_with_diff_lists_what_it_would_fix(kb):
    done = invoke("check", "--diff", "--unsafe-fixes", "--show-fixes", "a.md")
    assert lines(done.stderr) == ["Would fix 3 finding(s) in 1 file(s).", "a.md:", "    1 x PL101 (jargon)",
                                  "    1 x PL102 (cliche)", "    1 x PL202 (assumptive)"]


def test_fix_goes_through_the_worker_pool(kb, monkeypatch):
    from plainlint.running import parallel

    calls = []
    real = parallel.lint_all

    def spy(candidates, job, jobs):
        calls.append((type(job).__name__, jobs))
        return real(candidates, job, jobs)

    monkeypatch.setattr(parallel, "lint_all", spy)
    assert invoke("check", "--fix", "-j", "3", "a.md", "u.md").exit_code == 1
    assert invoke("check", "--diff", "-j", "2", "a.md").exit_code == 0  # fixed already: nothing to diff
    assert calls == [("FixJob", 3), ("FixJob", 2)]


def test_fix_reads_the_cache_and_leaves_findings_for_check(kb, monkeypatch):
    from plainlint.running import fixpool
    from plainlint.running import parallel

    (kb / "c.md").write_text(CLEAN, encoding="utf-8")
    assert invoke("check", "--fix", "-j", "1", ".").exit_code == 1
    # Nothing left to fix with safe fixes: a second --fix is answered from the cache alone ...
    monkeypatch.setattr(fixpool, "fix_file", lambda *args, **kwargs: 1 / 0)
    again = invoke("check", "--fix", "-j", "1", ".")
    assert again.exit_code == 1 and "internal error" not in again.output, again.output
    assert again.stderr.startswith("Fixed 0 finding(s) in 0 file(s).")
    # ... and so is a check of the fixed files: their findings were stored under their new bytes.
    monkeypatch.setattr(parallel, "lint_bytes", lambda *args, **kwargs: 1 / 0)
    monkeypatch.setattr(parallel, "lint_file_isolated", lambda *args, **kwargs: 1 / 0)
    check = invoke("check", "-j", "1", "--format", "concise", ".")
    assert check.exit_code == 1 and "internal error" not in check.output, check.output
    assert [line.split(" ")[2] for line in lines(check.stdout)] == ["PL102", "PL102"]
    # --unsafe-fixes wants more than the cache says is done: the fixer runs (and here fails).
    unsafe = invoke("check", "--fix", "--unsafe-fixes", "-j", "1", "u.md")
    assert unsafe.exit_code == 2 and "internal error" in unsafe.stderr
    assert (kb / "u.md").read_text(encoding="utf-8") == UNSAFE_ONLY


def make_tree(root, files: int = 24):
    """Enough files for the worker pool, in the encodings and line endings fixes must keep."""
    (root / ".plainlint.yaml").write_text('overrides:\n  - files: ["latin/**"]\n    encoding: cp1252\n',
                                          encoding="utf-8")
    (root / "latin").mkdir()
    for number in range(files):
        text = f"Caf\u00e9 {number}: please utilize the form. Simply click Save.\n\nAll done here.\n"
        kind = number % 4
        if kind == 0:
            (root / f"p{number:02}.md").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
        elif kind == 1:
            (root / f"p{number:02}.md").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
        elif kind == 2:
            (root / "latin" / f"p{number:02}.md").write_bytes(text.encode("cp1252"))
        else:
            (root / f"p{number:02}.md").write_text(CLEAN, encoding="utf-8")
        for path in root.rglob(f"p{number:02}.md"):
            os.chmod(path, 0o640)


def expected_after_fix(data: bytes) -> bytes:
    return data.replace(b"please utilize", b"please use").replace(b"Simply click", b"Click")


def cli(args, cwd):
    return run_cli(args, cwd)


@pytest.mark.process
def test_fix_with_workers_keeps_every_byte_and_matches_one_job(tmp_path):
    one, many = tmp_path / "one", tmp_path / "many"
    one.mkdir()
    make_tree(one)
    shutil.copytree(one, many)
    before = {path.relative_to(one): path.read_bytes() for path in one.rglob("p*.md")}
    diffs = [cli(["check", "--diff", "--no-cache", "-j", jobs, "."], root) for jobs, root in (("1", one), ("2", many))]
    assert diffs[0].stdout == diffs[1].stdout and diffs[0].stdout.count("+++ b/") == 18
    assert diffs[0].stderr == diffs[1].stderr == "Would fix 36 finding(s) in 18 file(s).\n"
    runs = [cli(["check", "--fix", "--show-fixes", "-j", jobs, "."], root) for jobs, root in (("1", one), ("2", many))]
    assert runs[0].returncode == runs[1].returncode == 0
    assert (runs[0].stdout, runs[0].stderr) == (runs[1].stdout, runs[1].stderr)
    assert runs[0].stderr.startswith("Fixed 36 finding(s) in 18 file(s).\n")
    for root in (one, many):
        for relative, data in before.items():
            path = root / relative
            assert path.read_bytes() == expected_after_fix(data), relative
            assert stat.S_IMODE(path.stat().st_mode) == 0o640
        assert not [p for p in root.rglob("*") if p.name.startswith(".tmp")]  # no temporary files left
