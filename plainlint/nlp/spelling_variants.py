"""American and British spellings for the spelling dictionary (plainlint/nlp/spelling.py): the
frequency list holds 'analyse', 'cancelled', 'catalogue', 'enrolment' but not always their
American forms, which follow SCOWL's regular variant correspondences. Split from
plainlint/nlp/spelling.py."""

from __future__ import annotations

import re

# The regular British -> American correspondences (SCOWL's variant lists follow them): the
# frequency list holds 'analyse', 'cancelled', 'catalogue', 'enrolment' but not always their
# American forms. Words that only look like these endings are left out.
_ISE_NOT_VERBS = ("wise", "rise", "cise", "mise", "vise", "guise", "noise", "poise", "raise", "cruise",
                  "bruise", "chaise", "franchise", "merchandise", "paradise", "treatise",
                  "expertise", "reprise", "demise", "valise", "porpoise", "tortoise", "turquoise")
_OUR_NOT_VARIANTS = {"four", "hour", "your", "tour", "pour", "sour", "flour", "devour", "contour",
                     "amour", "detour", "paramour", "troubadour", "scour", "dour", "velour", "glamour"}
_ISE = re.compile(r"(.{3,})is(e|ed|es|ing|er|ers|ation|ations|ational)$")
_YSE = re.compile(r"(.{2,})ys(e|ed|es|ing|er|ers)$")
_OUR = re.compile(r"(.{2,}our)(s|ed|ing|ite|ites|able|ably|less|er|ers|ful|fully|ist|ists|al|ally)?$")
_TRE = re.compile(r"(.{2,}[tb])re(s|d)?$")
_LLED = re.compile(r"(.{2,}[ae]l)l(ed|ing|er|ers)$")
_LMENT = re.compile(r"(.{2,}l)ment(s)?$")
_LOGUE = re.compile(r"(.+log)ue(s)?$")


def american_forms(word: str) -> list[str]:
    """American spellings of a British form ('analyse' -> 'analyze', 'cancelled' -> 'canceled',
    'theatre' -> 'theater')."""
    forms = []
    if (m := _ISE.match(word)) and not (m.group(1) + "ise").endswith(_ISE_NOT_VERBS):
        forms.append(f"{m.group(1)}iz{m.group(2)}")
    if m := _YSE.match(word):
        forms.append(f"{m.group(1)}yz{m.group(2)}")
    if (m := _OUR.match(word)) and m.group(1) not in _OUR_NOT_VARIANTS and not m.group(1).endswith(tuple(_OUR_NOT_VARIANTS)):
        forms.append(m.group(1)[:-2] + "r" + (m.group(2) or ""))
    if m := _LLED.match(word):
        forms.append(m.group(1) + m.group(2))
    if m := _LMENT.match(word):
        forms.append(f"{m.group(1)}lment{m.group(2) or ''}")
    if m := _TRE.match(word):
        forms.append(m.group(1) + "er" + {"d": "ed", "s": "s"}.get(m.group(2) or "", ""))
    if m := _LOGUE.match(word):
        forms.append(m.group(1) + (m.group(2) or ""))
    return forms


# Each pattern finds the one place of the change: the letters before it in a look-behind, the
# ending after it in a look-ahead to the end. As `(.{3,})iz(e|...)$` with `\1is\2`, the form
# they were written in, they changed the same letters of the same words (no ending holds its
# pattern's letters again, so the place is unique), but `sub` tried the greedy group from every
# offset of a word without the ending: O(n^2) per word, and the slip and suggestion searches ask
# thousands of words (issue 24; tests/rules/test_spelling_variants_speed31.py).
_AMERICAN = (
    (re.compile(r"(?<=.{3})iz(?=(?:e|ed|es|ing|er|ers|ation|ations|ational)$)"), "is"),
    (re.compile(r"(?<=.{2})yz(?=(?:e|ed|es|ing|er|ers)$)"), "ys"),
    (re.compile(r"(?<=.{2})or(?=(?:s|ed|ing|ite|ites|able|ably|less|er|ers|ful|fully|ist|ists|al|ally)?$)"), "our"),
    (re.compile(r"(?<=.{2}[ae]l)(?=(?:ed|ing|er|ers)$)"), "l"),
    (re.compile(r"(?<=.{2}l)l(?=ments?$)"), ""),
    (re.compile(r"(?<=.{2}[tb])er(?=(?:s|ed)?$)"), "re"),
    (re.compile(r"(?<=.log)(?=s?$)"), "ue"),
)


# Any ending an American form in _AMERICAN has: one search instead of seven substitutions.
AMERICAN_ENDING = re.compile(r"(?:iz(?:e|ed|es|ing|ers?|ations?|ational)|yz(?:e|ed|es|ing|ers?)"
                             r"|or(?:s|ed|ing|ites?|abl[ey]|less|ers?|ful(?:ly)?|ists?|al(?:ly)?)?"
                             r"|[ae]l(?:ed|ing|ers?)|llments?|[tb]er(?:s|ed)?|logs?)$")


def british_forms(word: str) -> list[str]:
    """The British spellings an American form may come from ('canceled' -> 'cancelled'): what
    `american_forms` undoes. Candidates only: Dictionary.count keeps those that map back."""
    forms = []
    for pattern, replacement in _AMERICAN:
        british = pattern.sub(replacement, word)
        if british != word:
            forms.append(british.replace("reed", "red"))  # 'centered' -> 'centred'
    return forms
