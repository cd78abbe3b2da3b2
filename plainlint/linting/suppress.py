"""Suppressions: directives in the file's own comments, and `suppress` entries in config.

Directives are comments, so they never show on the published page:
  Markdown/HTML  <!-- plainlint-disable RULE[, RULE] -->  ...  <!-- plainlint-enable -->
  MDX            {/* plainlint-disable ... */} (MDX 2 and 3 reject <!-- -->; found by the reader)
  templates      {# plainlint-disable ... #}, {{! ... }}, {{!-- ... --}}, <%# ... %>,
                 {% comment %} ... {% endcomment %}, Blade's {{-- ... --}}, FreeMarker's <#-- ... -->
  YAML           # plainlint-disable ...
Kinds: `disable` (until a matching `enable` or the end of the file), `enable`,
`disable-next-line`, `disable-line` (the comment's own line), `disable-file`. Rules are named
like `select` in config (code, code prefix, name, category, ALL); none means every rule.
Text after ` -- ` is a reason for readers and is ignored. JSON and plain text have no comments:
config `suppress` entries name files, macros (by title, name or id) and rules instead.

With config `vale-comments: true`, Vale's `<!-- vale off -->` ... `<!-- vale on -->` (MDX
`{/* vale off */}`) are a `disable` ... `enable` of every rule too, kept apart from plainlint's own
(a `vale on` closes only what a `vale off` opened) and never reported as unused: they are written
for Vale, which reads them as well. `vale Style.Rule = NO` names a Vale rule, no plainlint rule.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..reading.document import Comment, Document
from .findings import Finding
from ..rules import all_rules
from ..reading.spans import ByStart

KINDS = ("disable-next-line", "disable-line", "disable-file", "disable", "enable")
_DIRECTIVE = re.compile(r"\s*plainlint-(" + "|".join(KINDS) + r")(?![\w-])(.*)", re.S)
_VALE_SWITCH = re.compile(r"\s*vale\s+(off|on)\s*")  # the whole comment, as Vale reads it
_TEMPLATE_COMMENT = (
    re.compile(r"\{#-?(.*?)-?#\}", re.S),
    re.compile(r"\{\{~?!(?:--)?(.*?)(?:--)?~?\}\}", re.S),
    re.compile(r"<%#(.*?)-?%>", re.S),
    re.compile(r"\{%-?\s*comment\s*-?%\}(.*?)\{%-?\s*endcomment\s*-?%\}", re.S),
    re.compile(r"\{\{--(.*?)--\}\}", re.S),  # Blade's comment: only Blade's reader makes it one tag
    re.compile(r"[<\[]#--(.*?)--[>\]]", re.S),  # FreeMarker's: a tag only in a FreeMarker file (freemarker.py)
    re.compile(r"\{\s*/\*(.*?)\*/\s*\}", re.S),  # JSX's: only the React Email reader makes it one tag (rev23)
)


@dataclass
class Directive:
    kind: str
    start: int  # source span of the whole comment
    end: int
    selectors: list[tuple[str, frozenset[str]]]  # as written, and the rule codes each names
    unknown: list[str]
    line: int = 0
    end_line: int = 0
    used: set[str] = field(default_factory=set)  # codes of findings it suppressed
    vale: bool = False  # Vale's `vale off` / `vale on` (config `vale-comments`)

    @property
    def codes(self) -> frozenset[str] | None:
        """The rule codes it names; None for every rule."""
        if not self.selectors and not self.unknown:
            return None
        return frozenset().union(*(codes for _, codes in self.selectors))


@dataclass
class Region:
    """Where a directive applies: a source span (disable...enable) or lines (next-line)."""

    directive: Directive
    start: int
    end: int
    codes: frozenset[str] | None
    excluded: frozenset[str] = frozenset()
    lines: tuple[int, int] | None = None

    def covers(self, finding: Finding) -> bool:
        if self.codes is None:
            if finding.code in self.excluded:
                return False
        elif finding.code not in self.codes:
            return False
        if self.lines is not None:
            return self.lines[0] <= finding.line <= self.lines[1]
        return self.start <= finding.start < self.end


@dataclass(frozen=True)
class ConfigSuppression:
    """A config `suppress` entry after selectors were resolved (None = any)."""

    macros: frozenset[str] | None
    codes: frozenset[str] | None

    def covers(self, finding: Finding, macro_names: set[str]) -> bool:
        if self.codes is not None and finding.code not in self.codes:
            return False
        return self.macros is None or bool(self.macros & macro_names)


def resolve_selector(selector: str) -> frozenset[str]:
    from ..config.selection import selector_specificity

    return frozenset(rule.code for rule in all_rules() if selector_specificity(selector, rule))


def parse_directive(body: str, start: int, end: int) -> Directive | None:
    match = _DIRECTIVE.match(body)
    if not match:
        return None
    rest = match.group(2).split(" -- ", 1)[0]
    selectors, unknown = [], []
    for word in re.split(r"[\s,]+", rest.strip()):
        if not word:
            continue
        codes = resolve_selector(word)
        if codes:
            selectors.append((word, codes))
        else:
            unknown.append(word)
    return Directive(match.group(1), start, end, selectors, unknown)


def vale_directive(body: str, start: int, end: int) -> Directive | None:
    """Vale's `vale off` / `vale on` as a `disable` / `enable` of every rule."""
    match = _VALE_SWITCH.fullmatch(body)
    if not match:
        return None
    return Directive("disable" if match.group(1) == "off" else "enable", start, end, [], [], vale=True)


def template_comment_body(text: str) -> str | None:
    for pattern in _TEMPLATE_COMMENT:
        match = pattern.fullmatch(text)
        if match:
            return match.group(1)
    return None


def comments(doc: Document) -> list[Comment]:
    """(start, end, body) of every comment the readers saw, in source order."""
    found = list(doc.comments)
    for tag in doc.template_tags:
        if "plainlint-" in tag.text:
            body = template_comment_body(tag.text)
            if body is not None:
                found.append(Comment(tag.start, tag.end, body))
    return sorted(found)


def find_directives(doc: Document, vale: bool = False) -> list[Directive]:
    """The directives of the file's comments; with `vale`, Vale's `vale off` / `vale on` too."""
    vale = vale and "vale" in doc.source.text
    if not vale and "plainlint-" not in doc.source.text:
        return []
    directives = []
    for start, end, body in comments(doc):
        directive = parse_directive(body, start, end)
        if directive is None and vale:
            directive = vale_directive(body, start, end)
        if directive is not None:
            directive.line = doc.source.line_col(start)[0]
            directive.end_line = doc.source.line_col(max(end - 1, start))[0]
            directives.append(directive)
    return directives


def regions(directives: list[Directive], text_length: int) -> list[Region]:
    """The stretches of the file each directive turns rules off in: the whole file, a line, or from
    a `disable` to the `enable` that closes it (the end of the file when none does). Vale's
    comments open and close their own regions, so a `vale on` ends no `plainlint-disable`."""
    vale = [directive for directive in directives if directive.vale]
    if vale:
        return _regions([d for d in directives if not d.vale], text_length) + _regions(vale, text_length)
    return _regions(directives, text_length)


def _regions(directives: list[Directive], text_length: int) -> list[Region]:
    out: list[Region] = []
    open_regions: list[Region] = []
    for directive in directives:
        codes = directive.codes
        if directive.kind == "disable-file":
            out.append(Region(directive, 0, text_length, codes))
        elif directive.kind == "disable-next-line":
            out.append(Region(directive, 0, 0, codes, lines=(directive.end_line + 1, directive.end_line + 1)))
        elif directive.kind == "disable-line":
            out.append(Region(directive, 0, 0, codes, lines=(directive.line, directive.end_line)))
        elif directive.kind == "disable":
            open_regions.append(Region(directive, directive.end, text_length, codes))
        else:
            open_regions = _enable(directive, open_regions, text_length, out)
    return out + open_regions


def _enable(directive: Directive, open_regions: list[Region], text_length: int, out: list[Region]) -> list[Region]:
    """Close every open region at an `enable` (into `out`) and return the regions it leaves
    disabled, reopened after it: the codes it does not name."""
    codes = directive.codes
    still_open = []
    for region in open_regions:
        region.end = directive.start
        out.append(region)
        if codes is None:
            continue
        if region.codes is None:
            still_open.append(Region(region.directive, directive.end, text_length, None,
                                     region.excluded | codes))
        elif region.codes - codes:
            still_open.append(Region(region.directive, directive.end, text_length, region.codes - codes))
    return still_open


def macro_names(doc: Document, finding: Finding) -> set[str]:
    names = {finding.context["macro"]} if finding.context.get("macro") else set()
    span = doc.cached("macro aliases by start", lambda: ByStart(doc.macro_aliases)).holding(finding.start)
    if span is not None:
        names.update(span.aliases)
    return names


def covering_regions(covering: list[Region], findings: list[Finding]) -> list[list[Region]]:
    """For each finding, the regions that cover it. Line regions are looked up by line and span
    regions by a sweep over the findings in source order, so a file with many directives and
    many findings is not directives x findings."""
    by_line: dict[int, list[Region]] = {}
    spans = sorted((r for r in covering if r.lines is None), key=lambda r: r.start)
    for region in covering:
        if region.lines is not None:
            for line in range(region.lines[0], region.lines[1] + 1):
                by_line.setdefault(line, []).append(region)
    out: list[list[Region]] = [[] for _ in findings]
    active: list[Region] = []
    next_span = 0
    for index in sorted(range(len(findings)), key=lambda i: findings[i].start):
        finding = findings[index]
        while next_span < len(spans) and spans[next_span].start <= finding.start:
            active.append(spans[next_span])
            next_span += 1
        active = [region for region in active if region.end > finding.start]
        out[index] = [region for region in by_line.get(finding.line, []) + active if region.covers(finding)]
    return out


def apply_suppressions(doc: Document, findings: list[Finding], config: list[ConfigSuppression],
                       enabled: set[str], directives: list[Directive] | None = None
                       ) -> tuple[list[Finding], list[tuple[str, dict]]]:
    """Findings left after suppression, and notice hits (rule code, hit) about the directives
    (`directives`: `find_directives(doc)`, when the caller has read them already)."""
    directives = find_directives(doc) if directives is None else directives
    if not directives and not config:
        return findings, []
    covering = regions(directives, len(doc.source.text))
    kept = []
    for finding, hits in zip(findings, covering_regions(covering, findings)):
        if config and any(entry.covers(finding, macro_names(doc, finding)) for entry in config):
            continue
        for region in hits:
            region.directive.used.add(finding.code)
        if not hits:
            kept.append(finding)
    return kept, directive_notices(directives, enabled)


# A directive written as Jinja's {# #} comment. Liquid and Handlebars have no such comment: they
# print it into the message, and plainlint reads it as text (so the directive does nothing).
_HASH_COMMENT_DIRECTIVE = re.compile(r"\{#-?\s*plainlint-(?:" + "|".join(KINDS) + r")(?![\w-])")


def printed_directives(doc: Document) -> list[tuple[int, int]]:
    """Source spans of `{# plainlint-... #}` directives that were read as prose: in a file whose
    template language is not Jinja the comment is text, printed in the sent message, and
    suppresses nothing. (Inside code, as in a README that shows the syntax, it is not prose.)"""
    if "{#" not in doc.source.text or "plainlint-" not in doc.source.text:
        return []
    wanted = {m.start(): m.end() for m in _HASH_COMMENT_DIRECTIVE.finditer(doc.source.text)}
    found = set()
    for segment in doc.segments if wanted else ():
        for match in _HASH_COMMENT_DIRECTIVE.finditer(segment.text):
            start = segment.source_of_match(match).start
            if start in wanted:
                close = doc.source.text.find("#}", start)
                found.add((start, close + 2 if close >= 0 else wanted[start]))
    return sorted(found)


def directive_notices(directives: list[Directive], enabled: set[str]) -> list[tuple[str, dict]]:
    """(notice code, facts) for each directive with unknown or (when PL905 is on) unused
    selectors; the notices themselves (rules/notices.py) word the message."""
    notices = []
    for directive in directives:
        if directive.unknown:
            notices.append(("PL904", {"directive": directive}))
        if directive.kind == "enable" or directive.vale or "PL905" not in enabled:
            continue
        unused = unused_selectors(directive, enabled)
        if unused:
            notices.append(("PL905", {"directive": directive, "unused": unused}))
    return notices


def unused_selectors(directive: Directive, enabled: set[str]) -> list[str | None]:
    """Selectors of a directive that silenced no finding (None: a directive for every rule). A
    directive for every rule is judged only when a rule other than the notices ran (not under
    `--select PL905` alone: no finding there says it silences nothing)."""
    if directive.codes is None:
        judged = any(not code.startswith("PL9") for code in enabled)
        return [None] if judged and not directive.used else []
    unused = []
    for word, codes in directive.selectors:
        live = codes & enabled
        if live and not live & directive.used:
            unused.append(word)
    return unused


def yaml_comments(text: str) -> list[Comment]:
    """`# ...` comments of a YAML file: a `#` after white space that no token contains."""
    if "plainlint-" not in text:
        return []
    import yaml

    try:
        spans = sorted((t.start_mark.index, t.end_mark.index) for t in yaml.scan(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError:
        return []
    starts = [s for s, _ in spans]
    found = []
    for match in re.finditer(r"(?:(?<=\s)|^)#([^\r\n]*)", text, re.M):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index >= 0 and spans[index][0] <= match.start() < spans[index][1]:
            continue
        found.append(Comment(match.start(), match.end(), match.group(1)))
    return found
