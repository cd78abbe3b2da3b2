"""benchmarks/parallel_cost.py: its accounting and the split it makes (nothing is timed)."""

from __future__ import annotations

import io
import sys

from plhelpers import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import parallel_cost  # noqa: E402
from plainlint.running import parallel, tree_pass  # noqa: E402


def test_halves_alternate_chunks_as_two_workers_take_them():
    first, second = parallel_cost.halves(list(range(20)), 4)
    assert first == [0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19]
    assert second == [4, 5, 6, 7, 12, 13, 14, 15]


def test_summary_gives_each_side_and_the_ratio_of_the_means():
    line = parallel_cost.summary("pair", [(2.0, 0)], [(2.0, 10), (3.0, 12)], load=1.5)
    assert line == "pair: A 2.00 | B 2.00 (10 faults), 3.00 (12 faults) | B / A 1.250 (load 1.5)"


def test_account_counts_the_files_linted_and_puts_back_what_it_patched(tmp_path, monkeypatch):
    for i in range(3):
        (tmp_path / f"a{i}.md").write_text("Please utilize the form.\n", encoding="utf-8")
    originals = (parallel.LintJob.lint_fresh, parallel._lint_batch, parallel._Workers.submit, tree_pass.first_pass)
    out = io.StringIO()
    monkeypatch.chdir(tmp_path)
    code = parallel_cost.account(["check", ".", "--jobs", "1", "--no-cache", "-q", "--exit-zero",
                                  "-o", str(tmp_path / "out.txt")], out=out)
    assert code == 0
    first = out.getvalue().splitlines()[0]
    assert "linting" in first and "in 3 files" in first and "tree pass" in first
    assert "worker:" not in out.getvalue()  # --jobs 1: no worker
    assert (parallel.LintJob.lint_fresh, parallel._lint_batch, parallel._Workers.submit,
            tree_pass.first_pass) == originals


def test_the_split_side_adds_its_two_halves_up():
    assert parallel_cost.together([(1.5, 10), (2.0, 12)]) == (3.5, 22)
