"""spelling (PL502, issue 33, held-out seeds 45 and 46): text in another language is not misspelled
English (plainlint/rules/spelling_language.py, rulesets/spelling-stopwords.txt), and regular
derivations of dictionary words are words (plainlint/nlp/spelling.py). Sentences invented here."""

from __future__ import annotations

import pytest

from plhelpers import ROOT, lint_text, script_module

build_spelling_stopwords = script_module("scripts/build_spelling_stopwords.py")

# The dictionary check (`mode: dictionary`): known mode, the default, reports only known misspellings.
ON = {"extend-select": ["spelling"], "rules": {"spelling": {"mode": "dictionary"}}}


def flagged(text: str) -> list[str]:
    return [f.flagged for f in lint_text(text, "doc.md", ON) if f.rule == "spelling"]


FRENCH_PASSAGE = (
    "The terms in French follow.\n\n"
    "**Cette clause concerne:**\n - tout ce qui est lié au logiciel, aux services ou au contenu (y compris "
    "le code) des sites tiers; et\n - les demandes au titre de la garantie.\n\n"
    "We have recieved your request.\n"
)


def test_a_passage_in_another_language_is_not_checked_and_the_english_around_it_is():
    assert flagged(FRENCH_PASSAGE) == ["recieved"]  # 'concerne' was flagged


ENGLISH = ("This policy finds credit card numbers in messages that your users send and receive. It looks for "
           "the number itself and for words near it that make a match more likely. The words below are the "
           "ones it checks in each language that the service supports today.\n\n")
KEYWORDS = ("Keywords:\n\n- card number\n- numero della carta\n- numeri della carta\n- carta di credito\n"
            "- numero di carta di credito\n- banca della carta\n- supporto della carta\n- data di scadenza\n\n")


def test_a_keyword_list_in_another_language_inside_an_english_page_is_not_checked():
    """Before: 'numeri', 'credito' (twice), 'banca', 'supporto' and 'scadenza' were flagged. The
    last item touches the English after it, so it may still be."""
    assert set(flagged(ENGLISH + KEYWORDS + ENGLISH)) <= {"scadenza"}


def test_english_with_two_typos_and_a_name_is_still_english():
    text = "Ask José to chekc the acount settings before the reply goes out to the customer.\n"
    assert flagged(text) == ["chekc", "acount"]


@pytest.mark.parametrize("word", ["immutably", "reauthenticating", "nonexpiring", "dedupe"])
def test_regular_derivations_of_dictionary_words_are_words(word):
    assert flagged(f"The store keeps the copies {word} for the audit.\n") == []


@pytest.mark.parametrize("word", ["recomends", "immutabley"])
def test_a_prefix_or_suffix_does_not_hide_a_typo(word):
    """'recomends' is not 're' + 'co' + 'mends' (the word after the prefix must be listed, not
    derived)."""
    assert flagged(f"The store keeps the copies {word} for the audit.\n") == [word]


def test_the_stopword_list_leaves_out_english_words_and_other_alphabets():
    lists = {"en": ["over", "de"], "fr": ["de", "qui", "près"], "it": ["qui", "over"], "ru": ["и", "не"]}
    assert build_spelling_stopwords.build(lists) == {"près": ["fr"], "qui": ["fr", "it"]}


def test_the_shipped_stopword_list_names_its_source_and_holds_other_languages():
    text = (ROOT / "rulesets" / "spelling-stopwords.txt").read_text(encoding="utf-8")
    assert "stopwords-iso" in text and "MIT" in text
    words = dict(line.split(" ", 1) for line in text.splitlines() if not line.startswith("#"))
    assert words["qui"].startswith("ca,fr") and "the" not in words and "und" in words


@pytest.mark.parametrize("text", [
    "This example removes the retention policy from the mailbox jpeoples.\n",
    "To reach Tony, the caller would enter tsmithy.\n",
])
def test_a_sample_alias_after_mailbox_or_enter_is_a_value(text):
    assert flagged(text) == []


@pytest.mark.parametrize("text", [
    "Open the mailbox setings page.\n",  # followed by a word: prose
    "Check the user profiile.\n",  # 'user' is not one of the nouns: typos follow it
])
def test_a_typo_after_those_words_is_still_a_typo(text):
    assert len(flagged(text)) == 1


@pytest.mark.parametrize("word", ["lossy", "licensor"])
def test_general_words_the_frequency_list_lacks_are_accepted(word):
    assert flagged(f"It keeps a {word} copy of the record.\n") == []
