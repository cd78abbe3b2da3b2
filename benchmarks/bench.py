#!/usr/bin/env python3
"""plainlint throughput, start-up and memory, against its peers on the same files in the same run.

Usage (from the repository root, with plainlint installed in the active Python):
    benchmarks/install-peers.sh            # optional: proselint, write-good, alex into benchmarks/.peers/
    python benchmarks/bench.py             # defaults: ../shared/corpus, 3 runs per figure

What it measures (every time is the median of --runs runs; wall clock, process start to exit):
  - plainlint on corpus/bench/ (Markdown) and on the rest of the corpus, cold cache
    (--no-cache), with the default --jobs (one per CPU) and with --jobs 1 (one core);
  - the whole corpus re-checked with a warm cache: with --silent (exit code only: the cost of
    the cache itself) and with --quiet (every finding printed, to /dev/null: the cost of
    building and formatting them too);
  - start-up: one small Markdown file, end to end, readability included (and with the
    spelling rule on, which loads its dictionary; and spelling alone on bench/); and one file
    with spelling on inside a 2,171-file project with a config, cold and warm (tree_startup.py);
  - peak RSS of the whole process tree (plainlint and its workers), sampled from /proc, and the
    CPU time of the tree (a load-robust figure: MB per CPU-second);
  - each installed peer on the same files, run as its users run it (one process, one thread),
    with plainlint timed on exactly those files, and the ratio plainlint/peer in MB/s;
    slow peers get a fixed subset (--subset-mb) and are compared per MB on that subset;
  - markdown-it-py alone parsing corpus/bench/ on one core, as a reference rate.
Nothing here runs in the unit tests; the load average is printed because other work on the
machine changes every figure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from measure import Figure, in_batches, load, median_batches, median_run, row, run

HERE = Path(__file__).resolve().parent
PEERS = HERE / ".peers"
SKIPPED_PARTS = {"licences", "bench"}


def lintable(root: Path, skip_parts: set[str] = frozenset()) -> list[Path]:
    """Files plainlint reads under `root`, in a stable order (plainlint's own reader table)."""
    from plainlint.reading.readers import format_for

    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in skip_parts and not d.startswith("."))
        found += [Path(folder) / name for name in sorted(files) if format_for(name)]
    return found


def subset(files: list[Path], megabytes: float) -> list[Path]:
    """A fixed, spread-out subset: every k-th file until `megabytes` is reached."""
    total = sum(f.stat().st_size for f in files)
    if total <= megabytes * 1e6:
        return files
    step = max(1, round(total / (megabytes * 1e6)))
    picked, size = [], 0
    for path in files[::step]:
        if size >= megabytes * 1e6:
            break
        picked.append(path)
        size += path.stat().st_size
    return picked


def size_of(files: list[Path]) -> int:
    return sum(f.stat().st_size for f in files)


def plainlint_check(*args: str) -> list[str]:
    # -P: the current folder is not put on sys.path, so run from a checkout, `-m plainlint`
    # imports the installed package, not the source tree (whose rulesets live elsewhere).
    return [sys.executable, "-P", "-m", "plainlint", "check", *args]


def plainlint_command(*args: str) -> list[str]:
    """`plainlint ARGS` as users type it: the console script beside this interpreter (what
    pre-commit and a shell run), or `python -m plainlint` where there is none."""
    script = Path(sys.executable).with_name("plainlint.exe" if os.name == "nt" else "plainlint")
    return [str(script), *args] if script.is_file() else [sys.executable, "-P", "-m", "plainlint", *args]


def preflight(sample: Path) -> str | None:
    """Why plainlint cannot be benchmarked here (it fails on a real file), or None."""
    done = subprocess.run(plainlint_check("--no-cache", "--format", "json", str(sample)),
                          capture_output=True, text=True)
    if done.returncode not in (0, 1) or "error:" in done.stderr:
        return f"plainlint failed on {sample} (exit {done.returncode}): {done.stderr.strip()[:300]}"
    return None


def peer_commands() -> dict[str, list[str]]:
    """Installed peers and how their users run them (one process, default rules)."""
    found = {}
    proselint = PEERS / "venv" / "bin" / "proselint"
    if proselint.exists():
        try:
            help_text = subprocess.run([str(proselint), "--help"], capture_output=True, text=True).stdout
        except OSError as exc:  # e.g. a venv moved from elsewhere: its interpreter is gone
            print(f"proselint at {proselint} does not run ({exc}): re-run install-peers.sh", file=sys.stderr)
        else:
            found["proselint"] = [str(proselint), "check"] if "check" in help_text else [str(proselint)]
    for name in ("write-good", "alex"):
        binary = PEERS / "node_modules" / ".bin" / name
        if binary.exists():
            found[name] = [str(binary)]
    return found


def markdown_it_rate(files: list[Path], runs: int) -> Figure:
    """markdown-it-py alone, configured as plainlint's reader, parsing the files on one core."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("text_join")
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    times, cpu = [], []
    for _ in range(runs):
        start, cpu_start = time.perf_counter(), time.process_time()
        for text in texts:
            parser.parse(text)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    return Figure("markdown-it-py alone (parse only, 1 core, in-process)", len(files), size_of(files),
                  statistics.median(times), cpu=statistics.median(cpu))


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (the median is shown)")
    parser.add_argument("--subset-mb", type=float, default=2.0,
                        help="MB of bench/ that slow peers (proselint, alex) get; write-good gets it all")
    parser.add_argument("--full-peers", action="store_true", help="run every peer on all of bench/")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--peers", help="comma-separated peers to run (default: every installed one)")
    parser.add_argument("--only-bench", action="store_true",
                        help="only bench/ (cold), start-up, markdown-it-py and the peers: no rest-of-corpus, "
                             "warm or --diff rows (for a busy machine)")
    parser.add_argument("--only-startup", action="store_true",
                        help="only the start-up rows (one small file; one file in a project with a config)")
    parser.add_argument("--startup-runs", type=int, default=10,
                        help="runs of the one-small-file start-up figure (the median is shown)")
    return parser.parse_args()


def main() -> int:
    args = arguments()
    # plainlint as installed and used: Python writes bytecode, and plainlint its parsed-data and
    # compiled-pattern copies beside it (PYTHONDONTWRITEBYTECODE would make every run a first run).
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    corpus = args.corpus.resolve()
    if not (corpus / "bench").is_dir():
        print(f"no corpus at {corpus} (expected {corpus}/bench/); use --corpus", file=sys.stderr)
        return 2
    import plainlint

    print(f"# plainlint {plainlint.__version__} benchmark\n")
    print_method(args.runs)

    bench = lintable(corpus / "bench")
    rest = lintable(corpus, SKIPPED_PARTS)
    problem = preflight(bench[0]) if bench else f"no file plainlint reads in {corpus / 'bench'}"
    if problem:
        print(problem, file=sys.stderr)
        return 2
    rest_roots = [corpus / d for d in sorted(os.listdir(corpus)) if (corpus / d).is_dir() and d not in SKIPPED_PARTS]

    def plainlint_figure(label, command, files, cwd=None, runs=None):
        seconds, cpu, rss = median_run(command, runs or args.runs, cwd)
        return Figure(label, len(files), size_of(files), seconds, rss, cpu)

    print_table_head()
    if args.only_startup:
        start_up_rows(args, small_file(corpus, bench), plainlint_figure)
        from tree_startup import tree_start_up_rows

        tree_start_up_rows(args, corpus, plainlint_figure, plainlint_command, row)
        print(f"- load average at end: {load()}")
        return 0
    cold_default = plainlint_figure("plainlint bench/, cold, default --jobs", plainlint_check("--no-cache", "-q", str(corpus / "bench")), bench)
    print(row(cold_default))
    cold_one = plainlint_figure("plainlint bench/, cold, --jobs 1", plainlint_check("--no-cache", "-q", "--jobs", "1", str(corpus / "bench")), bench)
    print(row(cold_one))
    if not args.only_bench:
        extra_rows(args, corpus, bench, rest, rest_roots, plainlint_figure)
    start_up_rows(args, small_file(corpus, bench), plainlint_figure)
    from tree_startup import tree_start_up_rows  # one file with spelling on in a 2,171-file project

    tree_start_up_rows(args, corpus, plainlint_figure, plainlint_command, row)
    if not args.only_bench:  # the spelling rule alone on bench/ (one core): its own cost
        print(row(plainlint_figure("plainlint bench/, cold, --jobs 1, --select spelling only",
                                   plainlint_check("--no-cache", "-q", "--jobs", "1", "--select", "spelling",
                                                   str(corpus / "bench")), bench)))
    reference = markdown_it_rate(bench, args.runs)
    print(row(reference))

    if not args.no_peers:
        print_peers(args, bench, {"bench": (cold_default.seconds, cold_one.seconds, cold_one.cpu)})
    print(f"\n- plainlint bench/ rate vs markdown-it-py alone (wall): default --jobs {cold_default.rate / reference.rate:.2f}x, "
          f"--jobs 1 {cold_one.rate / reference.rate:.2f}x; per CPU-second: {cold_one.cpu_rate / reference.cpu_rate:.2f}x "
          "(target: at least 0.5x)")
    print(f"- load average at end: {load()}")
    return 0


def print_table_head() -> None:
    print("CPU s is user+system time of the whole process tree; MB per CPU-second is what one idle")
    print("core would do, which other work on the machine changes far less than wall time.\n")
    print("| run | files | MB | wall s | MB/s | CPU s | MB per CPU-s | peak memory MB |")
    print("|---|---|---|---|---|---|---|---|")


def print_method(runs: int) -> None:
    print(f"- machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}; load average at start: {load()}")
    print(f"- every time is the median of {runs} runs (wall clock, process start to exit, output discarded)")
    print("- peak memory: the whole process tree (plainlint and its workers), sampled every 0.2 s, as the sum")
    print("  of each process's PSS (shared pages split between the processes that share them; RSS where")
    print("  /proc/PID/smaps_rollup is missing)\n")


SMALL_FILE_BYTES = 3000  # the start-up figure's file when the usual one is missing: about this size


def small_file(corpus: Path, bench: list[Path]) -> Path:
    """The one small file of the start-up figures (the same file from run to run)."""
    small = corpus / "articles" / "duckduckgo-help-pages" / "_docs" / "r-legal" / "regulatory-reporting.md"
    if not small.exists():
        small = min(bench, key=lambda f: abs(f.stat().st_size - SMALL_FILE_BYTES))
    return small


def start_up_rows(args, small: Path, plainlint_figure) -> None:
    """Start-up on one small file with the defaults (spelling on, in confident mode since spell24:
    with no config file there is no project tree to read) and with spelling off; the dictionary check's start-up is
    the tree rows' `tree-evidence: false` reference (tree_startup.py)."""
    print(row(plainlint_figure(f"plainlint one small file ({small.stat().st_size} B), start-up (the plainlint command; "
                               f"spelling on, confident mode), median of {args.startup_runs}",
                               plainlint_command("check", "--no-cache", str(small)), [small], runs=args.startup_runs)))
    print(row(plainlint_figure(f"plainlint one small file ({small.stat().st_size} B), start-up, spelling off, "
                               f"median of {args.startup_runs}",
                               plainlint_command("check", "--no-cache", "--ignore", "spelling", str(small)), [small],
                               runs=args.startup_runs)))


def extra_rows(args, corpus: Path, bench: list[Path], rest: list[Path], rest_roots: list[Path], plainlint_figure) -> None:
    """The rest of the corpus cold, the whole corpus warm, and --diff (skipped by --only-bench)."""
    print(row(plainlint_figure("plainlint rest of corpus, cold, default --jobs",
                               plainlint_check("--no-cache", "-q", *map(str, rest_roots)), rest)))
    with tempfile.TemporaryDirectory() as cache_home:
        roots = [str(corpus / "bench"), *map(str, rest_roots)]
        run(plainlint_check("-s", *roots), Path(cache_home))  # fill the cache
        for flag, label in (("--silent", "--silent"), ("--quiet", "--quiet, output to /dev/null")):
            print(row(plainlint_figure(f"plainlint whole corpus, warm cache, {label}", plainlint_check(flag, *roots),
                                       bench + rest, Path(cache_home))))
    # --diff runs the fixer exactly as --fix does (the worker pool, the cache) but writes nothing,
    # so it can be timed again and again on the corpus itself.
    rest_args = list(map(str, rest_roots))
    for jobs, label in ((), "default --jobs"), (("--jobs", "1"), "--jobs 1"):
        print(row(plainlint_figure(f"plainlint --diff --unsafe-fixes rest of corpus, cold, {label}",
                                   plainlint_check("--diff", "--unsafe-fixes", "--no-cache", *jobs, *rest_args), rest)))
    with tempfile.TemporaryDirectory() as cache_home:
        run(plainlint_check("-s", *rest_args), Path(cache_home))  # fill the cache
        print(row(plainlint_figure("plainlint --diff rest of corpus, warm cache",
                                   plainlint_check("--diff", *rest_args), rest, Path(cache_home))))


def print_peers(args, bench: list[Path], bench_seconds: dict[str, tuple[float, float, float]]) -> None:
    peers = peer_commands()
    if args.peers:
        peers = {name: command for name, command in peers.items() if name in args.peers.split(",")}
    if not peers:
        print("\nNo peers installed (run benchmarks/install-peers.sh).")
        return
    print("\nPeers run as their users run them: one process, single-threaded, default rules, files in "
          "batches of 400 one after another. plainlint is timed on exactly the same files.\n")
    print("| peer | files | MB | peer wall s | peer MB/s | plainlint MB/s (default --jobs / --jobs 1) "
          "| ratio (default / --jobs 1) | ratio per CPU-second |")
    print("|---|---|---|---|---|---|---|---|")
    for name, command in peers.items():
        files = bench if args.full_peers or name == "write-good" else subset(bench, args.subset_mb)
        mb = size_of(files) / 1e6
        peer_wall, peer_cpu = median_batches(in_batches(command, files), args.runs)
        if files == bench:  # the same files as the bench/ figures above: reuse those timings
            ours_default, ours_one, ours_cpu = bench_seconds["bench"]
        else:
            ours_default = median_batches(in_batches(plainlint_check("--no-cache", "-q"), files, batch=len(files)), args.runs)[0]
            ours_one, ours_cpu = median_batches(
                in_batches(plainlint_check("--no-cache", "-q", "--jobs", "1"), files, batch=len(files)), args.runs)
        peer_rate, rate_default, rate_one = (mb / s for s in (peer_wall, ours_default, ours_one))
        print(f"| {name} | {len(files)} | {mb:.1f} | {peer_wall:.1f} | {peer_rate:.2f} | "
              f"{rate_default:.2f} / {rate_one:.2f} | {rate_default / peer_rate:.1f}x / {rate_one / peer_rate:.1f}x | "
              f"{peer_cpu / ours_cpu:.1f}x |")
    missing = {"proselint", "write-good", "alex"} - set(peers)
    if missing:
        print(f"\nNot installed (skipped): {', '.join(sorted(missing))}.")


if __name__ == "__main__":
    sys.exit(main())
