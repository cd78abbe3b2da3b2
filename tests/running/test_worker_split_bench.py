"""benchmarks/worker_split.py: its replay of how a run hands files to workers (nothing is timed)."""

from __future__ import annotations

import sys

from plhelpers import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import worker_split  # noqa: E402


def test_even_files_split_evenly_after_the_parent_s_first_chunk():
    # 8 files in the parent (8 s), then 16 tasks of 8 one-second files over two workers: 64 s more
    assert worker_split.makespan([1.0] * 136, jobs=2, chunk=8, window_per_job=4) == 72.0


def test_one_worker_does_everything_in_turn():
    assert worker_split.makespan([0.5, 2.0, 1.0, 3.0, 0.25], jobs=1, chunk=2, window_per_job=4) == 6.75


def test_a_slow_task_at_the_head_of_a_small_window_stalls_the_other_worker():
    # chunk 1, window 1 per worker: with the 10 s file unresolved, the parent waits for it after
    # two more tasks, so the second worker idles from 2 s to 10 s, and the 8 files still to hand
    # out take two workers 4 s more; with room for every file, the second does all ten meanwhile
    costs = [0.0, 10.0] + [1.0] * 10
    stalled = worker_split.makespan(costs, jobs=2, chunk=1, window_per_job=1)
    roomy = worker_split.makespan(costs, jobs=2, chunk=1, window_per_job=8)
    assert stalled == 14.0 and roomy == 10.0


def test_it_reads_costs_and_reports(tmp_path, capsys):
    costs = tmp_path / "costs.tsv"
    costs.write_text("".join(f"f{i}.md\t0.01000\n" for i in range(40)), encoding="utf-8")
    assert worker_split.main(["--costs", str(costs)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("40 files, 0.40 CPU-s; 2 workers: ideal 0.20 s") and "chunk 16" in out
