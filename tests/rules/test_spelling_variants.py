"""spelling (PL502) `variant` option (issue 33): en-US flags British spellings, en-GB American
ones, from rulesets/spelling-variants.txt (scripts/build_spelling_variants.py). Sentences are
invented for these tests."""

from __future__ import annotations

import sys

import pytest

from plhelpers import ROOT, check_in_a_process, lint_text

from plainlint.fixing.fixer import apply_edits, select_edits
from plainlint.nlp.spelling_locale import other_spellings, parse


def variant_findings(text: str, variant: str, path: str = "doc.md", typos: bool = False, **extra):
    config = {"extend-select": ["spelling"],
              "rules": {"spelling": {"variant": variant, "typos": typos}}, **extra}
    return [f for f in lint_text(text, path, config) if f.rule == "spelling"]


def apply_fixes(text: str, findings) -> str:
    return apply_edits(text, select_edits(findings))


def flagged(text: str, variant: str, **extra) -> list[str]:
    return [f.flagged for f in variant_findings(text, variant, **extra)]


def test_en_us_flags_british_spellings_with_the_american_one():
    text = "Organise the colour settings; the licence covers aluminium parts.\n"
    found = variant_findings(text, "en-US")
    assert [f.flagged for f in found] == ["Organise", "colour", "licence", "aluminium"]
    assert [f.suggestions for f in found] == [["Organize"], ["color"], ["license"], ["aluminum"]]
    assert found[1].message == ("'colour' is British spelling; this project writes American English "
                                "(spelling variant en-US): 'color'")


def test_en_us_flags_a_british_form_the_dictionary_accepts_through_its_american_one():
    # The spelling rule accepts 'deserialised' as the British form of the listed 'deserialized'
    # (eighth round): with en-US it is British spelling, not a word to let through silently.
    found = variant_findings("It uses a deserialised copy of the list.\n", "en-US", typos=True)
    assert [(f.flagged, f.suggestions) for f in found] == [("deserialised", ["deserialized"])]
    assert flagged("It uses a deserialised copy of the list.\n", "en-GB", typos=True) == []


def test_en_gb_flags_american_spellings_with_the_british_one():
    text = "We analyze the color of your favorite theme.\n"
    found = variant_findings(text, "en-GB")
    assert [(f.flagged, f.suggestions) for f in found] == [
        ("analyze", ["analyse"]), ("color", ["colour"]), ("favorite", ["favourite"])]
    assert "American spelling; this project writes British English (spelling variant en-GB)" in found[0].message


def test_any_is_the_default_and_accepts_both():
    text = "Analyse or analyze the colour and color of the catalogue and catalog.\n"
    assert [f for f in lint_text(text, "doc.md", {"extend-select": ["spelling"]}) if f.rule == "spelling"] == []


def test_capitals_are_kept_in_the_suggestion_and_the_fix():
    [finding] = variant_findings("Colour is set per team.\n", "en-US")
    assert finding.suggestions == ["Color"] and finding.fix.applicability == "safe"
    assert apply_fixes("Colour is set per team.\n", [finding]) == "Color is set per team.\n"


def test_safe_fix_round_trips_through_the_source():
    text = "Your favourite colours are saved.\n"
    found = variant_findings(text, "en-US")
    fixed = apply_fixes(text, found)
    assert fixed == "Your favorite colors are saved.\n"
    assert variant_findings(fixed, "en-US") == []


def test_the_other_variant_spelling_of_a_word_both_use_is_not_flagged():
    # 'program', 'dialog', 'tire', 'check' are in the British list too; -ize is Oxford British.
    assert flagged("Open the program, close the dialog, check the tire and organize the files.\n", "en-GB") == []


def test_spellings_the_american_list_also_holds_are_still_flagged_in_en_us():
    # SCOWL's large American list accepts 'centre', 'favour', 'cancelled' as variants; the pairs
    # with their American-only forms ('center') still make them British spellings.
    assert flagged("The centre cancelled the favour.\n", "en-US") == ["centre", "cancelled", "favour"]


def test_vocabulary_accept_wins(tmp_path):
    accept = tmp_path / "accept.txt"
    accept.write_text("colour\n", encoding="utf-8")
    text = "Pick a colour.\n"
    assert flagged(text, "en-US") == ["colour"]
    config = {"extend-select": ["spelling"], "rules": {"spelling": {"variant": "en-US"}},
              "vocabulary": {"accept": [str(accept)]}}
    assert [f for f in lint_text(text, "doc.md", config) if f.rule == "spelling"] == []


@pytest.mark.parametrize("text", [
    "Run `set-colour --grey` first.\n",
    "See https://example.com/colour/catalogue.html for details.\n",
    "Write to colour@example.com today.\n",
    "Set max_colour and colourMode to 3.\n",
    "The COLOUR flag is on.\n",
    "Ask Behaviour Labs about it.\n",
])
def test_code_urls_identifiers_capitals_and_names_are_not_flagged(text):
    assert flagged(text, "en-US") == []


def test_template_tags_are_not_flagged():
    assert flagged("Hi {{ colour }}, your {% if behaviour %}order{% endif %} shipped.\n", "en-US",
                   ) == []


def test_several_suggestions_give_no_fix():
    table = other_spellings("en-US")
    word = next(w for w, s in sorted(table.items()) if len(s) > 1 and len(w) > 5 and w.isalpha())
    [finding] = variant_findings(f"The {word} was noted.\n", "en-US")
    assert len(finding.suggestions) > 1 and finding.fix is None


def test_typos_still_reported_beside_variant_findings_by_default():
    found = variant_findings("We have recieved your colour choice.\n", "en-US", typos=True)
    assert [f.flagged for f in found] == ["recieved", "colour"]


def test_typos_false_reports_only_the_variant():
    assert flagged("We have recieved your colour choice.\n", "en-US") == ["colour"]


def test_a_possessive_is_flagged_on_its_word():
    [finding] = variant_findings("The catalogue's first page.\n", "en-US")
    assert finding.flagged == "catalogue" and finding.suggestions == ["catalog"]


def test_table_rows_parse_per_variant():
    text = "# header\ncolour\tcolor\ten-US\ncolor\tcolour\ten-GB\nfoo\tbar|baz\ten-US\n"
    assert parse(text, "en-US") == {"colour": ("color",), "foo": ("bar", "baz")}
    assert parse(text, "en-GB") == {"color": ("colour",)}
    assert other_spellings("any") == {}


def test_table_has_no_reviewed_exclusion_and_no_ise_only_pair_for_en_gb():
    sys.path.insert(0, str(ROOT / "scripts"))
    import build_spelling_variants as build

    us, gb = other_spellings("en-US"), other_spellings("en-GB")
    assert not set(build.EXCLUDED) & (set(us) | set(gb))
    assert "macule" not in gb and "daemonize" not in us and "dolor" not in gb
    for word, suggestions in gb.items():
        for suggestion in suggestions:
            assert build._ize_form(suggestion) != word, (word, suggestion)


@pytest.mark.process
def test_table_is_not_read_when_variant_is_any(tmp_path):
    doc = tmp_path / "doc.md"
    doc.write_text("Pick a colour.\n", encoding="utf-8")
    report, modules = check_in_a_process(tmp_path, "--no-cache", "--extend-select", "spelling", str(doc))
    assert "plainlint.rules._spelling_variants" not in modules and "plainlint.nlp.spelling" in modules, report


def test_the_variant_check_honours_min_length_under_either_name():
    """It read only 0.1's `min_length`, so `min-length` did not reach it."""
    for name in ("min-length", "min_length"):
        config = {"extend-select": ["spelling"], "rules": {"spelling": {"variant": "en-US", "typos": False, name: 7}}}
        found = [f.flagged for f in lint_text("Pick a colour and a flavour.\n", "doc.md", config) if f.rule == "spelling"]
        assert found == ["flavour"], name
