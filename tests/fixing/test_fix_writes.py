"""`--fix` and `--diff` on files: bytes kept, atomic writes, failures that leave the file intact.

The tests run as root, so permissions cannot make a write fail: failures are injected by
patching the system calls the writer uses (os.open through mkstemp, os.write, os.fsync,
os.replace), and one test kills the writing process outright.
"""

import errno
import io
import os
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from plainlint.fixing import atomic
from plainlint.fixing.atomic import WriteError, write_atomic
from plainlint.running.run import Run, RunOptions
from plhelpers import ROOT, run_cli

SMTP = "articles/sendgrid-docs/content/docs/for-developers/sending-email/getting-started-smtp.md"  # CRLF
BOM_HBS = "emails/bitwarden-server/src/Core/MailTemplates/Handlebars/Auth/EmergencyAccessRecovery.html.hbs"
ZENDESK = "macros-exports/zendesk/macros/360001234549.json"


def cli(args, cwd):
    return run_cli(args, cwd)


def copy(corpus, tmp_path, relative):
    target = tmp_path / Path(relative).name
    shutil.copyfile(corpus / relative, target)
    return target


def run_fix(path: Path, **options):
    errors = []
    out = io.StringIO()
    code = Run(RunOptions(paths=[path], fix=True, output_format="concise", **options), out,
               error=errors.append).execute()
    return code, errors, out.getvalue()


@pytest.mark.corpus
def test_fix_keeps_crlf_bom_mode_and_all_other_bytes(corpus, tmp_path):
    smtp, hbs = copy(corpus, tmp_path, SMTP), copy(corpus, tmp_path, BOM_HBS)
    os.chmod(smtp, 0o640)
    before = {p: p.read_bytes() for p in (smtp, hbs)}
    # terminology and filler left out: their safe fixes ('MacOS' -> 'macOS', a bare 'Note that'
    # deleted) would join the jargon fixes checked here
    result = cli(["check", "--fix", "--format", "concise", "--ignore", "PL501,PL103", smtp.name], tmp_path)
    assert result.returncode == 1  # findings remain (passive voice, unsafe-only jargon)
    assert "Fixed 2 finding(s) in 1 file(s)." in result.stderr  # 'e.g.' and 'ensure' (issue 28)
    result = cli(["check", "--fix", "--unsafe-fixes", "--ignore", "PL501,PL103", hbs.name], tmp_path)
    assert "Fixed 1 finding(s) in 1 file(s)." in result.stderr
    after = {p: p.read_bytes() for p in (smtp, hbs)}
    assert after[hbs].startswith(b"\xef\xbb\xbf{{") and b"{{Name}} has started an emergency request" in after[hbs]
    assert after[hbs].replace(b"has started", b"has initiated") == before[hbs]
    assert after[smtp].count(b"\r\n") == before[smtp].count(b"\r\n") and b"\n" not in after[smtp].replace(b"\r\n", b"")
    assert b"(for example, `<YOUR_API_KEY>`)" in after[smtp]
    assert stat.S_IMODE(os.stat(smtp).st_mode) == 0o640
    # Only the fixed words changed: undo them and the original bytes come back exactly.
    assert after[smtp].replace(b"(for example,", b"(e.g.,").replace(b"make sure", b"ensure") == before[smtp]
    assert not list(tmp_path.glob(".*plainlint-tmp"))


@pytest.mark.corpus
def test_diff_writes_nothing_and_exits_1(corpus, tmp_path):
    target = copy(corpus, tmp_path, ZENDESK)
    before = target.read_bytes()
    result = cli(["check", "--diff", target.name], tmp_path)
    assert result.returncode == 1
    assert result.stdout.startswith(f"--- a/{target.name}\n+++ b/{target.name}\n")
    assert "so that we can help you better" in result.stdout
    assert target.read_bytes() == before
    # Applied, the same change leaves nothing to diff: exit 0, empty output.
    # 'regarding' (issue 28) is a suggestion here, so a warning remains after the fix.
    assert cli(["check", "--fix", target.name], tmp_path).returncode == 1
    again = cli(["check", "--diff", target.name], tmp_path)
    assert (again.returncode, again.stdout) == (0, "")


def test_exit_code_after_fix_reflects_what_remains(tmp_path):
    (tmp_path / "a.md").write_text("Please utilize the form.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("Please utilize the form. We will facilitate it.\n", encoding="utf-8")
    assert cli(["check", "--fix", "a.md"], tmp_path).returncode == 0
    assert cli(["check", "--fix", "b.md"], tmp_path).returncode == 1
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == "Please use the form. We will facilitate it.\n"


def test_unsafe_fixes_alone_is_a_usage_error(tmp_path):
    result = cli(["check", "--unsafe-fixes", "."], tmp_path)
    assert result.returncode == 2 and "--unsafe-fixes needs --fix or --diff" in result.stderr


def test_file_changed_on_disk_is_not_overwritten(tmp_path, monkeypatch):
    target = tmp_path / "a.md"
    target.write_text("Please utilize the form.\n", encoding="utf-8")
    import plainlint.running.fixrun as fixrun

    real = fixrun.fix_bytes

    def fix_then_someone_saves(*args, **kwargs):
        fixed = real(*args, **kwargs)
        target.write_text("Please utilize the new form.\n", encoding="utf-8")
        return fixed

    monkeypatch.setattr(fixrun, "fix_bytes", fix_then_someone_saves)
    code, errors, _ = run_fix(target)
    assert code == 2
    assert target.read_text(encoding="utf-8") == "Please utilize the new form.\n"
    assert errors[0] == f"{target.as_posix()}: error: changed on disk since plainlint read it; fixes not written (run again)"


def test_read_only_file_is_not_replaced(tmp_path, monkeypatch):
    """The atomic rename needs only the folder's permission, so it would replace a file the
    user may not write (chmod a-w): refused, as writing it is. (os.access is faked: the tests
    may run as root, who may write anything.)"""
    target = tmp_path / "a.md"
    target.write_text("Please utilize the form.\n", encoding="utf-8")
    real = os.access
    monkeypatch.setattr(atomic.os, "access", lambda path, mode, **kw: mode != os.W_OK and real(path, mode, **kw))
    code, errors, _ = run_fix(target)
    assert code == 2
    assert target.read_text(encoding="utf-8") == "Please utilize the form.\n"
    assert errors[0] == f"{target.as_posix()}: error: read-only: no permission to write it; left unchanged"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]


def _boom(number):
    def fail(*args, **kwargs):
        raise OSError(number, os.strerror(number))
    return fail


@pytest.mark.parametrize("call", ["os.open", "os.write", "os.fsync", "os.replace"])
@pytest.mark.parametrize("number", [errno.ENOSPC, errno.EACCES, errno.EROFS])
@pytest.mark.corpus
def test_injected_write_failure_leaves_original_and_one_clear_line(corpus, tmp_path, monkeypatch, call, number):
    target = copy(corpus, tmp_path, SMTP)
    before = target.read_bytes()
    monkeypatch.setattr(atomic.os, call.split(".")[1], _boom(number)) if call != "os.open" else \
        monkeypatch.setattr(atomic.tempfile, "mkstemp", _boom(number))
    code, errors, _ = run_fix(target)
    monkeypatch.undo()
    assert code == 2
    assert target.read_bytes() == before
    assert len(errors) == 2 and errors[1].startswith("Fixed 0 finding(s)")
    line = errors[0]
    assert "\n" not in line and line.startswith(f"{target.as_posix()}: error: ")
    assert os.strerror(number) in line and "left unchanged" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no temporary file left


@pytest.mark.process
def test_killed_mid_write_leaves_original_intact(tmp_path):
    target = tmp_path / "a.md"
    target.write_bytes(b"Please utilize the form.\r\n")
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from plainlint.fixing import atomic\n"
        "real_write = os.write\n"
        "def write_half_then_die(fd, data):\n"
        "    real_write(fd, bytes(data[:5]))\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "atomic.os.write = write_half_then_die\n"
        "atomic.write_atomic(Path(sys.argv[1]), b'Please use the form.\\r\\n', b'Please utilize the form.\\r\\n')\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(target)], cwd=ROOT, capture_output=True)
    assert result.returncode == -signal.SIGKILL
    assert target.read_bytes() == b"Please utilize the form.\r\n"
    leftovers = [p for p in tmp_path.iterdir() if p != target]
    assert leftovers and all(p.name.endswith(".plainlint-tmp") for p in leftovers)  # never the real file


def test_write_through_symlink_keeps_the_link(tmp_path):
    real = tmp_path / "real.md"
    real.write_bytes(b"old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_atomic(link, b"new", expected=b"old")
    assert link.is_symlink() and real.read_bytes() == b"new"
    with pytest.raises(WriteError):
        write_atomic(link, b"newer", expected=b"old")
    assert real.read_bytes() == b"new"
