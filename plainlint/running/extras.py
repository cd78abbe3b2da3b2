"""What `check --fix/--diff/--baseline/--write-baseline` add to a run, kept out of run.py.

Order per file: lint (and fix, re-linting until stable) -> suppressions (inside the engine)
-> baseline filter -> report. Findings recorded in a baseline are not fixed either: the fixer
acts on what the run reports.
"""

from __future__ import annotations

from pathlib import Path

from .baseline import Baseline, BaselineError, BaselineWriter
from ..linting.engine import FileResult, isolated, lint_bytes, lint_file_isolated
from ..reading.source import SourceError
from .run_guards import STDIN

__all__ = ["BaselineError", "RunExtras"]


class RunExtras:
    def __init__(self, options, stream, error, stdout_bytes=None):
        self.options = options
        self.stdout_bytes = stdout_bytes
        self.error = error
        self.baseline = Baseline.load(options.baseline) if options.baseline else None
        self.writer = BaselineWriter(options.write_baseline) if options.write_baseline else None
        self.fixes = None
        if options.fix or options.diff:
            from .fixrun import FixSession  # only fixing runs pay for the fixer and difflib

            self.fixes = FixSession(options.unsafe_fixes, options.diff, stream, error)

    def lint(self, path: Path, display: str, settings) -> FileResult:
        if self.fixes is not None:
            fixable = self.baseline.new_findings if self.baseline is not None else None
            result = isolated(display, lambda: self.fixes.run_file(path, display, settings, fixable))
        else:
            result = lint_file_isolated(path, display, settings)
        return self.filter_result(result)  # a writer records everything found now, so stale entries drop out

    def lint_stdin(self, data: bytes, display: str, settings) -> FileResult:
        """Standard input: `--fix` writes the fixed text (or the input unchanged) to stdout."""
        if self.fixes is None:
            return self.filter_result(lint_bytes(data, display, settings))
        from .fixrun import fix_bytes, patch_of, wide_patch_warning, write_patch

        fixable = self.baseline.new_findings if self.baseline is not None else None
        try:
            fixed = fix_bytes(data, display, settings, self.options.unsafe_fixes, fixable)
        except SourceError:
            if self.options.fix and self.stdout_bytes is not None:
                self.stdout_bytes.write(data)  # an editor must never lose its buffer
            return self.filter_result(lint_bytes(data, display, settings))
        if self.options.diff:
            patch = patch_of(fixed, display) if fixed.changed else None
            if patch is not None:
                write_patch(self.fixes.stream, patch)
            elif fixed.changed:
                self.error(wide_patch_warning(display, fixed.source.encoding))
        elif self.stdout_bytes is not None:
            self.stdout_bytes.write(fixed.data)
            self.stdout_bytes.flush()
        if fixed.changed:
            self.fixes.count(display, fixed.outcome.applied, fixed.outcome.by_rule)
        return self.filter_result(fixed.outcome.result)

    def _fix_messages(self, unsafe_left: int) -> bool:
        """What --fix/--diff did (and --show-fixes: per file and rule); False when a write failed."""
        fixes = self.fixes
        if fixes.files_changed or self.options.fix:
            self.error(fixes.summary(unsafe_left))
            if self.options.show_fixes and fixes.per_file:
                for line in fixes.listing():
                    self.error(line)
        elif unsafe_left and not self.options.unsafe_fixes:
            # --diff with nothing safe to show: say why the diff is empty.
            self.error(f"No safe fixes to show; {unsafe_left} finding(s) have unsafe fixes: "
                       "add --unsafe-fixes to see them.")
        return not fixes.write_failures

    def filter_result(self, result: FileResult) -> FileResult:
        text = result.source.text if result.source is not None else None
        if self.writer is not None:
            self.writer.add(result.findings, text)
            result.findings = []
        elif self.baseline is not None:
            result.findings = self.baseline.filter(result.path, result.findings, text)
        return result

    def finish(self, keep_baseline: str | None = None, unsafe_left: int = 0) -> bool:
        """Write the baseline and say what happened on stderr; False when writing failed.

        `keep_baseline`: why the baseline must be left as it is (the run missed files).
        `unsafe_left`: findings with an unsafe fix that this run did not apply."""
        ok = True
        if self.fixes is not None:
            ok = self._fix_messages(unsafe_left)
        if self.baseline is not None:
            stale = self.baseline.stale([path for path in self.options.paths if path != STDIN])
            if stale:
                # Rewriting the baseline records every finding of the run: say so, or a user who
                # rewrites it to prune also accepts this run's new findings unseen (user33).
                self.error(f"{self.options.baseline}: {stale} baseline entr{'y' if stale == 1 else 'ies'} "
                           f"no longer found (fixed or reworded, or their file deleted or renamed); "
                           f"--write-baseline {self.options.baseline} drops them and records every new finding too")
        if self.writer is not None and keep_baseline is not None:
            self.error(f"{self.options.write_baseline}: error: baseline not written ({keep_baseline}); "
                       "left unchanged")
            return False
        if self.writer is not None:
            try:
                count = self.writer.write()
            except BaselineError as exc:
                self.error(str(exc))
                return False
            self.error(f"Wrote {count} finding(s) to {self.options.write_baseline}.")
        return ok
