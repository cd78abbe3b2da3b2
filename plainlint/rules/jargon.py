import functools
import re

import dataclasses

from ._code_names import names_in_code
from .base import Option
from ._run_in_headings import BOLD_MARK, closes_a_run_in_heading
from .jargon_parts_of_speech import (adjective_after, adjective_before, adjective_by_position, ing_adjective_by_position,
                                     noun_after, stands_as_a_noun)
from .link_text_spans import link_text_spans
from .wordlist import WordListRule, followed_by
from ..enums import Applicability, Category, Scope
from ..linting import wordlists
from ..linting.inflect import ends_in_inflection_s, match_case
from ..nlp.participles import after_be_or_have, in_a_passive
from ..nlp.sentences import HARD_BREAK, MID_SENTENCE, after_a_line_break, position_in_sentence

# "click Modify Type", "click Yes, Modify": a capitalised word inside a sentence right after a
# verb of clicking (with at most two capitalised words before it) names an on-screen control,
# which the reader must find as it is spelled (sample B).
_CONTROL_BEFORE = re.compile(r"\b(?i:click|clicking|clicked|select|selecting|tap|tapping|choose|choosing|press|pressing)"
                             r"\s+(?:[A-Z][\w'’]*,?\s+){0,2}\Z")

# "so kind as to wait", "in such a way as to keep": 'so/such' and one or two words before 'as to'
# make one construction (to the extent of), where 'as to' is not the preposition 'about' replaces.
_SO_BEFORE_AS_TO = re.compile(r"\b(?i:so|such)\s+(?:[\w'’-]+\s+){1,2}\Z")


# "this is determined by your server URL": a passive participle (nlp.participles.in_a_passive: after
# be, contracted or not, or a reduced passive) with "by" after it, where an entry's `use_when_passive`
# fits better than its active verbs ('set by', not 'found out by'; trial4, held-out Bitwarden help).
# "It can be determined by running cmd.exe" is the finding-out sense: after "can", "could", "may" or
# "might" the entry's own advice stays ("can be found out by running").
_CAN_BE_BEFORE = re.compile(r"\b(?i:can|could|may|might|cannot|can't)\s+(?:[\w'’]+ly\s+)?(?i:be)\s+(?:[\w'’]+ly\s+)?\Z")
_BY_AFTER = re.compile(r"\s+(?i:by)\b")


def _passive_with_by(text: str, start: int, end: int) -> bool:
    before = max(0, start - 60)
    return text[start:end].lower().endswith(("ed", "en")) and _BY_AFTER.match(text, end) is not None \
        and in_a_passive(text, start, end) and _CAN_BE_BEFORE.search(text, before, start) is None


# "acquired by Google in 2005", "acquired by LSI Corporation": 'by' and a capitalised word (a name)
# after the passive (entry field `not_by_a_name`).
_BY_A_NAME = re.compile(r"\s+(?i:by)\s+[A-Z]")


def _in_a_passive(text: str, start: int, end: int) -> bool:
    """An -ed form that is the participle of a passive ("must first be obtained", "they're then
    obtained", "credentials obtained by"), whose plain verb may read badly there ('be gotten';
    entry field `passive: active`, user32, user33). nlp.participles tells it as it tells the
    participle for the fix."""
    return text[start:end].lower().endswith("ed") and in_a_passive(text, start, end)


def _by_another_sense(text: str, hit, agents) -> bool:
    """Whether the hit is a passive with 'by' whose agent is none of `agents` (entry field
    `passive_by_only`): 'informed by email' or 'by us' is told, 'informed by research' is shaped
    by, another sense (user34)."""
    return bool(agents) and _BY_AFTER.match(text, hit.end) is not None \
        and _in_a_passive(text, hit.start, hit.end) \
        and followed_by("by " + str(agents)).match(text, hit.end) is None


# The words after an active verb up to the clause's next mark, at most five: where its object and
# what it is told of are ("inform screen reader users of", "informs the receiving server that").
_WORDS_AFTER = re.compile(r"(?:[ \t\n]+[\w'’-]+){1,5}")


def _object_of_another_sense(text: str, hit, people) -> bool:
    """Whether an active verb form has a thing as its object (entry field `person_object`): none of
    the next words, up to a mark and at most five, is one of `people` (a person, a pronoun, a
    channel, a word that opens what is told: 'of', 'that'), nor are the first two a name (a capital;
    later ones name a thing: 'informs capacity planning and Shield engagement thresholds'). 'informs you
    that', 'inform the customer', 'inform screen reader users of', 'informs Microsoft' tell;
    'informs capacity planning', 'the data that informs the reporting' shape (user35). A passive,
    or a mark or the end right after the verb, say nothing here."""
    if not people or _in_a_passive(text, hit.start, hit.end):
        return False
    after = _WORDS_AFTER.match(text, hit.end)
    if after is None:
        return False
    words = after.group().split()
    named = any(word[:1].isupper() for word in words[:2])  # 'inform Microsoft', 'inform your Microsoft partner'
    return not named and not any(word.lower().replace("’", "'") in _words_of(str(people)) for word in words)


@functools.lru_cache(maxsize=16)
def _words_of(term: str) -> frozenset[str]:
    """The spellings of an entry's word-list field (`person_object`), expanded once, not per hit."""
    return frozenset(wordlists.expand(term))


_ACTIVE_NOTE = "in the active, saying who does it: 'you can get the key', not 'the key can be gotten'"


# An entry whose first word is a noun too (`noun_first`: "click", "sign", "assist", "mix"): after
# an article, a quantifier or a possessive, directly or across one or two modifiers, the word is
# the noun ("a louder click on the first beat", "any sign-up button click on the site", "your
# click on the ad"; left15, from the corpora). After "the" with words between, it is the verb of
# an instruction whose comma is missing ("In the Permissions tab click on Attach Policy"), and
# after a possessive and a word it may be either ("Have your admin sign into the portal").
_DETERMINER_BEFORE = re.compile(
    r"(?:^|[^\w'’-])(?P<det>(?i:a|an|any|each|every|another|one|no|the|your|my|our|their|his|her|its))"
    r"(?P<modifiers>(?:\s+[\w'’-]+){0,2})\s+\Z")
_POSSESSIVES = {"your", "my", "our", "their", "his", "her", "its"}
# Words that are no modifier of a noun: they make the term the verb of a clause ("a user can click
# on", "your account and click on", "each user must then click on").
_CLAUSE_WORDS_BEFORE = {
    "and", "or", "but", "nor", "then", "to", "can", "could", "will", "would", "shall", "should", "may",
    "might", "must", "also", "just", "simply", "not", "never", "please", "you", "we", "they", "i", "he",
    "she", "it", "who", "which", "that", "cannot", "can't", "don't", "doesn't", "won't", "need", "want",
    "only", "now", "once", "when", "if", "where", "here", "there", "longer"}  # "will no longer attempt to" (fix32)
NOUN, EITHER = "noun", "either"
# After "or" and a noun that a have-verb or a quantifier governs, the term's first word is a noun
# coordinated with it: "no experience or desire to install", "who do not have experience or desire
# to", "lack the time or desire to" (seed 101's FP; session 16, left16). Only "or": imperatives
# chain with "and" ("select the file and click on Save").
_COORDINATED_NOUN_BEFORE = re.compile(
    r"(?:^|[^\w'’-])(?i:have|has|had|lack|lacks|lacked|without|no|any|little|much)"
    r"(?:\s+(?i:the|a|an|any|enough|much|little|real))?\s+[\w'’-]+\s+(?i:or)\s+\Z")


def noun_reading(text: str, start: int, inflected: bool = False, any_determiner: bool = False) -> str | None:
    """NOUN when the words before `start` make the term's first word a noun, EITHER when they may,
    None when they make it the verb (or say nothing). An `inflected` verb form after a modifier is
    the verb of the noun phrase before it ("an agent assists you"). With `any_determiner` (a word
    as often a noun: 'attempt'), a possessive and modifiers make it the noun too ("your second
    attempt to"); "the" and modifiers still say nothing ("the underlying API attempt to" is the
    verb of a plural subject as often as "the connection attempt to" is the noun)."""
    if _COORDINATED_NOUN_BEFORE.search(text, max(0, start - 60), start) is not None:
        return NOUN
    before = _DETERMINER_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return None
    modifiers = before.group("modifiers").lower().split()
    if not modifiers:
        return NOUN
    if inflected or any(word.replace("’", "'") in _CLAUSE_WORDS_BEFORE or ends_in_inflection_s(word) for word in modifiers):
        return None  # "their users click on": a plural subject and its verb
    determiner = before.group("det").lower()
    if determiner == "the":  # (also with `any_determiner`: "the commands in the module attempt to")
        return None
    return EITHER if determiner in _POSSESSIVES and not any_determiner else NOUN


def _reads_as_the_noun(hit, entry) -> bool:
    """A `noun_too` term after a determiner, or opening a heading in its own form: a heading that
    opens with 'Attempt to' names what happened (an alert's, an error's title), while 'Attempts
    to ...' says what a thing does (an API reference's title)."""
    text = hit.segment.text
    if hit.segment.scope == Scope.HEADING and not text[:hit.start].strip(" \t*_#") \
            and not _inflected(text, hit, entry):
        return True
    return noun_reading(text, hit.start, _inflected(text, hit, entry), any_determiner=True) == NOUN


def _inflected(text: str, hit, entry) -> bool:
    """Whether the hit's first word is another form than the term's ('assists' for 'assist')."""
    return text[hit.start:hit.end].split()[0].lower() != entry.term.split()[0].lower()


def names_a_page_or_control(doc, hit) -> bool:
    """A phrase with a capital inside a sentence, in a link's text or in bold, is the title of the
    page linked ('see [Modify a Windows Image Using DISM](...)') or a label on screen ('the
    **Assisted Setup** page', '**Inquire**'): the writer cannot reword it there (left15: 31 of 40
    such findings drawn at seed 150 from both corpora were names; the right ones were headings
    and sentences, not links or bold)."""
    span = hit.segment.to_source(hit.start, hit.end)
    holder = link_text_spans(doc).holding(span.start)
    if holder is not None and span.end <= holder.end:
        return True
    source = doc.source.text
    line_start = source.rfind("\n", 0, span.start) + 1
    line_end = source.find("\n", span.end)
    marks = BOLD_MARK.findall(source, line_start, span.start)  # "" opens (or toggles **), "/" closes
    opened = (marks.count("") - marks.count("/")) % 2 == 1
    closing = BOLD_MARK.search(source, span.end, len(source) if line_end < 0 else line_end)
    return opened and closing is not None and not closes_a_run_in_heading(source, line_start, closing)


def _alone_in_its_unit(text: str, hit) -> bool:
    """A capitalised word that is all of its heading, table cell, list item, link or line after a hard
    break ('## Purchasing', '| Particulars |', '[Purchasing](...)  ', a '**Modify**' permission in a
    table) names a section, a column, a linked page or a label; rewording it would rename the thing
    (user35: Business Central's ledger column 'Particulars' 163 times, its 'Purchasing' headings and
    contents links; left15 took bold and link titles inside sentences)."""
    start = text.rfind(HARD_BREAK, 0, hit.start) + 1
    end = text.find(HARD_BREAK, hit.end)
    return text[start:len(text) if end < 0 else end].strip(" \t\n*_:") == text[hit.start:hit.end]


_CAPITALS_WORD = re.compile(r"\b[A-Z]{2,}\b")


def _capitals_as_written(flagged: str, term: str) -> bool:
    """Whether each word the term writes in capitals ('PIN') is in capitals in the flagged text."""
    return all(re.search(rf"\b{word}\b", flagged) for word in set(_CAPITALS_WORD.findall(term)))


# A value of a documented enumeration ("(0 = none, 1 = purchased, 2 = leased)"): the value's name
# as the product stores it, not prose; 'bought' would change the documented value (user36,
# hornbill's asset structure).
_ENUM_KEY_BEFORE = re.compile(r"\b\d+\s*=\s*\Z")
_ENUM_VALUE_END = re.compile(r"\s*(?:[,;)]|\Z)")


def _an_enumeration_value(text: str, start: int, end: int) -> bool:
    return _ENUM_KEY_BEFORE.search(text, max(0, start - 12), start) is not None \
        and _ENUM_VALUE_END.match(text, end) is not None


# "- **Date** - allows you to select", "**Icon Path**—Enables you to enter": a short label opening the unit, then a
# dash, as a label's colon does (nlp.sentences.position_in_sentence): what follows describes the label, with no
# subject of its own (recall38). A dash after a longer clause ("the bar — which appears at the top — allows") is not.
_DASHED_LABEL = re.compile(r"[\s*_`>#|-]*[^\s.!?:;—–-](?:[^.!?:;—–\n]{0,40}?)[*_`]*(?:\s+-|\s*[—–])\s*\Z")


def _after_a_dashed_label(text: str, start: int) -> bool:
    unit = text.rfind(HARD_BREAK, 0, start) + 1
    return len(text[unit:start].split()) <= 6 and _DASHED_LABEL.fullmatch(text, unit, start) is not None


def _so_as_to(text: str, start: int, end: int) -> bool:
    return " ".join(text[start:end].lower().split()) == "as to" and \
        _SO_BEFORE_AS_TO.search(text, max(0, start - 40), start) is not None


class Jargon(WordListRule):
    code = "PL101"
    name = "jargon"
    category = Category.JARGON
    ruleset = "jargon"
    entry_fields = {
        "use_when_passive": Option([], "participles to suggest instead of `use` in a passive with 'by' ('is "
                                       "determined by your plan' -> 'is set by'), where the active verbs fit "
                                       "poorly", kind="strings"),
        "noun_first": Option(False, "the term's first word is a noun too ('a click on the button'): "
                                    "after an article, a quantifier or a possessive (and at most two "
                                    "modifiers: 'a louder click on') it is no match; after a possessive "
                                    "and a word ('your admin sign into') its fix is unsafe"),
        "passive": Option(None, "'active': the plain word reads badly in a passive ('can be obtained' -> 'can be "
                                "gotten'); there the advice is the active, saying who does it, with no fix",
                          kind="string", choices=("active",)),
        "not_by_a_name": Option(False, "a passive with 'by' and a name after it is another sense, no match "
                                       "('acquired by Google in 2005': bought, not got)"),
        "adjective_before": Option(None, "the -ed form just before these words is an adjective of another "
                                         "sense, no match ('expedited shipping': a faster service, never "
                                         "'sped-up shipping'), term syntax", kind="term"),
        "adjective_after": Option(None, "the -ed form just after these words, with no object after it, is the "
                                        "second half of an open compound adjective, no match ('AI assisted': "
                                        "'AI-assisted', never 'AI helped'), term syntax", kind="term"),
        "adjective_before_a_noun": Option(False, "the -ed form right before a content word is an adjective, no "
                                                 "match ('assisted checkout'), unless 'be', 'have' or a subject "
                                                 "pronoun comes before it ('we assisted customers'); right after "
                                                 "a determiner too ('both assisted and self-service')"),
        "note_before_a_noun": Option(None, "the -ing form of a verb that takes no object, right before a content "
                                           "word, is an adjective ('participating apps'), where the swap reads "
                                           "badly ('taking part apps'): there the finding has no replacement and "
                                           "this note instead of `note`", kind="string"),
        "passive_by_only": Option(None, "in a passive with 'by', the entry's sense only when one of these "
                                        "words follows 'by'; any other agent is another sense, no match "
                                        "('informed by email': told; 'informed by research': shaped by), "
                                        "term syntax", kind="term"),
        "person_object": Option(None, "in the active, the entry's sense only when one of these words (a person, "
                                      "a pronoun, a channel, 'of', 'that') or a name is among the next five "
                                      "words of its clause; a thing as the object is another sense, no match "
                                      "('informs you that': tells; 'informs capacity planning': shapes), single "
                                      "words in term syntax",
                                kind="term"),
        "noun_too": Option(False, "the term's first word is as often a noun ('an attempt to'): after a "
                                  "determiner or possessive (across at most two modifiers that are no "
                                  "plural subject: 'a user attempts to' is the verb) and opening a heading "
                                  "(an event's title: 'Attempt to send from your alias') it is no match"),
        "noun_after": Option(None, "the term's noun forms (its own and its plural, never -ing or -ed) just "
                                   "after these words are the noun, no match ('the number of attempts to "
                                   "connect', 'sign-in attempts to 10'), term syntax", kind="term"),
        "participle_too": Option(False, "the term opens with a participle that is also a conjunction "
                                        "('provided that'): after a form of be or have, adverbs allowed "
                                        "between, it is the verb and its 'that' a relative clause, no match "
                                        "('views that have been provided that let you', user36)"),
        "use_as_a_noun": Option([], "suggestions, with no fix, where the term stands for a noun of its own "
                                    "('Notwithstanding the above,', 'the above is': 'this', 'these'), as told "
                                    "by `noun_before`", kind="strings"),
        "noun_before": Option(None, "the words (verbs, prepositions, conjunctions) that, right after the term, "
                                    "make it a noun of its own, as a mark or the end does ('the above is', 'the "
                                    "above in'); there `use_as_a_noun` replaces `use`, term syntax", kind="term"),
        "as_written": Option(False, "the term's words in capitals match only in capitals: 'PIN number', "
                                    "never a board's 'pin numbers' (trial8)"),
        "at_opening": Option(None, "'never': the term opening its sentence or unit (or after a short label's colon "
                                   "or dash) is no match: there it has no subject ('Allows you to import a package' in "
                                   "a table cell describes a control); 'only': it matches only there ('In case you "
                                   "need ...' opens a condition: 'If'; mid-sentence 'in case' is a precaution)",
                             kind="string", choices=("never", "only")),
    }
    summary = "Complex words and wordy phrases that have a plain alternative"
    rationale = (
        "Customers read help content while something is going wrong, often in a second language "
        "and often on a phone. Formal words such as 'utilize', 'commence' or 'prior to' make them "
        "work harder for no gain in meaning, and wordy phrases ('in order to', 'in the event that') "
        "add length without adding information. Plain words are read faster and translate better."
    )
    bad = (
        "Please utilize the export button prior to upgrading.",
        "In order to reset your password, open Settings.",
    )
    good = (
        "Please use the export button before upgrading.",
        "To reset your password, open Settings.",
    )
    fix_safety = (
        "Safe where the entry's meaning is preserved word for word ('utilize' -> 'use', 'prior to' -> "
        "'before', 'in order to' -> 'to'), keeping inflection and capitals. Unsafe where the swap needs "
        "a read ('initiate' -> 'start', 'have the ability to' -> 'can'); other entries only suggest."
    )

    def keep(self, doc, hit, entry) -> bool:
        if not super().keep(doc, hit, entry):
            return False
        text = hit.segment.text
        if _so_as_to(text, hit.start, hit.end) or names_in_code(doc, text[hit.start:hit.end]) \
                or _an_enumeration_value(text, hit.start, hit.end):
            return False
        if entry.fields.get("as_written") and not _capitals_as_written(text[hit.start:hit.end], entry.term):
            return False
        at_opening = entry.fields.get("at_opening")
        if at_opening and (at_opening == "only") != (position_in_sentence(text, hit.start) != MID_SENTENCE
                                                      or _after_a_dashed_label(text, hit.start)):
            return False
        if entry.fields.get("noun_first") and noun_reading(text, hit.start, _inflected(text, hit, entry)) == NOUN:
            return False
        if entry.fields.get("noun_too") and _reads_as_the_noun(hit, entry) \
                or noun_after(text, hit, entry.fields.get("noun_after")):
            return False
        if entry.fields.get("participle_too") and after_be_or_have(text, hit.start):
            return False
        if adjective_before(text, hit, entry.fields.get("adjective_before")) \
                or adjective_after(text, hit, entry.fields.get("adjective_after")) \
                or (entry.fields.get("adjective_before_a_noun") and adjective_by_position(text, hit)):
            return False
        if entry.fields.get("not_by_a_name") and _BY_A_NAME.match(text, hit.end) \
                and _in_a_passive(text, hit.start, hit.end):
            return False
        if _by_another_sense(text, hit, entry.fields.get("passive_by_only")) \
                or _object_of_another_sense(text, hit, entry.fields.get("person_object")):
            return False
        if not text[hit.start:hit.start + 1].isupper():
            return True
        if _alone_in_its_unit(text, hit):
            return False
        if position_in_sentence(text, hit.start) != MID_SENTENCE:
            # A line after `<br>` or a hard break opens with the writer's capital, or with a name: a
            # linked page's title ('Purchasing overview' in a list of links) or a bold label on screen.
            return not after_a_line_break(text, hit.start) or not names_a_page_or_control(doc, hit)
        return _CONTROL_BEFORE.search(text, max(0, hit.start - 60), hit.start) is None \
            and not names_a_page_or_control(doc, hit)

    def hit_for(self, segment, match, doc):
        """In a passive with 'by', the entry's `use_when_passive` words replace its suggestions; where
        the term stands as a noun, its `use_as_a_noun` words do (no fix: which one fits needs a read);
        where its -ing form is an adjective before a noun, none do, and `note_before_a_noun` says how."""
        hit = super().hit_for(segment, match, doc)
        passive = match.entry.fields.get("use_when_passive")
        if passive and _passive_with_by(segment.text, match.start, match.end):
            flagged = " ".join(match.text.split())
            hit.message, hit.suggestions = self.describe(doc, flagged, match.entry, list(passive))
            hit.rewrite = None
        elif match.entry.fields.get("use_as_a_noun") \
                and stands_as_a_noun(segment.text, match, match.entry.fields.get("noun_before")):
            position = position_in_sentence(segment.text, match.start)
            hit.message, hit.suggestions = self.describe(
                doc, " ".join(match.text.split()), match.entry,
                [match_case(match.text, use, position) for use in match.entry.fields["use_as_a_noun"]])
            hit.rewrite = None
        elif match.entry.fields.get("note_before_a_noun") and ing_adjective_by_position(segment.text, match):
            note = match.entry.fields["note_before_a_noun"]
            hit.message, hit.suggestions = self.describe(doc, " ".join(match.text.split()),
                                                         dataclasses.replace(match.entry, note=note), [])
            hit.rewrite = None
        elif match.entry.fields.get("passive") == "active" and _in_a_passive(segment.text, match.start, match.end):
            flagged = " ".join(match.text.split())
            position = position_in_sentence(segment.text, match.start)
            hit.message, hit.suggestions = self.describe(
                doc, flagged, dataclasses.replace(match.entry, note=_ACTIVE_NOTE),
                [match_case(match.text, use, position) for use in match.entry.use])
            hit.rewrite = None
        elif match.entry.fields.get("noun_first") and hit.rewrite is not None \
                and hit.rewrite.applicability == Applicability.SAFE \
                and noun_reading(segment.text, match.start, _inflected(segment.text, hit, match.entry)) == EITHER:
            hit.rewrite = dataclasses.replace(hit.rewrite, applicability=Applicability.UNSAFE)
        return hit

    def message(self, flagged, entry, suggestions):
        advice = f"use '{suggestions[0]}'" if len(suggestions) == 1 else (
            "use " + ", ".join(f"'{s}'" for s in suggestions[:3]) if suggestions else "say it plainly")
        note = f" ({entry.note})" if entry.note else ""
        return f"'{flagged}' is harder to read than it needs to be: {advice}{note}"
