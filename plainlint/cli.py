"""Command line: `plainlint check`, `plainlint rules`, `plainlint explain`."""

from __future__ import annotations

import atexit
import gc
import os
import signal
import sys
from pathlib import Path

# At exit CPython runs its cyclic collector over every object the run made (the modules' too),
# several times, only to hand memory back that the system takes back anyway: 8% of the
# instructions of a one-file run. Frozen, the objects are left to reference counting, which
# frees what is not in a cycle; plainlint closes its files with `with` and has no finaliser that
# waits for the collector. Only when plainlint is the program (run(): the `plainlint` command,
# `python -m plainlint`): a program that imports this module keeps its collector at exit, for
# finalisers of its own. Registered first, so it runs after every other exit handler.
_as_program = False


def _freeze_objects_if_program() -> None:
    if _as_program:
        gc.freeze()


atexit.register(_freeze_objects_if_program)

from . import dataclass_cache, regex_cache  # noqa: E402

regex_cache.install()  # before click and the rules compile their patterns
dataclass_cache.install()  # before plainlint's modules define their dataclasses

import click  # noqa: E402

from . import __version__
from .output import FORMATS
from .output.columns import UNITS

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # 128 + SIGINT, 128 + SIGTERM, as shells report them


class Terminated(BaseException):
    """SIGTERM, raised in the main thread so that `with` blocks and `finally` clauses run (a
    half-written report is removed) before the run exits 143."""


def _raise_terminated(signum, frame) -> None:
    raise Terminated()


def _stop_workers() -> None:
    """End the worker processes; a second Ctrl-C or SIGTERM meanwhile must not interrupt that."""
    for number in (signal.SIGINT, signal.SIGTERM):
        try:
            signal.signal(number, signal.SIG_IGN)
        except ValueError:
            pass
    parallel = sys.modules.get("plainlint.running.parallel")  # imported only by runs that may start workers
    if parallel is not None:
        parallel.stop_workers()


class _Main(click.Group):
    """Exit codes for signals: 130 on Ctrl-C (click would say "Aborted!" and exit 1, the code
    for findings) and 143 on SIGTERM, with the worker processes ended first."""

    def invoke(self, ctx):
        try:
            previous = {signal.SIGINT: signal.getsignal(signal.SIGINT),
                        signal.SIGTERM: signal.signal(signal.SIGTERM, _raise_terminated)}
        except ValueError:  # not the main thread (plainlint called from a thread): keep the default
            previous = {}
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            _stop_workers()
            _error("plainlint: interrupted")
            sys.exit(EXIT_INTERRUPTED)
        except Terminated:
            _stop_workers()
            _error("plainlint: terminated")
            sys.exit(EXIT_TERMINATED)
        finally:
            for number, handler in previous.items():  # a program that called main() gets its own back
                if handler is not None:
                    signal.signal(number, handler)


def _split(values: tuple[str, ...], option: str) -> list[str] | None:
    """An option's comma-separated selectors. One that names nothing (`--select ""`, often an
    unset shell variable) is a usage error: selecting nothing would pass every file in silence."""
    if not values:
        return None
    parts = [part.strip() for value in values for part in value.split(",") if part.strip()]
    if not parts:
        _error(f"command line: error: {option}: empty (name rules, codes, code prefixes or categories)")
        sys.exit(EXIT_ERROR)
    return parts


def _rule_settings(values: tuple[str, ...]) -> dict:
    from .config import ConfigError
    from .config.command_line import parse_rule_options

    try:
        return parse_rule_options(values)
    except ConfigError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)


def _use_color(stream, no_color: bool) -> bool:
    """--no-color, then NO_COLOR (no-color.org), then FORCE_COLOR (force-color.org: colour in CI
    logs and pipes), then whether the stream is a terminal. NO_COLOR beats FORCE_COLOR, as in
    CPython 3.13 and most tools that honour both."""
    if no_color or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


def _report_stream(stream):
    """The report stream, printing a file name that is not UTF-8 as its own bytes (as ls does);
    in a UTF-8 locale Python's stdout refuses them, and the report stopped with a traceback."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="surrogateescape")
    return stream


def _quiet_broken_pipe() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _error(message: str) -> None:
    click.echo(message, err=True)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="plainlint")
def main() -> None:
    """Plain-language and accessibility linter for customer-support content."""


def run() -> None:
    """The `plainlint` command and `python -m plainlint`: main() as the program, whose objects
    are frozen at exit (a program that calls main() itself is left as it is)."""
    global _as_program
    _as_program = True
    main()


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, readable=False))  # unreadable: one error line, run goes on
@click.option("--format", "--output-format", "output_format", default="text", show_default=True,
              type=click.Choice(list(FORMATS), case_sensitive=False),
              help="Output format (see README: Output formats and integrations).")
@click.option("--output-file", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the report to this file; a one-line summary goes to the terminal.")
@click.option("--stdin-filename", metavar="PATH",
              help="With `-` as the path: lint standard input as if it were the file PATH (config applies).")
@click.option("--column-unit", type=click.Choice(list(UNITS), case_sensitive=False),
              default="code-point",
              show_default=True, help="Column unit of text/concise output (Vim: utf-8, VS Code: utf-16).")
@click.option("--statistics", is_flag=True, help="After the report, count findings per rule.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Config file (default: the nearest .plainlint.yaml or pyproject.toml upward).")
@click.option("--select", multiple=True, help="Only these rules (codes, prefixes, names, categories); comma-separated.")
@click.option("--extend-select", multiple=True, help="Add rules to the selection.")
@click.option("--ignore", multiple=True, help="Turn rules off (codes, prefixes, names, categories).")
@click.option("--rule-option", "rule_options", multiple=True, metavar="RULE.OPTION=VALUE",
              help="Set a rule option for every file, over the config's (spelling.mode=dictionary); repeatable.")
@click.option("--fail-level", type=click.Choice(["error", "warning", "info"], case_sensitive=False), default=None,
              help="Lowest severity that makes the exit code 1 (default: warning).")
@click.option("--min-severity", type=click.Choice(["error", "warning", "info"], case_sensitive=False), default=None,
              help="Show only findings of this severity or higher; hidden findings never fail the run.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--force-exclude", is_flag=True, help="Apply exclude and .gitignore to paths given explicitly too.")
@click.option("--encoding", default=None, help="Read files in this encoding (default UTF-8, BOMs honoured).")
@click.option("--no-color", is_flag=True, help="No colour even on a terminal (NO_COLOR is honoured too).")
@click.option("--quiet", "-q", is_flag=True, help="Print findings only, no summary line.")
@click.option("--silent", "-s", is_flag=True,
              help="Print nothing: the exit code says whether there are findings (errors still go to stderr).")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place, then report what remains.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff: apply unsafe fixes too.")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff; write nothing (exit 1 if any).")
@click.option("--show-fixes", is_flag=True, help="With --fix or --diff: list the fixes made, per file and rule (stderr).")
@click.option("--show-files", is_flag=True, help="List the files that would be linted, then exit.")
@click.option("--baseline", type=click.Path(path_type=Path, dir_okay=False),
              help="Report only findings that are not recorded in this baseline file.")
@click.option("--write-baseline", type=click.Path(path_type=Path, dir_okay=False),
              help="Record every current finding in this baseline file (exit 0).")
@click.option("--report-unused-disables", is_flag=True,
              help="Report plainlint-disable comments that suppress nothing (rule PL905).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: one per CPU; a few files are linted in-process).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write .plainlint_cache/.")
@click.option("--show-settings", type=click.Path(path_type=Path, dir_okay=False), metavar="FILE",
              help="Print the effective settings for FILE and where each came from; lint nothing.")
def check(paths, output_format, output_file, stdin_filename, column_unit, statistics, config_path, select,
          extend_select, ignore, rule_options, fail_level, min_severity, exit_zero, force_exclude, encoding, no_color, quiet,
          silent, fix, unsafe_fixes, diff, show_fixes, show_files, baseline, write_baseline,
          report_unused_disables, jobs, no_cache, show_settings):
    """Lint PATHS (files or folders; default: the current folder)."""
    from .running.run import Run, RunOptions

    if unsafe_fixes and not (fix or diff):
        raise click.UsageError("--unsafe-fixes needs --fix or --diff")
    if show_fixes and not (fix or diff):
        raise click.UsageError("--show-fixes needs --fix or --diff")
    printing = [name for name, given in (("--output-file", output_file), ("--statistics", statistics),
                                         ("--diff", diff)) if given]
    if silent and printing:
        raise click.UsageError(f"--silent prints nothing; it cannot be used with {printing[0]}")
    if stdin_filename and Path(stdin_filename).is_dir():  # it linted nothing and passed (user31)
        raise click.UsageError(f"--stdin-filename names a folder ({stdin_filename}); give the file name the text would have")
    paths = list(paths) or ([Path("-")] if stdin_filename else [Path(".")])
    options = RunOptions(
        rule_settings=_rule_settings(rule_options),
        paths=paths,
        output_format=output_format,
        config_path=config_path,
        select=_split(select, "select"),
        extend_select=_split(extend_select, "extend-select") or [],
        ignore=_split(ignore, "ignore") or [],
        fail_level=fail_level,
        min_severity=min_severity,
        force_exclude=force_exclude,
        encoding=encoding,
        quiet=quiet,
        silent=silent,
        output_file=output_file,
        stdin_filename=stdin_filename,
        statistics=statistics,
        column_unit=column_unit,
        fix=fix,
        unsafe_fixes=unsafe_fixes,
        diff=diff,
        show_fixes=show_fixes,
        show_files=show_files,
        baseline=baseline,
        write_baseline=write_baseline,
        report_unused_disables=report_unused_disables,
        jobs=jobs,
        cache=not no_cache,
    )
    stream = _report_stream(sys.stdout)
    if show_settings is not None:
        sys.exit(Run(options, stream, error=_error).show_settings(show_settings))
    try:
        run = Run(options, stream, color=_use_color(stream, no_color), error=_error, stdin=sys.stdin.buffer,
                  status=sys.stderr, stdout_bytes=sys.stdout.buffer)
        code = run.execute()
    except BrokenPipeError:
        _quiet_broken_pipe()  # `plainlint check | head`: the reader left; stop without a traceback
        code = EXIT_FINDINGS
    except Exception as exc:  # an internal error must never look like "findings" (exit 1)
        import traceback

        traceback.print_exc()
        _error(f"plainlint: internal error: {exc!r} (please report it)")
        code = EXIT_ERROR
    if exit_zero and code == EXIT_FINDINGS:
        code = EXIT_CLEAN
    sys.exit(code)


@main.command()
def clean():
    """Delete the result cache (.plainlint_cache/ beside the config, or in this folder)."""
    from .running.cache import clean as remove_cache
    from .config import ConfigError, find_config, load_config

    try:
        root = load_config(find_config(Path.cwd())).root
    except ConfigError:
        root = Path.cwd()
    click.echo(f"Removed {root / '.plainlint_cache'}" if remove_cache(root) else "No cache to remove.")


@main.command()
@click.option("--format", "--output-format", "output_format", type=click.Choice(["table", "json"], case_sensitive=False),
              default="table")
def rules(output_format):
    """List every rule: code, name, category, default severity, fixes (safe/unsafe), summary."""
    from .output.explain import severity_text
    from .rules import all_rules

    if output_format == "json":
        import json

        click.echo(json.dumps([
            {"code": r.code, "name": r.name, "category": r.category, "severity": r.severity,
             "fixable": r.fixable, "enabled": r.enabled_by_default, "summary": r.summary,
             "per_kind": r.per_kind, "fix_levels": [str(level) for level in r.fix_levels]}
            for r in all_rules()
        ], indent=2))
        return
    rows = [("CODE", "NAME", "CATEGORY", "SEVERITY", "FIX", "SUMMARY")]
    for r in all_rules():
        rows.append((r.code, r.name, r.category, severity_text(r) + ("" if r.enabled_by_default else " (off)"),
                     "/".join(r.fix_levels) or "-", r.summary))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        click.echo("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:5])) + "  " + row[5])


def _near_rule(word: str) -> str:
    """" (did you mean 'jargon'?)" for a misspelt rule name, as config errors say it, or the one
    rule whose name starts with the word ('passive' -> 'passive-voice'; user29). A code is never
    guessed: 'PL2' is not 'PL902'."""
    from .config.options import did_you_mean
    from .rules import all_rules

    names = {rule.name for rule in all_rules()}
    starting = [name for name in names if name.startswith(f"{word.lower()}-")]
    return f" (did you mean {starting[0]!r}?)" if len(starting) == 1 else did_you_mean(word, names, 0.75)


@main.command()
@click.argument("code_or_name")
def explain(code_or_name):
    """Show a rule's rationale, examples and options."""
    from .output.explain import category_rules, explain_text
    from .rules import find_rule

    rule = find_rule(code_or_name)
    if rule is None and (listed := category_rules(code_or_name.lower())):
        return click.echo(listed)  # `explain tone` (user31): a category's rules
    if rule is None:
        _error(f"error: no rule {code_or_name!r}{_near_rule(code_or_name)} (see `plainlint rules`)")
        sys.exit(EXIT_ERROR)
    click.echo(explain_text(rule))


@main.command()
@click.option("--tcp", "tcp_port", type=click.IntRange(1, 65535), metavar="PORT",
              help="Listen on 127.0.0.1:PORT instead of stdio (for debugging).")
def server(tcp_port):
    """Run the language server (LSP) for editors, on stdio."""
    from .server import serve

    serve(tcp_port)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, readable=False))  # unreadable: one error line, run goes on
# Three: of words spelling reports in three or more documents of a repository, most were the
# project's terms (docs/accuracy.md, "More conservative structures").
@click.option("--min-files", type=click.IntRange(min=1), default=3, show_default=True,
              help="Propose a word only when this many files write it.")
@click.option("--write", type=click.Path(path_type=Path, dir_okay=False), metavar="FILE",
              help="Add the proposals to this accept file (kept as it is otherwise) instead of printing them.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Config file (default: the nearest .plainlint.yaml or pyproject.toml upward).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Worker processes (default: one per CPU).")
def vocabulary(paths, min_files, write, config_path, jobs):
    """Propose project-vocabulary terms: words spelling does not know, written in several files of PATHS."""
    from .running.run import RunOptions
    from .running.vocabulary_proposal import propose

    options = RunOptions(paths=list(paths) or [Path(".")], config_path=config_path, jobs=jobs)
    sys.exit(propose(options, min_files, write, _report_stream(sys.stdout), error=_error, notice=_error,
                     stdin=sys.stdin.buffer))


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, readable=False))  # unreadable: one error line, run goes on
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=Path("report.html"),
              show_default=True, help="The HTML report; its data goes beside it as .json.")
@click.option("--compare", "compare_with", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="An earlier report's .json: show grade changes and findings added and removed.")
@click.option("--title", default="Content health report", show_default=True, help="Heading of the report.")
@click.option("--documents", "mode", type=click.Choice(["auto", "inline", "folder"]), default="auto", show_default=True,
              help="Per-document views inside the report, or one page each in a folder beside it "
                   "(auto: a folder when they pass 8 MB).")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Config file (default: the nearest .plainlint.yaml or pyproject.toml upward).")
@click.option("--select", multiple=True, help="Only these rules; comma-separated.")
@click.option("--ignore", multiple=True, help="Turn rules off; comma-separated.")
def report(paths, output, compare_with, title, mode, config_path, select, ignore):
    """Write an HTML health report for PATHS (and its data as JSON beside it)."""
    from .health_report import json_path_for, write_report
    from .running.run import RunOptions

    if output.suffix.lower() == ".json":
        _error("error: --output is the HTML file; the .json is written beside it")
        sys.exit(EXIT_ERROR)
    options = RunOptions(paths=list(paths) or [Path(".")], config_path=config_path,
                         select=_split(select, "select"), ignore=_split(ignore, "ignore") or [],
                         report_outputs=(output, json_path_for(output)))
    sys.exit(write_report(options, output, compare_with, title, mode, error=_error, notice=_error))
