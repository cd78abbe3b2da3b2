"""Rewrites keep the grammar and the capitals of the sentence they go into (issue 17, item 10).

Every sentence here is written for these tests. A replacement's capital follows its place in the
sentence; a phrase that the next words hang on (a participle or relative clause) is not
rewritten; a passive example never spells a base form that is no word, and an idiom is no passive.
"""

from __future__ import annotations

import pytest

from plainlint.linting import inflect
from plainlint.fixing.fixer import fix_source
from plainlint.nlp import sentences
from plainlint.rules import passive_rewrite
from plainlint.rules.passive_voice import base_form
from plainlint.reading.source import Source
from plhelpers import lint_text, settings_for


PASSIVE = {"extend-select": ["passive-voice"]}  # off by default since issue 26


def fixed(text: str, path: str = "reply.md", unsafe: bool = True) -> str:
    return fix_source(Source(path, text), "markdown", settings_for(path), unsafe).text


@pytest.mark.parametrize("text, expected", [
    # inside a sentence: lower case, whatever the word list wrote
    ("Hi Sam, we apologize for any inconvenience.\n", "Hi Sam, sorry about this.\n"),
    ("Hi Sam, I apologize for any inconvenience.\n", "Hi Sam, sorry about this.\n"),  # 'I' says nothing
    ("Hi Sam, thank you for bringing this to our attention.\n", "Hi Sam, thanks for telling us.\n"),
    # after a sentence end: a capital, even where the writer forgot it
    ("Your parcel is late. we apologize for any inconvenience.\n", "Your parcel is late. Sorry about this.\n"),
    # at the start of a unit: as the writer had it
    ("We apologize for any inconvenience.\n", "Sorry about this.\n"),
    ("- we apologize for any inconvenience\n", "- sorry about this\n"),
    # after a label: as the writer had it
    ("Tip: prior to saving, close the tab.\n", "Tip: before saving, close the tab.\n"),
    ("> **Tip**: Prior to saving, close the tab.\n", "> **Tip**: Before saving, close the tab.\n"),
    # the greeting rule's own replacement follows the same rule
    ("Thanks for writing in, dear customer.\n", "Thanks for writing in, hello.\n"),
    ("Dear Customer,\n\nYour order shipped.\n", "Hello,\n\nYour order shipped.\n"),
])
def test_a_replacement_takes_the_capital_of_its_place(text, expected):
    assert fixed(text) == expected


@pytest.mark.parametrize("text", [
    "Open Utilize Saved Replies in the menu.\n",           # a label on screen
    "The plan is sold by Acme Global Assistance, Inc.\n",  # a company name
    "# How To Utilize Saved Replies\n",                    # Title Case: the words may be a name
    "Open the tool, e.g. Utilize the menu.\n",             # after an abbreviation: inside the sentence
])
def test_a_capitalised_phrase_inside_a_sentence_is_a_name_and_not_replaced(text):
    found = [f for f in lint_text(text, "a.md") if f.rule == "jargon" and f.flagged != "e.g."]
    assert len(found) == 1 and found[0].fix is None
    assert fixed(text).replace("for example", "e.g.") == text


def test_a_capitalised_phrase_in_bold_is_a_label_and_not_reported():
    """left15: in bold (or a link's text) the capitalised phrase is the label itself."""
    text = "Open **Utilize Saved Replies** in the menu.\n"
    assert [f for f in lint_text(text, "a.md") if f.rule == "jargon"] == [] and fixed(text) == text


def test_a_control_named_after_a_verb_of_clicking_is_not_reported():
    """Sample B: 'click Modify Type' names a button the reader must find as spelled."""
    for text in ("Click **Utilize Saved Replies** in the menu.\n", "Then click Yes, Modify.\n"):
        assert [f for f in lint_text(text, "a.md") if f.rule == "jargon"] == []


@pytest.mark.parametrize("text, expected", [
    ("Hi Sam, we regret to inform you that your order is late.\n", "Hi Sam, your order is late.\n"),
    ("Thanks. we regret to inform you that your order is late.\n", "Thanks. Your order is late.\n"),
    ("We regret to inform you that your order is late.\n", "Your order is late.\n"),
])
def test_a_deletion_gives_the_next_word_the_capital_of_its_place(text, expected):
    assert fixed(text) == expected


def test_position_in_sentence():
    UNIT_START, SENTENCE_START, MID_SENTENCE = sentences.UNIT_START, sentences.SENTENCE_START, sentences.MID_SENTENCE

    def at(text: str, word: str) -> str:
        return sentences.position_in_sentence(text, text.index(word))

    assert at("we wait", "we") == UNIT_START
    assert at("(\u201cwe wait", "we") == UNIT_START
    assert at("Done!\u201d We wait", "We") == SENTENCE_START
    assert at("Done.) We wait", "We") == SENTENCE_START
    assert at("Note: we wait", "we") == UNIT_START and at("Tip: We wait", "We") == UNIT_START  # after a label
    for text in ("Hi Sam, we wait", "See e.g. we wait", "Wait... we wait", "Dr. We wait"):
        assert at(text, "we" if "we" in text else "We") == MID_SENTENCE, text


def test_names_acronyms_and_i_keep_their_capital_inside_a_sentence():
    match_case, keeps_its_capital, MID_SENTENCE = inflect.match_case, inflect.keeps_its_capital, sentences.MID_SENTENCE
    assert match_case("we", "I can help", MID_SENTENCE) == "I can help"
    assert match_case("we", "FAQ answers", MID_SENTENCE) == "FAQ answers"
    assert match_case("we", "Friday at noon", MID_SENTENCE) == "Friday at noon"
    assert match_case("we", "May we help", MID_SENTENCE) == "may we help"  # the verb, not the month
    assert match_case("WE APOLOGIZE", "Sorry", MID_SENTENCE) == "SORRY"
    assert keeps_its_capital("iOS") and keeps_its_capital("I'm") and not keeps_its_capital("Sorry")


@pytest.mark.parametrize("sentence", [
    "We apologize for any inconvenience caused by the delay.",          # a participle clause
    "We apologize for any inconvenience\ncaused by the delay.",        # ... after a soft line break
    "We apologize for any inconvenience resulting from the outage.",    # an -ing clause
    "Hi Sam, we apologize for the inconvenience brought on by the update.",
    "Please accept our apologies offered on behalf of the whole team.",
    "We apologize for any inconvenience that you experienced.",         # a relative clause
    "We apologize for any inconvenience you experienced.",
    "We apologize for any inconvenience this has caused you.",          # an object of 'caused'
    "We apologize for any inconvenience this week.",                    # 'this' opens another phrase
    "We apologize for any inconvenience during the move.",              # a phrase on the noun
])
def test_a_phrase_that_the_next_words_hang_on_is_not_rewritten(sentence):
    found = [f for f in lint_text(sentence + "\n", "reply.md") if f.rule == "cliche"]
    assert len(found) == 1 and found[0].fix is None  # still reported, never half-rewritten
    assert fixed(sentence + "\n") == sentence + "\n"


@pytest.mark.parametrize("text, expected", [
    # the whole clause is in the phrase, or nothing attaches after it
    ("We apologize for any inconvenience this may have caused.\n", "Sorry about this.\n"),
    ("We apologize for any inconvenience it caused, and the refund is on its way.\n",
     "Sorry about this, and the refund is on its way.\n"),
    ("We apologize for any inconvenience and thank you for waiting.\n",
     "Sorry about this and thank you for waiting.\n"),
    ("(We apologize for any inconvenience.)\n", "(Sorry about this.)\n"),
    # the replacement keeps what the words hang on
    ("Ask your husband living abroad to sign.\n", "Ask your partner living abroad to sign.\n"),
    ("Hi Sam, please accept our apologies for the delay.\n", "Hi Sam, sorry for the delay.\n"),
    # a verb replacement before an -ing word: nothing hangs
    ("You can utilize existing replies.\n", "You can use existing replies.\n"),
])
def test_rewrites_that_leave_nothing_hanging_are_kept(text, expected):
    assert fixed(text) == expected


def test_leaves_much_to_be_desired_is_an_idiom_not_a_passive():
    for text in ("The old editor leaves much to be desired.\n", "It left a lot to be desired.\n",
                 "Search leaves something to be desired on mobile.\n"):
        assert [f for f in lint_text(text, "a.md", PASSIVE) if f.rule == "passive-voice"] == [], text
    # a real passive of the same verb is still one, and its example is a word
    found = [f for f in lint_text("A faster export is desired by many teams.\n", "a.md", PASSIVE) if f.rule == "passive-voice"]
    assert len(found) == 1 and "'we desire ...'" in found[0].message


@pytest.mark.parametrize("participle, base", [
    ("desired", "desire"), ("raised", "raise"), ("routed", "route"), ("exposed", "expose"),
    ("closed", "close"), ("stared", "stare"), ("deallocated", "deallocate"), ("renamed", "rename"),
    ("listed", "list"), ("opened", "open"), ("focused", "focus"), ("starred", "star"),
    ("reindexed", "reindex"), ("offered", "offer"), ("hoped", "hope"), ("repaired", "repair"),
    # a new-user trial saw 'we ty ...', 'we past ...' and 'we labell ...' in messages
    ("tied", "tie"), ("died", "die"), ("applied", "apply"), ("pasted", "paste"), ("labelled", "label"),
    ("modelled", "model"), ("dispelled", "dispel"), ("misspelled", "misspell"), ("smelled", "smell"),
])
def test_base_form_picks_the_verb_not_a_name_in_the_word_table(participle, base):
    assert base_form(participle) == base
    assert passive_rewrite.is_known_verb(base)


@pytest.mark.parametrize("sentence, participle", [
    ("These settings are unused.", "unused"),
    ("The pods are unneeded now.", "unneeded"),
    ("Old rows are uninterested in it.", "uninterested"),
])
def test_a_passive_example_never_spells_a_non_word(sentence, participle):
    (found,) = [f for f in lint_text(sentence + "\n", "a.md", PASSIVE) if f.rule == "passive-voice"]
    assert "e.g." not in found.message and "say who does it" in found.message
    assert not passive_rewrite.is_known_verb(base_form(participle))
