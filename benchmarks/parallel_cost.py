#!/usr/bin/env python3
"""What a run with worker processes spends that a one-process run does not (issue 24, speed35).

    python benchmarks/parallel_cost.py account check DIR --no-cache --format json --exit-zero -q -o OUT
    python benchmarks/parallel_cost.py fork --step 10 --rounds 3 DIR

`account` runs `plainlint ARGS...` in this process, as the program (`cli.run`), and prints at the
end the CPU of the parent and of each worker apart: each worker's own CPU, the part inside
`LintJob.lint_fresh` (linting its files) and the rest (the hand-over: tasks, pickled results,
queues), its minor page faults; the parent's `first_pass` (the tree pass), its own `lint_fresh`
(the first chunk) and the rest; the time and CPU of the first fork. Run it with `--jobs 1` and
without, and subtract part by part. A worker's figures are written by a multiprocessing finaliser
when it exits (a pool's workers run no atexit handlers), never per batch: writing per batch cost
0.5 CPU-s a worker of bench/.

`fork` asks why the same files cost more in workers, in one process tree so that both sides of
each comparison share the load of the moment (CPU time on a shared machine moves by 10-20%
between runs): it lints the first chunk as a run does, then every `--step`-th file of DIR in the
ways below, the order swapped each round, and prints the CPU of each side:

- alone: the parent (warmed on the subset) against a forked child, one after the other;
- pair: one forked child alone against two at once (each the whole subset);
- freeze: two children at once, forked plainly against forked after `gc.freeze()`;
- split: the subset's two halves (alternate chunks of CHUNK, as workers get them) in two children
  one after the other, their CPU added, against both halves in one child (what each worker builds
  again).

Run from the folder whose files are given, with PYTHONDONTWRITEBYTECODE unset as bench.py runs.
Nothing here is a test: docs/performance.md ("The cost of running in parallel") has the figures.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

EXPERIMENTS = ("alone", "pair", "freeze", "split")


def own_cpu() -> tuple[float, int]:
    """(user + system CPU-s, minor page faults) of this process."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime, usage.ru_minflt


@contextlib.contextmanager
def patched(owner, name: str, make):
    """`owner.name` replaced by `make(original)` for the block."""
    original = getattr(owner, name)
    setattr(owner, name, make(original))
    try:
        yield
    finally:
        setattr(owner, name, original)


def timed_into(stats: Counter, key: str):
    """A wrapper maker: the wrapped function's CPU added to stats[key], its calls to stats[key + '_n']."""
    def make(original):
        def wrapper(*args, **kwargs):
            started = time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                stats[key] += time.process_time() - started
                stats[key + "_n"] += 1
        return wrapper
    return make


def account(args: list[str], out=sys.stderr, as_program: bool = False) -> int:
    """Run `plainlint args` here with the accounting on; print it to `out`; return the exit code.
    `as_program`: as the `plainlint` command runs (its objects frozen at exit, cli.run)."""
    from plainlint import cli
    from plainlint.running import parallel, tree_pass

    stats: Counter = Counter()
    folder = Path(tempfile.mkdtemp(prefix="parallel-cost-"))
    started, parent = time.time(), os.getpid()

    def first_fork(original):
        def submit(self, batch):
            if "fork_at" not in stats:
                stats["fork_at"], stats["fork_cpu"] = time.time() - started, own_cpu()[0]
            return original(self, batch)
        return submit

    _STATE.update(stats=stats, folder=folder, batch=parallel._lint_batch)
    with contextlib.ExitStack() as stack:
        stack.enter_context(patched(parallel.LintJob, "lint_fresh", timed_into(stats, "lint")))
        stack.enter_context(patched(parallel, "_lint_batch", lambda original: _worker_batch))
        stack.enter_context(patched(parallel._Workers, "submit", first_fork))
        stack.enter_context(patched(tree_pass, "first_pass", timed_into(stats, "pass")))
        code = 0
        cli._as_program = as_program
        try:
            cli.main(args)
        except SystemExit as exit_:
            code = exit_.code or 0
    if os.getpid() == parent:
        out.write(report(stats, _read_workers(folder), time.time() - started) + "\n")
    return code


# What _worker_batch needs (it is sent to the workers by name, so it cannot be a closure).
_STATE: dict = {}


def _worker_batch(tasks):
    """parallel._lint_batch, timed; on a worker's first batch, its figures set to be written at its exit."""
    from plainlint.running import parallel

    stats = _STATE["stats"]
    if not stats["worker"]:
        import multiprocessing.util

        stats["worker"] = 1
        for key in ("lint", "lint_n", "batch", "batch_n"):
            stats[key] = 0  # the parent's, inherited through the fork
        multiprocessing.util.Finalize(None, _write_worker, args=(_STATE["folder"], stats), exitpriority=100)
    return timed_into(stats, "batch")(_STATE["batch"])(tasks)


def _write_worker(folder: Path, stats: Counter) -> None:
    cpu, faults = own_cpu()
    (folder / str(os.getpid())).write_text(json.dumps({**stats, "cpu": cpu, "faults": faults}))


def _read_workers(folder: Path) -> list[dict]:
    workers = [json.loads(path.read_text()) for path in sorted(folder.iterdir())]
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    return workers


def report(parent: Counter, workers: list[dict], wall: float) -> str:
    """The accounting as lines: the parent's parts, then each worker's."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime
    rest = cpu - parent["pass"] - parent["lint"]
    lines = [f"wall {wall:.2f} s; parent {cpu:.2f} CPU-s (tree pass {parent['pass']:.2f}, linting "
             f"{parent['lint']:.2f} in {parent['lint_n']} files, the rest {rest:.2f}; {usage.ru_minflt} faults); "
             f"workers {children.ru_utime + children.ru_stime:.2f} CPU-s"]
    if "fork_at" in parent:
        lines.append(f"first fork at {parent['fork_at']:.2f} s, the parent's CPU then {parent['fork_cpu']:.2f}")
    for worker in workers:
        lines.append(f"worker: {worker['cpu']:.2f} CPU-s, linting {worker['lint']:.2f} in {worker['lint_n']} files, "
                     f"in batches {worker['batch']:.2f}, outside linting {worker['cpu'] - worker['lint']:.2f}; "
                     f"{worker['faults']} faults")
    return "\n".join(lines)


def halves(items: list, chunk: int) -> tuple[list, list]:
    """Alternate chunks of `items`, as two workers take tasks of `chunk` files in turn."""
    first, second = [], []
    for at in range(0, len(items), chunk):
        (first if at // chunk % 2 == 0 else second).extend(items[at:at + chunk])
    return first, second


def in_child(work, freeze: bool = False) -> tuple[int, int]:
    """Fork a child that runs `work()` and reports (its CPU, its faults); returns (pid, read end)."""
    if freeze:
        gc.freeze()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        started = time.process_time()
        work()
        os.write(write, json.dumps([time.process_time() - started, own_cpu()[1]]).encode())
        os._exit(0)
    os.close(write)
    if freeze:
        gc.unfreeze()
    return pid, read


def collect(children: list[tuple[int, int]]) -> list[tuple[float, int]]:
    results = []
    for pid, read in children:
        with os.fdopen(read, "rb") as pipe:
            results.append(tuple(json.loads(pipe.read())))
        os.waitpid(pid, 0)
    return results


def sides_of(name: str, lint, subset: list, chunk: int) -> tuple:
    """Experiment `name` as two callables, side A and side B, each giving (CPU-s, faults) per process."""
    def whole():
        lint(subset)

    def here():
        started = time.process_time()
        whole()
        return [(time.process_time() - started, 0)]

    if name == "alone":
        return here, lambda: collect([in_child(whole)])
    if name == "pair":
        return (lambda: collect([in_child(whole)]), lambda: collect([in_child(whole), in_child(whole)]))
    if name == "freeze":
        return (lambda: collect([in_child(whole), in_child(whole)]),
                lambda: collect([in_child(whole, freeze=True), in_child(whole, freeze=True)]))
    first, second = halves(subset, chunk)
    return (lambda: collect([in_child(lambda: lint(first + second))]),
            lambda: [together(collect([in_child(lambda: lint(first))]) + collect([in_child(lambda: lint(second))]))])


def together(figures: list[tuple[float, int]]) -> tuple[float, int]:
    """Processes' (CPU-s, faults) added up: the split side's two halves as one run of the subset."""
    return sum(cpu for cpu, _ in figures), sum(faults for _, faults in figures)


def fork(folder: str, step: int, rounds: int, names: list[str]) -> None:
    """The experiments on every `step`-th file of `folder`, linted as a --jobs 1 run would."""
    from plainlint import cli
    from plainlint.running import parallel, run

    def instead(candidates, job, jobs):
        candidates = list(candidates)
        for candidate in candidates[:parallel.CHUNK]:  # the parent's first chunk, as a run does
            job.lint(candidate)
        subset = candidates[::step]

        def lint(files):
            for candidate in files:
                job.lint(candidate)

        lint(subset)  # warm: the parent has met every file once
        for name in names:
            side_a, side_b = sides_of(name, lint, subset, parallel.CHUNK)
            a, b = [], []
            for round_ in range(rounds):  # the order swapped each round
                if round_ % 2 == 0:
                    a += side_a()
                    b += side_b()
                else:
                    b += side_b()
                    a += side_a()
            print(summary(name, a, b, load=os.getloadavg()[0]), flush=True)
        return iter(())

    with patched(parallel, "lint_all", lambda original: instead), \
            patched(run.Run, "_overlapped", lambda original: lambda self, jobs: False):
        with contextlib.suppress(SystemExit):
            cli.main(["check", folder, "--jobs", "1", "--no-cache", "--exit-zero", "-q", "-o", os.devnull])


def summary(name: str, a: list, b: list, load: float) -> str:
    """One line: each side's CPU per process, their mean ratio B / A."""
    mean = lambda side: sum(cpu for cpu, _ in side) / len(side)  # noqa: E731
    shown = lambda side: ", ".join(f"{cpu:.2f}" + (f" ({faults} faults)" if faults else "") for cpu, faults in side)  # noqa: E731
    return f"{name}: A {shown(a)} | B {shown(b)} | B / A {mean(b) / mean(a):.3f} (load {load:.1f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("account", help="run plainlint ARGS with the accounting").add_argument("args", nargs=argparse.REMAINDER)
    forking = commands.add_parser("fork", help="the experiments on a subset of DIR")
    forking.add_argument("folder")
    forking.add_argument("--step", type=int, default=10)
    forking.add_argument("--rounds", type=int, default=3)
    forking.add_argument("--only", choices=EXPERIMENTS, action="append")
    options = parser.parse_args(argv)
    if options.command == "account":
        return account(options.args, as_program=True)
    fork(options.folder, options.step, options.rounds, options.only or list(EXPERIMENTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
