"""One `plainlint check` run: config, discovery, linting, reporting, exit code."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .artefacts import is_artefact
from .run_guards import STDIN, is_config_input, make_parent_folders, replaces_content, written_files
from ..config import ConfigError, ConfigTree, Selection, find_config, load_config
from .discovery import Discovery, file_identity
from ..linting.engine import FileResult
from .extras import BaselineError, RunExtras
from .progress import progress_for
from ..output import (COLUMN_UNIT_FORMATS, HUMAN_FORMATS, Reporter, SilentReporter, Summary, fix_hint,
                        reporter_class, statistics_lines, summary_line)
from ..rules.base import SEVERITY_RANK
from ..reading.source import SourceError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


@dataclass
class RunOptions:
    paths: list[Path]
    output_format: str = "text"
    config_path: Path | None = None
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_level: str | None = None
    min_severity: str | None = None  # a display filter: findings below it are not shown or counted
    force_exclude: bool = False
    encoding: str | None = None
    quiet: bool = False
    silent: bool = False  # print nothing (exit code only); errors still go to stderr
    output_file: Path | None = None
    stdin_filename: str | None = None
    statistics: bool = False
    column_unit: str = "code-point"
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    show_fixes: bool = False  # list what --fix changed, per file and rule
    show_files: bool = False  # list the files that would be linted, lint nothing
    baseline: Path | None = None
    write_baseline: Path | None = None
    report_unused_disables: bool = False
    jobs: int | None = None  # worker processes; None: one per CPU
    cache: bool = True
    report_outputs: tuple[Path, ...] = ()  # what `plainlint report` writes: the HTML and the .json beside it
    tree_evidence: bool = True  # spelling's first pass over the project's words (tree_pass.py); off for `vocabulary`
    rule_settings: dict = field(default_factory=dict)  # rule key -> {option: value}, over every config's



class Run:
    def __init__(self, options: RunOptions, stream, color: bool = False, error=print, stdin=None, status=None,
                 stdout_bytes=None, reporter=None):
        """`stream` gets the report unless --output-file; `status` (stderr) the progress bar.

        With `--fix` on standard input the fixed text goes to `stdout_bytes` and the report to
        `status`, so an editor can replace its buffer with what comes out.
        """
        self.options = options
        self.reporter = reporter  # a Reporter instance (plainlint report); default: --format's
        self.stdout_bytes = stdout_bytes
        if options.fix and not options.diff and STDIN in options.paths and status is not None:
            stream = status
        self.stream = stream
        self.color = color
        self._error = error
        self.stdin = stdin
        self.status = status
        self.progress = None

    def error(self, message: str) -> None:
        if self.progress is not None:
            self.progress.clear()
        self._error(message)

    def _resolver(self) -> ConfigTree:
        """The config nearest each file (issue 22); --config decides every file."""
        opts = self.options
        path = opts.config_path or find_config(Path.cwd())
        if opts.config_path is not None and not opts.config_path.exists():  # (/dev/null: no settings)
            raise ConfigError(str(opts.config_path), "config file not found")
        config = load_config(path)
        extend = opts.extend_select + (["PL905"] if opts.report_unused_disables else [])
        cli = Selection(opts.select, extend, opts.ignore, opts.rule_settings)
        from ..config import validate

        validate({"select": opts.select or [], "extend-select": opts.extend_select, "ignore": opts.ignore,
                  "rules": opts.rule_settings}, "command line")
        tree = ConfigTree(config, cli, opts.encoding, forced=opts.config_path is not None)
        tree.on_unread = self.error
        return tree

    def show_settings(self, path: Path) -> int:
        """--show-settings FILE: the settings that decide FILE, and where each came from."""
        from ..config.show import show_settings

        try:
            lines = show_settings(self._resolver(), path)
        except ConfigError as exc:
            self.error(f"{exc}")
            return EXIT_ERROR
        self.stream.write("\n".join(lines) + "\n")
        return EXIT_CLEAN

    def execute(self) -> int:
        """The whole run: config, discovery, the report, then --fix/--diff and the baseline. The exit
        code: 2 for a bad option or config, a missing path or an unreadable file; 1 for findings at
        or above the fail level (with --diff, for files a fix would change); 0 otherwise."""
        opts = self.options
        if opts.column_unit != "code-point" and opts.output_format not in COLUMN_UNIT_FORMATS:
            self.error(f"--column-unit applies to {' and '.join(COLUMN_UNIT_FORMATS)} only; "
                       f"{opts.output_format} has a fixed column unit")
            return EXIT_ERROR
        try:
            resolver = self._resolver()
        except ConfigError as exc:
            self.error(f"{exc}")
            return EXIT_ERROR
        config = resolver.config
        fail_level = opts.fail_level or config.get("fail-level", "warning")
        discovery = Discovery.of_config(resolver, config)
        try:
            self.extras = RunExtras(opts, self.stream, self.error, self.stdout_bytes)
        except BaselineError as exc:
            self.error(str(exc))
            return EXIT_ERROR
        missing = [p for p in opts.paths if p != STDIN and not p.exists() and not p.is_symlink()]
        present = [p for p in opts.paths if p not in missing]
        if opts.show_files:
            return self._show_files(resolver, discovery, present, missing)
        for option, written in written_files(opts):
            if replaces_content(written, discovery, present):
                self.error(f"{written}: error: {option} names a file this run lints; "
                           "write it elsewhere (the file is left unchanged)")
                return EXIT_ERROR
        try:
            outcome = self._write_report(resolver, discovery, present, missing)
        except ConfigError as exc:  # a config nearer some file than the run's is invalid
            self.error(f"{exc}")
            return EXIT_ERROR
        if outcome is None:
            return EXIT_ERROR
        summary, unreadable = outcome
        self._after_report(summary)
        # A mistyped path must not replace a baseline with one that lacks that path's findings.
        keep_baseline = f"{missing[0].as_posix()} does not exist" if missing else None
        if not self.extras.finish(keep_baseline, 0 if opts.unsafe_fixes else summary.unsafe_fixable):
            unreadable = True
        if missing or unreadable:
            return EXIT_ERROR
        if opts.diff:
            return EXIT_FINDINGS if self.extras.fixes.files_changed else EXIT_CLEAN
        threshold = SEVERITY_RANK[fail_level]
        if any(count and SEVERITY_RANK[sev] >= threshold for sev, count in summary.by_severity.items()):
            return EXIT_FINDINGS
        return EXIT_CLEAN

    def _show_files(self, resolver, discovery, paths: list[Path], missing: list[Path]) -> int:
        """`--show-files`: the files the run would lint, one per line as findings name them, in
        the order they would be linted; nothing is read or linted. Exit 2 for a missing path."""
        errors = [f"{path.as_posix()}: error: no such file or directory" for path in missing]
        discovery.on_error = lambda shown, message: errors.append(f"{shown}: error: {message}")
        for candidate, _ in self._jobs(resolver, discovery, paths):
            self.stream.write(candidate.display + "\n")
        for line in errors:
            self.error(line)
        return EXIT_ERROR if errors else EXIT_CLEAN

    def _jobs(self, resolver, discovery, paths: list[Path]) -> list[tuple]:
        """(candidate, stdin bytes or None) for every file to lint, in order (paths only: texts
        are read one at a time as they are linted)."""
        opts = self.options
        jobs = []
        report = opts.output_file.resolve() if opts.output_file is not None else None
        # Overlapping paths (`docs docs/a.md .`), a symlink beside its target and a linked folder
        # given beside the folder: each real file is linted once, under the first path that leads
        # to it (explicit paths as given, folders sorted), so --fix writes it once.
        seen: set[tuple] = set()
        for given in paths:
            if given == STDIN:
                name = Path(opts.stdin_filename) if opts.stdin_filename else STDIN
                for candidate in discovery.files([name], opts.force_exclude):
                    jobs.append((candidate, self._read_stdin()))
                continue
            found = 0
            for candidate in discovery.files([given], opts.force_exclude):
                if report is not None and candidate.path.resolve() == report:
                    continue  # never lint the report being written (gl-code-quality-report.json)
                if is_artefact(candidate.path):
                    continue  # a baseline or an earlier report: plainlint's output is not content
                if is_config_input(resolver, candidate.path):
                    continue  # an extended config, the project's word lists: input (--fix would rewrite them)
                found += 1
                key = file_identity(candidate.path)
                if key not in seen:
                    seen.add(key)
                    jobs.append((candidate, None))
            if not found and given.is_dir() and not opts.silent and os.access(given, os.R_OK | os.X_OK):
                # (a folder that cannot be listed has its own error line already)
                self.error(f"warning: no files to lint in {given.as_posix()}")
        return jobs

    def _results(self, jobs: list[tuple], resolver: ConfigTree, reporter: Reporter):
        """FileResults in job order. Standard input runs here, one file after another; checks
        and fixes go through the result caches and `--jobs` worker processes."""
        opts = self.options
        overlapped = self._overlapped(jobs)
        if opts.tree_evidence and not overlapped:
            from .tree_pass import first_pass

            first_pass(resolver, jobs, opts.cache)  # reads nothing unless spelling is selected
        if any(data is not None for _, data in jobs):
            for candidate, data in jobs:
                settings = resolver.settings(candidate.path)
                if data is None:
                    yield self.extras.lint(candidate.path, candidate.display, settings)
                else:
                    yield self.extras.lint_stdin(data, candidate.display, settings)
            return
        from .parallel import LintJob, default_jobs, lint_all, lint_overlapped

        caches = self._caches(resolver) if opts.cache else {}
        # A run that prints nothing needs only counts from the cache, unless a baseline is
        # applied or written (those need the findings themselves).
        counts_only = opts.silent and not (opts.baseline or opts.write_baseline or opts.min_severity)
        # A baseline matches findings by the words around them: a cache hit needs its text too.
        needs_source = reporter.needs_source or bool(opts.baseline or opts.write_baseline)
        if opts.fix or opts.diff:
            from .fixpool import FixJob  # only fixing runs pay for the fixer

            baseline = self.extras.baseline
            job = FixJob(resolver, None, caches=caches, sources=needs_source, unsafe=opts.unsafe_fixes,
                         diff=opts.diff, fixable=baseline.new_findings if baseline is not None else None)
        else:
            job = LintJob(resolver, None, caches=caches, sources=needs_source, counts_only=counts_only)
        if overlapped:
            from .tree_pass import first_pass

            results = lint_overlapped([candidate for candidate, _ in jobs], job, opts.jobs or default_jobs(),
                                      lambda: first_pass(resolver, jobs))
        else:
            results = lint_all((candidate for candidate, _ in jobs), job, opts.jobs or default_jobs())
        for result in results:
            if self.extras.fixes is not None:
                self.extras.fixes.absorb(result)  # its diff and warnings, in file order
            yield self.extras.filter_result(result)
        if job.misses:
            for cache in caches.values():
                cache.prune_entries(len(jobs))  # only runs that wrote entries can have grown it

    def _overlapped(self, jobs: list[tuple]) -> bool:
        """Whether spelling's tree pass runs while workers lint (parallel.lint_overlapped): with
        workers to start (`--jobs` over 1, IN_PROCESS_BELOW files or more), no result cache (its
        keys hold the terms), no standard input, and not `--fix` or `--diff` (the fixer reads the
        findings)."""
        from .parallel import IN_PROCESS_BELOW, default_jobs

        opts = self.options
        return (opts.tree_evidence and not opts.cache and not (opts.fix or opts.diff)
                and (opts.jobs or default_jobs()) > 1 and len(jobs) >= IN_PROCESS_BELOW
                and all(data is None for _, data in jobs))

    @staticmethod
    def _caches(resolver: ConfigTree) -> dict:
        """One result cache per config root (beside each config that decides a file of the
        run), leaving out those whose folder cannot be made."""
        from .cache import ResultCache  # a --no-cache run does not import it

        caches = {str(root): ResultCache(root) for root in resolver.roots()}
        return {root: cache for root, cache in caches.items() if cache.prepare()}

    def _read_stdin(self) -> bytes:
        return self.stdin.read() if self.stdin is not None else b""

    def _write_report(self, resolver, discovery, paths: list[Path], missing: list[Path]) -> tuple[Summary, bool] | None:
        """The report on the run's stream, or with --output-file into a file that is replaced
        only once the report is complete (an interrupted run leaves the previous one); None
        when the report file could not be written (said on stderr)."""
        if self.options.output_file is None:
            return self._report(self.stream, resolver, discovery, paths, missing)
        from ..fixing.atomic import WriteError, replaced_when_done  # a run printing to the terminal skips it

        try:
            make_parent_folders(self.options.output_file)
            with replaced_when_done(self.options.output_file) as out:
                return self._report(out, resolver, discovery, paths, missing)
        except WriteError as exc:
            self.error(f"{self.options.output_file}: error: cannot write the report: {exc}; left unchanged")
            return None

    def _report(self, out, resolver, discovery, paths: list[Path], missing: list[Path]) -> tuple[Summary, bool]:
        """Lint the files and feed the reporter, in order: paths that do not exist and folders
        that cannot be listed first, then each file's result. The summary, and whether any path
        or file could not be read."""
        opts = self.options
        color = self.color and out is self.stream
        reporter = self.reporter or reporter_class(opts.output_format)(out, color, {"column_unit": opts.column_unit})
        if opts.silent or opts.diff:
            reporter = SilentReporter(out)  # (with --diff, the diff is the output)
        unlistable: list[FileResult] = []
        discovery.on_error = lambda shown, message: unlistable.append(FileResult(shown, error=SourceError(message)))
        jobs = self._jobs(resolver, discovery, paths)
        for candidate, _ in jobs:  # every config that decides a file, loaded (and checked) first
            resolver.resolver_for(candidate.path)
        watched = not (opts.quiet or opts.silent) and (opts.output_format in HUMAN_FORMATS or opts.output_file is not None)
        self.progress = progress_for(self.status, len(jobs), watched)
        summary = Summary(fix_mode=("unsafe" if opts.unsafe_fixes else "safe") if opts.fix else None)
        reporter.start()
        # Paths that do not exist and folders that cannot be listed: reported like unreadable
        # files (stderr, and an entry in the machine-readable reports), not counted as checked.
        not_found = [FileResult(path.as_posix(), error=SourceError("no such file or directory")) for path in missing]
        for result in not_found + unlistable:
            self.error(f"{result.path}: error: {result.error.message}")
            summary.errors += 1
            reporter.file(result)
        unreadable = bool(summary.errors)
        for result in self._results(jobs, resolver, reporter):
            if opts.min_severity:
                summary.hidden += self._hide_below(result, opts.min_severity)
            if result.error is not None:
                err = result.error
                where = f":{err.line}:{err.column}" if err.line else ""
                self.error(f"{result.path}{where}: error: {err.message}")
                unreadable = True
            summary.add(result)
            reporter.file(result)
            if self.progress is not None:
                self.progress.advance(result.path)
        if self.progress is not None:
            self.progress.clear()
        if not ((opts.quiet or opts.silent or opts.write_baseline) and opts.output_format in HUMAN_FORMATS):
            reporter.finish(summary)
        return summary, unreadable

    @staticmethod
    def _hide_below(result: FileResult, severity: str) -> int:
        """Drop findings below `severity` from a result (--min-severity); how many were dropped."""
        floor = SEVERITY_RANK[severity]
        shown = [finding for finding in result.findings if SEVERITY_RANK[finding.severity] >= floor]
        hidden = len(result.findings) - len(shown)
        result.findings = shown
        return hidden

    def _after_report(self, summary: Summary) -> None:
        """What goes to the terminal besides the report: the summary and --statistics."""
        opts = self.options
        if opts.silent:
            return
        report_on_stdout = opts.output_file is None
        if opts.output_file is not None and not opts.quiet:
            self.stream.write(f"{summary_line(summary)} Report ({opts.output_format}): {opts.output_file}\n")
            hint = fix_hint(summary)
            if hint:
                self.stream.write(hint + "\n")
        if opts.statistics:
            human = not report_on_stdout or opts.output_format in ("text", "concise")
            lines = statistics_lines(summary) or ["No findings."]
            for line in lines:
                if human:
                    self.stream.write(line + "\n")
                else:
                    self.error(line)
