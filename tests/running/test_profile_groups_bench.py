"""benchmarks/profile_groups.py: the run it times is plainlint's own (same findings), and its
groups add up to no more than the run (nothing here asserts on a time). It replaces functions
module-wide, so it runs in a process of its own."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from plhelpers import ROOT


@pytest.mark.process
def test_a_grouped_run_names_the_reader_the_rules_and_the_shared_analyses(tmp_path):
    article = tmp_path / "a.md"
    article.write_text("# Help\n\nConnect your Github account. Utilize the Whatsapp app.\n", encoding="utf-8")
    out = tmp_path / "groups.tsv"
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "profile_groups.py"), "--out", str(out),
                          "check", "--no-cache", "--exit-zero", "--format", "concise", "--jobs", "1", str(article)],
                         capture_output=True, text=True, check=True)
    assert "[terminology]" in run.stdout and "[jargon]" in run.stdout  # the run printed its findings
    report = out.read_text(encoding="utf-8")
    labels = dict(re.findall(r"^([^\t\n]+)\t(\d+\.\d{3})", report, re.M))
    for label in ("read:markdown", "rule:terminology", "rule:jargon", "shared:wordlist-candidates", "output"):
        assert label in labels
    in_main = float(re.search(r"in main\(\) (\d+\.\d+)", report).group(1))
    assert sum(float(v) for k, v in labels.items() if not k.startswith("group ")) <= in_main + 0.005
