"""A real file is linted once per run, however many paths lead to it (fix33).

A symlink beside its target (`b.md -> a.md`), a linked folder given beside the folder, or the
same file named twice: before, each path was linted, so the same findings were
reported twice and `--fix` wrote the file twice. Now the first path in the run's order
(explicit paths as given, folders sorted) names it; a link to a file outside the tree is still
linted (its only path), a symlinked folder met in a walk is still not entered (as ruff does), and
a broken link or a loop is still an error under each name, and each name of a hard-linked file
is still linted (`--fix` replaces the file under one name). All text is our own.
"""

from __future__ import annotations

import json
import os

import pytest

from plhelpers import run_cli

BAD = "We will utilize your data.\n"
OTHER = "Please utilize the form.\n"


def tree(root):
    """docs/a.md, docs/b.md -> a.md, docs/sub/o-link.md -> outside/o.md (outside the tree),
    docs/linked -> outside (a linked folder: not entered by the walk)."""
    (root / "docs" / "sub").mkdir(parents=True)
    (root / "outside").mkdir()
    (root / "docs" / "a.md").write_text(BAD, encoding="utf-8")
    (root / "docs" / "b.md").symlink_to("a.md")
    (root / "outside" / "o.md").write_text(OTHER, encoding="utf-8")
    (root / "docs" / "sub" / "o-link.md").symlink_to(os.path.join("..", "..", "outside", "o.md"))
    (root / "docs" / "linked").symlink_to(os.path.join("..", "outside"))
    return root


def reported(root, *args) -> list[str]:
    result = run_cli(["check", "--no-cache", "--select", "PL101", "--format", "json", *args], root)
    assert result.returncode == 1, result.stderr
    return [f"{f['path']}:{f['line']}:{f['column']}" for f in json.loads(result.stdout)]


def test_a_symlink_beside_its_target_is_linted_once(tmp_path):
    tree(tmp_path)
    assert reported(tmp_path, "docs") == ["docs/a.md:1:9", "docs/sub/o-link.md:1:8"]


@pytest.mark.parametrize("args, expected", [
    # a linked folder given beside the folder it links to: its file is the folder's
    (["outside", "docs/linked"], ["outside/o.md:1:8"]),
    (["docs/linked", "outside"], ["docs/linked/o.md:1:8"]),
    # the walk's link to outside and the file itself, given after: the first path names it
    (["docs", "outside/o.md"], ["docs/a.md:1:9", "docs/sub/o-link.md:1:8"]),
    # named explicitly, the link comes first
    (["docs/b.md", "docs/a.md"], ["docs/b.md:1:9"]),
    (["docs/a.md", "docs/a.md"], ["docs/a.md:1:9"]),
])
def test_each_real_file_is_reported_under_the_first_path_to_it(tmp_path, args, expected):
    tree(tmp_path)
    assert reported(tmp_path, *args) == expected


def test_a_link_to_outside_the_tree_given_explicitly_is_linted(tmp_path):
    tree(tmp_path)
    assert reported(tmp_path, "docs/sub/o-link.md") == ["docs/sub/o-link.md:1:8"]


def test_hard_links_are_linted_and_fixed_under_each_name(tmp_path):
    """--fix writes a new file in a name's place, after which the other name keeps the old text:
    so each name of a hard-linked file is its own file (and a symlink to one is still its target)."""
    (tmp_path / "a.md").write_text(BAD, encoding="utf-8")
    os.link(tmp_path / "a.md", tmp_path / "c.md")
    (tmp_path / "link.md").symlink_to("a.md")
    assert reported(tmp_path, ".") == ["a.md:1:9", "c.md:1:9"]
    run_cli(["check", "--no-cache", "--select", "PL101", "--fix", "."], tmp_path)
    assert run_cli(["check", "--no-cache", "--select", "PL101", "."], tmp_path).returncode == 0


def test_show_files_lists_each_real_file_once(tmp_path):
    tree(tmp_path)
    result = run_cli(["check", "--show-files", "docs", "outside"], tmp_path)
    assert result.stdout.splitlines() == ["docs/a.md", "docs/sub/o-link.md"]


def test_fix_writes_a_linked_file_once_and_keeps_the_links(tmp_path):
    tree(tmp_path)
    result = run_cli(["check", "--no-cache", "--select", "PL101", "--fix", "docs", "outside"], tmp_path)
    out = result.stdout + result.stderr
    assert "Checked 2 file(s)" in out and "Fixed 2 finding(s) in 2 file(s)." in out, out
    assert (tmp_path / "docs" / "a.md").read_text(encoding="utf-8") == "We will use your data.\n"
    assert (tmp_path / "outside" / "o.md").read_text(encoding="utf-8") == "Please use the form.\n"
    assert os.readlink(tmp_path / "docs" / "b.md") == "a.md"
    assert (tmp_path / "docs" / "sub" / "o-link.md").is_symlink()
    assert run_cli(["check", "--no-cache", "--select", "PL101", "docs", "outside"], tmp_path).returncode == 0


def test_diff_shows_a_linked_file_once(tmp_path):
    tree(tmp_path)
    result = run_cli(["check", "--no-cache", "--select", "PL101", "--diff", "docs", "outside"], tmp_path)
    headers = [line for line in result.stdout.splitlines() if line.startswith("+++ ")]
    assert headers == ["+++ b/docs/a.md", "+++ b/docs/sub/o-link.md"], result.stdout
    assert "Would fix 2 finding(s) in 2 file(s)." in result.stdout + result.stderr


def test_the_cache_reports_a_linked_file_once(tmp_path):
    tree(tmp_path)
    args = ["check", "--select", "PL101", "--format", "json", "docs"]
    cold = run_cli(args, tmp_path)
    warm = run_cli(args, tmp_path)
    assert (tmp_path / ".plainlint_cache").is_dir() or any(tmp_path.rglob(".plainlint_cache"))
    paths = [[f["path"] for f in json.loads(run.stdout)] for run in (cold, warm)]
    assert paths == [["docs/a.md", "docs/sub/o-link.md"]] * 2


def test_broken_links_and_loops_are_errors_under_each_name(tmp_path):
    (tmp_path / "a.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "gone.md").symlink_to("missing.md")
    (tmp_path / "gone2.md").symlink_to("missing.md")
    (tmp_path / "loop-a.md").symlink_to("loop-b.md")
    (tmp_path / "loop-b.md").symlink_to("loop-a.md")
    result = run_cli(["check", "--no-cache", "--select", "PL101", "."], tmp_path)
    errors = sorted(line.split(":")[0] for line in result.stderr.splitlines() if ": error:" in line)
    assert errors == ["gone.md", "gone2.md", "loop-a.md", "loop-b.md"], result.stderr


# old36 (fix33's leftover): a file reached by two paths gets the settings of the real file, in any
# order: the config nearest its real folder, and overrides matched against its real path (as they
# already were). Before, a symlink's own folder chose the config, so `check alias.md real/page.md`
# reported what `check real/page.md alias.md` did not.
def two_paths(root):
    """real/page.md under real/.plainlint.yaml (jargon off), and alias.md -> real/page.md at the top."""
    (root / "real").mkdir()
    (root / "real" / "page.md").write_text(OTHER, encoding="utf-8")
    (root / "real" / ".plainlint.yaml").write_text("ignore: [jargon]\n", encoding="utf-8")
    (root / "alias.md").symlink_to(os.path.join("real", "page.md"))
    return root


def findings_of(root, *args) -> list[str]:
    result = run_cli(["check", "--no-cache", "--format", "json", "--exit-zero", *args], root)
    return [f"{f['path']}:{f['code']}" for f in json.loads(result.stdout)]


@pytest.mark.parametrize("args", [["alias.md"], ["alias.md", "real/page.md"], ["real/page.md", "alias.md"], ["."]])
def test_a_file_reached_by_two_paths_gets_its_real_path_s_settings(tmp_path, args):
    two_paths(tmp_path)
    assert findings_of(tmp_path, *args) == []


def test_an_override_names_the_real_path_not_the_link(tmp_path):
    two_paths(tmp_path)
    (tmp_path / "real" / ".plainlint.yaml").write_text(
        "overrides:\n  - files: ['page.md']\n    ignore: [jargon]\n  - files: ['../alias.md']\n    select: [PL101]\n",
        encoding="utf-8")
    for args in (["alias.md"], ["alias.md", "real/page.md"], ["real/page.md", "alias.md"]):
        assert findings_of(tmp_path, *args) == [], args


def test_the_language_server_gives_a_symlink_its_target_s_settings(tmp_path):
    from plainlint.server.settings import settings_for

    two_paths(tmp_path)
    for name in ("alias.md", "real/page.md"):
        settings, _ = settings_for(tmp_path / name)
        assert "PL101" not in {rule.code for rule in settings.rules}, name


# rev37: a file in a symlinked folder (`linked/ -> real/sub/`, the config in real/) is decided by
# the config nearest its real folder in `check` (ConfigTree.real_folder resolves the folder); the
# language server resolved a linked file only, so it took the config above the link and reported
# what `check` did not.
def test_a_file_in_a_linked_folder_gets_its_real_folder_s_config_in_check_and_the_server(tmp_path):
    from plainlint.server.settings import settings_for

    (tmp_path / "real" / "sub").mkdir(parents=True)
    (tmp_path / "real" / "sub" / "page.md").write_text(OTHER, encoding="utf-8")
    (tmp_path / "real" / ".plainlint.yaml").write_text("ignore: [jargon]\n", encoding="utf-8")
    (tmp_path / ".plainlint.yaml").write_text("select: [ALL]\n", encoding="utf-8")
    (tmp_path / "linked").symlink_to(os.path.join("real", "sub"))
    assert findings_of(tmp_path, os.path.join("linked", "page.md")) == []
    settings, _ = settings_for(tmp_path / "linked" / "page.md")
    assert "PL101" not in {rule.code for rule in settings.rules}
