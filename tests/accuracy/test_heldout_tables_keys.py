"""The held-out build tables name each source once. A dict literal keeps the last of two equal keys
without a word, so a second row for a source already listed silently replaced the first one's folder
and licence (check26, session 26: four sources added twice overwrote two MANIFEST rows)."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TABLES = sorted((ROOT / "scripts").glob("heldout_*.py"))


def repeated_keys(source: str) -> set:
    """The constant keys written twice in one dict literal of `source`."""
    repeated = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            keys = [key.value for key in node.keys if isinstance(key, ast.Constant)]
            repeated |= {key for key in keys if keys.count(key) > 1}
    return repeated


def test_the_tables_are_there():
    assert len(TABLES) >= 4


@pytest.mark.parametrize("table", TABLES, ids=lambda p: p.name)
def test_no_source_is_listed_twice_in_a_table(table):
    assert not repeated_keys(table.read_text(encoding="utf-8"))


def test_a_key_written_twice_is_found():
    assert repeated_keys('SOURCES = {"a/b": 1, "c/d": 2, "a/b": 3}\n') == {"a/b"}


def literal_keys(source: str) -> list:
    """Every constant key of every dict literal in `source`, repeats kept."""
    return [key.value for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Dict)
            for key in node.keys if isinstance(key, ast.Constant)]


def test_the_reply_tables_share_no_source():
    """heldout_reply_sources.py joins heldout_reply_sources_later.py's table to its own with `|`,
    which, like a literal, keeps the later of two equal keys without a word."""
    keys = [key for table in sorted((ROOT / "scripts").glob("heldout_reply_sources*.py"))
            for key in literal_keys(table.read_text(encoding="utf-8"))]
    assert len(keys) > 100 and len(keys) == len(set(keys))
