"""Where a link sits in a table of contents: its heading and the list items it is nested in.

A table of contents (GitBook's and mdBook's `SUMMARY.md`, docsify's `_sidebar.md`, an index page
that is only a list of links) is rendered as a navigation tree: 'Guides' under the group 'GitBook
Agent' and 'Guides' under 'Docs as code' are told apart by the group, and 'Display Issues' under
'Windows' and under 'macOS' by the list item they are nested in. WCAG's techniques H80 (link text
with the preceding heading) and H81 (a link in a nested list with the name of the enclosing list
item) make that context part of the link's purpose. So in such a document link-text's "same text,
different destination" compares a link's text with its context (trial9's SUMMARY.md: 17 findings,
every one such a sidebar label). Anywhere else a link's text is compared on its own: in prose a
screen reader's list of links shows the text alone. Recognised by its lines, never by its name.
Panels of a set of tabs (MyST's `{tab-item}`) are alternatives the page shows one at a time: a
link in one is compared only with links in the same panel (trial12: 'our download page' for
each OS's download, one per tab).
"""

from __future__ import annotations

import bisect
import re

from ..reading.spans import lines_with_starts

# A list item holding one link and nothing else ("* [Title](path)", "  - [Title](path "Title")"),
# or an mdBook prefix or suffix chapter (a link alone on its line).
_LINK = r"\[(?:[^\]\\\n]|\\.)*\]\([^)\n]*\)"
_LINK_ITEM = re.compile(r"^([ \t]*)(?:(?:[*+-]|\d{1,3}[.)])[ \t]+)?" + _LINK + r"[ \t]*$")
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$")
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")  # mdBook's separator
_COMMENT = re.compile(r"^[ \t]*<!--.*-->[ \t]*$")
MIN_LINK_ITEMS = 5  # fewer links than this is a short list of related pages, not a navigation tree


def context_key(doc, offset: int) -> tuple | None:
    """The heading and enclosing list items of the link at `offset` in a table of contents, or None
    when the document is not one (or the link is not on one of its list lines)."""
    table = doc.cached("link-text contents", lambda: _contexts(doc))
    if table is None:
        return ("tab", doc.tab_panel_at(offset)) if doc.tab_panels else None
    line_starts, contexts = table
    return contexts.get(bisect.bisect_right(line_starts, offset) - 1)


def _contexts(doc):
    """Every link line's context, by line number, or None when any line is something else."""
    if doc.format not in ("markdown", "mdx"):
        return None
    text = doc.source.text
    first = text.count("\n", 0, doc.front_matter[1]) if doc.front_matter else 0
    heading, parents, contexts, line_starts = "", [], {}, []
    for number, (start, line) in enumerate(lines_with_starts(text)):
        line_starts.append(start)
        if number < first:
            continue
        stripped = line.rstrip("\r")
        item = _LINK_ITEM.match(stripped)
        if item:
            indent = len(item.group(1).expandtabs(4))
            while parents and parents[-1][0] >= indent:
                parents.pop()
            contexts[number] = (heading, tuple(words for _, words in parents))
            parents.append((indent, " ".join(stripped.split())))
            continue
        heading_match = _HEADING.match(stripped)
        if heading_match:
            heading, parents = heading_match.group(1), []
        elif stripped.strip() and not _RULE.match(stripped) and not _COMMENT.match(stripped):
            return None
    if len(contexts) < MIN_LINK_ITEMS:
        return None
    return line_starts, contexts

