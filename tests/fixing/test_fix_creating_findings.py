"""A safe fix whose result has a new finding at its place is refused (lang37, old36's leftover
5b): 'e.g.' made 'for example' in a 29-word sentence made a sentence-length finding. Sentences
written for these tests."""

from plhelpers import settings_for
from plainlint.fixing.fixer import fix_source
from plainlint.reading.source import Source

AT_THE_LIMIT = ("Send us the file you exported from the tool, e.g. the CSV of last month's orders, and we will load "
                "it into your new account within two working days.")
OVER_THE_LIMIT = ("Send us the file you exported from the old tool, e.g. the CSV of last month's orders, and we will "
                  "load all of it into your new account within two working days.")


def _fixed(page: str):
    return fix_source(Source("help/move.md", page), "markdown", settings_for("help/move.md"))


def test_a_fix_that_makes_a_sentence_too_long_is_refused_and_the_others_apply():
    page = f"# Moving your data\n\n{AT_THE_LIMIT}\n\nOpen the the Billing page, e.g. from the menu.\n"
    outcome = _fixed(page)
    assert AT_THE_LIMIT in outcome.text
    assert "Open the Billing page, for example from the menu." in outcome.text
    assert "sentence-length" not in [finding.rule for finding in outcome.result.findings]
    assert outcome.by_rule == {"PL101 jargon": 1, "PL503 repeated-words": 1}


def test_a_sentence_already_too_long_is_still_fixed():
    """Its finding was there before the fix: it only grows."""
    outcome = _fixed(f"# Moving your data\n\n{OVER_THE_LIMIT}\n\n{AT_THE_LIMIT}\n")
    assert OVER_THE_LIMIT.replace("e.g.", "for example") in outcome.text and AT_THE_LIMIT in outcome.text
