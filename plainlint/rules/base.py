"""The rule framework: metadata beside logic, `check()` yielding hits in segment coordinates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar, Iterator

from ..document import Document
from ..offsets import Segment

CATEGORIES = (
    "jargon", "passive", "readability", "sentence-length", "alt-text", "link-text",
    "accessibility", "cliche", "assumptive", "inclusive", "tone", "other",
)
SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass
class Hit:
    """What a rule found. Offsets are in `segment.text`, or in the source when segment is None."""

    start: int
    end: int
    message: str
    segment: Segment | None = None
    suggestions: list[str] = field(default_factory=list)
    replacement: str | None = None  # prose that replaces the span when fixed
    applicability: str | None = None  # "safe" or "unsafe"
    fix_message: str = ""
    fix_span: tuple[int, int] | None = None  # what the fix replaces, when not (start, end)
    context: dict = field(default_factory=dict)


@dataclass
class Option:
    default: object
    help: str


class Rule:
    """Subclasses set the class attributes and implement `check`.

    `rationale` is the "why it matters" paragraph; `bad` examples must be flagged and `good`
    ones must not (a meta-test runs them); `options` documents every option with its default.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[str] = "warning"
    summary: ClassVar[str]
    rationale: ClassVar[str]
    bad: ClassVar[tuple[str, ...]] = ()
    good: ClassVar[tuple[str, ...]] = ()
    fix_safety: ClassVar[str] = "No automatic fix."
    fixable: ClassVar[bool] = False
    options: ClassVar[dict[str, Option]] = {}
    english_only: ClassVar[bool] = True
    enabled_by_default: ClassVar[bool] = True
    example_format: ClassVar[str] = "markdown"
    # Defaults that differ by kind of document (issue 25): kind -> {option or "severity": value},
    # applied under the config's settings. `plainlint explain RULE` shows them.
    per_kind: ClassVar[dict[str, dict]] = {}

    def default_options(self) -> dict:
        return {key: option.default for key, option in self.options.items()}

    def kind_defaults(self, kind: str | None) -> dict:
        """This rule's defaults for documents of `kind` (empty when it has none or kind is None)."""
        return dict(self.per_kind.get(kind, {})) if kind else {}

    def check(self, doc: Document, options: dict) -> Iterator[Hit]:
        raise NotImplementedError


_QUOTED = re.compile(
    r"\"[^\"\n]{1,200}\"|“[^”\n]{1,200}”|(?<![\w])'[^'\n]{1,200}'(?![\w])|(?<![\w])‘[^’\n]{1,200}’(?![\w])"
    r"|«[^»\n]{1,200}»"
)


def quoted_spans(segment: Segment) -> list[tuple[int, int]]:
    """Spans in quotation marks: a phrase there is mentioned, not used ("don't write 'click here'")."""
    text = segment.text
    if not any(q in text for q in "\"'“‘«"):
        return []
    return [m.span() for m in _QUOTED.finditer(text)]


def inside_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= start and end <= hi for lo, hi in spans)


def html_attrs(element) -> dict:
    """The attributes of an element read from HTML (empty for Markdown elements)."""
    return element.html


def element_end(element) -> int:
    """End of the element's content, or of its start tag when it was never closed."""
    return element.end_of_content
