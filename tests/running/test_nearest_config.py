"""Config nearest to each file (issue 22): the closest config above a file decides it entirely;
`extend:` inherits; `--config` overrides all; one cache per config root; --show-settings."""

import json

import pytest
from pathlib import Path

from plhelpers import run_cli

TEXT = "Simply deprecate the form and utilize the new one.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def monorepo(root: Path) -> Path:
    """Two help centres under one repository config, as in the README."""
    write(root / ".plainlint.yaml", "rules:\n  jargon:\n    add: [{term: deprecate, verb: true, use: [retire]}]\n")
    write(root / "help-a" / ".plainlint.yaml", "extend: ../.plainlint.yaml\nignore: [assumptive]\n")
    write(root / "help-b" / "pyproject.toml", "[tool.plainlint]\nselect = ['assumptive']\n")
    for folder in ("help-a/articles", "help-b/replies", "other"):
        write(root / folder / "doc.md", TEXT)
    return root


def rules_by_file(root: Path, *args: str, cwd: Path | None = None) -> dict[str, list[str]]:
    result = run_cli(["check", "--format", "json", "--no-cache", *args], cwd or root)
    assert result.returncode in (0, 1), result.stderr
    found: dict[str, list[str]] = {}
    for finding in json.loads(result.stdout)["findings"] if isinstance(json.loads(result.stdout), dict) else json.loads(result.stdout):
        found.setdefault(finding["path"], []).append(finding["rule"])
    return {path: sorted(rules) for path, rules in found.items()}


def test_the_nearest_config_decides_each_file(tmp_path):
    found = rules_by_file(monorepo(tmp_path), ".")
    assert found == {
        "help-a/articles/doc.md": ["jargon", "jargon"],  # extends the root (deprecate added), assumptive off
        "help-b/replies/doc.md": ["assumptive"],  # its own pyproject.toml selects one rule; no extend
        "other/doc.md": ["assumptive", "jargon", "jargon"],  # the repository's config
    }


def test_the_same_file_gets_the_same_findings_from_any_folder(tmp_path):
    root = monorepo(tmp_path)
    from_root = rules_by_file(root, "help-a/articles/doc.md")["help-a/articles/doc.md"]
    from_inside = rules_by_file(root, "doc.md", cwd=root / "help-a" / "articles")["doc.md"]
    from_elsewhere = rules_by_file(root, "../help-a/articles/doc.md", cwd=root / "other")
    assert from_root == from_inside == from_elsewhere["../help-a/articles/doc.md"] == ["jargon", "jargon"]


def test_config_option_overrides_every_nearer_config(tmp_path):
    root = monorepo(tmp_path)
    write(root / "strict.yaml", "select: [jargon]\n")
    found = rules_by_file(root, "--config", "strict.yaml", ".")
    assert found == {f"{p}/doc.md": ["jargon"] for p in ("help-a/articles", "help-b/replies", "other")}


def test_config_dev_null_means_no_settings_at_all(tmp_path):
    """user31: `--config /dev/null` (ignore every config file, as with other linters) said "config
    file not found"; it exists and holds no settings, so the defaults decide every file."""
    if not Path("/dev/null").exists():
        pytest.skip("no /dev/null on this system")
    root = monorepo(tmp_path)
    write(root / "empty.yaml", "")
    found = rules_by_file(root, "--config", "/dev/null", ".")
    assert found == rules_by_file(root, "--config", "empty.yaml", ".")
    assert "assumptive" in found["help-a/articles/doc.md"]  # help-a's own config would ignore it


def test_extend_inherits_and_own_keys_win(tmp_path):
    write(tmp_path / "base.yaml", "ignore: [assumptive]\nrules:\n  jargon: error\n  sentence-length: {max-words: 5, severity: warning}\n")
    write(tmp_path / "team" / ".plainlint.yaml", "extend: ../base.yaml\nrules:\n  jargon: info\n")
    write(tmp_path / "team" / "doc.md", TEXT)
    result = run_cli(["check", "--format", "json", "--no-cache", "team/doc.md"], tmp_path)
    findings = json.loads(result.stdout)
    findings = findings["findings"] if isinstance(findings, dict) else findings
    assert {(f["rule"], f["severity"]) for f in findings} == {("jargon", "info"), ("sentence-length", "warning")}


def test_extend_errors_name_the_file_and_position(tmp_path):
    write(tmp_path / ".plainlint.yaml", "ignore: [cliche]\nextend: missing.yaml\n")
    write(tmp_path / "a.md", TEXT)
    result = run_cli(["check", "a.md"], tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == ".plainlint.yaml:2:9: error: extend: no config file at 'missing.yaml'"
    write(tmp_path / ".plainlint.yaml", "extend: b.yaml\n")
    write(tmp_path / "b.yaml", "extend: .plainlint.yaml\n")
    result = run_cli(["check", "a.md"], tmp_path)
    assert result.returncode == 2 and "extends this file again (a cycle)" in result.stderr


def test_an_invalid_nearer_config_is_one_error_and_exit_2(tmp_path):
    root = monorepo(tmp_path)
    write(root / "help-b" / "pyproject.toml", "[tool.plainlint]\nrules = {sentence-length = {max-words = 0}}\n")
    result = run_cli(["check", "."], root)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "help-b/pyproject.toml:2:41: error: rules.sentence-length.max-words: must be at least 1 (got 0)"]
    assert result.stdout == ""


def test_one_cache_per_config_root(tmp_path):
    root = monorepo(tmp_path)
    assert run_cli(["check", "."], root).returncode == 1
    assert sorted(p.parent.relative_to(root).as_posix() for p in root.rglob(".plainlint_cache")) == \
        [".", "help-a", "help-b"]
    warm = run_cli(["check", "--format", "json", "."], root)
    cold = run_cli(["check", "--format", "json", "--no-cache", "."], root)
    assert warm.stdout == cold.stdout


def test_show_settings_says_where_each_setting_came_from(tmp_path):
    root = monorepo(tmp_path)
    write(root / "help-a" / ".plainlint.yaml",
          "extend: ../.plainlint.yaml\nignore: [assumptive]\noverrides:\n  - files: ['articles/**']\n"
          "    kind: article\n    rules: {sentence-length: {max-words: 18}}\n")
    result = run_cli(["check", "--show-settings", "help-a/articles/doc.md"], root)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:5] == [
        "Settings for help-a/articles/doc.md",
        "  config: help-a/.plainlint.yaml (the nearest config above the file)",
        "  extends: .plainlint.yaml",
        "  kind: article (set by config `kind`)",
        "  override: overrides[0] (files: [\"articles/**\"])",
    ]
    assert "      add: [{\"term\": \"deprecate\", \"verb\": true, \"use\": [\"retire\"]}] (rules.jargon in .plainlint.yaml)" in lines
    assert "  PL302 sentence-length: info (default for kind article)" in lines
    assert "      max-words: 18 (overrides[0].rules.sentence-length in help-a/.plainlint.yaml)" in lines
    assert lines[-1].startswith("Off: ") and "assumptive" in lines[-1]
    forced = run_cli(["check", "--config", ".plainlint.yaml", "--show-settings", "help-a/articles/doc.md"], root)
    assert "  config: .plainlint.yaml (--config: decides every file)" in forced.stdout.splitlines()


def parent_with_globs(root: Path) -> Path:
    """A repository config whose overrides, suppress entries and exclude name `docs/`."""
    write(root / ".plainlint.yaml", "overrides:\n  - files: ['docs/**']\n    ignore: [jargon]\n"
          "suppress:\n  - files: ['docs/**']\n    rules: [assumptive]\nexclude: ['docs/drafts/**']\n")
    write(root / "docs" / "a.md", TEXT)
    write(root / "docs" / "drafts" / "b.md", TEXT)
    write(root / "other.md", TEXT)
    return root


def test_a_nested_config_that_extends_its_parent_keeps_the_parents_globs(tmp_path):
    # user34: `docs/.plainlint.yaml` saying only `extend: ../.plainlint.yaml` matched the
    # parent's `docs/**` against paths relative to docs/, so its overrides and suppress entries
    # (and, run from docs/, its exclude) silently matched nothing there.
    root = parent_with_globs(tmp_path)
    alone = rules_by_file(root, ".")
    assert alone == {"other.md": ["assumptive", "jargon"]}
    write(root / "docs" / ".plainlint.yaml", "extend: ../.plainlint.yaml\n")
    assert rules_by_file(root, ".") == alone
    assert rules_by_file(root, ".", cwd=root / "docs") == {}  # its run's exclude, from the parent
    assert rules_by_file(root, "drafts/b.md", "--force-exclude", cwd=root / "docs") == {}


def test_a_shared_base_elsewhere_keeps_its_globs_relative_to_the_config_that_decides(tmp_path):
    # A team base in its own folder is a template: `articles/**` means each help centre's own.
    write(tmp_path / "team" / "base.yaml", "overrides:\n  - files: ['articles/**']\n    ignore: [jargon]\n")
    write(tmp_path / "help" / ".plainlint.yaml", "extend: ../team/base.yaml\n")
    write(tmp_path / "help" / "articles" / "a.md", TEXT)
    write(tmp_path / "help" / "replies" / "b.md", TEXT)
    assert rules_by_file(tmp_path / "help", ".") == {"replies/b.md": ["assumptive", "jargon"],
                                                     "articles/a.md": ["assumptive"]}


def test_show_settings_names_the_file_and_folder_of_an_inherited_override(tmp_path):
    root = parent_with_globs(tmp_path)
    write(root / "docs" / ".plainlint.yaml",
          "extend: ../.plainlint.yaml\noverrides:\n  - files: ['*.md']\n    rules: {sentence-length: {max-words: 18}}\n")
    result = run_cli(["check", "--show-settings", "docs/a.md"], root)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[4:6] == ['  override: overrides[0] in .plainlint.yaml (files: ["docs/**"], relative to .)',
                          '  override: overrides[0] (files: ["*.md"])']
    assert "      max-words: 18 (overrides[0].rules.sentence-length in docs/.plainlint.yaml)" in lines
