"""`--compare OLD.json`: what got better or worse since an earlier report.

Documents are matched by path and findings by fingerprint (plainlint.linting.fingerprint), which leaves
out line numbers, so a finding that only moved is neither added nor removed.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .model import REPORT_SCHEMA, DocumentRecord, FindingRecord, record_from_json


class CompareError(Exception):
    pass


@dataclass
class DocumentChange:
    path: str
    old_grade: float | None
    new_grade: float | None
    added: list[FindingRecord] = field(default_factory=list)
    removed: list[FindingRecord] = field(default_factory=list)

    @property
    def grade_delta(self) -> float | None:
        if self.old_grade is None or self.new_grade is None:
            return None
        return round(self.new_grade - self.old_grade, 2)


@dataclass
class Comparison:
    old_name: str
    changes: dict[str, DocumentChange]  # by path, documents in both reports
    new_paths: list[str]  # documents only in the new report
    gone_paths: list[str]  # documents only in the old report
    old_by_rule: Counter
    new_by_rule: Counter

    @property
    def added_total(self) -> int:
        return sum(len(c.added) for c in self.changes.values())

    @property
    def removed_total(self) -> int:
        return sum(len(c.removed) for c in self.changes.values())

    def to_json(self) -> dict:
        return {
            "old_report": self.old_name,
            "documents_added": self.new_paths,
            "documents_removed": self.gone_paths,
            "findings_added": self.added_total,
            "findings_removed": self.removed_total,
            "changed": [
                {"path": c.path, "old_grade": c.old_grade, "new_grade": c.new_grade,
                 "grade_delta": c.grade_delta,
                 "added": [f.fingerprint for f in c.added], "removed": [f.fingerprint for f in c.removed]}
                for c in self.changes.values() if c.added or c.removed or c.grade_delta
            ],
        }


def load_report(path: Path) -> list[DocumentRecord]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CompareError(f"{path}: cannot read report: {exc}") from None
    if not isinstance(data, dict) or data.get("schema") != REPORT_SCHEMA or "documents" not in data:
        raise CompareError(f"{path}: not a plainlint report.json (schema {REPORT_SCHEMA})")
    try:
        return [record_from_json(i, doc) for i, doc in enumerate(data["documents"], 1)]
    except (KeyError, TypeError) as exc:
        raise CompareError(f"{path}: malformed document entry: {exc}") from None


def compare(old_name: str, old: list[DocumentRecord], new: list[DocumentRecord]) -> Comparison:
    old_by_path = {d.path: d for d in old}
    new_by_path = {d.path: d for d in new}
    changes = {}
    for path, doc in new_by_path.items():
        before = old_by_path.get(path)
        if before is None:
            continue
        old_prints = {f.fingerprint for f in before.findings}
        new_prints = {f.fingerprint for f in doc.findings}
        changes[path] = DocumentChange(
            path, before.grade, doc.grade,
            added=[f for f in doc.findings if f.fingerprint not in old_prints],
            removed=[f for f in before.findings if f.fingerprint not in new_prints],
        )
    return Comparison(
        old_name, changes,
        new_paths=[p for p in new_by_path if p not in old_by_path],
        gone_paths=[p for p in old_by_path if p not in new_by_path],
        old_by_rule=_rule_counts(old), new_by_rule=_rule_counts(new),
    )


def _rule_counts(documents: list[DocumentRecord]) -> Counter:
    counts: Counter = Counter()
    for doc in documents:
        counts.update(doc.by_rule)
    return counts
