"""What the report knows about each document: kind, grade, words and findings, and its JSON form.

A document is one file, or one named macro of a JSON/YAML export. Its kind comes from the
reader format: exports are macros, files with a template extension (or HTML/text holding
template tags) are templates, the rest (Markdown, HTML, text) are articles. The grade is the
reading-level rule's document score (nlp.readability: the same prose selection and formula) with
that file's configured formula and target.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from ..nlp.sentences import is_english
from ..linting.fingerprint import fingerprints
from ..nlp import readability
from ..reading.readers import format_for, split_suffixes
from ..rules import find_rule

KINDS = ("article", "template", "macro")
KIND_PLURALS = {"article": "articles", "template": "templates", "macro": "macros"}
REPORT_SCHEMA = 1
TEXT_LIMIT = 80


@dataclass(slots=True)
class FindingRecord:
    """What the overview, report.json and --compare need of a finding; the per-document view is
    rendered from the full Finding while it is at hand, so messages are not kept."""

    fingerprint: str
    rule: str
    category: str
    severity: str
    line: int
    column: int
    text: str  # the flagged prose, white space folded, cut at TEXT_LIMIT

    def to_json(self) -> dict:
        return {name: getattr(self, name) for name in self.__slots__}


@dataclass
class DocumentRecord:
    number: int  # 1-based position in the run; the per-document view's anchor
    path: str
    kind: str
    format: str
    grade: float | None
    target: float
    formula: str
    words: int
    findings: list[FindingRecord] = field(default_factory=list)
    error: str | None = None

    @property
    def anchor(self) -> str:
        return f"doc-{self.number}"

    @property
    def by_rule(self) -> Counter:
        return Counter(f.rule for f in self.findings)

    @property
    def by_category(self) -> Counter:
        return Counter(f.category for f in self.findings)

    @property
    def above_target(self) -> bool:
        """Whether the document is on the bad side of its target: above a grade or LIX maximum,
        below a Flesch Reading Ease minimum."""
        if self.grade is None:
            return False
        if readability.direction(self.formula) == "below":
            return self.grade < self.target
        return self.grade > self.target

    def to_json(self) -> dict:
        return {
            "path": self.path, "kind": self.kind, "format": self.format,
            "grade": None if self.grade is None else round(self.grade, 2),
            "target": self.target, "formula": self.formula, "words": self.words,
            "error": self.error,
            "findings_total": len(self.findings),
            "by_category": dict(sorted(self.by_category.items())),
            "by_rule": dict(sorted(self.by_rule.items())),
            "findings": [f.to_json() for f in self.findings],
        }


def document_kind(path: str, fmt: str, doc) -> str:
    if fmt in ("json", "yaml"):
        return "macro"
    template, _ = split_suffixes(PurePosixPath(path).name)
    if template or (doc is not None and fmt in ("html", "text") and doc.template_tags):
        return "template"
    return "article"


def reading_options(settings) -> tuple[str, float]:
    """(formula, target) the reading-level rule uses for this file, defaults when it is off."""
    rule = find_rule("reading-level")
    options = rule.default_options()
    if settings is not None:
        options.update(settings.options.get(rule.code, {}))
    formula = options["formula"] if options["formula"] in readability.FORMULAS else "flesch-kincaid"
    from ..rules.reading_level import limit_for

    return formula, limit_for(options, formula)


def finding_records(findings) -> list[FindingRecord]:
    return [
        FindingRecord(fp, f.rule, f.category, f.severity, f.line, f.column, " ".join(f.flagged.split())[:TEXT_LIMIT])
        for f, fp in zip(findings, fingerprints(findings))
    ]


@dataclass
class Part:
    """One document of a linted file: its record, its findings, and the slice of the source its
    view shows (the whole file, or the span of one macro's fields in an export)."""

    record: DocumentRecord
    findings: list
    start: int = 0
    end: int | None = None


def document_parts(number: int, result) -> list[Part]:
    """The documents in one linted file, numbered from `number`: one, or one per macro in an
    export whose macros have names (findings outside every macro stay with the file)."""
    fmt = format_for(result.path) or "text"
    doc = result.document
    formula, target = reading_options(result.settings)
    kind = document_kind(result.path, fmt, doc)
    english = doc is not None and is_english(doc.language)
    records = finding_records(result.findings)
    error = None if result.error is None else result.error.message

    def part(path, segments, findings, start=0, end=None):
        grade, words = readability.prose_grade(segments, formula) if doc is not None else (None, 0)
        chosen = [records[i] for i in findings]
        graded = english and not _in_foreign_record(doc, start, end)
        record = DocumentRecord(number + len(parts), path, kind, fmt, grade if graded else None, target,
                                formula, words, chosen, error)
        return Part(record, [result.findings[i] for i in findings], start, end)

    parts: list[Part] = []
    macros = _macro_spans(doc)
    if not macros:
        return [part(result.path, doc.segments if doc is not None else [], range(len(records)))]
    for name, (start, end) in macros.items():
        mine = [i for i, f in enumerate(result.findings) if f.context.get("macro") == name]
        segments = [s for s in doc.segments if s.context.get("macro") == name]
        parts.append(part(f"{result.path} \u203a {name}", segments, mine, start, end))
    orphans = [i for i, f in enumerate(result.findings) if f.context.get("macro") not in macros]
    if orphans:
        parts.append(part(result.path, [], orphans))
    return parts


def _in_foreign_record(doc, start: int, end: int | None) -> bool:
    """Whether a macro's span (`end` None: the whole file) holds a field whose record declares a
    language other than English (its `locale`, `lang` or `language`): the English rules skipped
    it, and a reading grade says nothing of it (user36)."""
    return end is not None and any(start <= span.start < end and not is_english(span.name)
                                   for span in doc.record_languages)


def _macro_spans(doc) -> dict[str, tuple[int, int]]:
    """macro name -> (first, last) source offsets of its fields."""
    spans: dict[str, tuple[int, int]] = {}
    for start, end, name in (doc.macro_spans if doc is not None else ()):
        first, last = spans.get(name, (start, end))
        spans[name] = (min(first, start), max(last, end))
    return spans


def record_from_json(number: int, data: dict) -> DocumentRecord:
    """A document from an earlier report.json (for --compare)."""
    findings = [FindingRecord(**f) for f in data.get("findings", [])]
    return DocumentRecord(number, data["path"], data.get("kind", "article"), data.get("format", ""),
                          data.get("grade"), data.get("target", 8.0), data.get("formula", ""),
                          data.get("words", 0), findings, data.get("error"))
