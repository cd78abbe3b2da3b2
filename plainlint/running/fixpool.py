"""`--fix` and `--diff` over many files: the worker pool and the result cache, as `check` uses them.

A FixJob is a LintJob (parallel.py) whose fresh work is fixing: each worker fixes, writes
(atomically, see fixrun.fix_file) or diffs its own files and hands back the result with what the
fixes did; the parent prints diffs and warnings in file order. The cache answers every file whose
cached findings hold nothing to fix (most files of a re-run): those are neither read by the
fixer nor linted. A fixed file's findings are stored under the key of its new bytes, so the next
`check` finds them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .discovery import Candidate
from ..linting.engine import FileResult, isolated
from ..enums import Applicability
from .fixrun import fix_file
from .parallel import LintJob
from ..reading.source import SourceError, read_file_bytes


@dataclass
class FixJob(LintJob):
    unsafe: bool = False  # --unsafe-fixes
    diff: bool = False  # --diff: write nothing
    fixable: Callable | None = None  # (findings, text) -> what may be fixed (a baseline keeps its findings)

    def cached(self, candidate: Candidate):
        """A cache hit only when its findings leave nothing to fix; otherwise (None, (key, bytes)):
        the bytes read for the key are the bytes fixed and compared again before writing."""
        cache = self.cache_for(candidate)
        if cache is None:
            return None, None
        settings = self.settings_for(candidate)
        try:
            data = read_file_bytes(candidate.path, settings.max_file_size)
        except SourceError:
            return None, None  # fix_file reports why
        key = cache.key(candidate.display, data, settings)
        findings = cache.get(key, candidate.display)
        if findings is None:
            self.misses += 1
            return None, (key, data)
        if self._has_fixes(candidate, settings, data, findings):
            return None, (key, data)
        source = self._source_for(candidate, settings, data, findings) if self.sources else None
        return FileResult(candidate.display, findings, source=source), None

    def _has_fixes(self, candidate: Candidate, settings, data: bytes, findings) -> bool:
        candidates = findings
        if self.fixable and findings:
            source = self._source_for(candidate, settings, data, findings)
            candidates = self.fixable(findings, source.text if source is not None else None)
        return any(f.fix is not None and (self.unsafe or f.fix.applicability == Applicability.SAFE)
                   for f in candidates)

    def lint_fresh(self, candidate: Candidate, probe) -> FileResult:
        settings = self.settings_for(candidate)
        key, data = probe if probe is not None else (None, None)
        result = isolated(candidate.display, lambda: fix_file(candidate.path, candidate.display, settings,
                                                             self.unsafe, self.diff, self.fixable, data))
        self._store(candidate, settings, key, result)
        return result

    def _store(self, candidate: Candidate, settings, key: str | None, result: FileResult) -> None:
        """Cache the findings of the bytes now on disk: the fixed ones, or the original when the
        file was not changed (a --diff run changes nothing: its findings are of the fixed text)."""
        fixes = getattr(result, "fixes", None)
        cache = self.cache_for(candidate)
        if cache is None or key is None or result.error is not None or fixes is None:
            return
        if fixes.data is not None:
            cache.put(cache.key(candidate.display, fixes.data, settings), candidate.display, result.findings)
        elif not fixes.changed:  # nothing to fix, or a failed write: the findings are the original's
            cache.put(key, candidate.display, result.findings)

