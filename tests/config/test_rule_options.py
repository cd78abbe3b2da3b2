"""Rule options set for a run (`--rule-option RULE.OPTION=VALUE`, RunOptions.rule_settings):
over every config's rule settings, in every worker process, in the cache key, checked as a
config's `rules:` are (rev21a: they replace the PLAINLINT_SPELLING_MODE environment switch)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plainlint.config import ConfigError
from plainlint.config.command_line import parse_rule_options
from plhelpers import run_cli

PAGE = "# Forms\n\nOpen the widgetz form. You will recieve an email.\n"  # 'widgetz': the dictionary check only


def misspelled(folder: Path, *args: str) -> list[str]:
    result = run_cli(["check", "--select", "spelling", "--format", "concise", *args], folder)
    assert result.returncode in (0, 1), result.stderr
    return [line.split("'")[1] for line in result.stdout.splitlines() if "PL502" in line]


def test_values_are_read_as_in_a_config_file():
    assert parse_rule_options(["spelling.mode=dictionary", "PL502.min-length=5", "jargon.allow=[a, b]",
                               "spelling.typos=false"]) == {
        "spelling": {"mode": "dictionary", "typos": False}, "PL502": {"min-length": 5}, "jargon": {"allow": ["a", "b"]}}
    for bad in ("spelling=dictionary", "mode=dictionary", ".mode=x", "spelling.mode", "spelling.mode=[a"):
        with pytest.raises(ConfigError):
            parse_rule_options([bad])


@pytest.mark.parametrize("config", ["rules: {PL502: {mode: known}}\n", "rules: {spelling: {mode: known}}\n",
                                    "overrides: [{files: ['*.md'], rules: {spelling: {mode: known}}}]\n"])
def test_a_rule_option_wins_over_the_config_whichever_name_either_uses(tmp_path, config):
    (tmp_path / ".plainlint.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "a.md").write_text(PAGE, encoding="utf-8")
    assert misspelled(tmp_path, "a.md") == ["recieve"]
    assert misspelled(tmp_path, "--rule-option", "spelling.mode=dictionary", "a.md") == ["widgetz", "recieve"]
    assert misspelled(tmp_path, "--rule-option", "PL502.mode=dictionary", "a.md") == ["widgetz", "recieve"]
    assert misspelled(tmp_path, "a.md") == ["recieve"]  # the cache keeps the two apart


@pytest.mark.process
def test_every_worker_process_gets_the_rule_options(tmp_path):
    for n in range(40):  # more than parallel.IN_PROCESS_BELOW: linted by workers
        (tmp_path / f"page{n:02}.md").write_text(PAGE, encoding="utf-8")
    found = misspelled(tmp_path, "--no-cache", "--jobs", "2", "--rule-option", "spelling.mode=dictionary",
                       "--rule-option", "spelling.tree-evidence=false", ".")  # else 40 pages make it a term
    assert found.count("widgetz") == 40 and found.count("recieve") == 40


@pytest.mark.parametrize("value,message", [
    ("spelling.mode=dict", "command line: error: rules.spelling.mode: must be one of known, confident, dictionary"),
    ("spelling.nope=1", "command line: error: rules.spelling.nope: unknown option"),
    ("spelling.mode=confidnt", "command line: error: rules.spelling.mode: must be one of known, confident, dictionary "
                               "(got 'confidnt') (did you mean 'confident'?)"),
    ("spelling", "command line: error: --rule-option 'spelling': expected RULE.OPTION=VALUE"),
])
def test_a_bad_rule_option_is_an_error_of_the_command_line(tmp_path, value, message):
    (tmp_path / "a.md").write_text(PAGE, encoding="utf-8")
    result = run_cli(["check", "--rule-option", value, "a.md"], tmp_path)
    assert result.returncode == 2 and result.stderr.startswith(message) and result.stdout == ""


def test_show_settings_names_the_command_line(tmp_path):
    (tmp_path / "a.md").write_text(PAGE, encoding="utf-8")
    shown = run_cli(["check", "--rule-option", "spelling.mode=dictionary", "--show-settings", "a.md"], tmp_path).stdout
    assert '      mode: "dictionary" (--rule-option spelling)' in shown.splitlines()
