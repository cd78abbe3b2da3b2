"""unowned-commitment (issue 31, replies): a promise of a next step that nobody owns."""

from __future__ import annotations

import functools
import re

from ..linting.ruleset_data import load_ruleset_file
from ..reading.document import Document
from ..reading.offsets import PLACEHOLDER_TEXT
from ..enums import Category
from ._replies import phrases, replies_holding
from .base import Hit, Rule, add_if_apart
from .read_back import start_of_words_before

RULESET = "unowned-commitment"
_FUTURE = r"(?:will|'ll|’ll|shall|is\s+going\s+to|are\s+going\s+to)\s+(?:\w+ly\s+|also\s+|then\s+|now\s+)?"


def _most_words(entries) -> int:
    return max(len(re.findall(r"\w+", str(entry))) for entry in entries)


def _alternation(words) -> str:
    return "|".join(f"(?:{w})" for w in words)


# Capitalised words after a role that are a time, not the role's name ("by our team, Monday to Friday").
_NOT_A_NAME = (r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july"
               r"|august|september|october|november|december)\b")


@functools.lru_cache(maxsize=1)
def commitment_data() -> dict:
    raw = load_ruleset_file(RULESET)
    agents = _alternation(raw["agents"])
    case = _alternation(raw["case_passives"])
    person = _alternation(raw["person_passives"])
    handoffs = _alternation(raw["handoffs"])
    cases = "|".join(re.escape(str(s)) for s in raw["case_subjects"])
    others = "|".join(re.escape(str(s)) for s in raw["recipient_subjects"])
    unnamed = r"(?i:" + "|".join(re.escape(str(w)) for w in raw["unnamed"]) + r")\b"
    vague_to = (r"\s+to\s+(?:(?:the|our)\s+(?:relevant|appropriate|right|responsible|correct|concerned|proper)\s+\w+"
                r"|(?:the|our)\s+(?:support\s+|customer\s+(?:service|support|care)\s+|technical\s+|tech\s+)?team\b"
                r"|someone|somebody|(?:a|another)\s+colleague|(?:a|our)\s+specialists?|the\s+people)")
    return {
        "agent": phrases([rf"(?:{agents})\s+{_FUTURE}(?:{_alternation(raw['agent_actions'])})"], re.I),
        "case": phrases([rf"(?<=\s){_FUTURE}be\s+(?:\w+ly\s+|further\s+|then\s+)?(?:{case})"]),
        "person": phrases([rf"(?<=you\s){_FUTURE}be\s+(?:\w+ly\s+)?(?:{person})"]),
        "handoff": phrases([rf"(?<=\s)(?:has|have|had|'s|’s|was|were)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:{handoffs})"
                            rf"(?:\s+(?:on|along))?(?P<to>(?={vague_to})|(?!\s+to\b|\s+(?:by|from)\s+\w))"]),
        "case_subject": re.compile(rf"(?i)\b(?:{cases})\s*$"),
        "any_subject": re.compile(rf"(?i)\b(?:{cases}|{others})\s*$"),
        # a case word just before the promise's verb ("this will be looked into"), or anywhere before it
        "this_before": re.compile(r"(?i)\b(?:this|it|that)\s*$"),
        "case_anywhere": re.compile(rf"(?i)\b(?:{cases})\b"),
        # the most words each expression anchored before a match spans (one more: the words may hold
        # marks that are not words)
        "words": {"case_subject": _most_words(raw["case_subjects"]) + 1,
                  "any_subject": _most_words(raw["case_subjects"] + raw["recipient_subjects"]) + 1,
                  "this_before": 2},
        "vague_to": re.compile(vague_to, re.I),
        "follows": phrases(raw["follows"]),
        "named_by": re.compile(_alternation(raw["named_by"])),
        "unnamed": frozenset(str(w).lower() for w in raw["unnamed"]),
        # "by" and words that name nobody: "by whoever is on shift", "by someone from billing", "by
        # our support team" (up to two words before the last: "the next available representative").
        # A word between in lower case, and not a preposition: "by Dana from support" names Dana.
        # A name after the role names that person ("by our specialist Maria", "by our support
        # engineer, Dana"; rev14), though not a second role word ("by our Support Team").
        "unnamed_by": re.compile(r"(?i:by)\s+(?i:(?:a|an|the|our|one\s+of\s+(?:our|the))\s+)?"
                                 r"(?:(?!(?:from|in|at|of|on|with)\b)[a-z][\w-]*\s+){0,2}?" + unnamed
                                 + r"(?!(?:[ \t]+" + unnamed + r")*,?[ \t]+(?!" + unnamed + "|" + _NOT_A_NAME
                                 + r")[A-Z][a-z])"),
    }


_CHEAP = re.compile(r"(?i)will|'ll|’ll|shall|going to|should|been|was|were|follow")


class UnownedCommitment(Rule):
    code = "PL211"
    name = "unowned-commitment"
    category = Category.TONE
    summary = "A promised next step that nobody owns ('a colleague will follow up') (replies)"
    rationale = (
        "'A colleague will follow up', 'your case has been passed on and will be handled' and 'this "
        "will be looked into' promise a next step with nobody behind it: the customer cannot tell "
        "who will act, or whom to chase when nothing happens. Own it in the first person, with a "
        "time: 'I'll check with billing and reply by 3 pm today', or name who takes it over and "
        "when ('I've asked Dana in billing; she'll email you by Friday'). Passive voice on the same "
        "words is not reported as well. Only replies are checked; the phrases are in "
        "rulesets/unowned-commitment.yaml."
    )
    bad = (
        "Hi Sam,\n\nA colleague will follow up with you.",
        "Hi Sam,\n\nYour case has been passed on and will be handled.",
        "Hi Sam,\n\nThis will be looked into.",
    )
    good = (
        "Hi Sam,\n\nI'll check with billing and reply by 3 pm today.",
        "Hi Sam,\n\nI've asked Dana in billing to check this; she will email you by Friday.",
        "Hi Sam,\n\nYour refund will be processed within 5 days.",
    )
    fix_safety = "No automatic fix: only the writer knows who will act, and when."
    per_kind = {"article": {"severity": "off"}}

    def check(self, doc: Document, options: dict):
        for reply in replies_holding(doc, _CHEAP):
            for sentence in reply.sentences:
                if sentence.quoted or sentence.text.rstrip().rstrip("\"'”’)]").endswith("?"):
                    continue
                for start, end in unowned_spans(sentence.text):
                    yield Hit(sentence.start + start, sentence.start + end, (
                        f"'{' '.join(sentence.text[start:end].split())}' promises a next step nobody owns: "
                        "say who will do it and when ('I'll check with billing and reply by 3 pm today')"),
                        sentence.segment)


def unowned_spans(text: str) -> list[tuple[int, int]]:
    """Spans of unowned promises in one sentence, in order, not overlapping. The words before a
    match are searched back from it (`_before`), and a case word anywhere before it is looked up
    once a sentence (lin27: each match searched the whole sentence before it, and every span kept
    so far, the square of a long sentence's promises)."""
    data = commitment_data()
    found: list[tuple[int, int]] = []  # by start, not overlapping
    first_case = _FirstCase(text, data["case_anywhere"])
    for key in ("agent", "case", "person", "follows", "handoff"):
        for match in data[key].finditer(text):
            start, end = match.span()
            if key == "handoff" and not (_before(data, "case_subject", text, start) or (
                    data["vague_to"].match(text, end) and _before(data, "any_subject", text, start))):
                continue
            if key == "case" and not (_before(data, "this_before", text, start) or first_case.ends_by(start)):
                continue
            if key in ("case", "person") and _names_an_owner_after(text, _skip_space(text, end), data):
                continue
            if key == "case" and _owner_before_who(text, start, data):
                continue
            add_if_apart(found, start, end)
    return found


def _before(data: dict, name: str, text: str, end: int):
    """`data[name].search(text[:end])` for an expression anchored at the end (`\\s*$`) that spans
    at most `data["words"][name]` words: searched from that many words back (rev26's read-back)."""
    return data[name].search(text, start_of_words_before(text, end, data["words"][name]), end)


class _FirstCase:
    """Where the sentence's first case word ends ('ticket', 'request'): one holds before a match when
    the first does. A match starts after a space (`(?<=\\s)`), so a word there is never cut."""

    def __init__(self, text: str, pattern: re.Pattern):
        self.text, self.pattern, self._end = text, pattern, None

    def ends_by(self, start: int) -> bool:
        if self._end is None:
            first = self.pattern.search(self.text)
            self._end = first.end() if first else len(self.text) + 1
        return self._end <= start


# "... to Dana, who will be in touch": the promise's subject is a person the sentence names, by
# name or by a template's fill-in for one ("[Name] who will be in touch"; session 13, replies4),
# which the reader makes a placeholder ("X", "X X": reading/fill_ins.py), as it does a template
# tag ("{{ agent.name }} who"). A capitalised word before "who" is a name unless it names nobody
# in particular (`unnamed`: "Someone who", "our Support Team, who").
_X = re.escape(PLACEHOLDER_TEXT)
_OWNER_WHO = re.compile(rf"(?:(?<![\w'’-]){_X}(?: {_X})?|\b(?P<word>[A-Z][a-z]+)),?\s+who\s+$")


_OWNER_WHO_WORDS = 2 * len(re.findall(r"\w+", PLACEHOLDER_TEXT)) + 1  # "X X who", "Dana, who"


def _owner_before_who(text: str, start: int, data: dict) -> bool:
    match = _OWNER_WHO.search(text, start_of_words_before(text, start, _OWNER_WHO_WORDS), start)
    return match is not None and (match.group("word") or "").lower() not in data["unnamed"]


def _names_an_owner_after(text: str, at: int, data: dict) -> bool:
    """'by' and a person after the promise ('by me', 'by Dana from billing'), not 'by' and
    nobody in particular ('by whoever is on shift', 'by someone from billing')."""
    return data["named_by"].match(text, at) is not None and data["unnamed_by"].match(text, at) is None


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at
