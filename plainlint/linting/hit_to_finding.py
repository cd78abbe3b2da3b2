"""A rule's hit made a Finding: its span, related spans and fix mapped back to exact source
positions, its message on one line, the macro it sits in."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..enums import Applicability
from ..reading.document import Document
from ..reading.fill_ins import as_written
from ..reading.kinds import ARTICLE, REPLY
from ..reading.offsets import PLACEHOLDER, PLACEHOLDER_TEXT, EscapeRefused
from ..reading.spans import ByStart
from ..reading.translation_strings import translation_blocks
from ..rules.base import Hit, RelatedSpan, Rule, inside_sorted
from .findings import NO_FACTS, NONE_RELATED, NOTHING_SUGGESTED, Edit, Finding, Fix, Related


def to_finding(doc: Document, rule: Rule, hit: Hit, severity: str, texts: dict[str, str] | None = None) -> Finding:
    """`texts`, when given, keeps one copy of each message, flagged text and fix text for the
    findings of a file: a 10 MB table's 86,000 findings of one rule repeat a handful of strings
    (issue 24: 330 bytes a finding). It also keeps one list of each set of related spans (every
    repeat of a link text points at the same first link: 250 bytes a finding)."""
    source = doc.source
    if hit.segment is not None:
        span = hit.segment.to_source(hit.start, hit.end)
        start, end = span.start, span.end
        flagged = hit.segment.text[hit.start:hit.end]
        if doc.kind == REPLY and PLACEHOLDER_TEXT in flagged:  # a fill-in shown as the agent wrote it
            flagged = as_written(hit.segment, hit.start, hit.end, source.text, fill_ins_only=True)
    else:
        start, end = hit.start, hit.end
        flagged = source.text[start:end]
    line, column = source.line_col(start)
    end_line, end_column = source.line_col(end)
    context = dict(hit.context)
    macro = _macro_at(doc, start)
    if macro:
        context["macro"] = macro
    fix = _fix_for(doc, hit)
    message = one_line(hit.message)
    if texts is not None:
        message, flagged = texts.setdefault(message, message), texts.setdefault(flagged, flagged)
        if fix is not None:
            fix.message = texts.setdefault(fix.message, fix.message)
            for edit in fix.edits:
                edit.content = texts.setdefault(edit.content, edit.content)
    return Finding(
        path=source.path, start=start, end=end, line=line, column=column,
        end_line=end_line, end_column=end_column, rule=rule.name, code=rule.code,
        category=rule.category, severity=severity, message=message,
        suggestions=list(hit.suggestions) if hit.suggestions else NOTHING_SUGGESTED,
        fix=fix, context=context or NO_FACTS,
        flagged=flagged, related=_related_list(doc, hit.related, texts) if hit.related else NONE_RELATED,
        shared=texts,
    )


def _related_list(doc: Document, spans, shared: dict | None) -> list[Related]:
    """The related spans of a finding; one list for equal ones when `shared` is given (never
    changed in place once a finding is made)."""
    related = [_related(doc, span) for span in spans]
    if shared is None:
        return related
    key = tuple((r.start, r.end, r.message) for r in related)  # the same offsets: the same lines
    return shared.setdefault(key, related)


_LAID_OUT = re.compile(r"\s*[\r\n\t\f\v\u2028\u2029]\s*| {2,}")


def one_line(message: str) -> str:
    """A message on one line: the words a message quotes keep the source's layout ('is\\r\\n\\t\\t
    captured'), which would break a line of the text report, a GitHub annotation or an editor's
    hover. Any run of spaces, tabs or line breaks becomes one space."""
    if "  " not in message and message.isprintable():  # (none of _LAID_OUT's characters: most messages; speed29)
        return message
    return _LAID_OUT.sub(" ", message)


def _related(doc: Document, span: RelatedSpan) -> Related:
    """A related span in source offsets and line/column, as the finding's own span is mapped."""
    if span.segment is not None:
        mapped = span.segment.to_source(span.start, span.end)
        start, end = mapped.start, mapped.end
    else:
        start, end = span.start, span.end
    line, column = doc.source.line_col(start)
    end_line, end_column = doc.source.line_col(end)
    return Related(start, end, line, column, end_line, end_column, span.message)


def _macro_at(doc: Document, offset: int) -> str | None:
    """The name of the macro whose string holds `offset`, by bisection: an export of thousands
    of macros would otherwise scan every span for every finding."""
    span = doc.cached("macro spans by start", lambda: ByStart(doc.macro_spans)).holding(offset)
    return span.name if span is not None else None


def _fix_for(doc: Document, hit: Hit) -> Fix | None:
    """An edit on the original source, or None when the span does not map exactly."""
    rewrite = hit.rewrite
    if rewrite is None or rewrite.applicability is None:
        return None
    start, end = rewrite.span or (hit.start, hit.end)
    if hit.segment is None:
        src_start, src_end, content = start, end, rewrite.text
    else:
        span = hit.segment.to_source(start, end)
        if not span.exact or doc.source.text[span.start:span.end] != hit.segment.text[start:end]:
            return None
        if any(p.kind == PLACEHOLDER for p in hit.segment.map.pieces_in(start, end)):
            return None
        try:
            content = hit.segment.escape(rewrite.text)
        except EscapeRefused:
            return None
        src_start, src_end = span.start, span.end
    if any(c in text for text in (content, doc.source.text[src_start:src_end]) for c in "\r\n"):
        return None  # a fix never adds or removes a line break: lines and their endings stay
    if _touches_a_template_tag(doc, src_start, src_end) or _inside_a_translation_block(doc, src_start, src_end) \
            or _inside_a_macro_name(doc, src_start, src_end):
        return None
    applicability, message = rewrite.applicability, rewrite.message or "Apply suggested rewrite"
    if applicability == Applicability.SAFE and _changes_an_anchor(doc, src_start, src_end, content):
        applicability, message = Applicability.UNSAFE, message + HEADING_ANCHOR_NOTE
    return Fix(applicability, message, [Edit(src_start, src_end, content)])


# An article's heading with no id of its own is linked by the anchor its words make ('## Whitelist
# admins' is '#whitelist-admins' on GitHub, VitePress, MkDocs, Docusaurus): rewriting the words breaks
# every link to it, on the page and from other pages (user37: ente's 'cli.md' linked a heading a fix
# rewrote). Such a fix is unsafe, applied only with --unsafe-fixes, and says why.
HEADING_ANCHOR_NOTE = " (changes the heading's link anchor: update links to it)"


def _changes_an_anchor(doc: Document, start: int, end: int, content: str) -> bool:
    """Whether replacing source start..end with `content` changes a heading's link anchor. A fix of
    letter case alone ('Github' -> 'GitHub', 'Internet' -> 'internet') does not: every generator named
    above lower-cases the anchor (rev38: 16 of the corpus's 54 demoted fixes were such, told they
    changed the anchor)."""
    if doc.source.text[start:end].lower() == content.lower():
        return False
    return _inside_a_heading_named_by_its_words(doc, start, end)


def _inside_a_heading_named_by_its_words(doc: Document, start: int, end: int) -> bool:
    """Whether source start..end lies in an article's heading whose anchor comes from its words:
    a Markdown heading without an `{#id}`, an HTML heading without an `id`."""
    if doc.kind != ARTICLE:
        return False  # an e-mail or a reply is not linked into by anchors
    return inside_sorted(start, end, doc.cached("headings named by their words", lambda: sorted(
        (heading.start, heading.close_end if heading.close_end is not None else heading.end)
        for heading in doc.elements
        if heading.kind == "heading" and not _has_its_own_id(doc, heading))))


# A Markdown heading's attribute list naming its id, closing its line: `{#verify}` (Pandoc, Hugo,
# Docusaurus), `{: #verify}` (kramdown), `{ #verify .wide }` (MkDocs' attr_list), `\{#verify\}` (MDX,
# escaped). Anywhere else `{#` is the heading's text ("## Use the `{#each}` block": Svelte's syntax in
# inline code; rev38: any `{#` in the heading kept the fix safe, and the fix broke the anchor).
_ID_ATTRIBUTES = re.compile(r"\\?\{:?[ \t]*(?:[^{}\n]*[ \t])?#[^\s{}#\\]+(?:[ \t][^{}\n]*)?\\?\}[ \t]*\r?$", re.M)


def _has_its_own_id(doc: Document, heading) -> bool:
    """Whether a heading names its anchor itself: `id=` on an HTML heading, an attribute list
    with an `#id` at the end of a Markdown one's line. Any other way (a MyST `(label)=` line, an
    `<a id>` inside) counts as none, so its fixes are unsafe: the cautious side."""
    if heading.syntax == "html":
        return "id" in heading.html
    return _ID_ATTRIBUTES.search(doc.source.text, heading.start, heading.end) is not None


def _touches_a_template_tag(doc: Document, start: int, end: int) -> bool:
    """Whether source start..end overlaps a template tag: one bisection per fix, not a scan of
    every tag (a template of many tags with a fix in every paragraph)."""
    tags, reach = doc.cached("template tags by start", lambda: _tags_and_reach(doc.template_tags))
    index = bisect_right(reach, start)  # tags before it all end at or before `start`
    while index < len(tags) and tags[index].start < end:
        if tags[index].end > start:
            return True
        index += 1
    return False


def _inside_a_translation_block(doc: Document, start: int, end: int) -> bool:
    """Whether source start..end lies in a translation block: an edit there changes the message
    id, so every translation of it silently stops matching and readers of other languages get
    English (user29, indico's e-mails). The finding stays, with its suggestions; as for a
    `_("...")` literal, no fix is offered."""
    return inside_sorted(start, end, doc.cached("translation block bodies", lambda: [
        (opening.end, closing.start) for opening, closing in translation_blocks(doc)]))


def _inside_a_macro_name(doc: Document, start: int, end: int) -> bool:
    """Whether source start..end lies in a string that is its macro's name (a Zendesk or Freshdesk
    title, a saved reply's name): `--fix` renamed the macro, which agents look it up by and
    `suppress` names (user29: a suppressed macro's findings came back after the fix)."""
    return bool(doc.macro_names) and inside_sorted(start, end, doc.cached("macro names in order",
                                                                          lambda: sorted(doc.macro_names)))


def _tags_and_reach(tags) -> tuple[list, list[int]]:
    """Tags in start order, and how far the tags so far reach (a running maximum of their ends)."""
    ordered = sorted(tags, key=lambda tag: tag.start)
    reach, furthest = [], -1
    for tag in ordered:
        furthest = max(furthest, tag.end)
        reach.append(furthest)
    return ordered, reach
