"""The warm path: `--silent`, cache entries read back as counts or findings, the printing
paths and discovery (behaviour only: nothing here is timed)."""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import pytest

from plainlint.running import cache as cache_module
from plainlint.linting import engine
from plainlint.config import Config, Resolver, safe_resolve
from plainlint.running.discovery import Discovery
from plainlint.running.parallel import TalliedResult
from plainlint.output import Summary, Tally
from plainlint.output.text import display_width
from plainlint.running.run import Run, RunOptions
import test_speed as speed
from plhelpers import run_cli

ARTICLE = (
    "# Reset your password {n}\n\n"
    "Please utilize the form in order to reset your password. We apologize for any inconvenience.\n\n"
    "Café\tguests 😀: simply click [here](https://example.com/reset), 日本語のお客様 utilize it too.\n\n"
    "Ae\u0301 commence the process and the link will be sent by our team.\n"
)


def knowledge_base(root: Path, files: int = 6) -> Path:
    """Articles with tabs, wide and combining characters and an emoji before findings."""
    return speed.knowledge_base(root, files, ARTICLE)


def check(root: Path, monkeypatch, **options) -> tuple[int, str]:
    monkeypatch.chdir(root)
    out = io.StringIO()
    errors: list[str] = []
    options.setdefault("jobs", 1)
    code = Run(RunOptions(paths=[Path("kb")], **options), out, error=errors.append).execute()
    return code, out.getvalue() + "".join(f"stderr: {e}\n" for e in errors)


def no_findings_built(monkeypatch) -> None:
    monkeypatch.setattr(cache_module, "finding_from_row", lambda *a: pytest.fail("a Finding was built"))


def test_silent_prints_nothing_and_exits_like_a_report(tmp_path):
    knowledge_base(tmp_path, files=2)
    (tmp_path / "clean.md").write_text("Use the form.\n", encoding="utf-8")
    (tmp_path / "latin1.md").write_bytes("Caf\xe9\n".encode("latin-1"))
    for args, code in ((["kb"], 1), (["kb", "--no-cache"], 1), (["kb", "--exit-zero"], 0), (["clean.md"], 0),
                       (["kb", "--fail-level", "error"], 0)):
        done = run_cli(["check", "--silent", *args], tmp_path)
        assert (done.returncode, done.stdout, done.stderr) == (code, "", ""), args
    done = run_cli(["check", "-s", "latin1.md"], tmp_path)
    assert done.returncode == 2 and done.stdout == "" and "latin1.md:1:4: error: not valid utf-8" in done.stderr


@pytest.mark.parametrize("option", [["--statistics"], ["--diff"], ["--output-file", "report.txt"]])
def test_silent_refuses_options_that_print(tmp_path, option):
    knowledge_base(tmp_path, files=1)
    done = run_cli(["check", "--silent", *option, "kb"], tmp_path)
    assert done.returncode == 2 and "--silent prints nothing" in done.stderr


def test_warm_silent_run_reads_counts_only(tmp_path, monkeypatch):
    knowledge_base(tmp_path)
    assert check(tmp_path, monkeypatch, silent=True) == (1, "")  # cold: fills the cache
    calls = speed.count_rule_runs(monkeypatch)
    no_findings_built(monkeypatch)
    assert check(tmp_path, monkeypatch, silent=True) == (1, "")
    assert check(tmp_path, monkeypatch, silent=True, fail_level="error") == (0, "")
    assert calls == []


def test_silent_with_a_baseline_still_filters_findings(tmp_path, monkeypatch):
    knowledge_base(tmp_path)
    check(tmp_path, monkeypatch)
    baseline = tmp_path / "baseline.json"
    assert check(tmp_path, monkeypatch, write_baseline=baseline)[0] == 0
    assert check(tmp_path, monkeypatch, silent=True, baseline=baseline)[0] == 0  # every finding is known
    assert check(tmp_path, monkeypatch, silent=True)[0] == 1


def test_damaged_counts_line_is_linted_again(tmp_path, monkeypatch):
    knowledge_base(tmp_path, files=1)
    check(tmp_path, monkeypatch, silent=True)
    for entry in speed.cache_entries(tmp_path):
        head, _, rows = entry.read_bytes().partition(b"\n")
        entry.write_bytes(b'[{"warning":"many"},{},0]\n' + rows)
    calls = speed.count_rule_runs(monkeypatch)
    assert check(tmp_path, monkeypatch, silent=True) == (1, "") and len(calls) == 1


def test_tally_counts_as_the_summary_does(tmp_path, monkeypatch):
    knowledge_base(tmp_path, files=2)
    monkeypatch.chdir(tmp_path)
    results = [engine.lint_file(path, path.as_posix(), Resolver(Config()).settings(path))
               for path in sorted(Path("kb").rglob("*.md"))]
    from_findings, from_tallies = Summary(), Summary()
    for result in results:
        from_findings.add(result)
        stored = Tally.from_json(Tally.of(result.findings).to_json().encode())
        from_tallies.add(TalliedResult(result.path, tally=stored))
    assert from_tallies == from_findings and from_findings.fixable and from_findings.total > 8
    assert list(from_tallies.by_rule) == list(from_findings.by_rule)  # --statistics breaks ties by order


@pytest.mark.parametrize("fmt, unit", [("text", "code-point"), ("concise", "code-point"), ("concise", "utf-16"),
                                       ("json", "code-point"), ("sarif", "code-point"), ("github", "code-point"),
                                       ("junit", "code-point"), ("checkstyle", "code-point"),
                                       ("rdjson", "code-point")])
def test_warm_output_is_the_cold_output(tmp_path, monkeypatch, fmt, unit):
    knowledge_base(tmp_path)
    cold = check(tmp_path, monkeypatch, output_format=fmt, column_unit=unit)
    calls = speed.count_rule_runs(monkeypatch)
    warm = check(tmp_path, monkeypatch, output_format=fmt, column_unit=unit)
    assert calls == [] and warm == cold and cold[0] == 1
    assert check(tmp_path, monkeypatch, output_format=fmt, column_unit=unit, cache=False) == cold


def test_cached_rows_come_back_as_the_same_findings(tmp_path, monkeypatch):
    knowledge_base(tmp_path, files=1)
    monkeypatch.chdir(tmp_path)
    path = Path("kb/section-0/article-00.md")
    found = engine.lint_file(path, path.as_posix(), Resolver(Config()).settings(path)).findings
    found.append(found[0].replaced(context={"macro": "Refund – 返金"}, flagged="ütilize"))
    assert any(f.fix for f in found) and any(f.suggestions for f in found)
    rows = json.loads(json.dumps([cache_module.finding_to_row(f) for f in found]))
    assert [cache_module.finding_from_row(path.as_posix(), row) for row in rows] == found


def reference_width(text: str) -> int:
    """The per-character definition the text reporter's carets follow."""
    width = 0
    for char in text:
        if char == "\t":
            width += 4
        elif not unicodedata.combining(char):
            width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


@pytest.mark.parametrize("text", ["", "plain ascii", "tab\there", "Café", "e\u0301\u0301", "日本語 text",
                                  "\uff21\uff22 fullwidth", "mixed\t日本\u0301é—“quotes”", "😀 emoji"])
def test_display_width_matches_the_per_character_rule(text):
    assert display_width(text) == reference_width(text)


def walked(top: Path, cwd: Path, monkeypatch) -> list[str]:
    monkeypatch.chdir(cwd)
    return [c.display for c in Discovery(Resolver(Config(root=cwd)), None, []).files([top])]


def test_walk_applies_every_gitignore_up_to_the_repository(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("build/\n*.txt\n!keep.txt\n", encoding="utf-8")
    docs = tmp_path / "docs"
    (docs / "sub" / "deep").mkdir(parents=True)
    (docs / "build").mkdir()
    (docs / "sub" / ".gitignore").write_text("secret*\n/deep/x.md\n", encoding="utf-8")
    for name in ("a.md", "b.txt", "keep.txt", "build/c.md", "sub/secret.md", "sub/ok.md", "sub/deep/x.md",
                 "sub/deep/y.md", "package.json", "z.json"):
        (docs / name).write_text("# Hi\n", encoding="utf-8")
    expected = ["docs/a.md", "docs/keep.txt", "docs/z.json", "docs/sub/ok.md", "docs/sub/deep/y.md"]
    assert walked(Path("docs"), tmp_path, monkeypatch) == expected
    assert walked(docs, tmp_path, monkeypatch) == expected  # absolute, under the current folder: shown relative
    assert walked(Path("../../docs"), docs / "sub", monkeypatch) == ["../../" + name for name in expected]
    assert walked(docs, tmp_path.parent, monkeypatch) == [f"{tmp_path.name}/{name}" for name in expected]
    assert walked(docs, docs / "sub", monkeypatch) == [(tmp_path / name).as_posix() for name in expected
                                                       if not name.startswith("docs/sub/")] + ["ok.md", "deep/y.md"]


def test_walk_shows_a_symlinked_file_by_its_target_like_a_named_one(tmp_path, monkeypatch):
    (tmp_path / "kb").mkdir()
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "o.md").write_text("# Hi\n", encoding="utf-8")
    (tmp_path / "kb" / "a.md").write_text("# Hi\n", encoding="utf-8")
    (tmp_path / "kb" / "link.md").symlink_to(tmp_path / "outside" / "o.md")
    # Outside the current folder the link is shown as found; under it, by its target.
    assert walked(tmp_path / "kb", tmp_path / "kb", monkeypatch) == ["a.md", (tmp_path / "kb" / "link.md").as_posix()]
    assert walked(tmp_path / "kb", tmp_path, monkeypatch) == ["kb/a.md", "outside/o.md"]


def test_resolver_paths_follow_symlinks(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.md").write_text("# Hi\n", encoding="utf-8")
    (tmp_path / "via").symlink_to(tmp_path / "real")
    (tmp_path / "real" / "link.md").symlink_to(tmp_path / "real" / "a.md")
    resolver = Resolver(Config(root=safe_resolve(tmp_path)))
    for path in (tmp_path / "via" / "a.md", tmp_path / "via" / "link.md", tmp_path / "via" / "missing.md",
                 tmp_path / "real" / ".."):
        assert resolver.relative(path) == safe_resolve(path).relative_to(safe_resolve(tmp_path)).as_posix()
    assert resolver.relative(tmp_path / "via" / "link.md") == "real/a.md"
