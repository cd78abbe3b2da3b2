"""Linting many files: the result cache, worker processes, and output in discovery order.

Files stream through: discovery yields paths lazily, at most a bounded window of results is
in flight, and each result is handed on (to the reporter) as soon as every earlier file's is.
The output is the same, byte for byte, whatever `--jobs` is.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from dataclasses import dataclass
from typing import Iterable, Iterator

from .cache import ResultCache, lookup
from .config import Resolver
from .discovery import Candidate
from .engine import FileResult, lint_file
from .readers import format_for
from .source import SourceError, read_source

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

    resolver: Resolver
    encoding: str | None = None  # --encoding, overriding config
    cache: ResultCache | None = None

    def lint(self, candidate: Candidate) -> FileResult:
        settings = self.resolver.settings(candidate.path)
        if self.encoding:
            settings.encoding = self.encoding
        key = self._cache_key(candidate, settings)
        findings = lookup(self.cache, key)
        if findings is not None:
            return FileResult(candidate.display, findings, source=self._source_for(candidate, settings, findings))
        result = lint_file(candidate.path, candidate.display, settings)
        if key is not None and result.error is None:
            self.cache.put(key, result.findings)
        return result

    def _cache_key(self, candidate: Candidate, settings) -> str | None:
        if self.cache is None:
            return None
        try:
            data = candidate.path.read_bytes()
        except OSError:
            return None  # lint_file reports why
        return self.cache.key(candidate.display, data, settings)

    @staticmethod
    def _source_for(candidate: Candidate, settings, findings):
        """The decoded file, which reporters quote from; not needed when nothing was found."""
        if not findings:
            return None
        fmt = format_for(candidate.display)
        try:
            return read_source(candidate.path, candidate.display, settings.encoding, html=fmt in ("html", "template"))
        except SourceError:
            return None


def lint_all(candidates: Iterable[Candidate], job: LintJob, jobs: int) -> Iterator[FileResult]:
    """Results in the order of `candidates`; in this process for one job or a few files."""
    candidates = iter(candidates)
    head = list(itertools.islice(candidates, IN_PROCESS_BELOW))
    if jobs <= 1 or len(head) < IN_PROCESS_BELOW:
        yield from (job.lint(candidate) for candidate in itertools.chain(head, candidates))
        return
    # Lint the first chunk here: the worker processes are forked afterwards and inherit the
    # compiled word lists and loaded tables instead of each building their own.
    yield from (job.lint(candidate) for candidate in head[:CHUNK])
    rest = itertools.chain(head[CHUNK:], candidates)
    from concurrent.futures import ProcessPoolExecutor  # only runs with workers pay for it

    with ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_start_worker, initargs=(job,)) as pool:
        for results in _ordered(pool, _chunks(rest), window=jobs * WINDOW_PER_JOB):
            yield from results


def _context():
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def _chunks(candidates: Iterator[Candidate]) -> Iterator[list[Candidate]]:
    while chunk := list(itertools.islice(candidates, CHUNK)):
        yield chunk


def _ordered(pool, chunks: Iterator[list[Candidate]], window: int):
    pending: deque = deque()
    for chunk in chunks:
        pending.append(pool.submit(_lint_chunk, chunk))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


_worker_job: LintJob | None = None


def _start_worker(job: LintJob) -> None:
    global _worker_job
    _worker_job = job


def _lint_chunk(chunk: list[Candidate]) -> list[FileResult]:
    return [_worker_job.lint(candidate) for candidate in chunk]
