"""What a document is about, read off its title: the front matter's `title` and its top-level
headings. Shared by rules that let a document's own subject pass (issue 30): a page titled
"Configure IIS logging" is read by people who came for IIS, and a page titled "Add an action to
the hover panel" describes hovering rather than asking a reader to hover."""

from __future__ import annotations

import bisect

from ..enums import Scope
from ..reading.document import Document


def title_text(doc: Document) -> str:
    """The document's title text (front matter `title`, level-1 headings), one line each."""
    def compute():
        tops = sorted((e.start, e.end) for e in doc.elements if e.kind == "heading" and e.level == 1)
        lines = []
        for segment in doc.segments:
            if segment.context.get("front_matter") == "title":
                lines.append(segment.text)
            elif segment.scope == Scope.HEADING and tops and not segment.context.get("front_matter"):
                if _in_a_heading(segment.to_source(0, 0).start, tops):
                    lines.append(segment.text)
        return "\n".join(lines)
    return doc.cached("title text", compute)


def _in_a_heading(start: int, tops: list[tuple[int, int]]) -> bool:
    """Whether `start` is inside one of the sorted, separate heading spans `tops`: only the last
    that starts by it can hold it (bisection: a document of many level-1 headings asked each of
    them for each heading, quadratic in the many_headings scaling case)."""
    index = bisect.bisect_right(tops, (start, float("inf"))) - 1
    return index >= 0 and start < tops[index][1]
