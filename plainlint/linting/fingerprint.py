"""Stable finding fingerprints, shared by the GitLab Code Quality report and the baseline.

A fingerprint must survive unrelated edits: lines added above a finding move its line number,
so the line is left out. It hashes the file path, the rule code, the flagged prose (whitespace
folded, case kept) and the finding's rank among findings with that same path, code and text, so
two identical phrases in one file get two fingerprints and a third occurrence is "new".
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

from .findings import Finding, folded


def fingerprint_key(finding: Finding) -> tuple[str, str, str]:
    return (finding.path, finding.code, folded(finding.flagged))


def fingerprints(findings: Iterable[Finding]) -> list[str]:
    """Fingerprints in the order given; findings should be in source order within each file."""
    seen: Counter = Counter()
    result = []
    for finding in findings:
        key = fingerprint_key(finding)
        rank = seen[key]
        seen[key] += 1
        payload = "\x1f".join((*key, str(rank)))
        # surrogateescape: a file name that is not UTF-8 keeps its own bytes (and its fingerprint)
        result.append(hashlib.sha256(payload.encode("utf-8", "surrogateescape")).hexdigest())
    return result
