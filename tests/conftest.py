"""Fixtures shared by the tests."""

import os
import sys
from pathlib import Path

import pytest

from plhelpers import corpus_dir, require_corpus


@pytest.fixture(scope="session")
def corpus() -> Path:
    return require_corpus()


@pytest.fixture
def full_disk(monkeypatch):
    """Every atomic write fails as on a full disk (ENOSPC) when it writes its temporary file."""
    import errno

    from plainlint.fixing import atomic

    def disk_full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_write_all", disk_full)


class _CorpusReads:
    """Paths under the corpus opened or listed by the running test while it is not marked `corpus`,
    and processes it started while it is not marked `process`.

    An audit hook sees every open(), directory listing, process start and fork in this process,
    so a test that reaches the corpus by a hand-built path is caught as well as one that uses the
    fixture, and the inner loop (`-m "not corpus and not slow and not process"`) stays fast."""

    root = os.path.abspath(corpus_dir()) + os.sep
    watching = False
    watching_processes = False
    busy = False
    seen: list[str] = []
    started: list[str] = []

    @classmethod
    def audit(cls, event: str, args: tuple) -> None:
        if cls.watching_processes and event in ("subprocess.Popen", "os.fork", "os.posix_spawn", "os.exec"):
            cls.started.append(f"{event} {args[1] if event == 'subprocess.Popen' else ''}".strip())
            return
        if not cls.watching or cls.busy or event not in ("open", "os.listdir", "os.scandir"):
            return
        cls.busy = True
        try:
            target = args[0] if args else None
            if isinstance(target, (str, bytes, os.PathLike)):
                path = os.path.abspath(os.fsdecode(target))
                if (path + os.sep).startswith(cls.root):
                    cls.seen.append(path)
        finally:
            cls.busy = False


sys.addaudithook(_CorpusReads.audit)


def pytest_runtest_setup(item):
    """Before any fixture: the session-scoped `corpus` fixture is set up ahead of function-scoped
    ones and skips the test when the corpus is absent, which would hide an unmarked test."""
    if item.get_closest_marker("corpus") is None and "corpus" in getattr(item, "fixturenames", ()):
        pytest.fail(f"{item.nodeid} uses the corpus fixture but is not marked `corpus`")


@pytest.fixture(autouse=True)
def _unmarked_tests_never_read_the_corpus(request):
    marked = request.node.get_closest_marker("corpus") is not None
    _CorpusReads.seen, _CorpusReads.started = [], []
    _CorpusReads.watching = not marked
    _CorpusReads.watching_processes = request.node.get_closest_marker("process") is None
    yield
    _CorpusReads.watching = _CorpusReads.watching_processes = False
    if _CorpusReads.started:
        pytest.fail(f"{request.node.nodeid} starts a process ({_CorpusReads.started[0]}) but is not marked "
                    "`process` (add @pytest.mark.process so the inner loop can leave it out)")
    if _CorpusReads.seen:
        pytest.fail(f"{request.node.nodeid} reads the corpus ({_CorpusReads.seen[0]}) but is not marked "
                    "`corpus` (add @pytest.mark.corpus so the fast test run can leave it out)")


# Property tests: a modest example count by default; HYPOTHESIS_PROFILE=fuzz runs the long
# profile (see "Robustness" in README.md). Nothing is stored between runs.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("default", max_examples=60, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=20_000, deadline=None, database=None,
                          suppress_health_check=list(HealthCheck))
settings.load_profile(__import__("os").environ.get("HYPOTHESIS_PROFILE", "default"))
