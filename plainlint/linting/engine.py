"""Runs rules over a document and turns their hits into Findings with exact source positions."""

from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..config import FileSettings
from ..reading.document import Document
from .findings import Finding, sort_findings
from ..reading.fill_ins import settle_kind
from ..reading.audience import detect_audience
from ..reading.kinds import ARTICLE, detect_kind, project_path
from ..reading.readers.fenced import prose_fences
from ..nlp.sentences import is_english
from ..reading.docusaurus import resolve_markdown_format
from ..reading.readers import format_for, read_document
from ..reading.readers.common import declared_language
from ..rules import find_rule
from ..rules.agent_scripts import other_party_turns
from ..rules.base import Hit
from ..reading.spans import ByStart
from ..reading.source import BinaryFile, Source, SourceError, decode_source, read_source
from .crash import checked, describe
from .hit_to_finding import to_finding
from .other_language import in_other_language
from .superseded import drop_repeated_units, drop_superseded
from .suppress import apply_suppressions, find_directives
from .tree_deferral import ENTANGLED, tagged_findings

DEFAULT_FORMAT = "text"


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    error: SourceError | None = None
    source: Source | None = None
    document: Document | None = None  # kept for reporters that need more than findings
    settings: FileSettings | None = None
    # linted with the page's tree terms deferred: what the parent settles (linting/tree_deferral.py)
    deferred: tuple | str | None = None


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
    fmt = resolve_markdown_format(fmt, source.text, settings.markdown_format)  # a Docusaurus `.md` is MDX
    with cyclic_gc_paused():
        # the path from the project's root, worked out once: fences and kind detection read it
        project = project_path(source.path, settings.root) if settings.kind is None else None
        try:
            doc = read_document(source, fmt, settings.templates, fields=settings.fields,
                                helpers=settings.translation_helpers,
                                lint_fenced=prose_fences(settings, source.path, project))
        except SourceError as error:
            return FileResult(source.path, error=error, source=source)
        if declared_language(settings.language):  # `language: und` in config declares nothing
            doc.language, doc.language_origin = settings.language, "config"
        settle_kind(doc, settings.kind or detect_kind(doc, project))  # a reply's "[Name]" is a placeholder
        if doc.kind == ARTICLE:
            # the folders below the project only, as for the kind, also when the config gave the kind (rev25)
            below_root = project if project is not None else project_path(source.path, settings.root)
            doc.audience = detect_audience(doc, below_root)
        doc.vocabulary, doc.tree_terms = settings.vocabulary, settings.tree_terms
        settings = settings.for_kind(doc.kind, doc.audience)
        findings = run_rules(doc, settings)
        return FileResult(source.path, findings, source=source, document=doc, settings=settings,
                          deferred=doc.tree_deferred)


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
    language, and the reply strings of an export whose record declares one. With the page's tree
    terms deferred, what the parent settles goes in `doc.tree_deferred` (linting/tree_deferral.py)."""
    findings: list[Finding] = []
    tagged: dict[int, tuple] = {}  # id -> (finding, keys): holding it keeps its id unique
    english = is_english(doc.language)
    skipped_language = False
    foreign = _foreign_records(doc)
    quoted_turns = other_party_turns(doc)  # a customer's words in a transcript: not the writer's
    skipped_records: dict[str, list[str]] = {}
    texts: dict[str, str] = {}  # one copy of each message, flagged text and fix text (to_finding)
    for rule in settings.rules:
        if rule.english_only and not english:
            skipped_language = True
            continue
        if foreign is not None and rule.english_only:
            skipped_records = _records_by_language(doc, foreign)
        for hit in _kept_hits(doc, rule, settings, foreign, quoted_turns):
            findings.append(to_finding(doc, rule, hit, settings.severities.get(rule.code, rule.severity), texts))
            if hit.tree_keys:
                tagged[id(findings[-1])] = (findings[-1], hit.tree_keys)
    findings = drop_superseded(drop_repeated_units(doc, findings))
    findings += _notices(doc, settings, "encoding-detected")
    directives = find_directives(doc, settings.vale_comments)
    judged = _rules_directives_name(directives, settings)
    judged_codes = {rule.code for rule in judged}
    judged_hits = [(rule, hit) for rule in judged if english or not rule.english_only
                   for hit in _kept_hits(doc, rule, settings, foreign, quoted_turns)]
    findings += [to_finding(doc, rule, hit, rule.severity, texts) for rule, hit in judged_hits]
    enabled = {r.code for r in settings.rules} | judged_codes
    findings, notices = apply_suppressions(doc, findings, settings.suppress, enabled, directives)
    if judged_codes:
        findings = [finding for finding in findings if finding.code not in judged_codes]
    for code, facts in notices:
        findings += _notices(doc, settings, code, **facts)
    findings += _notices(doc, settings, "printed-directive")
    findings += _notices(doc, settings, "no-fields")
    findings += _notices(doc, settings, "language-skipped", skipped_language=skipped_language,
                         skipped_records=skipped_records)
    findings += _notices(doc, settings, "fields-detected")
    findings += _notices(doc, settings, "front-matter-invalid")
    findings += _notices(doc, settings, "template-unread")
    doc.forget_cached()
    sort_findings(findings)
    if any(hit.tree_keys for _, hit in judged_hits):
        doc.tree_deferred = ENTANGLED  # a directive's judging read the terms
    else:
        doc.tree_deferred = tagged_findings(findings, tagged, "PL905" in enabled)
    return findings


def _kept_hits(doc: Document, rule, settings: FileSettings, foreign: ByStart | None, quoted_turns: ByStart | None):
    """The rule's hits with its options (a rule run only to judge a directive: those it would run
    with, `settings.judging`), less those its allow list covers, those in a reply string of
    another language or a unit that reads as one (English rules only), and those inside a
    customer's quoted turn."""
    if rule.code in settings.options:
        options, allowed = settings.options[rule.code], settings.allow.get(rule.code, [])
    else:
        options, allowed = settings.judging[rule.code]
    allowed = settings.allow.get("*", []) + allowed
    for hit in checked(rule, doc, options):
        if allowed and _is_allowed(hit, allowed):
            continue
        if foreign is not None and rule.english_only and foreign.holding(_hit_offset(hit)) is not None:
            continue
        if rule.english_only and in_other_language(doc, hit):
            continue
        if quoted_turns is not None and quoted_turns.holding(_hit_offset(hit)) is not None:
            continue
        yield hit


def _rules_directives_name(directives: list, settings: FileSettings) -> list:
    """With unused-directive (PL905) on, the rules a directive names that the selection leaves out
    and the config does not turn off: run with the options, allow list and kind settings the
    config gives them (`settings.judging`, config.rule_table.judging_options) only to tell whether
    the directive silences something, their findings never reported. So `--select PL905` alone
    reports the unused directives `--extend-select PL905` reports (user33 defect 6, old36)."""
    enabled = {rule.code for rule in settings.rules}
    if "PL905" not in enabled or not directives:
        return []
    named = set().union(*(directive.codes or () for directive in directives)) - enabled
    return [find_rule(code) for code in sorted(named) if code in settings.judging]


def _foreign_records(doc: Document) -> ByStart | None:
    """The reply strings whose record declares a language other than English, by start."""
    spans = [span for span in doc.record_languages if not is_english(span.name)]
    return ByStart(spans) if spans else None


def _records_by_language(doc: Document, foreign: ByStart) -> dict[str, list[str]]:
    """Each language a record declares and the names of its records (a macro's title), for the
    notice to name them."""
    names = {span.start: span.name for span in doc.macro_spans}
    records: dict[str, list[str]] = {}
    for span in foreign.items:
        found = records.setdefault(span.name, [])
        name = names.get(span.start)
        if name and name not in found:
            found.append(name)
    return records


def _hit_offset(hit: Hit) -> int:
    return hit.segment.to_source(hit.start, hit.end).start if hit.segment is not None else hit.start


def _notices(doc: Document, settings: FileSettings, code_or_name: str, **facts) -> list[Finding]:
    """A notice's findings (rules/notices.py says when it applies), when the selection includes it."""
    notice = find_rule(code_or_name)
    if notice not in settings.rules:
        return []
    return [to_finding(doc, notice, hit, settings.severities[notice.code])
            for hit in notice.notice(doc, settings, **facts)]


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
