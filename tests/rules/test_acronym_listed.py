"""undefined-acronym's listed tier (acr22): only the trade abbreviations of
rulesets/acronyms-listed.yaml, each finding offering the words; `mode: all` keeps the rule before."""

import yaml

from plhelpers import DATA, lint_text

from plainlint.rules.acronym_listed import listed_abbreviations
from plainlint.rules.acronyms import acronym_data

REPLY = "Hi Sam,\n\n{}\n\nThanks,\nAlex\n"
ON = {"kind": "reply", "extend-select": ["undefined-acronym"]}


def found(text: str, **options) -> list:
    config = {**ON, "rules": {"undefined-acronym": options}} if options else ON
    return [f for f in lint_text(REPLY.format(text), "doc.md", config) if f.rule == "undefined-acronym"]


def test_a_listed_abbreviation_is_reported_with_its_words():
    [finding] = found("We breached the SLA on this ticket.")
    assert "'service level agreement (SLA)'" in finding.message


def test_letters_off_the_list_are_left_to_mode_all():
    assert found("The ETA is Friday and the XYZ team knows.") == []
    assert [f.message.split("'")[1] for f in found("The XYZ team knows.", mode="all")] == ["XYZ"]


def test_the_words_written_anywhere_explain_the_letters():
    assert found("Your service-level agreement covers weekends. The SLA also covers holidays.") == []


def test_the_words_written_as_one_compound_explain_the_letters():
    """Business Central writes 'stockkeeping unit' (seed 231): the words, run together."""
    assert found("Plan with stockkeeping units. Set the SKU's reorder point.") == []


def test_the_words_in_american_spelling_explain_the_letters():
    assert found("Our network operations center watches it. The NOC will post updates.") == []


def test_the_words_hyphenated_explain_the_letters():
    """A sign-in page's item 'Multi-factor authentication' beside 'MFA settings' (seed 248)."""
    between = "\n\n".join(f"Step {n}: check the next setting on the page." for n in range(1, 9))
    assert found(f"| `Multi-factor authentication` | Methods |\n\n{between}\n\nTurn on MFA for every account.") == []
    assert found(f"| `Sign-in methods` | Methods |\n\n{between}\n\nTurn on MFA for every account.") != []


def test_letters_another_trade_uses_are_not_listed():
    """A passive infrared sensor and SAML's single logout (seed 231): not the list's words."""
    assert found("Wire the PIR sensor, then paste the SLO URL.") == []


def test_letters_the_page_joins_to_a_model_number_name_a_product_line():
    """Tasmota's AHT1x/AHT2x sensor pages (seed 244, FP x2): 'enable the AHT driver' on a page
    that writes AHT10 and AHT20 is the sensor family, not average handle time; GA4 makes GA
    Google Analytics. A page without the numbered name still gets the finding."""
    assert found("Wire the AHT10 or AHT2x sensor, then enable the AHT driver.") == []
    assert found("Link GA4 first. GA shows the visits.") == []
    assert [f.message.split("'")[1] for f in found("Our AHT went up this week.")] == ["AHT"]


def test_two_meanings_are_both_offered():
    [finding] = found("We can set up a POC next week.")
    assert "'proof of concept (POC)' or 'point of contact (POC)'" in finding.message


def test_known_still_subtracts():
    assert found("We breached the SLA on this ticket.", known=["SLA"]) == []


def test_a_listed_word_in_the_dictionary_is_still_the_abbreviation():
    """COB is a Dale-Chall word and EULA a cmudict one: in capitals on the list, the abbreviation."""
    assert [f.message.split("'")[1] for f in found("Accept the EULA by COB today.")] == ["EULA", "COB"]


def test_a_cab_file_is_a_file_format_not_the_change_advisory_board():
    text = "Create a CAB solution package for the web part. After you create a CAB file, deploy it."
    assert found(text) == []


def test_the_listed_tier_on_the_should_flag_set():
    data = yaml.safe_load((DATA / "support" / "undefined-acronym.yaml").read_text(encoding="utf-8"))
    config = {**data["config"], "rules": {}}
    missed = [t for t in data["should_flag"]
              if not any(f.rule == "undefined-acronym" for f in lint_text(t, "doc.md", config))]
    alarms = [t for t in data["should_not"] if any(f.rule == "undefined-acronym" for f in lint_text(t, "doc.md", config))]
    assert missed == data["listed_misses"] and alarms == []


def test_the_list_and_the_known_lists_do_not_overlap():
    data = acronym_data()
    assert not set(listed_abbreviations()) & (data["known"] | data["technical"] | data["names"])
    assert all(words and all(w.strip() for w in words) for words in listed_abbreviations().values())


def test_letters_listed_in_context_need_their_trade_word_after_them():
    """acr23b: PO and POS are listed only where the next word fixes the trade's meaning ("PO
    number" a purchase order, "POS terminal" a point of sale): a PO Box, gettext's PO file and a
    part-of-speech POS tag are other trades'."""
    assert [f.message.split("'")[3] for f in found("Please confirm the PO number on your invoice.")] == ["purchase order (PO)"]
    assert [f.message.split("'")[1] for f in found("Add the PO # to the order.")] == ["PO"]
    assert [f.message.split("'")[3] for f in found("Restart the POS terminal after the update.")] == ["point of sale (POS)"]
    assert found("Send it to PO Box 12. Open the PO file in Poedit. Each POS tag marks a word.") == []


def test_letters_in_context_are_explained_by_their_words():
    assert found("Enter the purchase order number. The PO number is on the invoice.") == []
    assert found("Our point-of-sale app runs on the POS terminal.") == []


def test_mode_all_reads_letters_in_context_as_before():
    assert [f.message.split("'")[1] for f in found("Open the PO file in Poedit.", mode="all")] == ["PO"]
