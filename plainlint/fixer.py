"""Applying fixes to the original source text."""

from __future__ import annotations

from .findings import Edit, Finding


def select_edits(findings: list[Finding], unsafe: bool = False) -> list[Edit]:
    """Non-overlapping edits in source order; on overlap the earlier finding wins."""
    chosen: list[Edit] = []
    candidates = []
    for finding in findings:
        if finding.fix is None:
            continue
        if finding.fix.applicability == "unsafe" and not unsafe:
            continue
        candidates.extend(finding.fix.edits)
    last_end = -1
    for edit in sorted(candidates, key=lambda e: (e.start, e.end)):
        if edit.start < last_end or (edit.start == last_end and edit.start == edit.end):
            continue
        chosen.append(edit)
        last_end = edit.end
    return chosen


def apply_edits(text: str, edits: list[Edit]) -> str:
    out, pos = [], 0
    for edit in sorted(edits, key=lambda e: e.start):
        out.append(text[pos:edit.start])
        out.append(edit.content)
        pos = edit.end
    out.append(text[pos:])
    return "".join(out)
