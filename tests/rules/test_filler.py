"""filler (PL103, issue 29): the safe deletions keep the grammar, the rule stays off what other
word lists flag, and meaning-bearing uses are left alone. Every sentence is invented for these
tests (realistic support replies and help-centre lines)."""

from __future__ import annotations

import pytest

from plainlint.fixing.fixer import fix_source
from plainlint.reading.source import Source
from plhelpers import lint_text, settings_for


def safe_fixed(text: str, path: str = "reply.md") -> str:
    """The text after `--fix` (safe fixes only) with only the filler rule selected."""
    return fix_source(Source(path, text), "markdown", settings_for(path, select=["PL103"]), False).text


@pytest.mark.parametrize("text, expected", [
    ("Basically, the export runs every night at 02:00.\n", "The export runs every night at 02:00.\n"),
    ("Hi Sam, basically the sync copies your contacts.\n", "Hi Sam, the sync copies your contacts.\n"),
    ("The sync basically copies your contacts to the new list.\n", "The sync copies your contacts to the new list.\n"),
    ("Actually, the invoice is in the Billing tab.\n", "The invoice is in the Billing tab.\n"),
    ("We really appreciate your patience with the migration.\n", "We appreciate your patience with the migration.\n"),
    ("We're really sorry the refund took so long.\n", "We're sorry the refund took so long.\n"),
    ("To be honest, the old plan was cheaper.\n", "The old plan was cheaper.\n"),
    ("Thanks for waiting. To be perfectly honest, the old plan was cheaper.\n",
     "Thanks for waiting. The old plan was cheaper.\n"),
    ("Just so you know, the office is closed on Monday.\n", "The office is closed on Monday.\n"),
    ("Just a quick reminder that your trial ends on Friday.\n", "Your trial ends on Friday.\n"),
    ("Note that the export can take a few minutes.\n", "The export can take a few minutes.\n"),
    ("Save your work. Note that the export can take a few minutes.\n",
     "Save your work. The export can take a few minutes.\n"),
    ("- Note that refunds go to the original card.\n", "- Refunds go to the original card.\n"),
    ("It is worth noting that the export can take a few minutes.\n", "The export can take a few minutes.\n"),
    ("We are writing to let you know that your plan renews on Monday.\n", "Your plan renews on Monday.\n"),
])
def test_safe_deletion_keeps_the_sentence(text, expected):
    assert safe_fixed(text) == expected


@pytest.mark.parametrize("text", [
    "The fee is, basically, waived for the first month.\n",   # 'is, waived' would be broken
    "The old plan, to be honest, was cheaper.\n",              # the comma after stays: unsafe at most
    "Note that iOS keeps a copy of each photo.\n",             # 'IOS' would be wrong
    "Note that `npm install` needs a network connection.\n",   # code after the deleted words
    "I just wanted to let you know that your refund is on its way.\n",  # needs a human rewrite
    # a second 'that' clause hangs on 'Note' too (spotinst-help use-vngs.md: 'This is ..., but that ...')
    "Note that this is a best effort, but that some jobs may still move.\n",
])
def test_no_safe_fix_where_the_grammar_or_a_name_would_break(text):
    assert [f.rule for f in lint_text(text, "reply.md") if f.rule == "filler"], "still reported"
    assert safe_fixed(text) == text


@pytest.mark.parametrize("text", [
    "The report shows the emails that were actually opened.\n",
    "Is deleted data really deleted?\n",
    "You don't really need an account to search.\n",
    "Save the file and note that it is read-only.\n",
    "What kind of account do you have?\n",
    "We do not really appreciate spam either.\n",
])
def test_meaning_bearing_uses_are_left_alone(text):
    assert not [f for f in lint_text(text, "reply.md") if f.rule == "filler"]


@pytest.mark.parametrize("text, owner", [
    ("Please note that the office is closed on Monday.\n", "jargon"),
    ("Please be advised that the office is closed on Monday.\n", "jargon"),
    ("Needless to say, the office is closed on Monday.\n", "assumptive"),
    ("It's really easy to export your contacts.\n", "assumptive"),
    ("We wanted to reach out to tell you about the new plan.\n", "jargon"),
])
def test_one_span_one_finding(text, owner):
    findings = lint_text(text, "reply.md")
    assert owner in {f.rule for f in findings}
    owned = [(f.start, f.end) for f in findings if f.rule == owner]
    for f in findings:
        if f.rule == "filler":
            assert all(f.end <= s or e <= f.start for s, e in owned), (f.flagged, owned)


def test_word_lists_never_overlap_on_the_decision_sentences():
    """Across the issue-29 decision tables, no two word-list findings cover the same words."""
    import csv

    from plhelpers import ROOT

    word_rules = {"jargon", "inclusive", "assumptive", "cliche", "blame", "filler"}
    for name in ("support-canned.tsv", "filler.tsv"):
        lines = (ROOT / "rulesets" / "decisions" / name).read_text(encoding="utf-8").splitlines()[1:]
        for row in csv.DictReader(lines, delimiter="\t"):
            found = sorted((f.start, f.end, f.rule) for f in lint_text(row["sentence"]) if f.rule in word_rules)
            for (s1, e1, r1), (s2, e2, r2) in zip(found, found[1:]):
                assert e1 <= s2, (row["sentence"], r1, r2)
