"""One `plainlint check` run: config, discovery, linting, reporting, exit code."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .config import ConfigError, Resolver, Selection, find_config, load_config
from .discovery import Discovery
from .reporters import Summary, reporter_class
from .rules.base import SEVERITY_RANK

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
    force_exclude: bool = False
    encoding: str | None = None
    quiet: bool = False
    jobs: int | None = None  # worker processes; None: one per CPU
    cache: bool = True


class Run:
    def __init__(self, options: RunOptions, stream, color: bool = False, error=print):
        self.options = options
        self.stream = stream
        self.color = color
        self.error = error

    def _resolver(self) -> Resolver:
        opts = self.options
        path = opts.config_path or find_config(Path.cwd())
        if opts.config_path is not None and not opts.config_path.is_file():
            raise ConfigError(f"{opts.config_path}: config file not found")
        config = load_config(path)
        cli = Selection(opts.select, opts.extend_select, opts.ignore)
        from .config import validate

        validate({"select": opts.select or [], "extend-select": opts.extend_select, "ignore": opts.ignore},
                 "command line")
        return Resolver(config, cli)

    def _results(self, candidates, resolver: Resolver):
        """FileResults in discovery order, from the cache or from `--jobs` processes."""
        from .cache import ResultCache
        from .parallel import LintJob, default_jobs, lint_all

        cache = ResultCache(resolver.config.root) if self.options.cache else None
        if cache is not None and not cache.prepare():
            cache = None
        job = LintJob(resolver, self.options.encoding, cache)
        return lint_all(candidates, job, self.options.jobs or default_jobs())

    def execute(self) -> int:
        try:
            resolver = self._resolver()
        except ConfigError as exc:
            self.error(f"{exc}")
            return EXIT_ERROR
        config = resolver.config
        fail_level = self.options.fail_level or config.get("fail-level", "warning")
        exclude = list(config.get("exclude", [])) + list(config.get("extend-exclude", []))
        discovery = Discovery(resolver, config.get("include"), exclude, config.get("respect-gitignore", True))
        reporter = reporter_class(self.options.output_format)(self.stream, self.color)
        summary = Summary()
        failed = False
        missing = [p for p in self.options.paths if not p.exists() and not p.is_symlink()]
        for path in missing:
            self.error(f"{path.as_posix()}: error: no such file or directory")
            failed = True
        reporter.start()
        candidates = discovery.files([p for p in self.options.paths if p not in missing], self.options.force_exclude)
        for result in self._results(candidates, resolver):
            if result.error is not None:
                err = result.error
                where = f":{err.line}:{err.column}" if err.line else ""
                self.error(f"{result.path}{where}: error: {err.message}")
                failed = True
            summary.add(result)
            reporter.file(result)
        if self.options.quiet and self.options.output_format == "text":
            reporter.finish = lambda summary: None
        reporter.finish(summary)
        if failed:
            return EXIT_ERROR
        threshold = SEVERITY_RANK[fail_level]
        if any(count and SEVERITY_RANK[sev] >= threshold for sev, count in summary.by_severity.items()):
            return EXIT_FINDINGS
        return EXIT_CLEAN
