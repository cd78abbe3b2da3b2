"""The pre-commit hook, run by real pre-commit (`try-repo`) on a throwaway repository.

pre-commit builds the hook's own virtualenv and pip-installs plainlint into it, so this needs
the package registry (or a local wheel mirror pip is configured for). Offline it skips with the
reason, except in CI (`CI` set), where a skip would hide a broken hook.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import yaml

from plhelpers import ROOT, copy_checkout, require_registry

pytestmark = [pytest.mark.slow, pytest.mark.process]

GIT_IDENTITY = ["-c", "user.name=plainlint tests", "-c", "user.email=tests@plainlint.invalid",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"]


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *GIT_IDENTITY, *args], cwd=cwd, check=True, capture_output=True)


def committed_copy_of_this_checkout(dest: Path) -> Path:
    """try-repo installs a commit, so commit the working tree (as it is now) to a fresh repo."""
    copy_checkout(dest)
    git(dest, "init", "-q")
    git(dest, "add", "-A")
    git(dest, "commit", "-q", "-m", "hook under test")
    return dest


def try_repo(hook_repo: Path, target: Path, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PRE_COMMIT_HOME=str(home), NO_COLOR="1", PRE_COMMIT_COLOR="never")
    return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), "plainlint"],
                          cwd=target, capture_output=True, text=True, env=env, timeout=900)


def test_hook_manifest():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["plainlint", "plainlint-fix"]
    hook = hooks[0]
    assert hook["language"] == "python"
    assert hook["entry"].split() == ["plainlint", "check", "--force-exclude"]
    from plainlint.reading import blade
    from plainlint.reading.readers import FORMATS, TEMPLATE_SUFFIXES

    files = re.compile(hook["files"])
    for suffix in [*FORMATS, *TEMPLATE_SUFFIXES, blade.SUFFIX]:  # Blade is read by its double suffix
        assert files.search(f"help/article{suffix}"), suffix
    assert hook["types"] == ["text"] and hooks[1]["files"] == hook["files"]
    # plainlint runs a worker per CPU itself: pre-commit must not run a batch per CPU as well.
    assert all(h["require_serial"] is True for h in hooks)


def test_pre_commit_hook_fails_on_bad_prose_and_passes_once_fixed(tmp_path):
    require_registry(tmp_path)
    hook_repo = committed_copy_of_this_checkout(tmp_path / "hook")
    target = tmp_path / "site"
    (target / "help" / "drafts").mkdir(parents=True)
    git(target, "init", "-q")
    (target / ".plainlint.yaml").write_text('exclude: ["help/drafts/**"]\n', encoding="utf-8")
    (target / "help" / "reset.md").write_text("# Reset\n\nPlease utilize the reset form.\n", encoding="utf-8")
    # Neither of these may fail the hook: a draft excluded by config (--force-exclude) and a
    # file type plainlint does not read (the hook's types keep it out).
    (target / "help" / "drafts" / "wip.md").write_text("Simply utilize it.\n", encoding="utf-8")
    (target / "build.py").write_text("# utilize\n", encoding="utf-8")
    git(target, "add", "-A")

    failed = try_repo(hook_repo, target, tmp_path / "pre-commit-home")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "help/reset.md:3:8: warning [jargon]" in failed.stdout
    assert "wip.md" not in failed.stdout and "build.py" not in failed.stdout

    (target / "help" / "reset.md").write_text("# Reset\n\nPlease use the reset form.\n", encoding="utf-8")
    git(target, "add", "-A")
    passed = try_repo(hook_repo, target, tmp_path / "pre-commit-home")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "plainlint" in passed.stdout and "Passed" in passed.stdout
