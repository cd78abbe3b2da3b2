"""Issue 32: project vocabulary, category selection for terminology/spelling, and the data files'
sources. Sentences are invented in the voice of support replies."""

from __future__ import annotations

from pathlib import Path

import pytest

from plainlint.config import Config, ConfigError, Resolver, Selection, load_config
from plainlint.linting.engine import lint_source
from plainlint.reading.readers import format_for
from plainlint.reading.source import Source
from plainlint.linting.vocabulary import VocabularyError, parse_lines
from plainlint.linting.wordlists import load_ruleset_file


def lint_with(root: Path, config: dict, text: str, path: str = "reply.md", select=None):
    resolver = Resolver(Config(data=config, root=root), Selection(select, [], []))
    settings = resolver.settings(root / path)
    return lint_source(Source(path, text), format_for(path) or "text", settings).findings


@pytest.fixture
def vocab(tmp_path):
    (tmp_path / "styles").mkdir()
    (tmp_path / "styles" / "accept.txt").write_text(
        "# our names\nAcme Cloud\nGithub Enterprise Sync  # a partner's product, their spelling\nhelpdesk\n",
        encoding="utf-8")
    (tmp_path / "styles" / "team-accept.txt").write_text("e-mail digest\n", encoding="utf-8")
    (tmp_path / "styles" / "reject.txt").write_text(
        "whitelist -> allowlist\nhelp desk -> Support Center\nacme-cloud\n", encoding="utf-8")
    return {"vocabulary": {"accept": ["styles/accept.txt", "styles/team-accept.txt"],
                           "reject": ["styles/reject.txt"]}}


def test_accepted_terms_are_never_flagged_and_names_keep_their_case(tmp_path, vocab):
    text = "Our acme cloud app talks to Github Enterprise Sync and sends an e-mail digest to the the team.\n"
    found = lint_with(tmp_path, vocab, text)
    terms = [(f.rule, f.flagged) for f in found if f.category in ("terminology", "spelling")]
    assert terms == [("terminology", "acme cloud"), ("repeated-words", "the the")]
    assert found[0].fix.applicability == "safe" and found[0].fix.edits[0].content == "Acme Cloud"


def test_without_vocabulary_the_same_text_is_flagged(tmp_path):
    text = "Our app talks to Github Enterprise Sync and sends an e-mail digest.\n"
    assert [f.flagged for f in lint_with(tmp_path, {}, text) if f.rule == "terminology"] == ["Github", "e-mail"]


def test_reject_list_flags_with_the_preferred_term(tmp_path, vocab):
    text = "Add the domain to the whitelist or ask the help desk. Acme-cloud is old.\n"
    found = [f for f in lint_with(tmp_path, vocab, text) if f.rule == "terminology"]
    assert [f.flagged for f in found] == ["whitelist", "help desk", "Acme-cloud"]
    assert found[0].suggestions == ["allowlist"] and found[1].suggestions == ["Support Center"]
    assert "reject list" in found[0].message
    assert found[2].suggestions == [] and found[2].fix is None  # no preferred term: flagged, no fix
    assert found[0].fix.applicability == "unsafe"


def test_bad_vocabulary_file_is_one_line_naming_file_and_line(tmp_path):
    (tmp_path / "accept.txt").write_text("Acme\nAcme -> Other\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        Resolver(Config(data={"vocabulary": {"accept": ["accept.txt"]}}, root=tmp_path))
    assert str(info.value).startswith("accept.txt:2: error: ") and "\n" not in str(info.value)
    with pytest.raises(ConfigError) as info:
        Resolver(Config(data={"vocabulary": {"reject": ["missing.txt"]}}, root=tmp_path))
    assert str(info.value).startswith("missing.txt: error: cannot read vocabulary file")


def test_every_bad_line_of_a_vocabulary_file_is_reported_at_once(tmp_path):
    # user35: a team's Vale vocabulary took one run per bad line
    (tmp_path / "accept.txt").write_text("Acme\nfoo.*bar\nok\n[a-z]+ing\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        Resolver(Config(data={"vocabulary": {"accept": ["accept.txt"]}}, root=tmp_path))
    lines = str(info.value).splitlines()
    assert [line.split(" error: ")[0] for line in lines] == ["accept.txt:2:", "accept.txt:4:"]
    assert all("is a regular expression" in line for line in lines)


# A Vale vocabulary's accept.txt (styles/config/vocabularies/<Name>/accept.txt), as written
VALE_ACCEPT = "[Aa]cme\n(?i)kubectl\nSnowflak(e|es)\n[Pp]lugins?\nNode\\.js\nZendesk\n"


def test_a_vale_vocabulary_reads_its_usual_regular_expressions():
    assert parse_lines(VALE_ACCEPT, "accept.txt", False) == [
        ("acme", ""), ("kubectl", ""), ("Snowflake", ""), ("Snowflakes", ""), ("plugins", ""), ("plugin", ""),
        ("Node.js", ""), ("Zendesk", "")]
    assert parse_lines("[Ww]hitelist -> allowlist\n(?i)e-mails? -> email\n", "reject.txt", True) == [
        ("whitelist", "allowlist"), ("e-mail(s|)", "email")]


def test_a_vale_optional_group_is_with_and_without_it():
    assert parse_lines("Snowflak(e|es)?\n", "accept.txt", False) == [("Snowflake", ""), ("Snowflakes", ""),
                                                                     ("Snowflak", "")]


@pytest.mark.parametrize("line, problem", [
    ("[Ab]cme", "is a regular expression"),  # a class of two letters that are no one letter's two cases
    ("(a|b)(c|d)(e|f)(g|h)(i|j)(k|l)(m|n)", "has 128 spellings (at most 64)"),
])
def test_a_vale_line_plainlint_cannot_read_as_terms_is_refused_by_name(line, problem):
    with pytest.raises(VocabularyError) as info:
        parse_lines(line + "\n", "accept.txt", False)
    assert str(info.value).startswith("accept.txt:1: ") and problem in str(info.value)


def test_a_vale_either_case_term_is_accepted_in_any_case_and_an_exact_one_in_its_case(tmp_path):
    (tmp_path / "accept.txt").write_text(VALE_ACCEPT, encoding="utf-8")
    settings = Resolver(Config(data={"vocabulary": {"accept": ["accept.txt"]}}, root=tmp_path)).settings(tmp_path / "a.md")
    text = "Acme and acme ship plugins for Node.js and node.js, and a Zendesk or zendesk app.\n"
    found = lint_source(Source("a.md", text), "markdown", settings).findings
    assert sorted(f.flagged for f in found if f.rule == "terminology") == ["node.js", "zendesk"]


def test_vocabulary_named_in_an_extended_config_is_relative_to_that_file(tmp_path):
    """README: vocabulary files are relative to the config file, `extend:` paths to the file that
    names them: a shared team config beside its word list, extended from a help centre's folder,
    read `accept.txt` in the help centre's folder instead (an error: no such file)."""
    (tmp_path / "team").mkdir()
    (tmp_path / "centre").mkdir()
    (tmp_path / "team" / "team.yaml").write_text("vocabulary: {reject: [reject.txt]}\n", encoding="utf-8")
    (tmp_path / "team" / "reject.txt").write_text("whitelist -> allowlist\n", encoding="utf-8")
    (tmp_path / "centre" / ".plainlint.yaml").write_text("extend: ../team/team.yaml\n", encoding="utf-8")
    resolver = Resolver(load_config(tmp_path / "centre" / ".plainlint.yaml"))
    settings = resolver.settings(tmp_path / "centre" / "a.md")
    found = lint_source(Source("a.md", "Add it to the whitelist.\n"), "markdown", settings).findings
    assert [f.flagged for f in found if f.rule == "terminology"] == ["whitelist"]


def test_vocabulary_key_is_validated(tmp_path):
    config = tmp_path / ".plainlint.yaml"
    config.write_text("vocabulary:\n  allow: [a.txt]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="vocabulary"):
        load_config(config)
    config.write_text("vocabulary:\n  accept: a.txt\n  reject: [b.txt]\n", encoding="utf-8")
    assert load_config(config).data["vocabulary"]["accept"] == ["a.txt"]  # one string: a list of one


def test_parse_lines_comments_and_arrows():
    text = "# heading\n\nwhitelist -> allowlist  # inclusive\n  log-in   ->   log in\nblacklist\n"
    assert parse_lines(text, "r.txt", True) == [("whitelist", "allowlist"), ("log-in", "log in"), ("blacklist", "")]
    with pytest.raises(VocabularyError, match="a.txt:1: .*reject"):
        parse_lines("Acme -> ACME\n", "a.txt", False)
    with pytest.raises(VocabularyError, match="r.txt:1"):
        parse_lines("term ->\n", "r.txt", True)


@pytest.mark.parametrize("selector, off", [
    ("spelling", {"repeated-words"}),
    ("terminology", {"terminology"}),
    ("repeated-words", {"repeated-words"}),
])
def test_category_names_select_their_rules(tmp_path, selector, off):
    text = "Send an e-mail to the the team.\n"
    rules = {f.rule for f in lint_with(tmp_path, {"ignore": [selector]}, text)}
    assert not rules & off
    assert {"terminology", "repeated-words"} - off <= rules


def test_extend_select_terminology_category_turns_on_heading_case(tmp_path):
    found = lint_with(tmp_path, {"extend-select": ["terminology"]}, "# Reset Your Password\n")
    assert [f.rule for f in found] == ["heading-case"]


def test_every_terminology_entry_names_its_source():
    data = load_ruleset_file("terminology")
    for section in ("names", "style", "lowercase", "consistency"):
        for entry in data[section]:
            assert str(entry.get("source", "")).strip(), (section, entry)
    for entry in load_ruleset_file("repeated-words")["legitimate"]:
        assert entry["source"].strip(), entry


def test_no_listed_name_is_an_ordinary_lower_case_word():
    """Names whose lower-case form is an everyday word would flag plain prose ('cut me some
    slack', 'zoom in', 'the outlook'): the list leaves them out on purpose (rulesets/terminology.yaml)."""
    names = {e["name"].lower() for e in load_ruleset_file("terminology")["names"]}
    everyday = {"slack", "zoom", "teams", "word", "outlook", "edge", "chrome", "safari", "stripe", "intercom",
                "windows", "office", "excel", "square", "signal", "notion", "box", "discord", "mail", "pages",
                "numbers", "keynote", "photos", "music", "maps", "wallet", "messages", "docker", "android one"}
    assert not names & everyday


def test_a_rejected_word_a_built_in_list_also_flags_is_reported_once(tmp_path, vocab):
    """user35: 'whitelist' on the reject list and in inclusive's list was two findings at one span.
    With a preferred term the project's entry speaks; a bare reject line leaves it to the built-in
    rule, whose advice says why and what to use."""
    text = "Add the domain to the whitelist before you start.\n"
    found = [(f.rule, f.flagged) for f in lint_with(tmp_path, vocab, text) if f.flagged == "whitelist"]
    assert found == [("terminology", "whitelist")]
    (tmp_path / "styles" / "reject.txt").write_text("whitelist\n", encoding="utf-8")
    found = [(f.rule, f.flagged) for f in lint_with(tmp_path, vocab, text) if f.flagged == "whitelist"]
    assert found == [("inclusive", "whitelist")]
