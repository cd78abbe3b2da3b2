"""Parsed data files cached beside their source (plainlint/datacache.py): the copy is used only
for the very text it was made from, and any problem with it means parsing, never an error."""

from __future__ import annotations

import datetime
import sys

import pytest

from plainlint import datacache
from plainlint.linting import ruleset_data


@pytest.fixture
def writes_bytecode(monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def counting_parser(calls: list):
    def parse(text: str):
        calls.append(text)
        return {"lines": text.splitlines(), "size": len(text)}
    return parse


def test_the_copy_is_written_and_used_for_the_same_text(tmp_path, writes_bytecode):
    source = tmp_path / "data.yaml"
    calls: list = []
    first = datacache.load(source, "a\nb\n", counting_parser(calls))
    assert datacache.cache_path(source).is_file()
    again = datacache.load(source, "a\nb\n", counting_parser(calls))
    assert first == again == {"lines": ["a", "b"], "size": 4} and len(calls) == 1


def test_an_edited_source_is_parsed_again_and_its_copy_replaced(tmp_path, writes_bytecode):
    source = tmp_path / "data.yaml"
    calls: list = []
    datacache.load(source, "old text", counting_parser(calls))
    assert datacache.load(source, "new text", counting_parser(calls))["lines"] == ["new text"]
    assert datacache.load(source, "new text", counting_parser(calls))["lines"] == ["new text"]
    assert calls == ["old text", "new text"]


def test_a_damaged_copy_means_parsing(tmp_path, writes_bytecode):
    source = tmp_path / "data.yaml"
    calls: list = []
    datacache.load(source, "text", counting_parser(calls))
    path = datacache.cache_path(source)
    path.write_bytes(path.read_bytes()[:-3])  # cut short
    assert datacache.load(source, "text", counting_parser(calls))["lines"] == ["text"] and len(calls) == 2


def test_nothing_is_written_when_python_writes_no_bytecode(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    source = tmp_path / "data.yaml"
    assert datacache.load(source, "text", counting_parser([]))["size"] == 4
    assert not datacache.cache_path(source).parent.exists()


def test_a_folder_that_cannot_be_written_or_a_value_marshal_cannot_store_is_no_error(tmp_path, writes_bytecode):
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / "__pycache__").write_text("a file, not a folder", encoding="utf-8")
    assert datacache.load(blocked / "data.yaml", "text", counting_parser([]))["size"] == 4
    source = tmp_path / "dated.yaml"
    value = datacache.load(source, "text", lambda text: {"when": datetime.date(2026, 1, 1)})
    assert value == {"when": datetime.date(2026, 1, 1)} and not datacache.cache_path(source).exists()


def test_every_shipped_ruleset_loads_the_same_from_its_copy(tmp_path, monkeypatch, writes_bytecode):
    """The marshal copy holds exactly what PyYAML parses (made in a temporary folder here)."""
    folder = datacache.package_file("plainlint.rulesets", "jargon.yaml").parent
    names = sorted(path.stem for path in folder.glob("*.yaml"))
    assert len(names) > 10
    parses = []
    def parse_yaml(text):
        parses.append(text)
        return ruleset_data.parse_yaml(text)

    for name in names:
        text = ruleset_data.ruleset_text(name)
        parsed = ruleset_data.parse_yaml(text)
        copy_of = tmp_path / f"{name}.yaml"
        datacache.load(copy_of, text, parse_yaml)
        assert datacache.load(copy_of, text, parse_yaml) == parsed and parses == [text], name
        parses.clear()


def test_another_parser_of_the_same_text_does_not_read_the_copy(tmp_path, writes_bytecode):
    source = tmp_path / "data.txt"
    calls: list = []
    datacache.load(source, "a b", counting_parser(calls))
    assert datacache.load(source, "a b", lambda text: text.split()) == ["a", "b"]


def test_package_file_finds_shipped_files_and_not_missing_ones():
    assert datacache.package_file("plainlint.nlp.data", "syllables.txt.gz").is_file()
    assert datacache.package_file("plainlint.rulesets", "no-such-list.yaml") is None
