"""Runs rules over a document and turns their hits into Findings with exact source positions."""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..config import FileSettings
from ..reading.document import Document
from .findings import NO_FACTS, NONE_RELATED, NOTHING_SUGGESTED, Edit, Finding, Fix, Related, sort_findings
from ..reading.fill_ins import as_written, settle_kind
from ..reading.kinds import REPLY, detect_kind, project_path
from ..reading.readers.fenced import prose_fences
from ..nlp.sentences import is_english
from ..reading.offsets import PLACEHOLDER, PLACEHOLDER_TEXT, EscapeRefused
from ..reading.readers import format_for, read_document
from ..reading.readers.common import declared_language
from ..rules import find_rule
from ..rules.base import Hit, RelatedSpan, Rule
from ..reading.spans import ByStart
from ..reading.source import BinaryFile, Source, SourceError, decode_source, read_source
from .crash import checked, describe
from .suppress import apply_suppressions

DEFAULT_FORMAT = "text"


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    error: SourceError | None = None
    source: Source | None = None
    document: Document | None = None  # kept for reporters that need more than findings
    settings: FileSettings | None = None


def lint_file(path: Path, display: str, settings: FileSettings, fmt: str | None = None) -> FileResult:
    return _lint_read(lambda html: read_source(path, display, settings.encoding, html, settings.max_file_size),
                      display, settings, fmt)


def lint_file_isolated(path: Path, display: str, settings: FileSettings) -> FileResult:
    """lint_file, with a bug in plainlint confined to the file that triggered it: the run goes
    on, and the file gets one error line (exit code 2) instead of ending the whole run."""
    return isolated(display, lambda: lint_file(path, display, settings))


def isolated(display: str, lint) -> FileResult:
    try:
        return lint()
    except RecursionError:
        return FileResult(display, error=SourceError("nested too deeply to read"))
    except Exception as exc:  # noqa: BLE001 - reported as the file's error, never swallowed
        return FileResult(display, error=SourceError(describe(exc)))


def lint_bytes(data: bytes, display: str, settings: FileSettings, fmt: str | None = None) -> FileResult:
    """Content that is not on disk (standard input), linted as if it were the file `display`."""
    return _lint_read(lambda html: decode_source(data, display, settings.encoding, html), display, settings, fmt)


def _lint_read(read, display: str, settings: FileSettings, fmt: str | None) -> FileResult:
    fmt = fmt or format_for(display) or DEFAULT_FORMAT
    try:
        source = read(fmt in ("html", "template"))
    except BinaryFile as skipped:
        return FileResult(display, _skipped_notice(display, settings, skipped.message))
    except SourceError as error:
        return FileResult(display, error=error)
    return lint_source(source, fmt, settings)


def _skipped_notice(display: str, settings: FileSettings, message: str) -> list[Finding]:
    rule = find_rule("file-skipped")
    if rule not in settings.rules:
        return []
    return [Finding(display, 0, 0, 1, 1, 1, 1, rule.name, rule.code, rule.category,
                    settings.severities[rule.code], hit.message) for hit in rule.notice(None, settings, skipped=message)]


def lint_source(source: Source, fmt: str, settings: FileSettings) -> FileResult:
    with cyclic_gc_paused():
        # the path from the project's root, worked out once: fences and kind detection read it
        project = project_path(source.path, settings.root) if settings.kind is None else None
        try:
            doc = read_document(source, fmt, settings.templates, fields=settings.fields,
                                lint_fenced=prose_fences(settings, source.path, project))
        except SourceError as error:
            return FileResult(source.path, error=error, source=source)
        if declared_language(settings.language):  # `language: und` in config declares nothing
            doc.language, doc.language_origin = settings.language, "config"
        settle_kind(doc, settings.kind or detect_kind(doc, project))  # a reply's "[Name]" is a placeholder
        doc.vocabulary, doc.tree_terms = settings.vocabulary, settings.tree_terms
        settings = settings.for_kind(doc.kind)
        return FileResult(source.path, run_rules(doc, settings), source=source, document=doc, settings=settings)


@contextmanager
def cyclic_gc_paused():
    """Lint one file without CPython's cyclic garbage collector.

    Reading a file makes hundreds of thousands of small objects (offset pieces, segments,
    elements) that live until the file is done, and each collection walks all of them: on a
    2.8 MB macro export the collector alone made the cost grow 5.4x per 4x of input (2.8 s
    without it, 5.3 s with it). Reference counting still frees everything as usual; the
    document holds no reference cycles (elements point at parents only), and whatever cycle a
    file leaves is collected once the collector is back on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def run_rules(doc: Document, settings: FileSettings) -> list[Finding]:
    """Every enabled rule's hits on `doc` as findings (less those `allow` covers), then what the
    engine adds: repeated units and superseded findings dropped, suppressions applied, notices
    (PL9xx) added; sorted by position. A rule that reads only English skips a document in another
    language, and the reply strings of an export whose record declares one."""
    findings: list[Finding] = []
    english = is_english(doc.language)
    skipped_language = False
    foreign = _foreign_records(doc)
    skipped_records: set[str] = set()
    texts: dict[str, str] = {}  # one copy of each message, flagged text and fix text (to_finding)
    for rule in settings.rules:
        if rule.english_only and not english:
            skipped_language = True
            continue
        options = settings.options.get(rule.code, {})
        allowed = settings.allow.get("*", []) + settings.allow.get(rule.code, [])
        if foreign is not None and rule.english_only:
            skipped_records = {span.name for span in foreign.items}
        for hit in checked(rule, doc, options):
            if allowed and _is_allowed(hit, allowed):
                continue
            if foreign is not None and rule.english_only and foreign.holding(_hit_offset(hit)) is not None:
                continue
            findings.append(to_finding(doc, rule, hit, settings.severities.get(rule.code, rule.severity), texts))
    findings = drop_superseded(drop_repeated_units(doc, findings))
    findings += _notices(doc, settings, "encoding-detected")
    findings, notices = apply_suppressions(doc, findings, settings.suppress, {r.code for r in settings.rules})
    for code, facts in notices:
        findings += _notices(doc, settings, code, **facts)
    findings += _notices(doc, settings, "printed-directive")
    findings += _notices(doc, settings, "no-fields")
    findings += _notices(doc, settings, "language-skipped", skipped_language=skipped_language,
                         skipped_records=skipped_records)
    findings += _notices(doc, settings, "fields-detected")
    sort_findings(findings)
    return findings


def _foreign_records(doc: Document) -> ByStart | None:
    """The reply strings whose record declares a language other than English, by start."""
    spans = [span for span in doc.record_languages if not is_english(span.name)]
    return ByStart(spans) if spans else None


def _hit_offset(hit: Hit) -> int:
    return hit.segment.to_source(hit.start, hit.end).start if hit.segment is not None else hit.start


# One span, one finding: a finding of a key rule on exactly the span of a finding of a listed
# rule says more, and the other is dropped. "We'll reply in the near future" is a promise with no
# time (vague-timeline), not only a wordy phrase (jargon), whose "soon" would be no time either.
SUPERSEDES = {"vague-timeline": ("jargon",)}


# Same, for a finding of a listed rule that overlaps the key rule's span: "will be looked into"
# promises a step nobody owns (unowned-commitment); its passive "be looked" says less (issue 31).
SUPERSEDES_OVERLAPPING = {"unowned-commitment": ("passive-voice",)}


# Same, for a finding of a listed rule inside the key rule's span: a stock phrase (cliche) is
# rewritten whole ("please do not hesitate to reach out to us" -> "contact us"), so the wordy words
# within it ("reach out to", jargon) are one more alarm for the same edit (trial6: 54 of a macro
# export's 460 jargon findings). Overlapping only in part, both stay: each asks for its own edit.
SUPERSEDES_INSIDE = {"cliche": ("jargon",)}


def drop_superseded(findings: list[Finding]) -> list[Finding]:
    covered = {(f.start, f.end, other) for f in findings for other in SUPERSEDES.get(f.rule, ())}
    wider = _spans_of_keys(findings, SUPERSEDES_OVERLAPPING)
    around = _spans_of_keys(findings, SUPERSEDES_INSIDE)
    if not covered and not wider and not around:
        return findings
    return [f for f in findings if (f.start, f.end, f.rule) not in covered
            and not _overlaps_any(wider.get(f.rule), f.start, f.end)
            and not _inside_any(around.get(f.rule), f.start, f.end)]


def _spans_of_keys(findings: list[Finding], supersedes: dict[str, tuple[str, ...]]) -> dict[str, list[tuple[int, int]]]:
    """For each superseded rule, the sorted spans of the findings of the rules that supersede it."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for f in findings:
        for other in supersedes.get(f.rule, ()):
            spans.setdefault(other, []).append((f.start, f.end))
    for found in spans.values():
        found.sort()
    return spans


def _inside_any(spans: list[tuple[int, int]] | None, start: int, end: int) -> bool:
    """Whether start..end lies within one of `spans` (sorted, never overlapping one another): only
    the last span that starts at or before `start` can hold it."""
    if not spans:
        return False
    position = bisect_right(spans, (start, float("inf"))) - 1
    return position >= 0 and spans[position][1] >= end


def _overlaps_any(spans: list[tuple[int, int]] | None, start: int, end: int) -> bool:
    """Whether start..end overlaps one of `spans` (sorted, never overlapping one another: the
    findings of one rule): only the last span that starts before `end` can."""
    if not spans:
        return False
    position = bisect_right(spans, (end - 1, float("inf"))) - 1
    return position >= 0 and spans[position][1] > start


def drop_repeated_units(doc: Document, findings: list[Finding]) -> list[Finding]:
    """One long sentence is one problem (issue 26): a reading-level paragraph finding whose
    paragraph is a sentence that sentence-length already reports (nothing but marks and spaces
    around it) is dropped; the sentence-length finding says what to do."""
    sentences = ByStart([f for f in findings if f.rule == "sentence-length"])
    if not sentences.items:
        return findings
    text = doc.source.text

    def repeats(f: Finding) -> bool:
        return f.rule == "reading-level" and f.context.get("scope") == "paragraph" and any(
            s.end <= f.end and not any(ch.isalnum() for ch in text[f.start:s.start] + text[s.end:f.end])
            for s in sentences.between(f.start, f.end))  # only the sentences that start inside it
    return [f for f in findings if not repeats(f)]


def _notices(doc: Document, settings: FileSettings, code_or_name: str, **facts) -> list[Finding]:
    """A notice's findings (rules/notices.py says when it applies), when the selection includes it."""
    notice = find_rule(code_or_name)
    if notice not in settings.rules:
        return []
    return [to_finding(doc, notice, hit, settings.severities[notice.code])
            for hit in notice.notice(doc, settings, **facts)]


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
    if _touches_a_template_tag(doc, src_start, src_end):
        return None
    return Fix(rewrite.applicability, rewrite.message or "Apply suggested rewrite", [Edit(src_start, src_end, content)])


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


def _tags_and_reach(tags) -> tuple[list, list[int]]:
    """Tags in start order, and how far the tags so far reach (a running maximum of their ends)."""
    ordered = sorted(tags, key=lambda tag: tag.start)
    reach, furthest = [], -1
    for tag in ordered:
        furthest = max(furthest, tag.end)
        reach.append(furthest)
    return ordered, reach


_ALLOW_CACHE: dict[tuple[str, ...], re.Pattern] = {}


def _allow_pattern(phrases: list[str]) -> re.Pattern:
    key = tuple(phrases)
    if key not in _ALLOW_CACHE:
        parts = []
        for phrase in phrases:
            body = r"\s+".join(re.escape(word) for word in phrase.split())
            # Phrases with a capital letter are names: match them case-sensitively.
            parts.append(body if any(c.isupper() for c in phrase) else f"(?i:{body})")
        _ALLOW_CACHE[key] = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")
    return _ALLOW_CACHE[key]


def _is_allowed(hit: Hit, phrases: list[str]) -> bool:
    if hit.segment is None:
        return False
    pattern = _allow_pattern(phrases)
    return any(m.start() <= hit.start and hit.end <= m.end() for m in pattern.finditer(hit.segment.text))
