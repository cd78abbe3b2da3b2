"""Configuration files: discovery, validation, selection, overrides, allow lists."""

from pathlib import Path

import pytest

from plainlint.config import ConfigError, Resolver, Selection, find_config, load_config
from plhelpers import lint_text


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_nearest_config_upward_and_yaml_wins_over_pyproject(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.plainlint]\nignore = ['jargon']\n")
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    assert find_config(nested) == tmp_path / "pyproject.toml"
    write(tmp_path / ".plainlint.yaml", "ignore: [cliche]\n")
    assert find_config(nested) == tmp_path / ".plainlint.yaml"


def test_pyproject_without_tool_section_is_not_a_config(tmp_path):
    write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
    assert find_config(tmp_path) is None


@pytest.mark.parametrize("toml", [
    "[tool.plainlint]\nignore = ['PL1']\n", "[tool]\nplainlint = {ignore = ['PL1']}\n",
    "tool.plainlint.ignore = ['PL1']\n", "[ tool . \"plainlint\" ]\nignore = ['PL1']\n",
    "tool = {plainlint = {ignore = ['PL1']}}\n"])
def test_every_toml_spelling_of_the_tool_section_is_a_config(tmp_path, toml):
    write(tmp_path / "pyproject.toml", toml)
    assert find_config(tmp_path) == tmp_path / "pyproject.toml"


@pytest.mark.parametrize("toml", ["[project]\nname = 'plainlint'\n[tool.ruff]\n", "[tool.plainlinter]\nx = 1\n",
                                  "[tool]\nruff = {line-length = 99}\n"])
def test_a_pyproject_that_only_names_plainlint_is_not_a_config(tmp_path, toml):
    write(tmp_path / "pyproject.toml", toml)
    assert find_config(tmp_path) is None


@pytest.mark.parametrize(("toml", "where"), [
    ("[tool.plainlint\nselect = ['ALL']\n", "pyproject.toml:1:16"),
    ("[tool.plainlint]\nselect = ['ALL']\nselect = ['PL1']\n", "pyproject.toml:3:17"),
    ("tool.plainlint.select = [ALL]\n", "pyproject.toml:1:26")])
def test_a_broken_tool_plainlint_table_is_an_error_not_ignored(tmp_path, toml, where):
    """A typo in [tool.plainlint] once made pyproject.toml no config at all: the run went on with
    the defaults (or a config further up) and exited as if nothing were wrong."""
    write(tmp_path / "pyproject.toml", toml)
    assert find_config(tmp_path) == tmp_path / "pyproject.toml"
    with pytest.raises(ConfigError) as raised:
        load_config(tmp_path / "pyproject.toml")
    assert f"{where}: error: invalid TOML: " in str(raised.value)
    assert "(at line" not in str(raised.value)


def test_a_broken_pyproject_that_never_names_plainlint_is_not_a_config(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.plainlinter\nx = 1\n")
    assert find_config(tmp_path) is None


def test_pyproject_settings_apply(tmp_path):
    config = load_config(write(tmp_path / "pyproject.toml", "[tool.plainlint]\nignore = ['PL1']\n"))
    names = {r.name for r in Resolver(config).settings(tmp_path / "x.md").rules}
    assert "jargon" not in names and "assumptive" in names


@pytest.mark.parametrize(
    "text, message",
    [
        ("selct: [ALL]\n", "selct: unknown key"),
        ("select: [PL999]\n", "select: no rule, code prefix or category matches 'PL999'"),
        ("rules:\n  nonsense: {}\n", "rules.nonsense: unknown rule"),
        ("rules:\n  jargon:\n    severity: loud\n", "rules.jargon.severity: must be one of"),
        ("rules:\n  jargon:\n    flag-quoted: 3\n", "rules.jargon.flag-quoted: expected true or false"),
        ("fail-level: fatal\n", "fail-level: must be one of"),
        ("overrides:\n  - select: [jargon]\n", "overrides[0]: each override needs `files`"),
        ("rules: [\n", "invalid YAML"),
        # A near miss is named, as ruff and cargo do; nothing is guessed for a word far from any.
        ("selct: [ALL]\n", "selct: unknown key (did you mean 'select'?) (known: allow,"),
        ("rules:\n  jargn: off\n", "rules.jargn: unknown rule (did you mean 'jargon'?)"),
        ("ignore: [asumptive]\n", "ignore: no rule, code prefix or category matches 'asumptive' (did you mean 'assumptive'?)"),
        # A misspelt key in an override or a suppress entry is named too, not 'needs files'
        # or 'expected a mapping' about a mapping that has the key, misspelt.
        ("overrides:\n  - file: ['*.md']\n", "overrides[0].file: unknown key (did you mean 'files'?)"),
        ("suppress:\n  - macro: [Refund]\n", "suppress[0].macro: unknown key (did you mean 'macros'?)"),
        # a near miss of a value from a fixed set is named too (user30's trial), by its word
        ("fail-level: warnng\n", "(got 'warnng') (did you mean 'warning'?)"),
        ("rules:\n  jargon:\n    severity: eror\n", "(got 'eror') (did you mean 'error'?)"),
        ("rules:\n  shouting:\n    mode: emphatc\n", "(got 'emphatc') (did you mean 'emphatic'?)"),
        ("overrides:\n  - files: ['help/**']\n    kind: replies\n", "(got 'replies') (did you mean 'reply'?)"),
    ],
)
def test_config_errors_name_file_and_key(tmp_path, text, message):
    path = write(tmp_path / ".plainlint.yaml", text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_a_word_far_from_any_known_one_gets_no_guess(tmp_path):
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path / ".plainlint.yaml", "select: [XQ999]\nrules:\n  nonsense: off\n"))
    assert str(info.value).endswith("matches 'XQ999'")


@pytest.mark.parametrize("code", ["PL999", "pl213", "PL1010"])
def test_a_code_that_does_not_exist_is_never_guessed(tmp_path, code):
    # user34: 'PL999' got "(did you mean 'pl909'?)": a made-up code is not a slip of one letter.
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path / ".plainlint.yaml", f"select: [{code}]\n"))
    assert str(info.value).endswith(f"matches {code!r}")


def test_severity_override_and_off():
    found = lint_text("Utilize it simply.\n", config={"rules": {"jargon": "error", "assumptive": {"severity": "off"}}})
    assert [(f.rule, f.severity) for f in found] == [("jargon", "error")]


def test_per_path_override_ignores_rule_and_adds_words():
    config = {
        "overrides": [
            {"files": ["emails/**"], "ignore": ["jargon"]},
            {"files": ["kb/*.md"], "rules": {"jargon": {"add": ["deprecate"]}}},
        ]
    }
    assert lint_text("Utilize it.\n", "emails/a.md", config) == []
    assert [f.flagged for f in lint_text("We deprecate it.\n", "kb/a.md", config)] == ["deprecate"]
    assert lint_text("We deprecate it.\n", "other/a.md", config) == []


def test_global_allow_is_case_sensitive_for_names():
    config = {"allow": ["Simply Business"]}
    assert lint_text("Call Simply Business today.\n", config=config) == []
    assert [f.flagged for f in lint_text("Call simply business today.\n", config=config)] == ["simply"]


def test_name_that_is_also_a_category_selects_the_category():
    resolver = Resolver(load_config(None), Selection(["jargon"], [], []))
    assert {r.category for r in resolver.settings(Path("a.md")).rules} == {"jargon"}


def test_specific_select_beats_broad_ignore():
    resolver = Resolver(load_config(None), Selection(None, ["PL101"], ["PL1"]))
    names = {r.name for r in resolver.settings(Path("a.md")).rules}
    assert "jargon" in names and "cliche" not in names


def test_select_in_an_override_runs_only_those_rules_on_its_files():
    """As the JSON Schema and the top-level key say ('the rules to run, and only those'); it
    once added rules like extend-select, so `select: [PL2]` for emails kept jargon on."""
    config = {"overrides": [{"files": ["emails/**"], "select": ["PL2"]}]}
    text = "Please utilize the form. Simply click Save.\n"
    assert [f.rule for f in lint_text(text, "emails/a.md", config)] == ["assumptive"]
    assert [f.rule for f in lint_text(text, "help/a.md", config)] == ["jargon", "assumptive"]
    extended = {"select": ["PL2"], "overrides": [{"files": ["emails/**"], "extend-select": ["PL1"]}]}
    assert [f.rule for f in lint_text(text, "emails/a.md", extended)] == ["jargon", "assumptive"]


@pytest.mark.parametrize("text", ["rules:\n  jargon: off\n", "rules:\n  jargon: {severity: off}\n",
                                  "rules:\n  jargon: 'off'\n"])
def test_off_turns_a_rule_off_although_yaml_reads_it_as_false(tmp_path, text):
    """YAML 1.1 (PyYAML) reads a bare `off` as false; the docs' `jargon: off` must work."""
    config = load_config(write(tmp_path / ".plainlint.yaml", text))
    names = {r.name for r in Resolver(config).settings(tmp_path / "x.md").rules}
    assert "jargon" not in names and "assumptive" in names
