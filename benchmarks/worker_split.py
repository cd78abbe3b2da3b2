#!/usr/bin/env python3
"""How a run with workers splits its files, and what wall time the split loses (issue 24).

    python benchmarks/worker_split.py --measure DIR --costs OUT.tsv   # one --jobs 1 run, slow
    python benchmarks/worker_split.py --costs OUT.tsv [--jobs 2]      # the schedule, at once

--measure lints DIR (run from its parent, as `plainlint check --no-cache DIR`) in this process
with --jobs 1 and writes each file's CPU (time.process_time around LintJob.lint), in the order
discovery gives them, to --costs. The schedule then replays those costs as
plainlint.running.parallel hands files to workers: the first CHUNK files in the parent, then
tasks of CHUNK files in order, each taken by the first free worker, with the parent waiting for
the oldest task once more than jobs * WINDOW_PER_JOB are unresolved (results go out in order).
It prints the makespan against the ideal (the files' CPU split evenly), where the largest files
stand, and the same for other chunk sizes and windows. CPU per file is steadier than a wall clock
on a shared machine; the parent's own work (handing results out) and process start-up are not in
the replay, so the real wall time is that much more.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path


def measure(folder: Path, out: Path) -> None:
    """Each file's CPU in a --jobs 1 run of `folder`, in discovery order, as TSV (path, seconds)."""
    from plainlint.cli import main
    from plainlint.running import parallel

    rows: list[tuple[str, float]] = []
    lint = parallel.LintJob.lint

    def timed(self, candidate):
        started = time.process_time()
        result = lint(self, candidate)
        rows.append((candidate.display, time.process_time() - started))
        return result

    parallel.LintJob.lint = timed
    os.chdir(folder.resolve().parent)
    try:
        main(["check", "--no-cache", "-q", "--jobs", "1", folder.name], standalone_mode=False)
    finally:
        parallel.LintJob.lint = lint
    out.write_text("".join(f"{path}\t{seconds:.5f}\n" for path, seconds in rows), encoding="utf-8")


def makespan(costs: list[float], jobs: int, chunk: int, window_per_job: int) -> float:
    """When the last worker finishes, replaying parallel.lint_all's schedule on `costs`."""
    clock = sum(costs[:chunk])  # the parent lints the first chunk before forking
    free = [clock] * jobs
    done: list[float] = []
    unresolved: list[int] = []
    window = jobs * window_per_job
    rest = costs[chunk:]
    for task, start in enumerate(range(0, len(rest), chunk)):
        worker = min(range(jobs), key=free.__getitem__)
        free[worker] = max(free[worker], clock) + sum(rest[start:start + chunk])
        done.append(free[worker])
        unresolved.append(task)
        while len(unresolved) > window:
            clock = max(clock, done[unresolved.pop(0)])
    return max(free) if done else clock


def report(costs: list[float], jobs: int) -> None:
    from plainlint.running.parallel import CHUNK, WINDOW_PER_JOB

    total = sum(costs)
    ideal = total / jobs
    now = makespan(costs, jobs, CHUNK, WINDOW_PER_JOB)
    print(f"{len(costs)} files, {total:.2f} CPU-s; {jobs} workers: ideal {ideal:.2f} s, "
          f"as scheduled {now:.2f} s ({100 * (now - ideal) / ideal:+.1f}%); "
          f"the first chunk in the parent {sum(costs[:CHUNK]):.2f} s")
    largest = sorted(range(len(costs)), key=lambda index: -costs[index])[:5]
    print("largest files (position, CPU-s):", ", ".join(f"{index} {costs[index]:.2f}" for index in largest))
    for window_per_job in (WINDOW_PER_JOB, 4 * WINDOW_PER_JOB):
        row = [f"chunk {chunk} {makespan(costs, jobs, chunk, window_per_job):.2f}" for chunk in (1, 2, 4, 8, 16)]
        print(f"window {window_per_job} per worker: " + ", ".join(row))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--costs", type=Path, required=True, help="TSV of path and CPU seconds per file")
    parser.add_argument("--measure", type=Path, help="lint this folder with --jobs 1 first, writing --costs")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    if args.measure is not None:
        measure(args.measure, args.costs.resolve())
    costs = [float(line.split("\t")[1]) for line in args.costs.read_text(encoding="utf-8").splitlines() if line]
    report(costs, args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
