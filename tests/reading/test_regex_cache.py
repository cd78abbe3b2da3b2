"""Compiled regular expressions kept between runs (plainlint/regex_cache.py): a pattern built
from kept data is the pattern `re` compiles, and a kept copy from elsewhere is never used."""

from __future__ import annotations

import marshal
import re
import sys

import pytest
from kept_cache import isolate

import plainlint.cli  # noqa: F401 - installs the kept compile, as a run does
from plainlint import regex_cache
from plainlint.rules import all_rules
from plhelpers import ROOT, lint_text

pytestmark = pytest.mark.skipif(regex_cache._original is None, reason="this Python's `re` is not the one kept")

VARIED = [
    (r"(?<![\w\-/@#.\\])(?=(?:a(?:\s+b|c)|d))", 0),
    (r"(?P<word>\b[A-Z]{2,}\b)(?:\s+\((?P<expansion>[^)]*)\))?", 0),
    (r"colou?r\s+(?:red|green)", re.IGNORECASE),
    (r"""^ \s* (?P<key> [\w-]+ ) \s* : (?P<value> .* ) $""", re.VERBOSE | re.MULTILINE),
    (rb"\A\xef\xbb\xbf|\r\n?", 0),
    (r"[\u00c0-\u024f\u2019']+|\d{1,3}(?:,\d{3})*", re.UNICODE),
    (r"(a)(b)?(?(2)c|d)", re.DOTALL),
]
SAMPLES = ["a b", "CAB (change advisory board) and L2", "the Colour Green", " key: value\nother : x",
           b"\xef\xbb\xbfline\r\nnext", "Ünïcode’s 1,234,567", "abc ad"]


def test_varied_patterns_are_built_the_same_from_kept_data():
    for pattern, flags in VARIED:
        arguments = regex_cache._arguments(pattern, flags)
        kept = regex_cache._sre.compile(pattern, *marshal.loads(marshal.dumps(arguments)))
        own = regex_cache._original(pattern, flags)
        assert kept == own  # Pattern equality compares the flags, the pattern and the opcodes
        assert (kept.groups, kept.groupindex) == (own.groups, own.groupindex)
        for sample in SAMPLES:
            if isinstance(sample, type(pattern)):
                assert [m.span() for m in kept.finditer(sample)] == [m.span() for m in own.finditer(sample)]


def test_every_pattern_of_a_run_is_the_pattern_re_compiles():
    all_rules()
    for path in sorted((ROOT / "examples").iterdir()):
        if path.is_file():
            lint_text(path.read_text(encoding="utf-8", errors="replace"), path=path.name, select=["ALL"])
    assert len(regex_cache._used) > 50
    for pattern, flags in sorted(regex_cache._used, key=repr):
        assert regex_cache.compile_from_kept(pattern, flags) == regex_cache._original(pattern, flags), pattern


@pytest.fixture
def kept_at(tmp_path, monkeypatch):
    return isolate(regex_cache, tmp_path / "__pycache__" / "regex.test.marshal", monkeypatch)


def test_what_a_run_compiled_is_saved_and_loaded_back(kept_at):
    regex_cache.compile_from_kept(r"plain(?:language)?", re.I)
    regex_cache.save()
    kept = regex_cache.load()
    assert list(kept) == [(r"plain(?:language)?", int(re.I))]
    assert marshal.loads(kept[r"plain(?:language)?", int(re.I)]) == regex_cache._arguments(r"plain(?:language)?", re.I)


def test_a_copy_from_another_python_or_a_damaged_one_is_not_used(kept_at):
    kept_at.parent.mkdir()
    kept_at.write_bytes(marshal.dumps(("plainlint-regex-2 another python", {("x", 0): marshal.dumps((0, [1], 0, {}, (None,)))})))
    assert regex_cache.load() == {}
    kept_at.write_bytes(b"\x00not marshal")
    assert regex_cache.load() == {}


def test_nothing_is_written_without_new_patterns_or_when_python_writes_no_bytecode(kept_at, monkeypatch):
    regex_cache.save()
    assert not kept_at.exists()
    regex_cache.compile_from_kept("one", 0)
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    regex_cache.save()
    assert not kept_at.exists()


def test_past_the_limit_only_the_patterns_this_run_used_are_kept(kept_at, monkeypatch):
    monkeypatch.setattr(regex_cache, "MAX_PATTERNS", 3)
    regex_cache._kept.update({(f"old{i}", 0): marshal.dumps(regex_cache._arguments(f"old{i}", 0)) for i in range(3)})
    regex_cache.compile_from_kept("old1", 0)
    regex_cache.compile_from_kept("new", 0)
    regex_cache.save()
    assert set(regex_cache.load()) == {("old1", 0), ("new", 0)}


def test_past_the_size_limit_only_the_patterns_this_run_used_are_kept(kept_at, monkeypatch):
    monkeypatch.setattr(regex_cache, "MAX_BYTES", 200)
    regex_cache._kept.update({("x" * 150, 0): marshal.dumps(regex_cache._arguments("x" * 150, 0))})
    regex_cache.compile_from_kept("new", 0)
    regex_cache.save()
    assert set(regex_cache.load()) == {("new", 0)}


def test_alternations_of_the_same_words_are_the_same_pattern_every_run():
    assert regex_cache.longest_first({"be", "is", "was", "are", "been"}) == ["been", "are", "was", "be", "is"]
