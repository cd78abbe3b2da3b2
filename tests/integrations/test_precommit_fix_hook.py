"""The `plainlint-fix` pre-commit hook: a valid manifest, the files it picks, what it does."""

import pytest
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import yaml

from plainlint.reading.readers import FORMATS, TEMPLATE_SUFFIXES
from plhelpers import ROOT

pytestmark = pytest.mark.process



def hook():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return next(h for h in hooks if h["id"] == "plainlint-fix")


def test_manifest_is_valid():
    result = subprocess.run([sys.executable, "-m", "pre_commit", "validate-manifest", ".pre-commit-hooks.yaml"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_hook_picks_every_format_plainlint_reads():
    files = re.compile(hook()["files"])
    for suffix in [*FORMATS, *TEMPLATE_SUFFIXES]:
        assert files.search(f"help/article{suffix}"), suffix
    assert not files.search("src/app.py") and not files.search("logo.png")


def test_hook_entry_fixes_the_files_pre_commit_passes(tmp_path):
    (tmp_path / "a.md").write_text("Simply click Save prior to leaving.\n", encoding="utf-8")
    entry = shlex.split(hook()["entry"])
    assert entry[0] == "plainlint"
    env = dict(os.environ, NO_COLOR="1")
    result = subprocess.run([sys.executable, "-m", "plainlint", *entry[1:], "a.md"], cwd=tmp_path,
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "Click Save before leaving.\n"
