"""Shipped word lists kept built between runs (plainlint/linting/built_lists.py): a restored
matcher is the matcher, and a copy is used only for the ruleset text it was built from."""

from __future__ import annotations

import sys

import pytest

from plainlint import datacache
from plainlint.linting import built_lists, wordlists
from plainlint.rules import all_rules, terminology, terminology_forms
from plainlint.rules.wordlist import WordListRule

SHIPPED = sorted({(rule.ruleset, tuple(rule.entry_fields.items())) for rule in all_rules()
                  if isinstance(rule, WordListRule)})


def built(name: str, fields: tuple) -> wordlists.Matcher:
    declared = dict(fields)
    return wordlists.Matcher(wordlists.entries_from(wordlists.load_ruleset_file(name), name, declared))


@pytest.mark.parametrize("name, fields", SHIPPED, ids=[name for name, _ in SHIPPED])
def test_a_restored_list_is_the_built_list(name, fields):
    original = built(name, fields)
    restored = built_lists.restore(wordlists.Matcher, built_lists.plain(original))
    assert restored.lookup == original.lookup
    assert restored.conditions == original.conditions
    assert restored.pattern == original.pattern
    assert (restored.prefixes, restored.heads) == (original.prefixes, original.heads)
    assert restored.lookup_entries() == original.lookup_entries()
    text = " ".join(spelling for spelling in sorted(original.spellings)[:200])
    assert [(m.start, m.end, m.entry, m.form) for m in restored.finditer(text)] == \
        [(m.start, m.end, m.entry, m.form) for m in original.finditer(text)]


def test_a_restored_list_makes_its_entries_when_a_text_first_matches():
    """Restoring a list makes none of its entries (most lists match nothing in a short file);
    the first match makes them all, and the scanners' prefixes and heads come from the copy."""
    original = built("jargon", dict(SHIPPED)["jargon"])
    restored = built_lists.restore(wordlists.Matcher, built_lists.plain(original))
    assert {"lookup", "kept_lookup", "prefixes", "heads"} & set(vars(restored)) == {"kept_lookup", "prefixes", "heads"}
    assert list(restored.finditer("Nothing listed here.")) == []
    assert "lookup" not in vars(restored)
    spelling = sorted(original.spellings)[0]
    assert [m.entry for m in restored.finditer(spelling)] == [m.entry for m in original.finditer(spelling)] != []
    assert "lookup" in vars(restored) and "kept_lookup" not in vars(restored)


def test_a_restored_list_makes_its_lookup_once_when_two_threads_ask():
    """From Python 3.12 cached_property holds no lock: two threads first matching one restored
    list both run its function, the second after the first took the kept data (shown here by
    running the function twice, as the second thread would)."""
    original = built("jargon", dict(SHIPPED)["jargon"])
    restored = built_lists.restore(wordlists.Matcher, built_lists.plain(original))
    made = wordlists.Matcher.lookup.func(restored)
    assert wordlists.Matcher.lookup.func(restored) is made and made == original.lookup


@pytest.mark.parametrize("build", [lambda: terminology._names_matcher((), (), ()), terminology._style_matcher,
                                   terminology_forms._consistency_matcher], ids=["names", "style", "consistency"])
def test_terminologys_restored_matchers_are_its_built_matchers(build):
    original = build()
    restored = built_lists.restore(wordlists.Matcher, built_lists.plain(original))
    assert (restored.lookup, restored.conditions, restored.pattern) == \
        (original.lookup, original.conditions, original.pattern)


@pytest.fixture
def kept_in(tmp_path, monkeypatch):
    """Copies go to tmp_path, and are written (as when Python writes bytecode)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(datacache, "package_file", lambda package, name: tmp_path / name)
    return tmp_path


def counting_build(calls: list, terms: list[str]):
    def build():
        calls.append(1)
        return wordlists.Matcher([wordlists.Entry(term=term) for term in terms])
    return build


def test_the_copy_is_used_for_the_same_ruleset_text(kept_in):
    calls: list = []
    first = built_lists.kept_matcher("demo", "entries: [leverage]", {}, wordlists.Matcher,
                                     counting_build(calls, ["leverage"]))
    again = built_lists.kept_matcher("demo", "entries: [leverage]", {}, wordlists.Matcher,
                                     counting_build(calls, ["leverage"]))
    assert len(calls) == 1 and any(kept_in.glob("__pycache__/demo.yaml.matcher-*"))
    assert again.spellings == first.spellings == {"leverage"}


def test_an_edited_ruleset_is_built_again(kept_in):
    calls: list = []
    built_lists.kept_matcher("demo", "entries: [leverage]", {}, wordlists.Matcher, counting_build(calls, ["leverage"]))
    edited = built_lists.kept_matcher("demo", "entries: [utilize]", {}, wordlists.Matcher,
                                      counting_build(calls, ["utilize"]))
    assert len(calls) == 2 and edited.spellings == {"utilize"}


def test_other_entry_fields_keep_their_own_copy(kept_in):
    calls: list = []
    for declared in ({}, {"unless_after": None}, {}):
        built_lists.kept_matcher("demo", "entries: [leverage]", declared, wordlists.Matcher,
                                 counting_build(calls, ["leverage"]))
    assert len(calls) == 2 and len(list(kept_in.glob("__pycache__/demo.yaml.matcher-*"))) == 2
