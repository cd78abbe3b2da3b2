"""Which files a run lints and how it accounts for the paths it was given: each file once,
tool configs named by pre-commit skipped, missing paths and empty folders reported, .gitignore
honoured outside a repository too, and a baseline never overwritten by a mistyped run."""

from __future__ import annotations

import json

import pytest

from plainlint.running.baseline import Baseline, BaselineWriter
from plhelpers import lint_text, run_cli as run

BAD = "Please utilize the form.\n"


@pytest.fixture
def kb(tmp_path):
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    (tmp_path / "docs" / "a.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "docs" / "sub" / "b.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "top.md").write_text(BAD, encoding="utf-8")
    return tmp_path


def paths_of(done) -> list[str]:
    return [entry["path"] for entry in json.loads(done.stdout)]


# --- each file once ------------------------------------------------------------------------

def test_overlapping_paths_lint_each_file_once_in_the_order_first_seen(kb):
    done = run(["check", "--format", "json", "docs/sub/b.md", "docs", "docs/a.md", ".", "./docs/a.md",
                str(kb / "top.md")], kb)
    assert paths_of(done) == ["docs/sub/b.md", "docs/a.md", "top.md"]
    done = run(["check", "docs", "docs/a.md", "."], kb)
    assert "Checked 3 file(s): 0 error(s), 3 warning(s)" in done.stdout


def test_a_baseline_never_records_a_file_twice(kb):
    assert run(["check", "--write-baseline", "base.json", "docs", "docs/a.md", "."], kb).returncode == 0
    rows = json.loads((kb / "base.json").read_text(encoding="utf-8"))["findings"]
    assert sorted(row["path"] for row in rows) == ["docs/a.md", "docs/sub/b.md", "top.md"]


def test_baseline_writer_keeps_one_row_per_fingerprint(tmp_path):
    findings = lint_text(BAD, path=str(tmp_path / "a.md"))
    writer = BaselineWriter(tmp_path / "base.json")
    writer.add(findings)
    writer.add(findings)
    assert writer.write() == len(findings) == 1
    assert len(Baseline.load(tmp_path / "base.json").entries) == 1


# --- tool configs named by pre-commit -----------------------------------------------------

TOOL_CONFIGS = {
    ".pre-commit-config.yaml": "repos:\n  - repo: local\n    hooks: []\n",
    "mkdocs.yml": "site_name: Help centre\nnav:\n  - Home: index.md\n",
    "package.json": '{"name": "help", "description": "Please utilize this."}\n',
    ".github/workflows/ci.yml": "name: ci\non: push\njobs: {}\n",
    ".plainlint.yml": "select: [jargon]\n",
}


def test_tool_configs_named_under_force_exclude_are_skipped(tmp_path):
    for name, text in TOOL_CONFIGS.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "a.md").write_text(BAD, encoding="utf-8")
    done = run(["check", "--force-exclude", "--format", "json", *TOOL_CONFIGS, "a.md"], tmp_path)
    assert paths_of(done) == ["a.md"], done.stdout
    done = run(["check", "--force-exclude", *TOOL_CONFIGS, "a.md"], tmp_path)
    assert "no-fields" not in done.stdout and "Checked 1 file(s)" in done.stdout
    # Walks skip them too; named without --force-exclude they are read, as the README says.
    assert paths_of(run(["check", "--format", "json", "."], tmp_path)) == ["a.md"]
    named = paths_of(run(["check", "--format", "json", "--select", "PL906", "mkdocs.yml", ".plainlint.yml"], tmp_path))
    assert named == ["mkdocs.yml", ".plainlint.yml"]


# llmstxt.org's files repeat a site's pages for language models: a walk that read them reported
# every finding twice (user37: half of wagtail/guide's findings).
def test_generated_llms_txt_files_are_not_walked_but_read_when_named(tmp_path):
    for name in ("llms.txt", "llms-full.txt", "docs/llms-small.txt", "page.md", "notes.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(BAD, encoding="utf-8")
    assert paths_of(run(["check", "--format", "json", "."], tmp_path)) == ["notes.txt", "page.md"]
    assert paths_of(run(["check", "--format", "json", "llms-full.txt"], tmp_path)) == ["llms-full.txt"]
    done = run(["check", "--force-exclude", "--format", "json", "llms.txt", "page.md"], tmp_path)
    assert paths_of(done) == ["page.md"]


# Editors' and coding assistants' settings folders hold tool settings, at any depth (user38: a
# `.vscode/settings.json` and a `.claude/settings.json` each got a "no customer-facing strings"
# notice). A Markdown page below one is still read, as are settings files named on their own.
EDITOR_SETTINGS = {
    ".vscode/settings.json": '{"typescript.tsdk": "node_modules/typescript/lib", "note": "Please utilize the form."}',
    "site/.claude/settings.json": '{"permissions": {"allow": ["Bash(npm run build)"]}, "x": "Please utilize the form."}',
    "site/.cursor/mcp.yaml": "servers:\n  docs: {note: Please utilize the form.}\n",
    ".idea/workspace.json": '{"note": "Please utilize the form."}',
    "app/.devcontainer/devcontainer.json": '{"name": "Docs", "note": "Please utilize the form."}',
}


def test_editor_and_assistant_settings_folders_are_not_walked(tmp_path):
    for name, text in {**EDITOR_SETTINGS, "help/reset.md": BAD, "site/.claude/skills/replies.md": BAD}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert paths_of(run(["check", "--format", "json", "."], tmp_path)) == ["help/reset.md", "site/.claude/skills/replies.md"]
    assert paths_of(run(["check", "--force-exclude", "--format", "json", *EDITOR_SETTINGS], tmp_path)) == []
    assert paths_of(run(["check", "--format", "json", ".vscode/settings.json"], tmp_path)) == [".vscode/settings.json"]


# Rails renders `users.js.erb` to JavaScript: templates of code or styles hold no prose (user36).
CODE_TEMPLATES = {
    "users.js.erb": "$('#list').html(\"<%= j render @users %>\");\n// Please utilize the GA ping\n",
    "theme.css.erb": "body { color: <%= colour %>; } /* utilize the brand colour */\n",
    "feed.xml.liquid": "<title>Please utilize {{ site.name }}</title>\n",
}


def test_templates_of_code_are_not_walked_nor_read_under_force_exclude(tmp_path):
    for name, text in CODE_TEMPLATES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "mail.html.erb").write_text("<p>Please utilize <%= link %>.</p>\n", encoding="utf-8")
    assert paths_of(run(["check", "--format", "json", "."], tmp_path)) == ["mail.html.erb"]
    done = run(["check", "--force-exclude", "--format", "json", *CODE_TEMPLATES, "mail.html.erb"], tmp_path)
    assert paths_of(done) == ["mail.html.erb"]
    # Named without --force-exclude, a file is read (as text), as every named file is.
    assert set(paths_of(run(["check", "--format", "json", "users.js.erb"], tmp_path))) == {"users.js.erb"}


# --- missing paths and empty folders --------------------------------------------------------

def test_a_missing_path_is_counted_in_the_summary(kb):
    done = run(["check", "nope.md", "docs/a.md"], kb)
    assert done.returncode == 2
    assert "nope.md: error: no such file or directory" in done.stderr
    assert done.stdout.strip().endswith("Checked 1 file(s): 0 error(s), 1 warning(s), 0 info; "
                                        "1 file(s) could not be read.\n1 finding(s) fixable with --fix.")
    assert run(["check", "nope.md"], kb).stdout == ("Checked 0 file(s): 0 error(s), 0 warning(s), 0 info; "
                                                    "1 file(s) could not be read.\n")


def test_a_folder_without_lintable_files_warns(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.rst").write_text(BAD, encoding="utf-8")
    done = run(["check", "empty", "other"], tmp_path)
    assert done.returncode == 0
    assert done.stderr.splitlines() == ["warning: no files to lint in empty", "warning: no files to lint in other"]
    assert run(["check", "--silent", "empty"], tmp_path).stderr == ""


def test_write_baseline_with_a_mistyped_path_leaves_the_baseline_alone(kb):
    assert run(["check", "--write-baseline", "base.json", "docs"], kb).returncode == 0
    before = (kb / "base.json").read_bytes()
    done = run(["check", "--write-baseline", "base.json", "dosc"], kb)
    assert done.returncode == 2
    assert "base.json: error: baseline not written (dosc does not exist); left unchanged" in done.stderr
    assert (kb / "base.json").read_bytes() == before


# --- .gitignore outside a repository ---------------------------------------------------------

def test_gitignore_is_honoured_outside_a_git_repository(kb):
    assert not any((folder / ".git").exists() for folder in (kb, *kb.parents)), "needs a folder outside a repository"
    (kb / ".gitignore").write_text("docs/sub/\n", encoding="utf-8")
    assert paths_of(run(["check", "--format", "json", "."], kb)) == ["top.md", "docs/a.md"]
    assert paths_of(run(["check", "--force-exclude", "--format", "json", "docs/sub/b.md"], kb)) == []
    assert paths_of(run(["check", "--format", "json", "docs/sub/b.md"], kb)) == ["docs/sub/b.md"]
