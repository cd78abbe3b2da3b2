"""Whether a regular -ed word is a past participle or a simple past, from the words around it.

'obtained' is both; its plain replacement 'get' is not ('gotten', 'got'). A word list that swaps
one for the other must know which the sentence needs: "can be obtained" -> "can be gotten", "we
obtained" -> "we got" (session 30, user30 item 4). Only what the nearest words settle is read
here; anything else is None, and the caller offers no fix that depends on it.
"""

from __future__ import annotations

import re

PAST, PARTICIPLE = "past", "participle"  # the values of linting.inflect.PAST and PARTICIPLE
# A participle before a noun ("the observed data", "a list of designated admins"): the participle
# is right, but an irregular one there often is not English ("the seen data").
ADJECTIVE = "adjective"

# Words that may stand between an auxiliary (or a subject) and the verb: "is then obtained",
# "has already been observed", "is best accomplished", "we then observed".
# ("apply", "family" end in -ly too, and are no adverb)
_ADVERB = r"(?:(?!(?i:apply|supply|reply|multiply|rely|family|italy|july|assembly|anomaly|fly)\b)[\w'’-]+ly|" \
          r"(?i:not|never|also|already|just|still|then|often|now|first|best|well|only|even|thus|therefore|" \
          r"further|usually|all|both))"
_BETWEEN = rf"(?:\s+{_ADVERB})*\s+"

# A form of be, have or get before the word ("can be obtained", "has been observed", "isn't
# obtained", "you've observed", "that's denoted"): a passive or a perfect. 's is "is", "has" or
# a possessive ("the user's designated admin"), and each takes the participle.
# Be and get make a passive, have a perfect ("have obtained" -> "have gotten" is plain English,
# "is obtained" -> "is gotten" is not: user32, user33).
_PASSIVE_AUXILIARY = r"(?i:is|are|was|were|be|been|being|am|get|gets|got|gotten|getting|" \
                     r"isn['’]t|aren['’]t|wasn['’]t|weren['’]t)"
_PERFECT_AUXILIARY = r"(?i:have|has|had|having|haven['’]t|hasn['’]t|hadn['’]t)"
_BE_CONTRACTION = r"['’](?i:re|m)"
_HAVE_CONTRACTION = r"['’](?i:ve|d)"
# "as demonstrated above", "once obtained", "when acquired from the store": a subordinator with no
# subject after it ("such as" introduces examples: "such as fastest, observed, or predictive").
_SUBORDINATOR = r"(?i:as|once|when|whenever|if|unless|until|where|wherever|though|although|while|than)"
_PARTICIPLE_BEFORE = re.compile(
    rf"(?:(?<![\w'’-]){_PASSIVE_AUXILIARY}|(?<![\w'’-])(?P<perfect>{_PERFECT_AUXILIARY})|\w{_BE_CONTRACTION}"
    rf"|\w(?P<s>['’](?i:s))|\w(?P<contracted_have>{_HAVE_CONTRACTION})"
    rf"|(?<![\w'’-])(?<!(?i:such)\s){_SUBORDINATOR}){_BETWEEN}\Z")
# A form of be or have right before the word, adverbs allowed between ("have been provided", "are
# already provided", "you've provided"): the word is a verb's participle, never a conjunction such
# as 'provided (that)' (user36). 's is left out: it may be a possessive.
_BE_OR_HAVE_BEFORE = re.compile(
    rf"(?:(?<![\w'’-])(?:{_PASSIVE_AUXILIARY}|{_PERFECT_AUXILIARY})|\w{_BE_CONTRACTION}|\w{_HAVE_CONTRACTION})"
    rf"{_BETWEEN}\Z")
# "the designated admin", "a list of observed values": an article, a possessive or a preposition,
# after which no finite verb stands.
_MODIFIER = r"(?i:the|a|an|any|your|our|their|its|his|her|my|each|every|no|these|those|of|to|for|with|from|" \
            r"in|on|at|into|without|via|per)"
_ADJECTIVE_BEFORE = re.compile(rf"(?<![\w'’-]){_MODIFIER}{_BETWEEN}\Z")

# A subject pronoun before the word ("we observed", "who encountered", "you then acquired"): a
# finite verb, the simple past.
_SUBJECT_BEFORE = re.compile(rf"(?<![\w'’-])(?i:I|we|you|they|he|she|it|who|which|that|nobody|somebody|someone|"
                             rf"everybody|everyone|anyone){_BETWEEN}\Z")
# An object right after the word ("MSAL encountered an error", "users acquired it", "this article
# demonstrated how to", "the tests demonstrated that"): no passive takes one, so the word is the
# simple past, even after a quantifier ("reporters each demonstrated a flaw").
OBJECT_AFTER = re.compile(r"\s+(?i:the|a|an|this|these|those|it|them|us|me|him|some|any|every|each|"
                           r"your|our|their|its|his|her|my|how|that)(?![\w'’-])")
# "denoted by brackets", "accompanied by a button": the agent of a passive.
_BY_AFTER = re.compile(r"\s+(?i:by)(?![\w'’-])")

# A participle before it in a list ("is found, tested and successfully demonstrated", "was
# discussed and demonstrated"): the word takes the form of the one before, when that one is read as
# a participle itself (its own auxiliary).
_CONJUNCT_BEFORE = re.compile(rf"(?<![\w'’-])(?P<word>[A-Za-z]+)(?:\s*,\s*(?:(?i:and|or)\s+)?|\s+(?i:and|or)\s+)"
                              rf"(?:{_ADVERB}\s+)*\Z")

_REACH = 60  # characters looked at before the word


def after_be_or_have(text: str, start: int) -> bool:
    """Whether a form of be or have (and adverbs) stands right before text[start:]."""
    return _BE_OR_HAVE_BEFORE.search(text, max(0, start - _REACH), start) is not None


def ed_form(text: str, start: int, end: int, depth: int = 3, intransitive: bool = False) -> str | None:
    """PARTICIPLE, ADJECTIVE or PAST for the -ed word at text[start:end], or None when its
    neighbours do not say. Participle cues come first: a subject pronoun never stands between
    them and the word. An `intransitive` verb ('participate') has no passive: after no auxiliary
    it is the simple past ("which members participated", "were trained and participated")."""
    return _reading(text, start, end, depth, intransitive)[0]


def in_a_passive(text: str, start: int, end: int) -> bool:
    """Whether the -ed word at text[start:end] is the participle of a passive: after a form of be
    or get ("is then obtained", "they're obtained", "isn't obtained"), a subordinator ("once
    obtained"), before the agent's 'by' ("credentials obtained by assuming the role": a reduced
    passive) or in a list of passives. After have it is a perfect ("you've obtained"), and 's
    before an object is has ("she's obtained a copy"). Told by the cues ed_form reads, so the two
    never disagree about the participle (user33)."""
    form, passive = _reading(text, start, end, 3, False)
    return form == PARTICIPLE and passive


def _reading(text: str, start: int, end: int, depth: int, intransitive: bool) -> tuple[str | None, bool]:
    """(ed_form's answer, whether a participle found is passive)."""
    before = max(0, start - _REACH)
    cue = _PARTICIPLE_BEFORE.search(text, before, start)
    if cue:
        perfect = cue.group("perfect") or cue.group("contracted_have") or \
            (cue.group("s") and OBJECT_AFTER.match(text, end))
        return PARTICIPLE, not perfect
    if intransitive:
        return PAST, False
    if OBJECT_AFTER.match(text, end):
        return PAST, False
    if _ADJECTIVE_BEFORE.search(text, before, start):
        return ADJECTIVE, False
    if _SUBJECT_BEFORE.search(text, before, start):
        return PAST, False
    if _BY_AFTER.match(text, end):
        return PARTICIPLE, True
    conjunct = _CONJUNCT_BEFORE.search(text, max(0, start - _REACH), start) if depth else None
    if conjunct is None:
        return None, False
    form, passive = _reading(text, conjunct.start("word"), conjunct.end("word"), depth - 1, False)
    return (PARTICIPLE, passive) if form == PARTICIPLE else (None, False)
