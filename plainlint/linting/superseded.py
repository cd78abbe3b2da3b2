"""One problem, one finding: what the engine drops after the rules have run, when two findings
ask for the same edit (one that another rule's finding on the same words says more about; a
paragraph that is one sentence sentence-length already reports)."""

from __future__ import annotations

from bisect import bisect_right

from ..reading.document import Document
from ..reading.spans import ByStart
from .findings import Finding


# One span, one finding: a finding of a key rule on exactly the span of a finding of a listed
# rule says more, and the other is dropped. "We'll reply in the near future" is a promise with no
# time (vague-timeline), not only a wordy phrase (jargon), whose "soon" would be no time either.
SUPERSEDES = {"vague-timeline": ("jargon",)}


# Same, for a finding of a listed rule that overlaps the key rule's span: "will be looked into"
# promises a step nobody owns (unowned-commitment); its passive "be looked" says less (issue 31).
SUPERSEDES_OVERLAPPING = {"unowned-commitment": ("passive-voice",)}


# Same, for a finding of a listed rule inside the key rule's span: a stock phrase (cliche) is
# rewritten whole ("please do not hesitate to reach out to us" -> "contact us"), so the wordy words
# within it ("reach out to", jargon) are one more alarm for the same edit (trial6: 54 of a macro
# export's 460 jargon findings). Overlapping only in part, both stay: each asks for its own edit.
SUPERSEDES_INSIDE = {"cliche": ("jargon",)}


# A word on the project's reject list (terminology) that a built-in word list also flags at the same
# span is one problem, reported once as Vale does (user35: 'whitelist' gave PL203 and PL501): the
# project's entry speaks when it names the word to use, the built-in rule's advice otherwise.
REJECT_LIST_PEERS = ("jargon", "cliche", "filler", "assumptive", "inclusive")
# How a reject-list finding is told from terminology's others: its message (rules/terminology.py
# reject_hit words it with this).
REJECT_LIST_MESSAGE = "is on the project's reject list"


# The rules whose findings can make the engine drop another finding (here and in
# drop_repeated_units): a finding of any other rule can be taken out afterwards and leave the
# rest as they were (linting/tree_deferral.py).
DROPPING_RULES = frozenset(SUPERSEDES) | frozenset(SUPERSEDES_OVERLAPPING) | frozenset(SUPERSEDES_INSIDE) \
    | {"sentence-length", "terminology", *REJECT_LIST_PEERS}


def drop_superseded(findings: list[Finding]) -> list[Finding]:
    findings = _drop_rejected_twice(findings)
    covered = {(f.start, f.end, other) for f in findings for other in SUPERSEDES.get(f.rule, ())}
    wider = _spans_of_keys(findings, SUPERSEDES_OVERLAPPING)
    around = _spans_of_keys(findings, SUPERSEDES_INSIDE)
    if not covered and not wider and not around:
        return findings
    return [f for f in findings if (f.start, f.end, f.rule) not in covered
            and not _overlaps_any(wider.get(f.rule), f.start, f.end)
            and not _inside_any(around.get(f.rule), f.start, f.end)]


def _drop_rejected_twice(findings: list[Finding]) -> list[Finding]:
    """A reject-list finding and a built-in list's finding at one span: one of them (REJECT_LIST_PEERS)."""
    rejected = {(f.start, f.end): f for f in findings
                if f.rule == "terminology" and REJECT_LIST_MESSAGE in f.message}
    if not rejected:
        return findings
    peers = {(f.start, f.end) for f in findings if f.rule in REJECT_LIST_PEERS and (f.start, f.end) in rejected}
    if not peers:
        return findings

    def dropped(f: Finding) -> bool:
        span = (f.start, f.end)
        if span not in peers:
            return False
        project_speaks = bool(rejected[span].suggestions)
        return f.rule in REJECT_LIST_PEERS if project_speaks else f is rejected[span]
    return [f for f in findings if not dropped(f)]


def _spans_of_keys(findings: list[Finding], supersedes: dict[str, tuple[str, ...]]) -> dict[str, list[tuple[int, int]]]:
    """For each superseded rule, the sorted spans of the findings of the rules that supersede it."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for f in findings:
        for other in supersedes.get(f.rule, ()):
            spans.setdefault(other, []).append((f.start, f.end))
    for found in spans.values():
        found.sort()
    return spans


def _inside_any(spans: list[tuple[int, int]] | None, start: int, end: int) -> bool:
    """Whether start..end lies within one of `spans` (sorted, never overlapping one another): only
    the last span that starts at or before `start` can hold it."""
    if not spans:
        return False
    position = bisect_right(spans, (start, float("inf"))) - 1
    return position >= 0 and spans[position][1] >= end


def _overlaps_any(spans: list[tuple[int, int]] | None, start: int, end: int) -> bool:
    """Whether start..end overlaps one of `spans` (sorted, never overlapping one another: the
    findings of one rule): only the last span that starts before `end` can."""
    if not spans:
        return False
    position = bisect_right(spans, (end - 1, float("inf"))) - 1
    return position >= 0 and spans[position][1] > start


def drop_repeated_units(doc: Document, findings: list[Finding]) -> list[Finding]:
    """One long sentence is one problem (issue 26): a reading-level paragraph finding whose
    paragraph is a sentence that sentence-length already reports (nothing but marks and spaces
    around it) is dropped; the sentence-length finding says what to do."""
    sentences = ByStart([f for f in findings if f.rule == "sentence-length"])
    if not sentences.items:
        return findings
    text = doc.source.text

    def repeats(f: Finding) -> bool:
        return f.rule == "reading-level" and f.context.get("scope") == "paragraph" and any(
            s.end <= f.end and not any(ch.isalnum() for ch in text[f.start:s.start] + text[s.end:f.end])
            for s in sentences.between(f.start, f.end))  # only the sentences that start inside it
    return [f for f in findings if not repeats(f)]
