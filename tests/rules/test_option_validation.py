"""Rule options and word-list entries are checked against their declarations in one place, and a
bad value is one error line with the file, line and column of the value at fault (exit 2)."""

from pathlib import Path

import pytest

from plainlint.linting import wordlists
from plainlint.config import ConfigError, load_config
from plainlint.linting.entries import ENTRY_FIELDS
from plainlint.config.options import option_problem
from plainlint.rules import all_rules
from plainlint.rules.base import OPTION_KINDS, Option
from plainlint.rules.wordlist import WordListRule
from plhelpers import run_cli


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def config_error(path: Path) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize("text, expected", [
    # A misspelt formula used to fall back to Flesch-Kincaid in silence.
    ("rules:\n  reading-level:\n    formula: flesh-kincaid\n",
     ":3:14: error: rules.reading-level.formula: must be one of flesch-kincaid,"),
    ("rules:\n  sentence-length:\n    max-words: 0\n",
     ":3:16: error: rules.sentence-length.max-words: must be at least 1 (got 0)"),
    ("rules:\n  sentence-length: {max-words: 2.5}\n",
     ":2:32: error: rules.sentence-length.max-words: expected a whole number, got a number"),
    ("rules:\n  contrast:\n    normal-ratio: 40\n",
     ":3:19: error: rules.contrast.normal-ratio: must be at most 21 (got 40)"),
    ("rules:\n  shouting:\n    acronyms: NASA\n",
     ":3:15: error: rules.shouting.acronyms: expected a list of strings"),
    # Unknown keys in a word-list entry point at the key.
    ("rules:\n  jargon:\n    add:\n      - {term: x, uze: [y], fixx: safe}\n",
     ":4:19: error: rules.jargon.add[0].uze: unknown key (did you mean 'use'?) (known: adjective_after, adjective_before, adjective_before_a_noun, after, as_written, at_opening, fix, fix_before, "
     "intransitive, not_by_a_name, note, note_before_a_noun, noun_after, noun_before, noun_first, noun_too, participle_too, passive, passive_by_only, person_object, remove, remove_after, source, term, unless_after, "
     "unless_before, use, use_as_a_noun, use_when_passive, verb)"),
    ("rules:\n  jargon:\n    add:\n      - term: x\n        fix: maybe\n",
     ":5:14: error: rules.jargon.add[0].fix: must be one of safe, unsafe (got 'maybe')"),
    ("rules:\n  jargon:\n    add:\n      - {use: [y]}\n",
     ":4:9: error: rules.jargon.add[0]: an entry needs a `term` string"),
    # A rule's own entry fields are known to that rule only.
    ("rules:\n  blame:\n    add:\n      - {term: you never, participle_next: 1}\n",
     ":4:44: error: rules.blame.add[0].participle_next: expected true or false, got a whole number"),
    ("rules:\n  jargon:\n    add:\n      - {term: x, not_before: [y]}\n",
     ":4:19: error: rules.jargon.add[0].not_before: unknown key"),
    ("overrides:\n  - files: ['*.md']\n    rules:\n      reading-level: {target: -1}\n",
     ":4:31: error: overrides[0].rules.reading-level.target: must be at least 0 (got -1)"),
])
def test_yaml_config_errors_point_at_the_value(tmp_path, text, expected):
    assert expected in config_error(write(tmp_path / ".plainlint.yaml", text))


@pytest.mark.parametrize("text, expected", [
    ('[tool.plainlint.rules.reading-level]\nformula = "flesh-kincaid"\n',
     "pyproject.toml:2:11: error: rules.reading-level.formula: must be one of"),
    ('[project]\nname = "x"\n\n[tool.plainlint]\nrules = {sentence-length = {max-words = 0}}\n',
     "pyproject.toml:5:41: error: rules.sentence-length.max-words: must be at least 1"),
    ('[tool.plainlint.rules.jargon]\nadd = [\n  "plain",\n  {term = "x", uze = ["y"], fixx = "safe"},\n]\n',
     "pyproject.toml:4:16: error: rules.jargon.add[1].uze: unknown key"),
    ('[tool.plainlint]\nselect = ["ALL"]\n\n[[tool.plainlint.overrides]]\nfiles = ["a/**"]\n\n'
     '[[tool.plainlint.overrides]]\nfiles = ["b/**"]\nrules = {shouting = {min-length = 0}}\n',
     "pyproject.toml:9:35: error: overrides[1].rules.shouting.min-length: must be at least 1"),
    ('[tool.plainlint]\nfail-level = "fatal"\n', "pyproject.toml:2:14: error: fail-level: must be one of"),
    ('[tool.plainlint]\nselct = ["ALL"]\n', "pyproject.toml:2:1: error: selct: unknown key"),
])
def test_toml_config_errors_point_at_the_value(tmp_path, text, expected):
    assert expected in config_error(write(tmp_path / "pyproject.toml", text))


def test_bad_option_is_one_line_and_exit_2(tmp_path):
    write(tmp_path / ".plainlint.yaml", "rules:\n  reading-level:\n    formula: flesh-kincaid\n")
    write(tmp_path / "a.md", "Please utilize the form.\n")
    result = run_cli(["check", "a.md"], tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        ".plainlint.yaml:3:14: error: rules.reading-level.formula: must be one of "
        "flesch-kincaid, gunning-fog, smog, coleman-liau, automated-readability, dale-chall, linsear-write, "
            "flesch-reading-ease, lix "
        "(got 'flesh-kincaid') (did you mean 'flesch-kincaid'?)"]


@pytest.mark.parametrize("option, good, bad", [
    (Option(4, "", minimum=1), [1, 40], [0, 2.5, True, "4", None]),
    (Option(4.5, "", minimum=1, maximum=21), [1, 4.5, 21], [0.5, 22, float("nan"), float("inf"), False]),
    (Option("a", "", choices=("a", "b")), ["a", "b"], ["c", 1]),
    (Option([], ""), [[], ["x"]], ["x", [1], {}]),
    (Option(False, ""), [True, False], [0, "yes"]),
    (Option([], "", kind="phrases"), ["x", ["x", "y"]], [[1], 3]),
    (Option("", "", kind="term"), ["log (in|on)"], ["a ((b))", "<b>", 3]),
])
def test_option_kinds(option, good, bad):
    assert [v for v in good if option_problem(option, v)] == []
    assert [v for v in bad if not option_problem(option, v)] == []


def test_every_declared_option_takes_its_own_default():
    for rule in all_rules():
        for key, option in rule.options.items():
            assert option.kind in OPTION_KINDS
            assert option_problem(option, option.default) is None, (rule.name, key)


def test_ruleset_entry_with_unknown_key_names_file_line_and_column(monkeypatch):
    text = "entries:\n  - {term: utilize, use: [use]}\n  - {term: x, uze: [y], fixx: safe}\n"
    monkeypatch.setattr(wordlists, "ruleset_text", lambda name: text)
    monkeypatch.setattr(wordlists, "load_ruleset_file", lambda name: __import__("yaml").safe_load(text))
    with pytest.raises(wordlists.RulesetError) as info:
        wordlists.entries_from(wordlists.load_ruleset_file("demo"), "demo")
    assert str(info.value) == ("rulesets/demo.yaml:3:15: entries[1].uze: unknown key (did you mean 'use'?) (known: "
                               + ", ".join(sorted(ENTRY_FIELDS)) + ")")


def test_every_shipped_ruleset_fits_its_rule_schema():
    for rule in all_rules():
        if isinstance(rule, WordListRule):
            assert rule.matcher().lookup_entries(), rule.name


def test_rule_fields_are_declared_and_filled_with_defaults():
    blame = next(r for r in all_rules() if r.name == "blame")
    entries = blame.matcher().lookup_entries()
    assert all(set(e.fields) == {"participle_next", "not_in_sentence", "unless_after", "unless_before", "remove_after", "fix_before",
                                     "intransitive"} for e in entries)
    assert any(e.fields["participle_next"] for e in entries)
    assert not hasattr(entries[0], "extra")
