"""The per-document view: the source text with each finding highlighted at its exact span, and
the findings with their suggested rewrites beside it.

Views are rendered while the run streams files, so the report never holds every file's text.
Inline, they are sections of the report shown one at a time through CSS :target (the tables
link to `#doc-N`); in a folder beside the report each is its own small page. A document without
findings gets a short section without its text.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape

from .model import DocumentRecord, FindingRecord

BACK_LINK = "#documents"  # rewritten for views written to a folder beside the report
WIDE_SPAN = 160  # findings longer than this, or scoring a paragraph or document, are shaded lightly


def grade_text(record: DocumentRecord) -> str:
    if record.grade is None:
        return "not graded" if record.words else "no prose"
    return f"{round(record.grade, 2):.1f}"  # from the value report.json holds, so both show the same


def _is_wide(finding) -> bool:
    return finding.end - finding.start > WIDE_SPAN or finding.context.get("scope") in ("paragraph", "document")


def highlighted(text: str, findings, anchor: str, origin: int = 0) -> str:
    """The text, HTML-escaped, with <mark data-f="1 3"> around every run covered by findings 1 and 3
    (1-based, source order) and an empty anchor where each finding starts. `text` starts at
    source offset `origin`."""
    starts, ends = defaultdict(list), defaultdict(list)
    for number, finding in enumerate(findings, 1):
        starts[finding.start - origin].append(number)
        ends[finding.end - origin].append(number)
    bounds = sorted({0, len(text), *starts, *ends})
    wide = {n for n, f in enumerate(findings, 1) if _is_wide(f)}
    out: list[str] = []
    active: set[int] = set()
    for here, after in zip(bounds, bounds[1:] + [None]):
        active.difference_update(ends.get(here, ()))
        for number in starts.get(here, ()):
            out.append(f'<span class="anchor" id="{anchor}-f{number}"></span>')
            if findings[number - 1].end - origin > here:
                active.add(number)
        if after is None:
            break
        piece = escape(text[here:after])
        if active:
            kind = "hl-wide" if active <= wide else "hl"
            numbers = " ".join(str(n) for n in sorted(active))
            out.append(f'<mark class="{kind}" data-f="{numbers}">{piece}</mark>')
        else:
            out.append(piece)
    return "".join(out)


def changed_part(old: str, new: str) -> tuple[str, str]:
    """`old` and `new` without the text they share at both ends: an edit that removes "simply "
    is stored as "simply c" -> "c" (it keeps the next letter's case), and shows as a deletion."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[len(old) - 1 - end] == new[len(new) - 1 - end]:
        end += 1
    return old[start:len(old) - end], new[start:len(new) - end]


def edit_text(old: str, new: str) -> str:
    """One edit for people: "delete 'x'", "insert 'y'" or "x → y"."""
    removed, added = changed_part(old, new)
    if not (removed + added).strip() or (new and old and not any(c.isspace() for c in old)):
        # one word changed ('e-mail' -> 'email', 'login' -> 'log in'): the whole word reads better
        # than "delete '-'" or "insert ' '"
        return f"<del>{escape(old)}</del> \u2192 <ins>{escape(new)}</ins>"
    if removed and not added:
        return f"delete \u2018<del>{escape(removed)}</del>\u2019"
    if added and not removed:
        return f"insert \u2018<ins>{escape(added)}</ins>\u2019"
    return f"<del>{escape(old)}</del> \u2192 <ins>{escape(new)}</ins>"


def _rewrite(source_text: str, finding) -> str:
    if finding.fix is not None:
        pairs = "; ".join(edit_text(source_text[e.start:e.end], e.content) for e in finding.fix.edits)
        return (f'<p class="rewrite">Suggested rewrite ({escape(finding.fix.applicability)} fix): {pairs}</p>')
    options = [s for s in finding.suggestions if s][:5]
    if options:
        return '<p class="rewrite">Suggestions: ' + "; ".join(f"<ins>{escape(s)}</ins>" for s in options) + "</p>"
    return ""


def _finding_item(anchor: str, number: int, finding, source_text: str, new: bool) -> str:
    badge = ' <strong class="badge">new</strong>' if new else ""
    return (
        f'<li class="sev-{escape(finding.severity)}">'
        f'<a href="#{anchor}-f{number}">Finding {number}: line {finding.line}, column {finding.column}</a> '
        f'<span class="rule">{escape(finding.rule)}</span> '
        f'<span class="muted">({escape(finding.code)}, {escape(finding.severity)})</span>{badge}'
        f'<p>{escape(finding.message)}</p>{_rewrite(source_text, finding)}</li>'
    )


def _removed_list(removed: list[FindingRecord]) -> str:
    if not removed:
        return ""
    items = "".join(
        f'<li><span class="rule">{escape(f.rule)}</span> was at line {f.line}, column {f.column}: '
        f'\u201c{escape(f.text)}\u201d</li>' for f in removed
    )
    return f"<h3>Fixed since the earlier report</h3><ul>{items}</ul>"


def document_view(record: DocumentRecord, source_text: str | None, findings, new_prints: set[str] | None,
                  removed: list[FindingRecord], start: int = 0, end: int | None = None) -> str:
    """The view of one document: `source_text[start:end]` (one macro of an export, or all) with
    its findings highlighted, and the findings with their rewrites."""
    anchor = record.anchor
    meta = (f'{record.kind.capitalize()} \u00b7 {escape(record.format)} \u00b7 grade {grade_text(record)} '
            f'(target {record.target:g}, {escape(record.formula)}) \u00b7 {record.words} words \u00b7 '
            f'{len(findings)} findings')
    head = (f'<section class="docview" id="{anchor}" aria-labelledby="{anchor}-h">'
            f'<h2 id="{anchor}-h">{escape(record.path)}</h2><p class="muted">{meta}. '
            f'<a href="{BACK_LINK}">Back to all documents</a></p>')
    if record.error:
        return head + f"<p>This file could not be read: {escape(record.error)}</p></section>"
    if not findings or source_text is None:
        return head + "<p>No findings in this document, so its text is not repeated here.</p>" + _removed_list(removed) + "</section>"
    items = "".join(
        _finding_item(anchor, n, f, source_text, new_prints is not None and r.fingerprint in new_prints)
        for n, (f, r) in enumerate(zip(findings, record.findings), 1)
    )
    return (
        head + '<div class="docgrid">'
        f'<div class="doctext"><h3>Text with findings highlighted</h3>'
        f'<pre tabindex="0" role="region" aria-label="Text of {escape(record.path)}"><code>{highlighted(source_text[start:end], findings, anchor, start)}</code></pre></div>'
        f'<div class="docfindings"><h3>Findings and suggested rewrites</h3><ol>{items}</ol>{_removed_list(removed)}</div>'
        "</div></section>"
    )
