"""The rule framework: metadata beside logic, `check()` yielding hits in segment coordinates."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import ClassVar, Iterable, Iterator

from ..reading.document import Document
from ..reading.offsets import Segment
from ..reading.spans import last_starting_by
from ..enums import Applicability, Category, Scope, Severity

CATEGORIES = tuple(Category)
SEVERITIES = tuple(Severity)
ALL_SCOPES = frozenset(Scope)
# Prose that is not an image's text alternative or a tooltip: what most sentence rules read.
BODY_SCOPES = ALL_SCOPES - {Scope.ALT, Scope.TITLE}
SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True)
class Rewrite:
    """The fix a rule proposes: prose that replaces `span` (default: the hit's own span), in the
    same coordinates as the hit. The engine turns it into an edit on the source, or drops it
    when the span does not map exactly (entities, template tags, line breaks)."""

    text: str
    applicability: Applicability
    message: str = ""
    span: tuple[int, int] | None = None


@dataclass(frozen=True)
class RelatedSpan:
    """Another place a hit's message refers to (the other link with the same text, the other
    uses of one colour pair), in the same coordinates as a hit: segment offsets when `segment`
    is set, else source offsets. The engine turns it into a `findings.Related`."""

    start: int
    end: int
    message: str
    segment: Segment | None = None


@dataclass
class Hit:
    """What a rule found, from start to end in the hit's coordinates: offsets into
    `segment.text` for a hit on prose (`segment` set), or into the source text for a hit on
    structure (`segment` None: an element, a whole file). `coordinates` names which."""

    start: int
    end: int
    message: str
    segment: Segment | None = None
    suggestions: list[str] = field(default_factory=list)
    rewrite: Rewrite | None = None
    context: dict = field(default_factory=dict)
    related: list[RelatedSpan] = field(default_factory=list)
    # Set only while a page's tree terms are deferred (linting/tree_deferral.py): the keys that,
    # when one is among the page's terms, remove this hit (spelling's).
    tree_keys: tuple[str, ...] = ()

    @property
    def coordinates(self) -> str:
        return "segment" if self.segment is not None else "source"


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: a declaration is one object
class Option:
    """One setting a rule reads (or one field of a word-list entry): its default, meaning and
    the values it takes. Config and rulesets are checked against these declarations in one place
    (plainlint/config/options.py), which also turns them into the JSON Schema of the config file.

    `kind` is one of OPTION_KINDS, inferred from the default when not given; `choices` limits a
    string; `minimum`/`maximum` bound a number (inclusive)."""

    default: object
    help: str
    kind: str = ""
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None

    def __post_init__(self):
        if not self.kind:
            object.__setattr__(self, "kind", _kind_of(self.default))
        if self.kind not in OPTION_KINDS:
            raise ValueError(f"unknown option kind {self.kind!r} (known: {', '.join(OPTION_KINDS)})")


# What an option holds: "strings" a list of strings, "phrases" a string or a list of strings,
# "term" a string in word-list term syntax, "entries" a list of word-list entries.
OPTION_KINDS = ("boolean", "integer", "number", "string", "strings", "phrases", "term", "entries", "names")


def _kind_of(default) -> str:
    if isinstance(default, bool):
        return "boolean"
    if isinstance(default, int):
        return "integer"
    if isinstance(default, float):
        return "number"
    if isinstance(default, str):
        return "string"
    if isinstance(default, (list, tuple)):
        return "strings"
    raise ValueError(f"give the kind of an option whose default is {default!r}")


class Rule:
    """Subclasses set the class attributes and implement `check`.

    `rationale` is the "why it matters" paragraph; `bad` examples must be flagged and `good`
    ones must not (a meta-test runs them); `options` documents every option with its default.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[Category]
    severity: ClassVar[str] = Severity.WARNING
    summary: ClassVar[str]
    rationale: ClassVar[str]
    bad: ClassVar[tuple[str, ...]] = ()
    good: ClassVar[tuple[str, ...]] = ()
    fix_safety: ClassVar[str] = "No automatic fix."
    # The safety levels of the fixes this rule can make (`plainlint rules` shows them; a test
    # checks them against the fixes found on the rule cases and examples).
    fix_levels: ClassVar[tuple[Applicability, ...]] = ()

    @property
    def fixable(self) -> bool:
        """Whether the rule makes any fix: derived from `fix_levels`, never declared beside it."""
        return bool(self.fix_levels)
    options: ClassVar[dict[str, Option]] = {}
    # Whether a finding flags a whole unit (a sentence, paragraph, heading or document) whose
    # words the writer edits while the finding stays: a baseline then knows it by its rule and
    # line when its text changed (running/baseline.py; user34).
    flags_unit: ClassVar[bool] = False
    # The kinds of text the rule reads (`segments()` yields only those); every scope by default.
    scopes: ClassVar[frozenset[Scope]] = frozenset(Scope)
    english_only: ClassVar[bool] = True
    enabled_by_default: ClassVar[bool] = True
    example_format: ClassVar[str] = "markdown"
    # Defaults that differ by kind of document (issue 25): kind -> {option or "severity": value},
    # applied under the config's settings. `plainlint explain RULE` shows them.
    per_kind: ClassVar[dict[str, dict]] = {}
    # Defaults for an article written for the support team (reading/audience.py: "staff"), over
    # the article's: audience -> {option or "severity": value}.
    per_audience: ClassVar[dict[str, dict]] = {}

    def default_options(self) -> dict:
        return {key: option.default for key, option in self.options.items()}

    def kind_defaults(self, kind: str | None, audience: str | None = None) -> dict:
        """This rule's defaults for documents of `kind` (empty when it has none or kind is None),
        with those for the article's `audience` over them."""
        defaults = dict(self.per_kind.get(kind, {})) if kind else {}
        return {**defaults, **self.per_audience.get(audience, {})} if audience else defaults

    def segments(self, doc: Document) -> Iterable[Segment]:
        """The document's segments in this rule's `scopes`, in document order (one at a time:
        a list would hold every segment that `doc.segments` makes on demand at once)."""
        if self.scopes == ALL_SCOPES:
            return doc.segments
        skipped = ALL_SCOPES - self.scopes
        return (segment for segment in doc.segments if segment.scope not in skipped)

    def check(self, doc: Document, options: dict) -> Iterator[Hit]:
        raise NotImplementedError


_QUOTED = re.compile(
    r"\"[^\"\n]{1,200}\"|“[^”\n]{1,200}”|(?<![\w])'[^'\n]{1,200}'(?![\w])|(?<![\w])‘[^’\n]{1,200}’(?![\w])"
    r"|«[^»\n]{1,200}»"
)


def quoted_spans(segment: Segment, in_reply: bool = False) -> list[tuple[int, int]]:
    """Spans in quotation marks: a phrase there is mentioned, not used ("don't write 'click here'").
    In a reply, a quotation that is the whole unit (after a short "Label:" at most) is a line of a
    script to be said or sent, not a mention: call and chat scripts put every line in quotes."""
    text = segment.text
    if not any(q in text for q in "\"'“‘«"):
        return []
    spans = [m.span() for m in _QUOTED.finditer(text)]
    return [span for span in spans if not _whole_unit(text, span)] if in_reply else spans


# What may stand around a quotation that is the whole unit: a short label before it ("If no:"),
# closing punctuation or emphasis after it (“*I’m sorry to keep you waiting*.”; replies5).
_LEAD_LABEL = re.compile(r"\s*(?:[A-Z][\w'’ /-]{0,30}:\s*)?\Z")
_TAIL = re.compile(r"[\s.!?,;:…*_)]*\Z")
# The label of the other party's line in a script ("Customer: "Hang on, I need my card.""): what
# the customer says is quoted, not said to them (rev14).
_CUSTOMER_LABEL = re.compile(r"\s*(?:the\s+)?(?:customer|caller|client|user|member|guest|visitor|buyer|shopper)s?\s*:",
                             re.I)


def _whole_unit(text: str, span: tuple[int, int]) -> bool:
    return _LEAD_LABEL.match(text, 0, span[0]) is not None and _TAIL.match(text, span[1]) is not None \
        and _CUSTOMER_LABEL.match(text, 0, span[0]) is None


def whole_unit_quotations(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The quotations of `text` that are the whole unit (after a short label at most), each with
    its span: the lines a script or a training page gives to be said."""
    return [(m.group(), m.span()) for m in _QUOTED.finditer(text) if _whole_unit(text, m.span())]


# A direction to say the quotation that closes the unit, in its last clause ("While the tool runs,
# say ONLY: \"I'm processing your booking, one moment please.\"": hold24, seed 268's check, both holds
# unread). Of the 47 lines of both corpora with such a direction before a closing quotation, all
# are lines to say to a customer or caller but one tutorial's server voice; "Don't say:" and
# "Never say:" lines are lines to avoid.
_SAY_LEAD = re.compile(r"(?<![\w'’])(?:say|reply|respond|answer|tell\s+(?:them|him|her|the\s+(?:caller|customer)))"
                       r"\b[^\"“”:\n]{0,30}:\s*\Z", re.I)
_AVOID = re.compile(r"\b(?:avoid(?:ing)?|don['’]t|do\s+not|never|bad|wrong|forbidden)\b", re.I)
_CLAUSE_START = re.compile(r"[\s\S]*[.!?\n]")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*\s")
AVOID_REACH = 40  # characters before a quotation read for a lead that gives it as a line to avoid


def given_as_a_line_to_avoid(text: str, start: int) -> bool:
    """Whether the quotation at `start` follows a lead that gives it as a line to avoid ("Don't
    say:", "**Bad:**", "Never say:"), read in the quotation's own sentence: a 'Don't' ending the
    sentence before ("Don't leave the caller in silence. Say: \"...\"") gives no such line (rev24)."""
    lead_start = max(0, start - AVOID_REACH)
    for end in _SENTENCE_BREAK.finditer(text, lead_start, start):
        lead_start = end.end()
    return _AVOID.search(text, lead_start, start) is not None


def directed_quotation(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The quotation that closes `text` after a direction to say it in the same clause ("..., say
    ONLY: \"...\""), not one to avoid ("Don't say: ...")."""
    last = None
    for last in _QUOTED.finditer(text):
        pass
    if last is None or _TAIL.match(text, last.end()) is None:
        return []
    lead = text[:last.start()]
    clause = lead[(m.end() if (m := _CLAUSE_START.match(lead)) else 0):]
    if _SAY_LEAD.search(clause) is None or _AVOID.search(clause) is not None:
        return []
    return [(last.group(), last.span())]


# A quotation that is a whole sentence filling the unit's first line, the next line a sentence of
# its own: a line to say followed by a direction to the agent, which Markdown joins to the quote's
# paragraph when it is not indented ('> "Please stay on the line while I connect you."' then "Then
# call the transfer tool." on the next line: hold19, a receptionist agent's prompt, seed 194, missed).
_SENTENCE_END = re.compile(r"[.!?…][\s*_]*[\"”»]")
_NEXT_LINE = re.compile(r"[ \t*_)]*\r?\n[ \t>]*[A-Z(\[*_`]")


def first_line_quotation(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The quotation that opens `text` (after a short label at most), ends a sentence and fills the
    first line, when more lines follow: the unit's first line is a line to say."""
    match = _QUOTED.search(text)
    if match is None or _LEAD_LABEL.match(text, 0, match.start()) is None \
            or _CUSTOMER_LABEL.match(text, 0, match.start()) is not None:
        return []
    end = match.end()
    if _SENTENCE_END.search(text, end - 4, end) is None or _NEXT_LINE.match(text, end) is None:
        return []
    return [(match.group(), match.span())]


def inside_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= start and end <= hi for lo, hi in spans)


def inside_sorted(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """inside_any for spans sorted and not overlapping (quoted_spans): only the last span that
    starts by `start` can hold it, found by bisection, so asking for every sentence of a long
    segment full of quotes stays linear."""
    index = last_starting_by(spans, start)
    return index >= 0 and end <= spans[index][1]


def add_if_apart(spans: list[tuple], start: int, end: int, *payload) -> bool:
    """Add `(start, end, *payload)` to `spans` (by start, none overlapping, none empty) unless it
    overlaps one of them, and say whether it did. The spans' ends rise with their starts, so only
    the one starting last before `end` can overlap it: found by bisection, where comparing with
    every span kept made a sentence of many matches quadratic (lin27, the lead)."""
    at = bisect.bisect_left(spans, (end,))
    if at and spans[at - 1][1] > start:
        return False
    spans.insert(at, (start, end, *payload))
    return True


def html_attrs(element) -> dict:
    """The attributes of an element read from HTML (empty for Markdown elements)."""
    return element.html


def element_end(element) -> int:
    """End of the element's content, or of its start tag when it was never closed."""
    return element.end_of_content
