"""Helpers shared by the tests: lint a string, find the corpus, list spans."""

from __future__ import annotations

import os
import re
from pathlib import Path

from plainlint.config import Config, Resolver, Selection
from plainlint.linting.engine import lint_source
from plainlint.reading.readers import format_for
from plainlint.reading.source import Source, decode_bytes

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
# spelling's dictionary check and its tree evidence, for the tests of them (known mode, the default
# since spell20b, reads no tree): on the command line, and in a config file or client options
DICTIONARY_MODE = ("--rule-option", "spelling.mode=dictionary")
DICTIONARY_RULES = "rules: {spelling: {mode: dictionary}}\n"
# A `concise`/`text` headline: path:line:col: severity [rule] message
# text: `path:line:col: severity [rule] message`; concise has the code too: `severity PL101 [rule]`.
HEADLINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info) "
                      r"(?:(?P<code>PL\d+) )?\[(?P<rule>[a-z-]+)\] (?P<message>.*)$")


def corpus_dir() -> Path:
    return Path(os.environ.get("PLAINLINT_CORPUS", ROOT.parent / "shared" / "corpus"))


def settings_for(path: str = "doc.md", config: dict | None = None, select=None):
    resolver = Resolver(Config(data=config or {}), Selection(select, [], []))
    return resolver.settings(Path(path))


def units(text: str, path: str = "docs/page.md", fmt: str = "markdown") -> list:
    """The document's segments as (scope, text), as a reader reads them (no language detection)."""
    from plainlint.reading.readers import read_document
    from plainlint.reading.source import Source

    doc = read_document(Source(path, text), fmt, detect_language=False)
    return [(s.scope, s.text) for s in doc.segments]


def lint_text(text: str, path: str = "doc.md", config: dict | None = None, select=None, fmt=None):
    source = Source(path, text)
    return lint_source(source, fmt or format_for(path) or "text", settings_for(path, config, select)).findings


def lint_bytes(data: bytes, path: str = "doc.md", config: dict | None = None, select=None):
    source = decode_bytes(data, path)
    return lint_source(source, format_for(path) or "text", settings_for(path, config, select))


def spans(findings, rule: str | None = None):
    """(line, column, end_line, end_column, flagged) for each finding of `rule`."""
    return [
        (f.line, f.column, f.end_line, f.end_column, f.flagged)
        for f in findings
        if rule is None or f.rule == rule
    ]


def require_corpus() -> Path:
    """The corpus folder; skip (or fail in CI, PLAINLINT_REQUIRE_CORPUS=1) when it is absent."""
    import pytest

    path = corpus_dir()
    if not path.is_dir():
        if os.environ.get("PLAINLINT_REQUIRE_CORPUS"):
            pytest.fail(f"corpus not found at {path} and PLAINLINT_REQUIRE_CORPUS is set")
        pytest.skip(f"corpus not found at {path} (set PLAINLINT_CORPUS to point at shared/corpus)")
    return path


def schemas_dir() -> Path:
    return Path(os.environ.get("PLAINLINT_SCHEMAS", ROOT.parent / "shared" / "schemas"))


def require_schemas() -> Path:
    """../shared/schemas (SARIF, rdjson); skip when absent unless CI or PLAINLINT_REQUIRE_CORPUS."""
    import pytest

    path = schemas_dir()
    if not (path / "sarif-schema-2.1.0.json").is_file():
        if os.environ.get("PLAINLINT_REQUIRE_CORPUS") or os.environ.get("CI"):
            pytest.fail(f"schemas not found at {path}")
        pytest.skip(f"schemas not found at {path} (set PLAINLINT_SCHEMAS to point at shared/schemas)")
    return path


def run_cli(args, cwd, stdin=None, env=None, process=False):
    """`plainlint ARGS` in `cwd`, with a CompletedProcess-like result; text in and out unless
    stdin is bytes. In-process by default (a process start is most of a small test's time);
    `process=True` (or PLAINLINT_TEST_PROCESS=1 for the whole suite) runs `python -m plainlint`
    where the process boundary is what is tested: signals, imports, the interpreter's streams."""
    if process or os.environ.get("PLAINLINT_TEST_PROCESS"):
        return run_cli_process(args, cwd, stdin, env)
    return run_cli_in_process(args, cwd, stdin, env)


def run_cli_process(args, cwd, stdin=None, env=None):
    import subprocess
    import sys

    full_env = dict(os.environ, NO_COLOR="1", **(env or {}))
    return subprocess.run([sys.executable, "-m", "plainlint", *args], cwd=cwd, capture_output=True,
                          env=full_env, input=stdin, text=not isinstance(stdin, bytes))


def run_cli_in_process(args, cwd, stdin=None, env=None):
    import subprocess

    from click.testing import CliRunner

    from plainlint.cli import main

    runner = CliRunner(env={"NO_COLOR": "1", **(env or {})})
    previous = os.getcwd()
    os.chdir(cwd)
    try:
        result = runner.invoke(main, [str(arg) for arg in args], input=stdin, prog_name="plainlint",
                               catch_exceptions=False)
    finally:
        os.chdir(previous)
    as_bytes = isinstance(stdin, bytes)
    stdout = result.stdout_bytes if as_bytes else result.stdout
    stderr = result.stderr_bytes if as_bytes else result.stderr
    return subprocess.CompletedProcess(["plainlint", *args], result.exit_code, stdout, stderr)


def require_registry(tmp_path: Path) -> None:
    """Skip unless pip can fetch what installing plainlint needs (setuptools, to build it).

    Tests that pip-install plainlint (pre-commit, the GitHub Action) need the package registry
    or a local mirror; in CI (`CI` set) an unreachable registry fails instead of skipping.
    """
    import subprocess
    import sys

    import pytest

    probe = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
                            "--dest", str(tmp_path / "probe"), "setuptools>=69"],
                           capture_output=True, text=True, timeout=300)
    if probe.returncode != 0:
        reason = (probe.stderr.strip().splitlines() or ["no output"])[-1]
        if os.environ.get("CI"):
            pytest.fail(f"package registry unreachable in CI: {reason}")
        pytest.skip(f"package registry unreachable, cannot pip-install plainlint: {reason}")


def copy_checkout(dest: Path) -> Path:
    """The project's files as they are now (tracked and new, not ignored), copied to `dest`."""
    import shutil
    import subprocess

    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    return dest


def check_in_a_process(cwd: Path, *args: str) -> tuple[str, set[str]]:
    """`plainlint check ARGS` in a fresh interpreter in `cwd`: its standard output and the modules
    it imported (written to standard error at the end), for tests of what a run loads."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from plainlint.cli import main\n"
        f"sys.argv = ['plainlint', 'check', *{list(args)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write('\\n'.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True)
    return done.stdout, set(done.stderr.splitlines())


def script_module(path: str, name: str | None = None):
    """A script of the repository (`scripts/noise.py`: not in a package) as a module, loaded once
    and kept in sys.modules under `name` (default: plainlint_script_<file name>)."""
    import importlib.util
    import sys

    name = name or "plainlint_script_" + Path(path).stem
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while the class is built
        spec.loader.exec_module(module)
    return sys.modules[name]


def import_script(name: str):
    """A script that imports its sibling scripts by name (house_style_labels imports labels),
    imported with scripts/ on sys.path."""
    import importlib
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.pop(0)


def labels_script():
    """scripts/labels.py as a module (the one implementation of label scoring, issue 25); the
    name is the one scripts/house_style_labels.py loads it under, so both share one copy."""
    return script_module("scripts/labels.py", "plainlint_labels_script")


def below_floor(result, floor: float) -> list:
    """(rule, precision) of the rules of a scored labels file below its floor (debatable left out)."""
    return [(rule, round(s.precision, 3)) for rule, s in result.rules.items()
            if s.precision is not None and s.precision < floor]


def unlabelled_lines(result, limit: int = 50) -> list[str]:
    """The findings of a scored labels file's documents that no label names (the first `limit`)."""
    return [f"{f.path}:{f.line}:{f.column} [{f.rule}] hash {f.hash} #{f.occurrence}" for f in result.unlabelled][:limit]


def lost_tp_lines(result, limit: int = 50) -> list[str]:
    """The TP labels of a scored labels file that the code no longer reports (the first `limit`)."""
    return [f"{e.get('id')} {e['path']}:{e.get('line')} [{e['rule']}] hash {e['hash']}" for e in result.lost_tp][:limit]
