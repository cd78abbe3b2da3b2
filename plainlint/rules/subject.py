"""What a document is about, read off its title: the front matter's `title` and its top-level
headings. Shared by rules that let a document's own subject pass (issue 30): a page titled
"Configure IIS logging" is read by people who came for IIS, and a page titled "Add an action to
the hover panel" describes hovering rather than asking a reader to hover."""

from __future__ import annotations

from ..enums import Scope
from ..reading.document import Document
from ..reading.spans import span_holding


def title_text(doc: Document) -> str:
    """The document's title text (front matter `title`, level-1 headings), one line each."""
    def compute():
        tops = sorted((e.start, e.end) for e in doc.elements if e.kind == "heading" and e.level == 1)
        lines = []
        for segment in doc.segments:
            if segment.context.get("front_matter") == "title":
                lines.append(segment.text)
            elif segment.scope == Scope.HEADING and tops and not segment.context.get("front_matter"):
                if span_holding(tops, segment.source_span().start) is not None:  # (bisection: linear)
                    lines.append(segment.text)
        return "\n".join(lines)
    return doc.cached("title text", compute)
