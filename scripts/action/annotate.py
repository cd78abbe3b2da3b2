"""Step "Annotate": findings as workflow commands, shown as annotations on the diff.

Derived from the JSON report (no second run), with plainlint's own `--format github` escaping.
GitHub shows at most 10 error and 10 warning annotations per step (50 per job), so when there
are more a notice says where the rest are: every finding is counted in the job summary and
listed in the log of the Lint step.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gha  # noqa: E402
from plainlint.output.github import COMMANDS, workflow_command  # noqa: E402

SHOWN_PER_KIND = 10  # GitHub's limit per step for each of error, warning (and notice)


def properties(entry: dict) -> dict:
    """file/line/col as `--format github` writes them: no columns when a finding spans lines
    (the runner drops them there), and a file not read carries only what its error knows."""
    props = {"file": gha.repo_path(entry["path"]) or entry["path"]}
    if entry.get("line"):
        props["line"] = entry["line"]
        props["endLine"] = entry.get("end_line") or entry["line"]
        if props["endLine"] == entry["line"] and entry.get("column") and not gha.is_file_error(entry):
            props["col"] = entry["column"]
            props["endColumn"] = entry.get("end_column") or entry["column"]
    props["title"] = ("plainlint: file not linted" if gha.is_file_error(entry)
                      else f"{entry.get('code') or ''} {entry['rule']}".strip())
    return props


def kind(entry: dict) -> str:
    """error, warning or notice: the workflow command, and the bucket GitHub limits."""
    return "error" if gha.is_file_error(entry) else COMMANDS[entry["severity"]]


def annotation(entry: dict) -> str:
    return workflow_command(kind(entry), properties(entry), entry["message"])


def overflow(entries: list[dict]) -> str | None:
    """The notice for annotations GitHub will not show, or None when all of them are shown."""
    kinds = Counter(map(kind, entries))
    hidden = sum(max(0, n - SHOWN_PER_KIND) for n in kinds.values())
    if not hidden:
        return None
    return (f"{len(entries)} annotations: GitHub shows {SHOWN_PER_KIND} of each kind per step, so about "
            f"{hidden} are not shown on the diff. The job summary counts every finding; the Lint step's "
            "log lists them all.")


def main() -> int:
    entries = gha.load_report(Path(gha.env("PLAINLINT_WORK")) / "report.json")
    if entries is None:
        print("plainlint wrote no report: nothing to annotate (see the Lint step)")
        return 0
    for entry in entries:
        print(annotation(entry))
    message = overflow(entries)
    if message:
        print(gha.notice(message))
    return 0


if __name__ == "__main__":
    sys.exit(main())
