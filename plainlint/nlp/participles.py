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
_AUXILIARY = r"(?i:is|are|was|were|be|been|being|am|have|has|had|having|get|gets|got|gotten|getting|" \
             r"isn['’]t|aren['’]t|wasn['’]t|weren['’]t|haven['’]t|hasn['’]t|hadn['’]t)"
_CONTRACTION = r"['’](?i:s|re|m|ve|d)"
# "as demonstrated above", "once obtained", "when acquired from the store": a subordinator with no
# subject after it ("such as" introduces examples: "such as fastest, observed, or predictive").
_SUBORDINATOR = r"(?i:as|once|when|whenever|if|unless|until|where|wherever|though|although|while|than)"
_PARTICIPLE_BEFORE = re.compile(
    rf"(?:(?<![\w'’-]){_AUXILIARY}|\w{_CONTRACTION}|(?<![\w'’-])(?<!(?i:such)\s){_SUBORDINATOR}){_BETWEEN}\Z")
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
_OBJECT_AFTER = re.compile(r"\s+(?i:the|a|an|this|these|those|it|them|us|me|him|some|any|every|each|"
                           r"your|our|their|its|his|her|my|how|that)(?![\w'’-])")
# "denoted by brackets", "accompanied by a button": the agent of a passive.
_BY_AFTER = re.compile(r"\s+(?i:by)(?![\w'’-])")

# A participle before it in a list ("is found, tested and successfully demonstrated", "was
# discussed and demonstrated"): the word takes the form of the one before, when that one is read as
# a participle itself (its own auxiliary).
_CONJUNCT_BEFORE = re.compile(rf"(?<![\w'’-])(?P<word>[A-Za-z]+)(?:\s*,\s*(?:(?i:and|or)\s+)?|\s+(?i:and|or)\s+)"
                              rf"(?:{_ADVERB}\s+)*\Z")

_REACH = 60  # characters looked at before the word


def ed_form(text: str, start: int, end: int, depth: int = 3, intransitive: bool = False) -> str | None:
    """PARTICIPLE, ADJECTIVE or PAST for the -ed word at text[start:end], or None when its
    neighbours do not say. Participle cues come first: a subject pronoun never stands between
    them and the word. An `intransitive` verb ('participate') has no passive: after no auxiliary
    it is the simple past ("which members participated", "were trained and participated")."""
    before = max(0, start - _REACH)
    if _PARTICIPLE_BEFORE.search(text, before, start):
        return PARTICIPLE
    if intransitive:
        return PAST
    if _OBJECT_AFTER.match(text, end):
        return PAST
    if _ADJECTIVE_BEFORE.search(text, before, start):
        return ADJECTIVE
    if _SUBJECT_BEFORE.search(text, before, start):
        return PAST
    if _BY_AFTER.match(text, end) or _after_a_participle(text, start, depth):
        return PARTICIPLE
    return None


def _after_a_participle(text: str, start: int, depth: int) -> bool:
    """Whether the word follows a participle in a list ("is tested and [demonstrated]")."""
    conjunct = _CONJUNCT_BEFORE.search(text, max(0, start - _REACH), start) if depth else None
    return conjunct is not None and \
        ed_form(text, conjunct.start("word"), conjunct.end("word"), depth - 1) == PARTICIPLE
