"""Step "Summary": the job summary ($GITHUB_STEP_SUMMARY) in Markdown, from the JSON report.

GitHub shows only about ten annotations of each kind per step, so the summary is where every
finding is counted: per rule, per category and per file, then the first findings (and every file
that could not be read) as tables whose locations link to the line at the linted commit.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gha  # noqa: E402

TOP_FILES = 10
MARKDOWN_SPECIAL = set("\\`*_[]<>|~#")


def cell(text) -> str:
    """Text for a table cell: one line, Markdown and HTML shown as typed, `|` not a column."""
    text = " ".join(str(text).split()).replace("&", "&amp;")
    return "".join("\\" + c if c in MARKDOWN_SPECIAL else c for c in text)


def location(entry: dict) -> str:
    label = entry["path"] + (f":{entry['line']}" if entry.get("line") else "")
    url = gha.blob_url(entry["path"], entry.get("line"))
    return f"[{cell(label)}]({url})" if url else cell(label)


def table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def headline(findings: list[dict], errors: list[dict], code: int) -> str:
    files = len({f["path"] for f in findings})
    parts = [f"{len(findings)} finding(s) in {files} file(s)" if findings else "no findings"]
    if errors:
        parts.append(f"{len(errors)} file(s) could not be read")
    severities = Counter(f["severity"] for f in findings)
    counts = ", ".join(f"{severities[s]} {s}{'' if s == 'info' else '(s)'}"
                       for s in ("error", "warning", "info") if severities[s])
    return (f"## plainlint: {'; '.join(parts)}\n\n"
            + (f"{counts}. " if counts else "")
            + f"Exit code **{code}**: {gha.meaning(code)}.\n")


def per_rule(findings: list[dict]) -> str:
    counts = Counter((f.get("code") or "", f["rule"], f["category"]) for f in findings)
    rows = [[cell(code), cell(rule), cell(category), n]
            for (code, rule, category), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "### Findings per rule\n\n" + table(["Code", "Rule", "Category", "Findings"], rows)


def per_category(findings: list[dict]) -> str:
    counts = Counter(f["category"] for f in findings)
    rows = [[cell(category), n] for category, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "### Findings per category\n\n" + table(["Category", "Findings"], rows)


def top_files(findings: list[dict], limit: int = TOP_FILES) -> str:
    counts = Counter(f["path"] for f in findings)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    rows = [[location({"path": path}), n] for path, n in ranked[:limit]]
    more = f"\n{len(ranked) - limit} more file(s) have findings.\n" if len(ranked) > limit else ""
    return "### Files with the most findings\n\n" + table(["File", "Findings"], rows) + more


def not_read(errors: list[dict], limit: int) -> str:
    rows = [[location(e), cell(e["message"])] for e in errors[:limit]]
    more = f"\n{len(errors) - limit} more: see the log of the Lint step.\n" if len(errors) > limit else ""
    return "### Files that could not be read\n\n" + table(["File", "Error"], rows) + more


def first_findings(findings: list[dict], limit: int) -> str:
    rows = [[location(f), f["severity"], cell(f"{f.get('code') or ''} {f['rule']}".strip()), cell(f["message"])]
            for f in findings[:limit]]
    more = ""
    if len(findings) > limit:
        more = (f"\n{len(findings) - limit} more finding(s) are counted above and listed in the log "
                "of the Lint step.\n")
    title = "### Findings" if len(findings) <= limit else f"### First {limit} findings"
    return f"{title}\n\n" + table(["Where", "Severity", "Rule", "Message"], rows) + more


def baseline_notes(stderr: str) -> str:
    """plainlint's notice that baseline entries were not found (fixed, reworded, or their file
    gone), which the log alone showed: a lead reading the summary learns the baseline is stale
    (user34)."""
    notes = [line.strip() for line in stderr.splitlines() if " baseline entr" in line and "no longer found" in line]
    return "".join(f"> {cell(note)}\n" for note in notes)


def no_report(code: int, stderr: str) -> str:
    """plainlint stopped before writing a report (a usage or config error): show why."""
    tail = "\n".join(stderr.strip().splitlines()[-20:]) or "(nothing on stderr)"
    fence = "````" if "```" in tail else "```"
    return (f"## plainlint: no report\n\nExit code **{code}**: {gha.meaning(code)}. "
            f"plainlint wrote no report; its error output:\n\n{fence}text\n{tail}\n{fence}\n")


def render(entries: list[dict] | None, code: int, stderr: str = "", limit: int = 50) -> str:
    if entries is None:
        return no_report(code, stderr)
    errors = [e for e in entries if gha.is_file_error(e)]
    findings = [e for e in entries if not gha.is_file_error(e)]
    parts = [headline(findings, errors, code)]
    if notes := baseline_notes(stderr):
        parts.append(notes)
    if errors:
        parts.append(not_read(errors, limit))
    if findings:
        parts += [per_rule(findings), per_category(findings), top_files(findings),
                  first_findings(findings, limit)]
    return "\n".join(parts)


def main() -> int:
    work = Path(gha.env("PLAINLINT_WORK"))
    stderr_file = work / "stderr.txt"
    stderr = stderr_file.read_text(encoding="utf-8") if stderr_file.is_file() else ""
    code = int(gha.env("EXIT_CODE") or 2)
    limit = int(gha.env("SUMMARY_LIMIT") or 50)
    gha.append_summary(render(gha.load_report(work / "report.json"), code, stderr, limit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
