"""Linting many files: the result cache, worker processes, and output in discovery order.

Files stream through: discovery yields paths lazily, at most a bounded window of results is
in flight, and each result is handed on (to the reporter) as soon as every earlier file's is.
The output is the same, byte for byte, whatever `--jobs` is.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import threading
import time
from collections import deque
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Iterable, Iterator

from ..config import Resolver
from .discovery import Candidate
from ..linting.engine import FileResult, isolated, lint_bytes, lint_file_isolated
from ..linting.tree_deferral import DEFERRED_TERMS, ENTANGLED, settle
from ..reading.readers import format_for
from ..output import Tally
from ..reading.source import SourceError, decode_source, read_file_bytes

if TYPE_CHECKING:  # a --no-cache run never imports the cache
    from .cache import ResultCache

CHUNK = 8  # files per task: enough to amortise the hand-over, small enough to balance
IN_PROCESS_BELOW = 2 * CHUNK  # fewer files than this are linted without starting workers
WINDOW_PER_JOB = 4  # tasks in flight per worker (bounds memory: results wait in order)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class LintJob:
    """What a worker needs to lint any file of the run; sent to each worker once."""

    resolver: Resolver  # or a ConfigTree (the config nearest each file)
    cache: ResultCache | None = None
    caches: dict | None = None  # config root (str) -> ResultCache: one cache per config root
    sources: bool = True  # the reporter quotes files: decode a cache hit's text for it
    counts_only: bool = False  # nothing is printed: a cache hit gives only its counts
    misses: int = 0  # cache misses seen by this process (the one that looks entries up)
    # lint with spelling's tree terms DEFERRED_TERMS, settled once the tree pass is done (lint_overlapped)
    defer_terms: bool = False

    def lint(self, candidate: Candidate) -> FileResult:
        found, probe = self.cached(candidate)
        return found if found is not None else self.lint_fresh(candidate, probe)

    def settings_for(self, candidate: Candidate):
        settings = self.resolver.settings(candidate.path)
        return self._deferring(settings) if self.defer_terms else settings

    @staticmethod
    def _deferring(settings):
        """`settings` with the tree terms DEFERRED_TERMS where spelling reads them (one object per settings)."""
        from .tree_pass import spelling_selected

        if id(settings) not in _DEFERRING:
            deferring = replace(settings, tree_terms=DEFERRED_TERMS) if spelling_selected(settings) else settings
            _DEFERRING[id(settings)] = (settings, deferring)
        return _DEFERRING[id(settings)][1]

    def settle(self, candidate: Candidate, result: FileResult) -> FileResult:
        """A result linted with the terms deferred, as linting with the page's terms gives it (the
        tree pass done): its tagged findings the terms hold dropped, or the file linted again
        (linting/tree_deferral.py)."""
        deferred, result.deferred = result.deferred, None
        if deferred is None:
            return result
        settings = self.resolver.settings(candidate.path)  # with the page's terms now
        if deferred == ENTANGLED:
            return lint_file_isolated(candidate.path, candidate.display, settings)
        result.findings = settle(result.findings, deferred, settings.tree_terms)
        if result.settings is not None:  # a result linted in this process keeps its settings
            result.settings = replace(result.settings, tree_terms=settings.tree_terms)
        return result

    def cache_for(self, candidate: Candidate) -> ResultCache | None:
        if self.caches is None:
            return self.cache
        return self.caches.get(str(self.resolver.root_for(candidate.path)))

    def cached(self, candidate: Candidate) -> tuple[FileResult | None, tuple[str, bytes] | None]:
        """(the cached result or None, and on a miss the (key, file bytes) to lint and store).

        The bytes read for the key are the bytes linted: a file changed in between can never
        store findings of one content under the key of another."""
        cache = self.cache_for(candidate)
        if cache is None:
            return None, None
        settings = self.settings_for(candidate)
        try:  # bounded and non-blocking like lint_file: a FIFO named *.md must not hang the run
            data = read_file_bytes(candidate.path, settings.max_file_size)
        except SourceError:
            return None, None  # lint_file reports why
        key = cache.key(candidate.display, data, settings)
        if self.counts_only:
            tally = cache.tally(key)
            if tally is not None:
                return TalliedResult(candidate.display, tally=tally), None
            self.misses += 1
            return None, (key, data)
        findings = cache.get(key, candidate.display)
        if findings is None:
            self.misses += 1
            return None, (key, data)
        source = self._source_for(candidate, settings, data, findings) if self.sources else None
        return FileResult(candidate.display, findings, source=source), None

    def lint_fresh(self, candidate: Candidate, probe: tuple[str, bytes] | None) -> FileResult:
        settings = self.settings_for(candidate)
        if probe is None:
            return lint_file_isolated(candidate.path, candidate.display, settings)
        key, data = probe
        result = isolated(candidate.display, lambda: lint_bytes(data, candidate.display, settings))
        if result.error is None:
            self.cache_for(candidate).put(key, candidate.display, result.findings)
        return result

    @staticmethod
    def _source_for(candidate: Candidate, settings, data: bytes, findings):
        """The decoded file, which reporters quote from; not needed when nothing was found."""
        if not findings:
            return None
        fmt = format_for(candidate.display)
        try:
            return decode_source(data, candidate.display, settings.encoding, html=fmt in ("html", "template"))
        except SourceError:
            return None


# id -> (settings, the same with the terms deferred), per process; holding the settings keeps each id unique
_DEFERRING: dict[int, tuple] = {}


@dataclass
class TalliedResult(FileResult):
    """A cache hit in a run that prints nothing: the counts, without building its findings."""

    tally: Tally | None = None


def lint_all(candidates: Iterable[Candidate], job: LintJob, jobs: int) -> Iterator[FileResult]:
    """Results in the order of `candidates`; in this process for one job or a few files.

    With workers, this process answers cache hits itself and sends only misses (runs of up to
    CHUNK consecutive ones) to the workers, which start at the first miss: a warm re-run forks
    nothing and copies no results between processes.
    """
    candidates = iter(candidates)
    head = list(itertools.islice(candidates, IN_PROCESS_BELOW))
    if jobs <= 1 or len(head) < IN_PROCESS_BELOW:
        yield from (job.lint(candidate) for candidate in itertools.chain(head, candidates))
        return
    # Lint the first chunk here: the worker processes are forked afterwards and inherit the
    # compiled word lists and loaded tables instead of each building their own.
    yield from (job.lint(candidate) for candidate in head[:CHUNK])
    with _Workers(job, jobs) as workers:
        yield from workers.results(itertools.chain(head[CHUNK:], candidates), window=jobs * WINDOW_PER_JOB)


# Files sent to the workers before the tree pass: a third of the run's, at most AHEAD_MAX (their
# results wait in this process until the pass is done: about 50 kB a file of bench/). A pass
# takes about a tenth of the workers' CPU, so two workers sharing the cores with it lint a fifth
# of the run meanwhile (session 34); the rest goes with the usual window once it is done.
AHEAD_SHARE = 3
AHEAD_MAX = 2048


def lint_overlapped(candidates: list[Candidate], job: LintJob, jobs: int, tree_pass) -> Iterator[FileResult]:
    """lint_all while `tree_pass()` decides spelling's tree terms in this process (speed34):
    the workers start at once and lint with the terms deferred (`job.defer_terms`), and each
    result is settled once the pass is done (LintJob.settle). With one job, every file is linted
    here first."""
    job.defer_terms = True
    if jobs <= 1:
        early = [job.lint(candidate) for candidate in candidates]
        tree_pass()
        yield from (job.settle(candidate, result) for candidate, result in zip(candidates, early))
        return
    # the first chunk here: the workers forked afterwards inherit the loaded tables (lint_all)
    early = [job.lint(candidate) for candidate in candidates[:CHUNK]]
    window = jobs * WINDOW_PER_JOB
    ahead = min(max(len(candidates) // AHEAD_SHARE, window * CHUNK), AHEAD_MAX)
    with _Workers(job, jobs) as workers:
        batches = iter([candidates[at:at + CHUNK] for at in range(CHUNK, len(candidates), CHUNK)])
        pending: deque = deque()
        for batch in itertools.islice(batches, -(-ahead // CHUNK)):
            pending.append((batch, workers.submit([(candidate, None) for candidate in batch])))
        tree_pass()
        yield from (job.settle(candidate, result) for candidate, result in zip(candidates, early))
        for batch in batches:
            pending.append((batch, workers.submit([(candidate, None) for candidate in batch])))
            while len(pending) > window:
                yield from _settled(job, *pending.popleft())
        while pending:
            yield from _settled(job, *pending.popleft())


def _settled(job: LintJob, batch: list[Candidate], future) -> Iterator[FileResult]:
    return (job.settle(candidate, result) for candidate, result in zip(batch, future.result()))


_running: set[_Workers] = set()  # pools of this process, for stop_workers()


def stop_workers() -> None:
    """End every worker process now (Ctrl-C or SIGTERM in the parent): queued files are dropped."""
    for workers in list(_running):
        workers.stop()


class _Workers:
    """A process pool started on first use; pending entries are results or futures, in order."""

    def __init__(self, job: LintJob, jobs: int):
        self.job, self.jobs, self.pool = job, jobs, None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, *exc):
        if exc_type is not None:
            self.stop()  # waiting for queued files would keep an interrupted run alive
        elif self.pool is not None:
            self.pool.shutdown()
            _running.discard(self)

    def stop(self) -> None:
        _running.discard(self)
        pool, self.pool = self.pool, None
        if pool is None:
            return
        # No public way to end a pool's processes before Python 3.14 (terminate_workers).
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.terminate()
        # Quick now that the workers are gone: the queued files are dropped, and the pool's
        # manager thread has finished before the interpreter's exit hook tries to wake it.
        pool.shutdown(wait=True, cancel_futures=True)

    def submit(self, batch: list[tuple[Candidate, tuple[str, bytes] | None]]):
        if self.pool is None:
            from concurrent.futures import ProcessPoolExecutor  # only runs with workers pay for it

            self.pool = ProcessPoolExecutor(self.jobs, mp_context=_context(), initializer=_start_worker,
                                            initargs=(self.job, os.getpid()))
            _running.add(self)
            with signals_held():  # the first submit forks the workers
                return self.pool.submit(_lint_batch, batch)
        return self.pool.submit(_lint_batch, batch)

    def results(self, candidates: Iterator[Candidate], window: int) -> Iterator[FileResult]:
        pending: deque = deque()
        batch: list[tuple[Candidate, tuple[str, bytes] | None]] = []
        for candidate in candidates:
            found, probe = self.job.cached(candidate)
            if found is None:
                batch.append((candidate, probe))
            if batch and (found is not None or len(batch) == CHUNK):
                pending.append(self.submit(batch))
                batch = []
            if found is not None:
                pending.append(found)
            while len(pending) > window:
                yield from _resolve(pending.popleft())
        if batch:
            pending.append(self.submit(batch))
        while pending:
            yield from _resolve(pending.popleft())


def _resolve(entry) -> list[FileResult]:
    return [entry] if isinstance(entry, FileResult) else entry.result()


def _context():
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


_worker_job: LintJob | None = None
_HELD = {signal.SIGINT, signal.SIGTERM}


@contextlib.contextmanager
def signals_held():
    """Block Ctrl-C and SIGTERM in this thread while workers are forked: a worker inherits the
    block, so neither reaches it before _start_worker has set its own handlers (the parent's
    would raise in it). Signals that arrive meanwhile are delivered to this process afterwards."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _start_worker(job: LintJob, parent: int) -> None:
    """Set a worker up. Signals are the parent's business: Ctrl-C reaches the whole process group,
    and the parent ends its workers itself (SIGTERM's default action, not the parent's handler
    inherited through fork). A worker whose parent died without ending it exits by itself."""
    global _worker_job
    _worker_job = job
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_exit_with_parent, args=(parent,), name="plainlint-parent-watch", daemon=True).start()
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)  # held by the parent while forking


PARENT_CHECK_SECONDS = 0.5


def _exit_with_parent(parent: int) -> None:
    """Exit when the parent is gone (killed with SIGKILL, say): else the worker would wait on the
    task pipe forever, since forked siblings keep its write end open. Once the parent dies the
    worker is re-parented, so os.getppid() changes; no prctl needed, so it works off Linux."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _lint_batch(batch: list[tuple[Candidate, tuple[str, bytes] | None]]) -> list[FileResult]:
    return [_for_the_parent(_worker_job.lint_fresh(candidate, probe)) for candidate, probe in batch]


def _for_the_parent(result: FileResult) -> FileResult:
    """Only what reporters need crosses back: the parsed document is large and holds closures."""
    result.document = None
    result.settings = None
    return result
