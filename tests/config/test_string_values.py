"""A string where the config takes a list of strings is a list of one, as the exported JSON
Schema says (`anyOf: [string, array]`) and the validator accepted. The code that reads the
settings iterated the string's characters: `exclude: "drafts/**"` excluded every file (its `*`)
and the run passed with 'no files to lint', `include: "*.txt"` was an internal error and
`templates: sendgrid` masked nothing."""

import pytest

from plainlint.config.schema import validate
from plhelpers import run_cli

BAD = "Please utilize the form.\n"


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text(BAD)
    (tmp_path / "b.md").write_text(BAD)
    (tmp_path / "notes.rst").write_text(BAD)
    return tmp_path


def lint(folder, config: str, *args):
    (folder / ".plainlint.yaml").write_text(config)
    result = run_cli(["check", "--format", "concise", "--no-cache", *args, "."], folder)
    return result.exit_code if hasattr(result, "exit_code") else result.returncode, result.stdout


@pytest.mark.parametrize("config", ['exclude: "drafts/**"\n', "extend-exclude: drafts\n"])
def test_exclude_as_a_string_excludes_that_glob_only(folder, config):
    code, out = lint(folder, config)
    assert code == 1 and "b.md:1:8" in out and "drafts" not in out


def test_include_as_a_string_adds_that_glob(folder):
    code, out = lint(folder, 'include: "*.rst"\n')
    assert code == 1 and "notes.rst:1:8" in out


def test_templates_as_a_string_is_that_syntax(folder):
    from plainlint.config.load import load_config
    from plainlint.config.settings import Resolver

    (folder / ".plainlint.yaml").write_text("templates: sendgrid\n")
    settings = Resolver(load_config(folder / ".plainlint.yaml")).settings(folder / "b.md")
    assert settings.templates == ("sendgrid",)


def test_allow_as_a_string_allows_that_phrase(folder):
    code, out = lint(folder, "allow: utilize\n")
    assert code == 0 and "utilize" not in out


def test_validate_turns_each_string_into_a_list_of_one():
    data = {"exclude": "a/**", "select": "jargon", "templates": "sendgrid",
            "rules": {"jargon": {"allow": "leverage"}},
            "overrides": [{"files": "*.html", "ignore": "PL4"}],
            "kinds": {"reply": {"rules": {"cliche": {"allow": "at your earliest convenience"}}}},
            "suppress": [{"files": "x.md", "rules": "jargon", "macros": "Refund"}],
            "vocabulary": {"accept": "accept.txt"}}
    validate(data, "test")
    assert data == {"exclude": ["a/**"], "select": ["jargon"], "templates": ["sendgrid"],
                    "rules": {"jargon": {"allow": ["leverage"]}},
                    "overrides": [{"files": ["*.html"], "ignore": ["PL4"]}],
                    "kinds": {"reply": {"rules": {"cliche": {"allow": ["at your earliest convenience"]}}}},
                    "suppress": [{"files": ["x.md"], "rules": ["jargon"], "macros": ["Refund"]}],
                    "vocabulary": {"accept": ["accept.txt"]}}
