"""vague-timeline (PL205): promises with no time."""

from __future__ import annotations

import bisect
import functools
import re

from ..linting.ruleset_data import load_ruleset_file
from .base import Option
from .wordlist import WordListRule
from ..enums import Category
from .tone_context import next_word, sentence_of
from ._missing_time import missing_time_hits


class VagueTimeline(WordListRule):
    code = "PL205"
    name = "vague-timeline"
    category = Category.TONE
    ruleset = "vague-timeline"
    entry_fields = {"not_before": Option([], "words that make it a description, not a promise ('shortly after')")}
    summary = "Promises with no time ('shortly', 'as soon as possible', 'in due course')"
    rationale = (
        "'We will get back to you shortly' means an hour to one customer and a week to another, so "
        "both write again to ask. A concrete checkpoint ('within 2 business days', 'by Friday', "
        "'we will update you at 3 pm even if it is not fixed') sets the expectation once and can be "
        "kept. Where the time is unknown, promise the next update instead of the outcome. In "
        "replies, a promise to update or reply with no time at all ('We'll keep you posted') and an "
        "incident note with no time for the next update ('We are investigating reports of failed "
        "logins.') are reported too."
    )
    bad = (
        "We will get back to you shortly.",
        "Our team will fix this as soon as possible.",
        "You will hear from us in due course.",
    )
    good = (
        "We will reply within 2 business days.",
        "We will update you by 3 pm on Friday, even if the fix is not ready.",
        "Shortly after you sign in, the dashboard loads.",
    )
    fix_safety = "No automatic fix: only the writer knows the real time."

    def check(self, doc, options):
        """The vague phrases, then (replies only, issue 31) promises and incident notes with no
        time at all."""
        reported = list(super().check(doc, options))
        yield from reported
        yield from missing_time_hits(doc, reported)

    def keep(self, doc, hit, entry):
        """A promise, not a description: not 'shortly after', and a future or intent in the sentence."""
        if not super().keep(doc, hit, entry):  # unless_after / unless_before
            return False
        if next_word(hit) in entry.fields["not_before"]:
            return False
        if _in_condition(doc, hit):
            return False
        sentence = sentence_of(doc, hit)
        # asked once a sentence, not once a phrase (lin27)
        return doc.cached_for("vague_timeline_promises", sentence, lambda: _promises(sentence))

    def suggestions_for(self, match, position=None):
        return list(match.entry.use)

    def message(self, flagged, entry, suggestions):
        if suggestions:
            advice = "give a checkpoint such as " + " or ".join(f"'{s}'" for s in suggestions[:2])
        else:
            advice = entry.note or "give a concrete time"
        return f"'{flagged}' promises no time: {advice}"


_SENTENCE_WORDS = re.compile(r"[\w'’]+")
# The clause the phrase sits in opens with "if", "unless" or "whether": a condition ("If your messages
# are opened in a timely manner, ..."), not a promise, even when the main clause says "will".
_CONDITION_START = re.compile(r"\s*(?:if|unless|whether|even if)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[.,;:!?()\n—–]")


def _promises(sentence: str) -> bool:
    """A future or intent in the sentence: a promise marker, a "'ll" or an offer to act."""
    words = {w.lower().replace("’", "'") for w in _SENTENCE_WORDS.findall(sentence)}
    return bool(words & promise_markers()) or any(w.endswith("'ll") for w in words) \
        or promise_opener().search(sentence) is not None


def _in_condition(doc, hit) -> bool:
    """The phrase is inside an if/unless/whether clause: the one opening after the last clause break
    before it. The breaks of a segment are found once (lin27: each phrase read the whole segment
    before it, the square of a long paragraph's phrases)."""
    ends = doc.cached_for("vague_timeline_clause_breaks", hit.segment.key,
                          lambda: [m.end() for m in _CLAUSE_BREAK.finditer(hit.segment.text)])
    at = bisect.bisect_right(ends, hit.start)
    return _CONDITION_START.match(hit.segment.text, ends[at - 1] if at else 0, hit.start) is not None


@functools.lru_cache(maxsize=1)
def promise_markers() -> set[str]:
    return {str(w).lower() for w in load_ruleset_file("vague-timeline")["promise_markers"]}


@functools.lru_cache(maxsize=1)
def promise_opener() -> re.Pattern:
    """An offer to act ('Let me check ...'), not a request ('Let me know ...')."""
    data = load_ruleset_file("vague-timeline")
    openers = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in data["promise_openers"])
    unless = "|".join(re.escape(w) for w in data["not_after_opener"])
    return re.compile(rf"\b(?:{openers})\s+(?!(?:{unless})\b)[a-z]", re.I)
