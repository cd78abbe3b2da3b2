"""The fast test run leaves the corpus out, so a test that reads it must say so with the marker."""

import pytest
import subprocess
import sys
import textwrap
from pathlib import Path
from plhelpers import ROOT

pytestmark = pytest.mark.process

TESTS = (ROOT / "tests")


def run_pytest_on(tmp_path: Path, body: str, **env: str) -> subprocess.CompletedProcess:
    test_file = tmp_path / "test_probe.py"
    test_file.write_text(textwrap.dedent(body), encoding="utf-8")
    return subprocess.run(
        # The suite's conftest loaded as a plugin: its fixtures and its audit hook apply to the probe.
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "conftest",
         "-c", str(TESTS.parent / "pyproject.toml"), "--rootdir", str(tmp_path), str(test_file)],
        capture_output=True, text=True, cwd=tmp_path, check=False,
        env={**__import__("os").environ, "PYTHONPATH": str(TESTS), **env},
    )


def test_an_unmarked_test_that_reads_the_corpus_by_hand_fails(tmp_path):
    probe = """
        import os
        from plhelpers import corpus_dir

        def test_reads():
            os.listdir(corpus_dir()) if corpus_dir().is_dir() else open(corpus_dir() / "x", "a")
    """
    result = run_pytest_on(tmp_path, probe)
    assert result.returncode == 1, result.stdout
    assert "is not marked `corpus`" in result.stdout


def test_an_unmarked_test_that_asks_for_the_corpus_fixture_fails(tmp_path):
    result = run_pytest_on(tmp_path, "def test_uses(corpus):\n    assert corpus\n")
    assert result.returncode == 1, result.stdout
    assert "uses the corpus fixture but is not marked" in result.stdout


def test_it_fails_even_where_the_corpus_is_absent(tmp_path):
    """The corpus fixture skips when the corpus is missing; the check must come first, or a fresh
    clone without ../shared would let an unmarked test through."""
    absent = {"PLAINLINT_CORPUS": str(tmp_path / "no-corpus"), "PLAINLINT_REQUIRE_CORPUS": ""}
    result = run_pytest_on(tmp_path, "def test_uses(corpus):\n    assert corpus\n", **absent)
    assert result.returncode == 1, result.stdout
    assert "uses the corpus fixture but is not marked" in result.stdout


def test_a_marked_test_may_read_it(tmp_path):
    probe = """
        import pytest

        @pytest.mark.corpus
        def test_uses(corpus):
            assert corpus.is_dir()
    """
    result = run_pytest_on(tmp_path, probe)
    assert result.returncode == 0 and "not marked" not in result.stdout, result.stdout
