"""The one Finding type that feeds every reporter and the fixer. Its JSON shape is public."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..reading.source import Source


@dataclass(slots=True)
class Edit:
    start: int  # source offsets (code points into Source.text)
    end: int
    content: str  # source text, already escaped for where it goes


@dataclass(slots=True)
class Fix:
    applicability: str  # an Applicability: "safe" or "unsafe"
    message: str
    edits: list[Edit]


@dataclass(slots=True)
class Related:
    """Another place in the same file that a finding's message refers to (issue 35): JSON
    `related`, SARIF `relatedLocations`, LSP `relatedInformation`."""

    start: int  # source offsets
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    message: str

    def to_json(self, path: str) -> dict:
        return {"path": path, "line": self.line, "column": self.column, "end_line": self.end_line,
                "end_column": self.end_column, "message": self.message}


# Empty values shared by the findings that have none (issue 24: an empty dict and two empty
# lists cost 176 bytes a finding, 1.5 bytes per byte of a 10 MB table). A finding's suggestions,
# context and related list are never changed in place once it is made; replace them instead.
NOTHING_SUGGESTED: list[str] = []
NO_FACTS: dict = {}
NONE_RELATED: list[Related] = []


@dataclass(slots=True)
class Finding:
    path: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    code: str
    category: str
    severity: str
    message: str
    suggestions: list[str] = field(default_factory=list)
    fix: Fix | None = None
    context: dict = field(default_factory=dict)
    flagged: str = ""  # the prose the rule flagged (after decoding), for tests and fingerprints
    related: list[Related] = field(default_factory=list)

    def sort_key(self):
        return (self.path, self.line, self.column, self.code, self.end_line, self.end_column)

    def to_json(self, source: Source | None = None) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "rule": self.rule,
            "code": self.code,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "suggestions": list(self.suggestions),
            "fix": None if self.fix is None else fix_to_json(self.fix, source),
            "context": dict(self.context),
            "related": [related.to_json(self.path) for related in self.related],
        }


def error_to_json(path: str, error) -> dict:
    """A file that could not be linted, as an entry beside the findings (`--format json`/`jsonl`):
    the finding's keys in the same order, `rule` and `code` null, category and severity "error";
    positions are null when the error has none."""
    line = error.line or None
    column = (error.column or None) if line else None
    return {
        "path": path,
        "line": line,
        "column": column,
        "end_line": line,
        "end_column": column,
        "rule": None,
        "code": None,
        "category": "error",
        "severity": "error",
        "message": error.message,
        "suggestions": [],
        "fix": None,
        "context": {},
        "related": [],
    }


def fix_to_json(fix: Fix, source: Source | None) -> dict:
    edits = []
    for edit in fix.edits:
        if source is not None:
            line, column = source.line_col(edit.start)
            end_line, end_column = source.line_col(edit.end)
        else:
            line = column = end_line = end_column = 0
        edits.append({"line": line, "column": column, "end_line": end_line,
                      "end_column": end_column, "content": edit.content})
    return {"applicability": fix.applicability, "message": fix.message, "edits": edits}
