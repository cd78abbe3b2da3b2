"""A config glob written from the config's folder ('./drafts/**', as ruff, a shell and most
CI files write paths) means that folder, like '/drafts/**'. In gitignore syntax, which config
globs use, './' matches nothing: the override, exclude or include was silently ignored."""

from plhelpers import lint_text, run_cli

BAD = "Please utilize the form.\n"


def lint_folder(folder, config: str) -> str:
    (folder / "drafts").mkdir()
    (folder / "drafts" / "a.md").write_text(BAD)
    (folder / "b.md").write_text(BAD)
    (folder / "notes.rst").write_text(BAD)
    (folder / ".plainlint.yaml").write_text(config)
    return run_cli(["check", "--format", "concise", "--no-cache", "."], folder).stdout


def test_exclude_and_include_from_the_config_folder(tmp_path):
    out = lint_folder(tmp_path, 'exclude: ["./drafts/**"]\ninclude: ["./*.rst"]\n')
    assert "drafts" not in out and "b.md:1:8" in out and "notes.rst:1:8" in out


def test_an_override_from_the_config_folder():
    config = {"overrides": [{"files": ["./drafts/**"], "ignore": ["jargon"]}]}
    assert lint_text(BAD, "drafts/a.md", config) == []
    assert [f.rule for f in lint_text(BAD, "help/drafts/a.md", config)] == ["jargon"]


def test_a_negated_glob_from_the_config_folder(tmp_path):
    out = lint_folder(tmp_path, 'exclude: ["./**/*.md", "!./b.md"]\n')
    assert "drafts" not in out and "b.md:1:8" in out
