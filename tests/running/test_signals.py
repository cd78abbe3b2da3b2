"""Signals: Ctrl-C exits 130 and SIGTERM 143 (never 1, the code for findings), and worker
processes never outlive the run, whether it is interrupted, terminated or killed.

Real subprocesses on a folder large enough to keep two workers busy; every wait polls with
generous bounds, so a slow machine makes the tests slower, not flaky.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.process, pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")]

WORDS = ("the customer can simply utilize our billing form to leverage the refund process in order "
         "to get help quickly with every request").split()


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory) -> Path:
    """Enough files that a --jobs 2 run without the cache takes many seconds."""
    root = tmp_path_factory.mktemp("big")
    for i in range(1500):
        paragraphs = ("\n\n".join(" ".join(WORDS[(i + p + w) % len(WORDS)] for w in range(60)) + "."
                                  for p in range(12)))
        (root / f"doc{i:04d}.md").write_text(f"# Title {i}\n\n{paragraphs}\n", encoding="utf-8")
    return root


def state(pid: int) -> str | None:
    """The process' state letter from /proc, or None when it is gone (a zombie counts as gone)."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    letter = text.rsplit(")", 1)[1].split()[0]
    return None if letter in ("Z", "X") else letter


def children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] not in ("Z", "X"):
            found.append(int(entry))
    return found


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def start_run(folder: Path, tmp_path: Path, *extra: str) -> tuple[subprocess.Popen, list[int]]:
    """`plainlint check --jobs 2` on the folder, once both its workers run. Output goes to files:
    a worker left behind would hold a pipe open and hang the test instead of failing it."""
    out = (tmp_path / "stdout").open("wb")
    err = (tmp_path / "stderr").open("wb")
    env = dict(os.environ, NO_COLOR="1")
    command = [sys.executable, "-m", "plainlint", "check", "--no-cache", "--jobs", "2", "-q", *extra, "."]
    process = subprocess.Popen(command, cwd=folder, stdout=out, stderr=err, env=env, start_new_session=True)
    out.close()
    err.close()
    assert wait_for(lambda: len(children(process.pid)) >= 2, 120), "the workers never started"
    return process, children(process.pid)


def finish(process: subprocess.Popen, workers: list[int]) -> tuple[int, list[int]]:
    """The exit code, and the workers still alive a generous while after the parent exited."""
    try:
        code = process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    wait_for(lambda: not any(state(pid) for pid in workers), 20)
    alive = [pid for pid in workers if state(pid)]
    for pid in alive:  # never leave a stray process on a shared machine
        os.kill(pid, signal.SIGKILL)
    return code, alive


def test_sigterm_exits_143_and_ends_the_workers(big_folder, tmp_path):
    process, workers = start_run(big_folder, tmp_path)
    process.send_signal(signal.SIGTERM)
    code, alive = finish(process, workers)
    assert code == 143, (tmp_path / "stderr").read_text()
    assert alive == []
    assert "Traceback" not in (tmp_path / "stderr").read_text()


def test_ctrl_c_exits_130_not_1(big_folder, tmp_path):
    process, workers = start_run(big_folder, tmp_path)
    os.killpg(process.pid, signal.SIGINT)  # a terminal sends Ctrl-C to the whole process group
    code, alive = finish(process, workers)
    stderr = (tmp_path / "stderr").read_text()
    assert code == 130, stderr
    assert alive == []
    assert "Aborted!" not in stderr and "Traceback" not in stderr


def test_workers_exit_when_the_parent_is_killed(big_folder, tmp_path):
    """SIGKILL cannot be handled: the workers notice that their parent is gone."""
    process, workers = start_run(big_folder, tmp_path)
    process.send_signal(signal.SIGKILL)
    code, alive = finish(process, workers)
    assert code == -signal.SIGKILL
    assert alive == []


def test_sigterm_leaves_the_previous_output_file_whole(big_folder, tmp_path):
    report = tmp_path / "report.json"
    report.write_text('[{"previous": "report"}]\n', encoding="utf-8")
    process, workers = start_run(big_folder, tmp_path, "--format", "json", "-o", str(report))
    process.send_signal(signal.SIGTERM)
    code, alive = finish(process, workers)
    assert (code, alive) == (143, [])
    assert report.read_text(encoding="utf-8") == '[{"previous": "report"}]\n'
    assert [p.name for p in tmp_path.iterdir() if "plainlint-tmp" in p.name] == []
