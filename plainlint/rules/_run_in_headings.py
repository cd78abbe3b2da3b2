"""A writer's own run-in heading: a line that opens with a bold phrase ending in a colon
('**Verify Functionality:**', '**We're Monitoring**:'). It names the part below it; it is no
label on screen (jargon) and no sentence of its own (vague-timeline's incident notes)."""

from __future__ import annotations

import re

# Bold in the source: Markdown's ** or __, HTML's <b> or <strong>.
BOLD_MARK = re.compile(r"\*\*|__|<(/?)(?:b|strong)\b[^>]*>", re.I)
_LINE_OPENER = re.compile(r"[ \t]*(?:[-*+]|\d+[.)])?[ \t]*(?:\*\*|__|<(?:b|strong)\b[^>]*>)", re.I)


def closes_a_run_in_heading(source: str, line_start: int, closing: re.Match) -> bool:
    """Whether `closing` (a BOLD_MARK match) ends a bold phrase that opens the line at
    `line_start` with a colon inside it or right after it."""
    bold_end = closing.end()
    colon_inside = source[closing.start() - 1:closing.start()] == ":"
    return _LINE_OPENER.match(source, line_start) is not None and \
        (colon_inside or source[bold_end:bold_end + 1] == ":")


def in_a_run_in_heading(source: str, start: int, end: int) -> bool:
    """Whether source[start:end] lies inside a run-in heading's bold phrase."""
    line_start = source.rfind("\n", 0, start) + 1
    line_end = source.find("\n", end)
    if BOLD_MARK.search(source, line_start, start) is None:
        return False
    closing = BOLD_MARK.search(source, end, len(source) if line_end < 0 else line_end)
    return closing is not None and closing.group(1) != "" and closes_a_run_in_heading(source, line_start, closing)
