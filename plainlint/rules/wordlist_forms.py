"""The verb form a word list's replacement takes where the flagged word's spelling does not say."""

from __future__ import annotations

import dataclasses
import functools

from ..linting import wordlists
from ..linting.inflect import PARTICIPLE, PAST, inflect_phrase
from ..nlp.participles import ADJECTIVE, ed_form


def verb_form_in_context(text: str, match: wordlists.Match) -> tuple[wordlists.Match, bool]:
    """The match with the verb form its sentence needs, and whether that form is known.

    A regular verb's -ed form is its simple past and its past participle ('obtained'); the
    matcher calls it the past. Where the neighbours say it is a participle ("can be obtained",
    "as demonstrated", "denoted by"), the replacement takes its participle ('gotten', 'shown');
    where they say nothing, the form is not known and a fix that depends on it is not offered.
    Before a noun ("the designated admin") the participle is suggested but not fixed: an
    irregular one there is often no English ("the seen data")."""
    entry = match.entry
    if not entry.verb or match.form not in (PAST, PARTICIPLE):
        return match, True
    if wordlists.normalise(match.text) not in _past_and_participle(entry.term):
        return match, True  # 'took into account', 'taken into account': the spelling says
    head_end = match.start + len(match.text.split()[0])
    form = ed_form(text, match.start, head_end, intransitive=bool(entry.fields.get("intransitive")))
    if form is None:
        return match, False
    if form == ADJECTIVE:  # "the observed data": 'seen' is right but no fix ("the seen data")
        return dataclasses.replace(match, form=PARTICIPLE), False
    return dataclasses.replace(match, form=form), True


@functools.lru_cache(maxsize=None)
def _past_and_participle(term: str) -> frozenset[str]:
    """The -ed spellings of an entry's term that are both its simple past and its past participle
    ('obtained'), worked out once per term rather than for each finding."""
    forms = set()
    for spelling in wordlists.expand(term):
        past = inflect_phrase(spelling, PAST)
        if past == inflect_phrase(spelling, PARTICIPLE):
            forms.add(past)
    return frozenset(forms)


def forms_differ(use: str) -> bool:
    """Whether a replacement's simple past and past participle differ ('showed', 'shown')."""
    return inflect_phrase(use, PAST) != inflect_phrase(use, PARTICIPLE)
