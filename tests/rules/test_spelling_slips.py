"""spelling (PL502, issue 33): a word one letter from a dictionary word is reported only when that
letter is a likely slip (plainlint/nlp/spelling_slips.py): dropped, added, doubled, swapped, or
replaced by a keyboard neighbour, a letter of like sound or a copy of a letter beside it. Other
replacements are how terms differ from words ('logits'/'logins', 'docset'/'docket')."""

from __future__ import annotations

import pytest

from plainlint.nlp.spelling_slips import is_slip, keyboard_neighbours, likely_replacement, slip_edits
from plhelpers import lint_text

# The dictionary check (`mode: dictionary`): known mode, the default, reports only known misspellings.
ON = {"extend-select": ["spelling"], "rules": {"spelling": {"mode": "dictionary"}}}


def flagged(text: str) -> list[str]:
    return [f.flagged for f in lint_text(text, "doc.md", ON) if f.rule == "spelling"]


@pytest.mark.parametrize("a, b, touching", [
    ("t", "y", True), ("s", "d", True), ("e", "d", True), ("j", "i", True), ("b", "n", True),
    ("t", "n", False), ("g", "w", False), ("s", "k", False), ("q", "p", False), ("t", "t", False),
])
def test_keyboard_neighbours_touch_on_a_qwerty_keyboard(a, b, touching):
    assert keyboard_neighbours(a, b) is touching
    assert keyboard_neighbours(b, a) is touching


@pytest.mark.parametrize("word, at, meant, likely", [
    ("relevent", 5, "a", True),     # a vowel for a vowel
    ("quicklt", 6, "y", True),      # a keyboard neighbour
    ("lisence", 2, "c", True),      # a letter of like sound
    ("extention", 5, "s", True),    # -tion for -sion
    ("revertible", 5, "s", False),  # t for s, not before -ion
    ("aprrove", 2, "p", True),      # a copy of the letter after it
    ("eroor", 2, "r", True),        # a copy of the letter after it
    ("logits", 4, "n", False),      # 'logins': a term, not a slip
    ("docset", 3, "k", False),      # 'docket'
])
def test_a_replaced_letter_is_a_slip_only_when_it_is_a_likely_one(word, at, meant, likely):
    assert likely_replacement(word, at, meant) is likely


def test_slip_edits_keep_drops_additions_and_swaps_and_only_likely_replacements():
    edits = slip_edits("logits")
    assert {"logit", "loggits", "olgits"} <= edits
    assert "logins" not in edits and "lugits" in edits


@pytest.mark.parametrize("text", [
    "Apply softmax to the logits first.\n",                    # one unlikely letter from 'logins'
    "Open the docset page.\n",                                 # one unlikely letter from 'docket'
    "The requestee is the user who called the help desk.\n",   # -ee: the one a request is made to
    "Select the xxxxx Mobile Broadband Adapter.\n",            # a placeholder, one letter repeated
])
def test_terms_one_unlikely_letter_from_a_word_are_not_typos(text):
    assert flagged(text) == []


@pytest.mark.parametrize("text, word", [
    ("Dismiss the message quicklt.\n", "quicklt"),
    ("Select the eroor message.\n", "eroor"),
    ("Ask the aprrove team.\n", "aprrove"),
    ("Read the relevent article.\n", "relevent"),
    ("The commitee meets on Monday.\n", "commitee"),           # a known misspelling, not -ee
])
def test_typos_one_likely_slip_from_a_word_are_still_flagged(text, word):
    assert flagged(text) == [word]


def test_a_list_of_peoples_names_is_not_prose():
    people = ["Markus Reiter", "Zhang Yi", "Calle Englund", "Johan Carlquist", "Dannel Jurado",
              "Jonatan Lindström", "Romain Lespinasse", "kilsey", "Birger J. Nordølum", "Andrey Yunoshev"]
    assert flagged("".join(f"- {name}\n" for name in people)) == []
    steps = ["Open Settings", "Select Account", "Calle the support line", "Reset the pasword",
             "Check the mailbox", "Select Save", "Close the page", "Sign out", "Sign in again"]
    assert flagged("".join(f"- {step}\n" for step in steps)) == ["Calle", "pasword"]


@pytest.mark.parametrize("text", [
    "Too many messages risk desensitising users.\n",           # British -ise of a listed -ize word
    "It uses a deserialised copy of the list.\n",
    "The leader appoints designees to do so.\n",               # -ee plural
    "Fairness is a socio-technical topic.\n",                  # a combining form before a hyphen
    "The column holds nvarchar text.\n",                       # accepted (rulesets/spelling.yaml)
])
def test_british_forms_ee_plurals_combining_forms_and_data_types_are_words(text):
    assert flagged(text) == []


def test_a_british_looking_typo_of_no_listed_word_is_still_flagged():
    assert flagged("Please orgnaise the files.\n") == ["orgnaise"]


def test_a_table_column_of_field_names_holds_identifiers():
    table = ("| Source | Target |\n|---|---|\n| sys_id | contactid |\n| last_name | lastname |\n"
             "| phone | telephone1 |\n| city | address1_city |\n")
    assert flagged(table) == []
    prose = ("| Source | Target |\n|---|---|\n| sys_id | the contactid |\n| last_name | lastname |\n"
             "| phone | telephone1 |\n| city | address1_city |\n")
    assert flagged(prose) == ["contactid"]                     # a cell of two words: not a column of fields
    words = "| Source | Target |\n|---|---|\n| id | contactid |\n| name | lastname |\n| city | Town |\n"
    assert flagged(words) == ["contactid"]                     # no identifier in the column
    # (every cell one lower-case word is a column of values: tests/rules/test_spelling_fresh_centres.py)
    devices = ("| Device | Supported |\n|---|---|\n| iPhone | yes |\n| iPad | yes |\n| macOS | yes |\n"
               "| tablte | no |\n")
    assert flagged(devices) == ["tablte"]                   # brand names in camel case are no field names
    camel_fields = "| Field |\n|---|\n| firstName |\n| createdOn |\n| contactid |\n"
    assert flagged(camel_fields) == []                         # fields in camel case are


@pytest.mark.parametrize("text", [
    "Add it using Import-PSCoreRelease (importps) first.\n",   # a command's alias after its name
    "| Device | Contact |\n|---|---|\n| Aaeon PICO-IMX6 | sales |\n",   # a maker before a model number
    "| Japan | Okaya Electronics Corp. |\n|---|---|\n| a | b |\n",      # a company's name
    "Secure Launch protects bootup with a technology.\n",      # accepted (two repositories)
])
def test_command_aliases_makers_companies_and_bootup_are_names_or_words(text):
    assert flagged(text) == []


def test_a_typo_before_parentheses_or_capitals_is_still_flagged():
    assert flagged("Add it using the comand (importps) first.\n") == ["comand", "importps"]  # no name before it
    assert flagged("- Recieve Electronics Corp. mail\n") == ["Recieve"]   # a known misspelling stays
    assert flagged("| Devise | Contact |\n|---|---|\n| Setings Page | sales |\n") == ["Setings"]


@pytest.mark.parametrize("word", ["currect", "memember", "sharred", "aache", "alot", "teh", "witht", "recieve"])
def test_is_slip_answers_as_the_set_of_slips_does(word):
    """spelling_slips.is_slip(word, meant) == (meant in slip_edits(word)), for every word one edit
    away and a few further, without making the set (spell33: the dictionary's build asks it of each
    listed misspelling)."""
    from plainlint.nlp.spelling_suggest import edits1

    slips = slip_edits(word)
    for meant in edits1(word) | {"a lot", word + " ", word[:-2], word + word, "correct", "current", "member"}:
        if meant != word:
            assert is_slip(word, meant) == (meant in slips), meant
