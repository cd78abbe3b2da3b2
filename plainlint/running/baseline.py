"""Baselines: record today's findings, then report only findings that are not in the record.

Entries are keyed by `fingerprint.fingerprints()` (the GitLab report uses the same function):
path, rule code, flagged text and rank among identical findings, never the line number, so
edits elsewhere in a file do not turn old findings into new ones. Paths are taken relative to
the baseline file's folder, so the baseline works from any working directory.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..linting.findings import Finding

FORMAT_KEY = "plainlint-baseline"
VERSION = 1


class BaselineError(Exception):
    pass


def _relative_to(folder: Path, display: str) -> str:
    absolute = os.path.abspath(display)
    try:
        return Path(os.path.relpath(absolute, folder)).as_posix()
    except ValueError:  # another drive on Windows
        return Path(absolute).as_posix()


class Baseline:
    def __init__(self, path: Path, entries: dict[str, dict] | None = None):
        self.path = path
        self.folder = Path(os.path.abspath(path)).parent
        self.entries = entries or {}
        self.matched: set[str] = set()
        self.checked_paths: set[str] = set()

    @classmethod
    def load(cls, path: Path) -> "Baseline":
        try:
            data = json.loads(path.read_text(encoding="utf-8", errors="surrogateescape"))
        except FileNotFoundError:
            raise BaselineError(f"{path}: error: baseline file not found (create it with --write-baseline)") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise BaselineError(f"{path}: error: cannot read baseline: {exc}") from None
        except json.JSONDecodeError as exc:
            raise BaselineError(f"{path}:{exc.lineno}:{exc.colno}: error: invalid baseline JSON: {exc.msg}") from None
        if not isinstance(data, dict) or data.get(FORMAT_KEY) != VERSION or not isinstance(data.get("findings"), list):
            raise BaselineError(f"{path}: error: not a plainlint baseline (expected {{\"{FORMAT_KEY}\": {VERSION}, \"findings\": [...]}})")
        entries = {}
        for entry in data["findings"]:
            if isinstance(entry, dict) and isinstance(entry.get("fingerprint"), str):
                entries[entry["fingerprint"]] = entry
        return cls(path, entries)

    def keyed(self, findings: list[Finding]) -> list[tuple[str, Finding]]:
        """(fingerprint, finding) with the path as seen from the baseline's folder."""
        from ..linting.fingerprint import fingerprints  # (a run without a baseline imports this module only)

        moved = [f.replaced(path=_relative_to(self.folder, f.path)) for f in findings]
        return list(zip(fingerprints(moved), findings))

    def new_findings(self, findings: list[Finding]) -> list[Finding]:
        """Findings not in the baseline. Pure: use it while fixing, `filter` for the report."""
        return [f for key, f in self.keyed(findings) if key not in self.entries]

    def filter(self, path: str, findings: list[Finding]) -> list[Finding]:
        self.checked_paths.add(_relative_to(self.folder, path))
        kept = []
        for key, finding in self.keyed(findings):
            if key in self.entries:
                self.matched.add(key)
            else:
                kept.append(finding)
        return kept

    def stale(self) -> int:
        """Entries for files checked in this run that no longer occur (fixed or reworded)."""
        return sum(1 for key, entry in self.entries.items()
                   if key not in self.matched and entry.get("path") in self.checked_paths)


class BaselineWriter:
    def __init__(self, path: Path):
        self.baseline = Baseline(path)
        self.rows: list[dict] = []

    def add(self, findings: list[Finding]) -> None:
        for key, finding in self.baseline.keyed(findings):
            self.rows.append({
                "fingerprint": key,
                "path": _relative_to(self.baseline.folder, finding.path),
                "code": finding.code,
                "rule": finding.rule,
                "line": finding.line,
                "text": " ".join(finding.flagged.split())[:200],
            })

    def write(self) -> int:
        """Write the rows, one per fingerprint (a file linted twice must not be recorded twice)."""
        unique = {row["fingerprint"]: row for row in self.rows}.values()
        rows = sorted(unique, key=lambda r: (r["path"], r["line"], r["code"], r["fingerprint"]))
        from ..fixing.atomic import WriteError, write_atomic

        text = json.dumps({FORMAT_KEY: VERSION, "findings": rows}, indent=2, ensure_ascii=False) + "\n"
        try:
            # surrogateescape: the path of a file whose name is not UTF-8 is written as its bytes,
            # and read back the same way, so the entry matches that file again
            write_atomic(self.baseline.path, text.encode("utf-8", "surrogateescape"))
        except WriteError as exc:
            raise BaselineError(f"{self.baseline.path}: error: {exc}") from None
        return len(rows)

