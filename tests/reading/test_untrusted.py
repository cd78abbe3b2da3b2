"""Config, rulesets and content are data, never code: safe YAML only, word-list terms are
literal (no user regular expressions reach the matcher), and every problem is one clear line
with the file and line."""

from __future__ import annotations

import os

import pytest

from plainlint.config import ConfigError, load_config, parse_size
from plainlint.output.text import excerpt_window
from plainlint.reading.source import Source
from plhelpers import lint_bytes, lint_text


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def no_shell(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("YAML ran code")

    monkeypatch.setattr(os, "system", refuse)


def test_config_with_python_tag_is_refused_not_run(tmp_path, no_shell):
    path = write(tmp_path / ".plainlint.yaml", 'select: [jargon]\nignore: !!python/object/apply:os.system ["true"]\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert ".plainlint.yaml:2:9: error: invalid YAML: could not determine a constructor" in str(info.value)


def test_content_yaml_tags_are_never_constructed(no_shell):
    data = b'- title: A\n  body: !!python/object/apply:os.system ["true"]\n- title: B\n  body: We utilize it.\n'
    result = lint_bytes(data, "macros.yaml", select=["jargon"])
    assert result.error is None
    assert [f.flagged for f in result.findings] == ["utilize"]


def test_content_yaml_bad_tagged_value_is_an_error_at_the_value():
    result = lint_bytes(b"- title: A\n  body: We utilize it.\n  count: !!int many\n", "macros.yaml")
    assert (result.error.line, result.error.column) == (3, 10)
    assert "invalid YAML value" in result.error.message


@pytest.mark.parametrize("entry, where, message", [
    ('"(a+)+$"', ":5:9", "rules.jargon.add[1]: term '(a+)+$' may hold words, spaces, punctuation and (a|b) groups only"),
    ('"((a|b)|c)"', ":5:9", "rules.jargon.add[1]: term '((a|b)|c)' nests groups"),
    ("{term: sync, fix: maybe}", ":5:27", "rules.jargon.add[1].fix: must be one of safe, unsafe (got 'maybe')"),
    ("{use: [x]}", ":5:9", "rules.jargon.add[1]: an entry needs a `term` string"),
])
def test_bad_word_list_entry_is_one_line_with_file_and_line(tmp_path, entry, where, message):
    path = write(tmp_path / ".plainlint.yaml", f"rules:\n  jargon:\n    add:\n      - fine term\n      - {entry}\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value) == f"{os.path.relpath(path)}{where}: error: {message}"


def test_term_punctuation_is_literal_not_a_pattern():
    config = {"rules": {"jargon": {"add": ["c++", "a.b", "x*"]}}}
    found = lint_text("We use c++ and cc and a.b and axb and x* and xx.\n", config=config, select=["jargon"])
    assert [f.flagged for f in found] == ["c++", "a.b", "x*"]


@pytest.mark.parametrize("value, size", [(1024, 1024), ("64KB", 65536), ("1.5 MB", 1572864), ("10mb", 10485760)])
def test_max_file_size_values(value, size):
    assert parse_size(value) == size


@pytest.mark.parametrize("value", ["big", 0, -1, True, "10 parsecs"])
def test_max_file_size_rejects_nonsense(tmp_path, value):
    path = write(tmp_path / ".plainlint.yaml", f"max-file-size: {value}\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert ":1:16: error: max-file-size: expected a size" in str(info.value)  # at the value


def test_lone_cr_ends_a_line():
    source = Source("a.md", "one\rtwo\r\nthree\nfour")
    assert [source.line_col(source.text.index(word)) for word in ("two", "three", "four")] == [(2, 1), (3, 1), (4, 1)]
    assert source.line_text(2) == "two"


def test_long_line_excerpt_is_a_window_around_the_finding():
    line = "word " * 10_000 + "utilize " + "word " * 10_000
    column = line.index("utilize") + 1
    shown, first, last = excerpt_window(line, column, column + 7)
    assert len(shown) < 400 and shown[first:last] == "utilize"
    assert shown.startswith("…") and shown.endswith("…")
    assert excerpt_window("short utilize", 7, 14) == ("short utilize", 6, 13)


def test_nested_unclosed_links_stay_linear_and_exact():
    text = '<a href="x">We utilize it ' * 2000
    found = lint_text(text, "page.html", select=["jargon"])
    assert len(found) == 2000
    assert all(text[f.start:f.end] == "utilize" for f in found)
