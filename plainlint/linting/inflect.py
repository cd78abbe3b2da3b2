"""English verb inflection for word lists: utilize -> utilizes, utilized, utilizing."""

from __future__ import annotations

import functools
import re

BASE, THIRD, PAST, PARTICIPLE, ING = "base", "third", "past", "participle", "ing"
FORMS = (BASE, THIRD, PAST, PARTICIPLE, ING)
_VOWELS = "aeiou"


@functools.lru_cache(maxsize=1)
def irregular_verbs() -> dict[str, tuple[str, str]]:
    """base -> (past, participle) from rulesets/irregular-verbs.yaml."""
    from .ruleset_data import load_ruleset_file

    data = load_ruleset_file("irregular-verbs")
    table = {}
    for line in data["verbs"]:
        base, past, participle = (part.strip() for part in line.split(","))
        table[base] = (past.split("/")[0], participle.split("/")[0])
    return table


def _doubles(word: str) -> bool:
    """stop -> stopped: short consonant-vowel-consonant endings double their last letter."""
    return (
        len(word) <= 4
        and len(word) >= 3
        and word[-1] not in _VOWELS + "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    )


def inflect(verb: str, form: str) -> str:
    """`verb` (its base form) in `form`, one of FORMS: irregular verbs from the ruleset, the
    others by English spelling rules (-es, -ies, a doubled last consonant, a dropped -e)."""
    if form == BASE:
        return verb
    irregular = irregular_verbs().get(verb)
    if form == THIRD:
        if verb in ("be",):
            return "is"
        if verb in ("have",):
            return "has"
        if verb.endswith(("s", "x", "z", "ch", "sh", "o")) and not verb.endswith("oo"):
            return verb + "es"
        if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
            return verb[:-1] + "ies"
        return verb + "s"
    if form in (PAST, PARTICIPLE):
        if irregular:
            return irregular[0] if form == PAST else irregular[1]
        if verb.endswith("e"):
            return verb + "d"
        if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
            return verb[:-1] + "ied"
        if _doubles(verb):
            return verb + verb[-1] + "ed"
        return verb + "ed"
    if form == ING:
        if verb.endswith("ie"):
            return verb[:-2] + "ying"
        if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
            return verb[:-1] + "ing"
        if _doubles(verb):
            return verb + verb[-1] + "ing"
        return verb + "ing"
    raise ValueError(form)


def inflect_phrase(phrase: str, form: str) -> str:
    """Inflect the first word of a phrase ("reach out" -> "reached out")."""
    head, _, rest = phrase.partition(" ")
    inflected = inflect(head, form)
    return f"{inflected} {rest}" if rest else inflected


def match_case(original: str, replacement: str, position: str = "unit-start") -> str:
    """`replacement` with the capitals its place calls for (positions: nlp.sentences).

    ALL-CAPS text stays ALL CAPS. Otherwise the first letter follows the position in the
    sentence: a capital after a sentence end ('Thanks. We apologize' -> 'Thanks. Sorry'); the
    writer's own capital at the start of a unit (a list item written in lower case stays so);
    inside a sentence, lower case ('Hi Sam, we apologize' -> 'Hi Sam, sorry'), unless the
    original had a capital that is not just the pronoun 'I' (Title Case headings keep theirs).
    A replacement that opens with 'I' or a name ('iOS', 'FAQ', 'Friday') keeps its capital.
    """
    if not replacement or not original:
        return replacement
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if capital_here(original, position):
        return replacement[0].upper() + replacement[1:]
    if keeps_its_capital(replacement.split(" ", 1)[0]):
        return replacement
    return replacement[0].lower() + replacement[1:]


def capital_here(original: str, position: str) -> bool:
    """Whether a word standing where `original` starts takes a capital (see match_case)."""
    if position == "sentence-start":
        return True
    if position == "unit-start":
        return original[:1].isupper()
    return original[:1].isupper() and not starts_with_pronoun_i(original)


_PRONOUN_I = re.compile(r"I(?:['’](?:m|ll|ve|d))?(?![\w'’])")
_WEEKDAYS_AND_MONTHS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "april", "june", "july", "august", "september", "october",
    "november", "december",
}


def ends_in_inflection_s(word: str) -> bool:
    """Whether a lower-case word ends in an -s that may be an inflection (a plural, 'users', or a
    verb's third person, 'reads'), not the s of its stem ('access', 'focus', 'this')."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def starts_with_pronoun_i(text: str) -> bool:
    return bool(_PRONOUN_I.match(text))


def keeps_its_capital(word: str) -> bool:
    """'I', 'I'm', acronyms and names with inner capitals ('FAQ', 'iOS', 'GitHub'), and the names
    of days and months ('May' and 'March' left out: as verbs they open sentences): capitalised
    wherever they stand."""
    if starts_with_pronoun_i(word):
        return True
    letters = word.strip(".,;:!?\"'“”‘’()")
    if any(c.isupper() for c in letters[1:]):
        return True
    return letters[:1].isupper() and letters.lower() in _WEEKDAYS_AND_MONTHS
