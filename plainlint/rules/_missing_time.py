"""vague-timeline's missing-time check (issue 31, replies only): a promise to update or reply
with no time at all, and an incident note with no time for the next update. Data in
rulesets/vague-timeline.yaml (`missing_time_promises`, `incident_notes`, `incident_words`,
`times`). Not a rule module: vague_timeline.py calls it."""

from __future__ import annotations

import functools
import re

from ..linting.ruleset_data import load_ruleset_file
from ..reading.document import Document
from ..reading.fill_ins import as_written
from ..reading.kinds import REPLY
from ._replies import phrases, whole_replies_holding, trimmed
from ._run_in_headings import in_a_run_in_heading
from .base import Hit

_UPDATE = r"(?i)updat|post|let you know|be in touch|check back|report"
_CHEAP = re.compile(r"(?i)will|'ll|’ll|shall|going to|follow|investigat|looking into|aware|working|monitoring|identified")


@functools.lru_cache(maxsize=1)
def missing_time_data() -> dict:
    raw = load_ruleset_file("vague-timeline")
    words = "|".join(re.escape(str(w)).replace("'", "['’]") for w in raw["incident_words"])
    return {"promises": phrases(raw["missing_time_promises"]), "incidents": phrases(raw["incident_notes"]),
            "incident_words": re.compile(rf"(?i)(?<![\w’']){words}(?![\w’'])"), "times": phrases(raw["times"]),
            "customer_events": phrases(raw["customer_events"]), "own_conditions": phrases(raw["own_conditions"])}


def missing_time_hits(doc: Document, reported: list[Hit]):
    """Hits for promises and incident notes with no time, in replies; a sentence holding one of
    `reported` (a vague phrase) is left alone, and so is a promise tied to an event of the
    customer's own (`customer_events`: "as soon as your items have shipped") or on a condition of
    our own side (`own_conditions`: "if we need anything else")."""
    replies = whole_replies_holding(doc, _CHEAP) if doc.kind == REPLY else []
    if not replies:
        return
    data = missing_time_data()
    vague = _sentences_holding(doc, reported)
    source = doc.source.text  # a fill-in for the time ("by [date]") is a placeholder in the prose
    for reply in replies:
        # Two passes over the reply's sentences, which are made anew on each (issue 24: a list
        # of all of them was the largest thing a 10 MB table held while the rules ran); the
        # first keeps one byte per sentence.
        has_time, update_time, incident_reply = bytearray(), False, False
        for s in reply.sentences:
            if s.quoted:
                continue
            timed = data["times"].search(as_written(s.segment, s.start, s.end, source)) is not None
            has_time.append(timed)
            update_time = update_time or (timed and re.search(_UPDATE, s.text) is not None)
            incident_reply = incident_reply or data["incident_words"].search(s.text) is not None
        index = -1
        for sentence in reply.sentences:
            if sentence.quoted:
                continue
            index += 1
            if (sentence.segment.key, sentence.start) in vague:
                continue
            if sentence.text.rstrip().rstrip("\"'”’)]").endswith("?"):
                continue
            timed = has_time[index] or (index + 1 < len(has_time) and has_time[index + 1])
            promise = data["promises"].search(sentence.text)
            if promise is not None and not timed \
                    and not data["customer_events"].search(sentence.text) \
                    and not data["own_conditions"].search(sentence.text):  # before it too: "Once your refund ..., we'll"
                yield _hit(sentence, promise, "a promise to update or reply with no time: say when ('by 3 pm today', "
                           "'within 2 business days'), even if it is only the time of the next update")
                continue
            incident = data["incidents"].search(sentence.text)
            if incident is not None and _in_a_label(sentence, incident, source):
                incident = None  # "**We're Monitoring**:" names the part below it (user33, fix34)
            if incident is not None and incident_reply and not update_time and not timed:
                yield _hit(sentence, incident, "an incident note with no time for the next update: add one "
                           "('Next update at 14:00 UTC')")
                update_time = True  # one per reply: the next note would say the same


def _sentences_holding(doc: Document, hits: list[Hit]) -> set[tuple[int, int]]:
    """(segment key, sentence start) of each sentence holding a hit."""
    from bisect import bisect_right

    from ..nlp.sentences import sentences_of

    held, starts_of = set(), {}
    for hit in hits:
        if hit.segment is None:
            continue
        sentences = sentences_of(doc, hit.segment)
        starts = starts_of.setdefault(hit.segment.key, [s.start for s in sentences])
        position = bisect_right(starts, hit.start) - 1
        if position >= 0:
            held.add((hit.segment.key, sentences[position].start))
    return held


def _in_a_label(sentence, match, source: str) -> bool:
    """Whether the match lies in a run-in heading's bold phrase."""
    span = sentence.segment.to_source(sentence.start + match.start(), sentence.start + match.end())
    return in_a_run_in_heading(source, span.start, span.end)


def _hit(sentence, match, advice: str) -> Hit:
    start, end = trimmed(sentence.segment, sentence.start + match.start(), sentence.start + match.end())
    return Hit(start, end, f"'{' '.join(sentence.segment.text[start:end].split())}': {advice}", sentence.segment)
