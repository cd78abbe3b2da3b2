"""One `plainlint check` run: config, discovery, linting, reporting, exit code."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .config import ConfigError, Resolver, Selection, find_config, load_config
from .discovery import Discovery
from .engine import FileResult, lint_file
from .reporters import Summary, reporter_class
from .rules.base import SEVERITY_RANK
from .source import SourceError

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


def lint_file_isolated(path: Path, display: str, settings) -> FileResult:
    """lint_file, with a bug in plainlint confined to the file that triggered it: the run goes
    on, and the file gets one error line (exit code 2) instead of ending the whole run."""
    try:
        return lint_file(path, display, settings)
    except RecursionError:
        return FileResult(display, error=SourceError("nested too deeply to read"))
    except Exception as exc:  # noqa: BLE001 - reported, never swallowed
        return FileResult(display, error=SourceError(f"internal error: {exc!r} (please report it)"))


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
        walk_errors: list[str] = []
        discovery.on_error = lambda shown, message: walk_errors.append(f"{shown}: error: {message}")
        reporter = reporter_class(self.options.output_format)(self.stream, self.color)
        summary = Summary()
        failed = False
        missing = [p for p in self.options.paths if not p.exists() and not p.is_symlink()]
        for path in missing:
            self.error(f"{path.as_posix()}: error: no such file or directory")
            failed = True
        reporter.start()
        for candidate in discovery.files([p for p in self.options.paths if p not in missing], self.options.force_exclude):
            settings = resolver.settings(candidate.path)
            if self.options.encoding:
                settings.encoding = self.options.encoding
            result = lint_file_isolated(candidate.path, candidate.display, settings)
            if result.error is not None:
                err = result.error
                where = f":{err.line}:{err.column}" if err.line else ""
                self.error(f"{candidate.display}{where}: error: {err.message}")
                failed = True
            summary.add(result)
            reporter.file(result)
        for message in walk_errors:
            self.error(message)
            failed = True
        if self.options.quiet and self.options.output_format == "text":
            reporter.finish = lambda summary: None
        reporter.finish(summary)
        if failed:
            return EXIT_ERROR
        threshold = SEVERITY_RANK[fail_level]
        if any(count and SEVERITY_RANK[sev] >= threshold for sev, count in summary.by_severity.items()):
            return EXIT_FINDINGS
        return EXIT_CLEAN
