"""Ruleset entries follow a schema; what the docs say about a word-list rule comes from its data."""

import copy

import pytest

from plainlint.linting import built_lists, wordlists
from plainlint.output.rule_pages import rule_markdown
from plainlint.rules import find_rule
from plhelpers import lint_text


@pytest.fixture
def fresh_matchers():
    wordlists._build_matcher.cache_clear()
    yield
    wordlists._build_matcher.cache_clear()


def test_removing_the_fixes_from_the_data_changes_the_docs(monkeypatch, fresh_matchers):
    jargon = find_rule("jargon")
    assert jargon.fixable and "| yes |" in rule_markdown(jargon).splitlines()[6]
    original = wordlists.load_ruleset_file("jargon")
    stripped = copy.deepcopy(original)
    for entry in stripped["entries"]:
        if isinstance(entry, dict):
            entry.pop("fix", None)
    monkeypatch.setattr(wordlists, "load_ruleset_file", lambda name: stripped if name == "jargon" else original)
    # the kept built copy is stamped with the ruleset's text, which this test leaves as it is
    monkeypatch.setattr(built_lists, "kept_matcher", lambda name, text, declared, cls, build: build())
    wordlists._build_matcher.cache_clear()
    assert not jargon.fixable
    assert rule_markdown(jargon).splitlines()[6].endswith("| no |")


def test_a_rule_that_fixes_in_code_stays_fixable():
    assert find_rule("impersonal-greeting").fixable


def test_impersonal_greeting_words_its_message_from_the_document():
    findings = lint_text("Dear Customer,\n\nYour order has shipped. {{ customer.first_name }}\n", path="a.html.liquid",
                         select=["impersonal-greeting"])
    assert [f.message for f in findings] == [
        "'Dear Customer' addresses a category, not a person: greet by name ('Hi {{ customer.first_name }}') "
        "or write 'Hello'"]


def test_rule_specific_fields_belong_to_their_rule(monkeypatch, fresh_matchers):
    """`participle_next` is a blame field: in another list it is an unknown key."""
    text = "entries:\n  - {term: utilize, participle_next: true}\n"
    monkeypatch.setattr(wordlists, "ruleset_text", lambda name: text)
    monkeypatch.setattr(wordlists, "load_ruleset_file", lambda name: {"entries": [{"term": "utilize", "participle_next": True}]})
    with pytest.raises(wordlists.RulesetError, match=r"^rulesets/jargon.yaml:2:21: entries\[0\].participle_next: unknown key"):
        find_rule("jargon").matcher()
    blame = find_rule("blame")
    assert blame.matcher().lookup_entries()[0].fields["participle_next"] is True


def test_source_is_allowed_in_every_entry():
    entry = wordlists.parse_entry({"term": "utilize", "source": ["https://example.com/a", "plain-language guide"]}, "x")
    assert entry.source == ("https://example.com/a", "plain-language guide")
    assert wordlists.parse_entry({"term": "x", "source": "a reason"}, "x").source == ("a reason",)
    with pytest.raises(wordlists.RulesetError, match="source: expected a string or a list of strings"):
        wordlists.parse_entry({"term": "x", "source": 3}, "x")
