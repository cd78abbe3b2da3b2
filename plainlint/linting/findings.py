"""The one Finding type that feeds every reporter and the fixer. Its JSON shape is public."""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from struct import Struct

from ..reading.source import Source


def folded(text: str) -> str:
    """Whitespace folded to single spaces, case kept: how fingerprints and baselines compare the
    flagged text of two findings."""
    return " ".join(text.split())


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
FINDING_FIELDS = ("path", "start", "end", "line", "column", "end_line", "end_column", "rule", "code",
                  "category", "severity", "message", "suggestions", "fix", "context", "flagged", "related")


# Positions are packed as 32-bit integers with one byte more at the end (an odd length), or as
# 64-bit ones when an offset needs it: start, end, line, column, end_line, end_column, then the
# start and end of each edit of the fix.
_NARROW = b"\0"
_POSITIONS = 6


def _packed_positions(numbers: list[int]) -> bytes:
    try:
        return array("i", numbers).tobytes() + _NARROW
    except OverflowError:
        return array("q", numbers).tobytes()


def _unpacked(data: bytes) -> memoryview:
    view = memoryview(data)
    return view[:-1].cast("i") if len(data) & 1 else view.cast("q")


def _position(index: int):
    def read(self) -> int:
        data = self._at
        return _NARROW_INT.unpack_from(data, 4 * index)[0] if len(data) & 1 else _WIDE_INT.unpack_from(data, 8 * index)[0]
    return property(read)


_NARROW_INT, _WIDE_INT = Struct("=i"), Struct("=q")


def _shared(texts: dict | None, value):
    return value if texts is None else texts.setdefault(value, value)


class Finding:
    """One finding. Its constructor takes the fields in the public order, and each is read as an
    attribute, but a table's 86,000 findings were 540 bytes each as a dataclass with a `Fix`, an
    `Edit`, a list and ten Python ints (issue 24). So the positions (and the fix's edit spans) are
    kept as packed integers, path, rule, code, category and severity as one shared tuple, and the
    fix's texts as one shared tuple: about 170 bytes a finding.

    `fix` makes a new `Fix` on each read: change a finding's fix by making a new finding, never
    in place. Findings are never changed once made; `replaced` gives a changed copy."""

    __slots__ = ("_head", "_at", "message", "suggestions", "_fix", "context", "flagged", "related")

    def __init__(self, path: str, start: int, end: int, line: int, column: int, end_line: int,
                 end_column: int, rule: str, code: str, category: str, severity: str, message: str,
                 suggestions: list[str] | None = None, fix: Fix | None = None, context: dict | None = None,
                 flagged: str = "", related: list[Related] | None = None, *, shared: dict | None = None):
        """`shared`, when given, keeps one copy of each equal head and fix texts (a file's findings)."""
        self._head = _shared(shared, (path, rule, code, category, severity))
        numbers = [start, end, line, column, end_line, end_column]
        if fix is None:
            self._fix = None
        else:
            self._fix = _shared(shared, (fix.applicability, fix.message, tuple(e.content for e in fix.edits)))
            for edit in fix.edits:
                numbers += (edit.start, edit.end)
        self._at = _packed_positions(numbers)
        self.message = message
        self.suggestions = [] if suggestions is None else suggestions
        self.context = {} if context is None else context
        self.flagged = flagged
        self.related = [] if related is None else related

    path = property(lambda self: self._head[0])
    rule = property(lambda self: self._head[1])
    code = property(lambda self: self._head[2])
    category = property(lambda self: self._head[3])
    severity = property(lambda self: self._head[4])
    start, end, line, column, end_line, end_column = (_position(i) for i in range(_POSITIONS))

    @property
    def fix(self) -> Fix | None:
        """A new Fix made from the packed data on each read."""
        if self._fix is None:
            return None
        applicability, message, contents = self._fix
        spans = _unpacked(self._at)[_POSITIONS:]
        return Fix(applicability, message, [Edit(spans[2 * i], spans[2 * i + 1], content)
                                            for i, content in enumerate(contents)])

    def _fields(self) -> tuple:
        return (self.path, self.start, self.end, self.line, self.column, self.end_line, self.end_column,
                self.rule, self.code, self.category, self.severity, self.message, self.suggestions,
                self.fix, self.context, self.flagged, self.related)

    def replaced(self, **changes) -> Finding:
        """A copy with some fields changed (as `dataclasses.replace` did for the dataclass)."""
        return Finding(**{**dict(zip(FINDING_FIELDS, self._fields())), **changes})

    def __eq__(self, other):
        if type(other) is not Finding:
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # as the dataclass was: equal by value, not hashable

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={value!r}" for name, value in zip(FINDING_FIELDS, self._fields()))
        return f"Finding({values})"

    def __reduce__(self):
        """Pickled for worker processes as its packed state, not its public fields: reading the
        fields back unpacked every position and made a Fix, and the parent packed them again
        (10 us a finding both ways, a run's 35,000 findings of bench/). Equal heads and fix texts
        shared within a file stay shared, since pickle keeps one copy of an object."""
        return (_restored, (self._head, self._at, self.message, self.suggestions, self._fix, self.context,
                            self.flagged, self.related))

    def sort_key(self):
        numbers = _unpacked(self._at)
        return (self._head[0], numbers[2], numbers[3], self._head[2], numbers[4], numbers[5])

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


def _restored(head: tuple, at: bytes, message: str, suggestions: list, fix: tuple | None, context: dict,
              flagged: str, related: list) -> Finding:
    """A Finding from the state Finding.__reduce__ gives."""
    finding = Finding.__new__(Finding)
    finding._head, finding._at, finding._fix = head, at, fix
    finding.message, finding.suggestions, finding.context = message, suggestions, context
    finding.flagged, finding.related = flagged, related
    return finding


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


def sort_findings(findings: list[Finding]) -> None:
    """Sort one file's findings in place by `Finding.sort_key`, with one integer a finding as
    the key (issue 24: the key tuples and their ints took a 10 MB table's run from 143 to 153 MB,
    its peak). Each part of the key has a place value above its largest value, so the integers
    are in the order of the tuples."""
    if len({f._head[0] for f in findings}) > 1:
        findings.sort(key=Finding.sort_key)
        return
    codes = {code: rank for rank, code in enumerate(sorted({f._head[2] for f in findings}))}
    column, code, end_line, end_column = (1 + max((f.column for f in findings), default=0), len(codes) or 1,
                                          1 + max((f.end_line for f in findings), default=0),
                                          1 + max((f.end_column for f in findings), default=0))

    def key(finding: Finding) -> int:
        n = _unpacked(finding._at)
        return (((n[2] * column + n[3]) * code + codes[finding._head[2]]) * end_line + n[4]) * end_column + n[5]
    findings.sort(key=key)
