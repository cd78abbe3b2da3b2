"""How benchmarks/bench.py measures a command: wall and CPU time of its whole process tree, the
tree's peak memory sampled from /proc, medians over runs, peers' files in batches, and a figure's
row in the results table. Kept apart from what bench.py chooses to run (and imported by
peers_subset.py and scaling.py through bench.py's names)."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Figure:
    label: str
    files: int
    size: int  # bytes
    seconds: float  # median wall time
    rss: int | None = None  # peak RSS of the process tree, bytes
    cpu: float | None = None  # median user+system CPU seconds of the process tree

    @property
    def rate(self) -> float:
        return self.size / 1e6 / self.seconds if self.seconds else 0.0

    @property
    def cpu_rate(self) -> float:
        """MB per CPU-second: what the rate would be on one idle core (robust to machine load)."""
        return self.size / 1e6 / self.cpu if self.cpu else 0.0


def load() -> str:
    """The machine's load average (1, 5 and 15 minutes), printed with every benchmark."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def tree_rss(root_pid: int) -> int:
    """Resident memory of `root_pid` and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * page
        except (OSError, ValueError, IndexError):
            continue
    tree, frontier = {root_pid}, [root_pid]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in tree:
                tree.add(child)
                frontier.append(child)
    return sum(proportional_set_size(pid) or rss.get(pid, 0) for pid in tree)


def proportional_set_size(pid: int) -> int | None:
    """PSS: forked workers share the parent's pages, which plain RSS would count once per process."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command: list[str], cwd: Path | None = None) -> tuple[float, float, int | None]:
    """One run, output discarded: wall seconds, CPU seconds of the process tree (workers are
    waited for by plainlint, so they count) and the tree's peak RSS, sampled every 0.2 s."""
    cpu_before = children_cpu()
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    done = threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(process.pid))
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    if Path("/proc").is_dir():
        sampler.start()
    process.wait()
    wall = time.perf_counter() - start
    done.set()
    if sampler.is_alive():
        sampler.join()
    return wall, children_cpu() - cpu_before, peak or None


def median_run(command: list[str], runs: int, cwd: Path | None = None) -> tuple[float, float, int | None]:
    """Median wall and CPU time of `runs` runs, and the highest peak RSS seen."""
    results = [run(command, cwd) for _ in range(runs)]
    peaks = [r[2] for r in results if r[2]]
    return (statistics.median(r[0] for r in results), statistics.median(r[1] for r in results),
            max(peaks) if peaks else None)


def in_batches(command: list[str], files: list[Path], batch: int = 400) -> list[list[str]]:
    return [command + [str(f) for f in files[i:i + batch]] for i in range(0, len(files), batch)]


def median_batches(commands: list[list[str]], runs: int) -> tuple[float, float]:
    """A peer over many files: its batches one after another (one process at a time);
    median wall and CPU seconds."""
    totals = []
    for _ in range(runs):
        results = [run(c) for c in commands]
        totals.append((sum(r[0] for r in results), sum(r[1] for r in results)))
    return statistics.median(t[0] for t in totals), statistics.median(t[1] for t in totals)


def row(figure: Figure) -> str:
    rss = f"{figure.rss / 1e6:.0f}" if figure.rss else "-"
    return (f"| {figure.label} | {figure.files} | {figure.size / 1e6:.1f} | {figure.seconds:.2f} | "
            f"{figure.rate:.2f} | {figure.cpu or 0:.2f} | {figure.cpu_rate:.2f} | {rss} |")
