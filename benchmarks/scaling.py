#!/usr/bin/env python3
"""plainlint scaling: does the cost of one file grow in proportion to its size?

Usage (from the repository root, with plainlint installed in the active Python):
    python benchmarks/scaling.py                      # every case, median of 3 runs
    python benchmarks/scaling.py --cases dot_run,entities --runs 1 --timeout 30
    python benchmarks/scaling.py --list               # the cases and what each one stresses
    python benchmarks/scaling.py --markdown           # a Markdown table, for the README

For every case a generator (in scaling_inputs.py) writes the same kind of content at a base size
(1x) and at 2x, 4x and 8x. Each size is linted in its own process (`python -P -m plainlint check
--no-cache --jobs 1`), and the figure is the CPU time of that process (user+system, from wait4)
minus start-up: the CPU
time of the same command on a tiny file of the same kind. The base size is calibrated: it doubles
until the 1x run takes at least --min-seconds (0.3 s) of CPU beyond start-up, within a size cap
(--max-mb at 8x) and a time cap (a 1x run over --max-seconds stops the calibration: that case is
already slow at a modest size). Linear cost grows 2x per doubling and 4x per 4x of input; a case
passes when 8x costs at most 5x of 2x. A run over --timeout CPU seconds is stopped and shown as
"> timeout"; the larger sizes of that case are not run. --profile N names what grows instead.
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import load  # noqa: E402
from scaling_inputs import CASES, Case  # noqa: E402  (the generators, beside this script)
from many_files import measure_many_files, print_many_files  # noqa: E402

LIMIT_PER_4X = 5.0
SCALES = (1, 2, 4, 8)

# --- running ------------------------------------------------------------------------------------


@dataclass
class Run:
    cpu: float  # user+system seconds of the process and the children it waited for
    rss: int  # peak resident set size, bytes
    timed_out: bool = False


def cpu_limit(seconds: float) -> Callable[[], None]:
    """Set in the child before plainlint starts: the kernel stops it after `seconds` of CPU, so the
    timeout means the same on a busy machine as on an idle one."""
    def limit():
        whole = max(1, math.ceil(seconds))
        resource.setrlimit(resource.RLIMIT_CPU, (whole, whole + 5))
    return limit


def run_once(command: list[str], timeout: float) -> Run:
    """One run in its own process group, measured with wait4; stopped after `timeout` CPU seconds
    (or ten times that in wall seconds, should it sleep)."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True, preexec_fn=cpu_limit(timeout))
    deadline = time.monotonic() + 10 * timeout
    pause = 0.005
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            os.killpg(process.pid, signal.SIGKILL)
            pid, status, usage = os.wait4(process.pid, 0)
            break
        time.sleep(pause)
        pause = min(pause * 2, 0.1)
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    cpu = usage.ru_utime + usage.ru_stime
    if process.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        return Run(cpu, usage.ru_maxrss * 1024, timed_out=True)
    if process.returncode not in (0, 1) or "error:" in error:
        raise RuntimeError(f"{' '.join(command)} failed (exit {process.returncode}): {error.strip()[:400]}")
    return Run(cpu, usage.ru_maxrss * 1024)


def median_run(command: list[str], runs: int, timeout: float) -> Run:
    """Median CPU of `runs` runs and the highest peak memory; stops at the first timeout."""
    results = []
    for _ in range(runs):
        results.append(run_once(command, timeout))
        if results[-1].timed_out:
            return results[-1]
    return Run(statistics.median(r.cpu for r in results), max(r.rss for r in results))


class Runner:
    """Writes a case's input at a scale and lints it; start-up is measured once per case."""

    def __init__(self, plainlint: list[str], folder: Path, runs: int, timeout: float):
        self.plainlint, self.folder, self.runs, self.timeout = plainlint, folder, runs, timeout

    def config(self, case: Case) -> Path:
        path = self.folder / f"{case.name}-{abs(hash(case.config))}.plainlint.yaml"
        if not path.exists():
            limit = "" if "max-file-size" in case.config else "max-file-size: 1GB\n"
            path.write_text(limit + case.config)
        return path

    def command(self, case: Case, path: Path) -> list[str]:
        report = [] if case.text_report else ["--format", "json", "-o", os.devnull]
        return [*self.plainlint, "check", "--no-cache", "--jobs", "1", "--config", str(self.config(case)),
                *report, str(path)]

    def write(self, case: Case, n: int) -> Path:
        name, data = case.make(n)
        path = self.folder / f"{case.name}-{n}-{name}"
        path.write_bytes(data)
        return path

    def measure(self, case: Case, n: int, runs: int | None = None) -> tuple[int, Run]:
        path = self.write(case, n)
        try:
            return path.stat().st_size, median_run(self.command(case, path), runs or self.runs, self.timeout)
        finally:
            path.unlink()


@dataclass
class Result:
    case: Case
    base_size: int = 0
    startup: float = 0.0
    cpu: dict[int, Run] = field(default_factory=dict)  # scale -> run (CPU not yet minus start-up)
    note: str = ""

    def net(self, scale: int) -> float | None:
        run = self.cpu.get(scale)
        return None if run is None else max(run.cpu - self.startup, 1e-3)

    def timed_out(self, scale: int) -> bool:
        run = self.cpu.get(scale)
        return run is not None and run.timed_out

    def growth(self, low: int, high: int) -> tuple[float | None, bool]:
        """(ratio of `high` to `low`, whether it is only a lower bound because a run timed out)."""
        a, b = self.net(low), self.net(high)
        if a is None or self.timed_out(low):
            return None, False
        if b is None:  # not run: an earlier size timed out
            last = max(s for s in self.cpu if s < high)
            if not self.timed_out(last) or last <= low:
                return None, False
            b = self.net(last)
        return b / a, self.timed_out(high) or high not in self.cpu

    @property
    def per_doubling(self) -> tuple[float | None, bool]:
        ratio, bound = self.growth(1, 8)
        return (ratio ** (1 / 3), bound) if ratio else (None, bound)

    @property
    def per_4x(self) -> tuple[float | None, bool]:
        return self.growth(2, 8)

    @property
    def passed(self) -> bool:
        ratio, bound = self.per_4x
        if self.note.startswith("slow"):
            return False
        return ratio is not None and not bound and ratio <= LIMIT_PER_4X

    @property
    def peak(self) -> int:
        return max((r.rss for r in self.cpu.values()), default=0)


def calibrate(runner: Runner, case: Case, result: Result, args) -> int | None:
    """The base n: doubled until 1x is the case's minimum size and costs --min-seconds beyond
    start-up. None when even the base is slower than --max-seconds (the result's note says so)."""
    n = args.start_n
    if case.min_bytes:  # straight to the minimum size: generators are linear in n
        n = max(n, math.ceil(n * case.min_bytes / len(case.make(n)[1])))
    while True:
        size, run = runner.measure(case, n, runs=1)
        net = run.cpu - result.startup
        if run.timed_out or net > args.max_seconds:
            result.base_size, result.cpu[1] = size, run
            result.note = f"slow: 1x ({size / 1e6:.2f} MB) already takes {net:.1f} s"
            return None
        target = case.min_seconds or args.min_seconds
        if net >= target and confirmed(runner, case, n, run.cpu, result, target):
            return n
        if size * 2 * 8 > args.max_mb * 1e6:
            result.note = f"size cap: 1x takes {net:.2f} s"
            return n
        n *= 2


def confirmed(runner: Runner, case: Case, n: int, first: float, result: Result, target: float) -> bool:
    """Whether the median of three runs at n (`first` and two more) still reaches `target` beyond
    start-up: one run is noisy on a busy machine, and a base too small puts start-up noise into
    every ratio."""
    more = [runner.measure(case, n, runs=1)[1].cpu for _ in range(2)]
    return statistics.median([first, *more]) - result.startup >= target


def measure_case(runner: Runner, case: Case, args) -> Result:
    result = Result(case)
    result.startup = runner.measure(case, 1, runs=max(3, args.runs))[1].cpu  # cheap, and noisy
    n = calibrate(runner, case, result, args)
    if n is None:
        return result
    for scale in SCALES:
        size, run = runner.measure(case, n * scale)
        if scale == 1:
            result.base_size = size
        result.cpu[scale] = run
        if run.timed_out:
            break
    return result


# --- memory -----------------------------------------------------------------------------------

# (case, input size in MB): issue 24's fixed-size inputs, each held to peak memory under 10x.
MEMORY_CASES = (("markdown_article", 20), ("markdown_table", 10))
MEMORY_LIMIT = 10.0


def size_for(case: Case, megabytes: float) -> int:
    """The n whose input is closest to `megabytes` (generators grow linearly)."""
    per_unit = len(case.make(1000)[1]) / 1000
    return max(1, round(megabytes * 1e6 / per_unit))


def measure_memory(runner: Runner, timeout: float) -> list[tuple[str, int, int]]:
    """(case, input bytes, peak RSS bytes) of one run each, under `max-file-size: 50MB`."""
    by_name = {c.name: c for c in CASES}
    out = []
    for name, megabytes in MEMORY_CASES:
        case = Case(name, by_name[name].make, config="max-file-size: 50MB\n")
        size, run = runner.measure(case, size_for(case, megabytes), runs=1)
        out.append((name, size, run.rss))
    return out


def print_memory(rows: list[tuple[str, int, int]]) -> bool:
    print("| case | input MB | peak MB | peak / input | < 10x |")
    print("|---|---|---|---|---|")
    passed = True
    for name, size, rss in rows:
        ratio = rss / size
        passed &= ratio < MEMORY_LIMIT
        print(f"| {name} | {size / 1e6:.1f} | {rss / 1e6:.0f} | {ratio:.1f}x | {'PASS' if ratio < MEMORY_LIMIT else 'FAIL'} |")
    return passed


# --- reporting ----------------------------------------------------------------------------------

def seconds(result: Result, scale: int, timeout: float) -> str:
    if scale not in result.cpu:
        return "-"
    if result.timed_out(scale):
        return f"> {timeout:g}"
    return f"{result.net(scale):.2f}"


def ratio_text(value: tuple[float | None, bool]) -> str:
    ratio, bound = value
    if ratio is None:
        return "-"
    return f"{'> ' if bound else ''}{ratio:.1f}x"


def verdict(result: Result) -> str:
    return "PASS" if result.passed else "FAIL"


HEADER = ("case", "1x size", "start-up s", "1x s", "2x s", "4x s", "8x s", "per doubling", "per 4x",
          "peak MB", "≤ 5x per 4x")


def row(result: Result, timeout: float) -> list[str]:
    return [result.case.name, f"{result.base_size / 1e3:.0f} KB", f"{result.startup:.2f}",
            *(seconds(result, s, timeout) for s in SCALES), ratio_text(result.per_doubling),
            ratio_text(result.per_4x), f"{result.peak / 1e6:.0f}", verdict(result)]


def print_table(results: list[Result], timeout: float, markdown: bool) -> None:
    rows = [list(HEADER)] + [row(r, timeout) for r in results]
    if markdown:
        print("| " + " | ".join(HEADER) + " |")
        print("|" + "---|" * len(HEADER))
        for cells in rows[1:]:
            print("| " + " | ".join(cells) + " |")
    else:
        widths = [max(len(r[i]) for r in rows) for i in range(len(HEADER))]
        for cells in rows:
            print("  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip())
    notes = [f"- {r.case.name}: {r.note}" for r in results if r.note]
    if notes:
        print("\n" + "\n".join(notes))


def profile(runner: Runner, case: Case, n: int, top: int) -> None:
    """cProfile of one run at n units, the `top` functions by own time: who grows."""
    path = runner.write(case, n)
    command = runner.command(case, path)
    python, rest = command[0], command[command.index("plainlint") + 1:]
    stats = runner.folder / "profile.out"
    try:
        subprocess.run([python, "-P", "-m", "cProfile", "-o", str(stats), "-m", "plainlint", *rest],
                       stdout=subprocess.DEVNULL, check=False)
        import pstats

        print(f"## {case.name}, n={n} ({path.stat().st_size / 1e3:.0f} KB)")
        pstats.Stats(str(stats), stream=sys.stdout).sort_stats("tottime").print_stats(top)
    finally:
        path.unlink()


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", help="comma-separated case names (default: all); see --list")
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    parser.add_argument("--runs", type=int, default=3, help="runs per size (the median CPU is shown)")
    parser.add_argument("--min-seconds", type=float, default=0.3, help="CPU beyond start-up the 1x run must take")
    parser.add_argument("--max-seconds", type=float, default=20.0,
                        help="stop calibrating when a 1x run takes longer (reported as slow)")
    parser.add_argument("--max-mb", type=float, default=32.0, help="largest input at 8x, MB")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="CPU seconds before a run is stopped (shown as '> timeout')")
    parser.add_argument("--start-n", type=int, default=16, help="first n tried when calibrating")
    parser.add_argument("--profile", type=int, metavar="N",
                        help="instead of timing, profile each case once at N units (cProfile, by own time)")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--memory", action="store_true",
                        help="instead of timing, the peak memory of a 20 MB Markdown article and a 10 MB "
                             "Markdown table (max-file-size: 50MB), each held under 10x its input, and what "
                             "each file adds to a run over many small articles")
    parser.add_argument("--plainlint", default=None,
                        help="command that runs plainlint (default: this Python with -P -m plainlint)")
    return parser.parse_args(argv)


def selected(names: str | None) -> list[Case]:
    if not names:
        return CASES
    by_name = {c.name: c for c in CASES}
    unknown = [n for n in names.split(",") if n not in by_name]
    if unknown:
        raise SystemExit(f"unknown case(s): {', '.join(unknown)}; known: {', '.join(by_name)}")
    return [by_name[n] for n in names.split(",")]


def main(argv=None) -> int:
    args = parse_args(argv)
    cases = selected(args.cases)
    if args.list:
        for case in cases:
            print(f"{case.name:20} {case.about}{' (text reporter)' if case.text_report else ''}")
        return 0
    plainlint = args.plainlint.split() if args.plainlint else [sys.executable, "-P", "-m", "plainlint"]
    if args.profile:
        with tempfile.TemporaryDirectory(prefix="plainlint-scaling-") as folder:
            runner = Runner(plainlint, Path(folder), 1, args.timeout)
            for case in cases:
                profile(runner, case, args.profile, 15)
        return 0
    if args.memory:
        with tempfile.TemporaryDirectory(prefix="plainlint-scaling-") as folder:
            runner = Runner(plainlint, Path(folder), 1, args.timeout)
            rows = measure_memory(runner, args.timeout)
            many = measure_many_files(runner.plainlint, runner.folder, run_once, runner.timeout)
        return 0 if print_memory(rows) & print_many_files(*many) else 1  # `&`, not `and`: both tables print
    print(f"# plainlint scaling: CPU s minus start-up, median of {args.runs}; load average {load()}\n")
    results = []
    with tempfile.TemporaryDirectory(prefix="plainlint-scaling-") as folder:
        runner = Runner(plainlint, Path(folder), args.runs, args.timeout)
        for case in cases:
            results.append(measure_case(runner, case, args))
            print("  " + "  ".join(row(results[-1], args.timeout)), file=sys.stderr, flush=True)
    print_table(results, args.timeout, args.markdown)
    print(f"\nload average at end: {load()}")
    failed = [r.case.name for r in results if not r.passed]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
