"""The report page around the document views: summary, charts, hardest documents, all documents,
changes since an earlier report. Plain HTML first; the inline script only adds sorting."""

from __future__ import annotations

import importlib.resources
import statistics
from collections import Counter
from html import escape

from .. import __version__
from ..running.artefacts import GENERATOR_META
from ..rules import find_rule
from ..rules.base import CATEGORIES
from . import charts
from .compare import Comparison
from .model import KIND_PLURALS, KINDS, DocumentRecord
from .views import grade_text
from ..nlp import readability

HARDEST = 20
RANK_MIN_WORDS = 30  # shorter documents are graded but not ranked: a grade on a few words is noise
LISTED_PATHS = 200  # new and gone documents named in a comparison; the rest are counted


def asset(name: str) -> str:
    return importlib.resources.files("plainlint.health_report").joinpath(name).read_text(encoding="utf-8")


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


STYLESHEET = "report.css"


def page_head(title: str, stylesheet: str | None = None) -> str:
    """The page's head; the CSS inline, or from `stylesheet` (a file next to the page)."""
    style = (f'<link rel="stylesheet" href="{escape(stylesheet)}">' if stylesheet
             else f"<style>\n{asset(STYLESHEET)}</style>")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        # The marker by which a later run knows the page for plainlint's own (artefacts.py).
        f"{GENERATOR_META.format(version=escape(__version__))}\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n{style}\n</head>\n<body>\n"
        '<a class="skip" href="#main">Skip to the report</a>\n'
    )


def page_tail(note: str, script: bool = True) -> str:
    code = f"<script>\n{asset('report.js')}</script>\n" if script else ""
    return (f'</main>\n<footer><p class="muted">Made by plainlint {escape(__version__)}. {escape(note)}</p></footer>\n'
            f"{code}</body>\n</html>\n")


def document_page(title: str, back: str, view: str) -> str:
    """A per-document view as its own page, for views written to a folder beside the report;
    the pages share one stylesheet in that folder (5,000 copies of it would weigh 25 MB)."""
    return (page_head(title, STYLESHEET) + f'<header><h1>{escape(title)}</h1><p><a href="{escape(back)}">Back to the report</a></p>'
            f'</header>\n<main id="main" class="single">\n{view}' + page_tail("This page works offline.", script=False))


def overview(records: list[DocumentRecord], title: str, comparison: Comparison | None, link) -> str:
    """Everything above the document views; link(record) is the href of a document's view."""
    categories = [c for c in CATEGORIES if any(d.by_category.get(c) for d in records)]
    sections = [
        f'<header><h1>{escape(title)}</h1></header>\n<main id="main">\n',
        _contents(comparison is not None),
        _summary(records),
        _grade_section(records),
        _category_section(records, categories),
        _rule_section(records),
    ]
    if comparison is not None:
        sections.append(_changes_section(comparison, {d.path: d for d in records}, link))
    sections.append(_hardest_section(records, link))
    sections.append(_documents_section(records, categories, comparison, link))
    return "\n".join(sections)


def _contents(with_changes: bool) -> str:
    links = [("summary", "Summary"), ("grades", "Reading grade"), ("categories", "Findings by category"),
             ("rules", "Findings by rule")]
    if with_changes:
        links.append(("changes", "Changes since the earlier report"))
    links += [("hardest", f"The {HARDEST} hardest documents"), ("documents", "All documents")]
    items = "".join(f'<li><a href="#{key}">{label}</a></li>' for key, label in links)
    return f'<nav aria-labelledby="contents-h"><h2 id="contents-h">Contents</h2><ul>{items}</ul></nav>'


def _graded(records, kind=None):
    return [d for d in records if d.grade is not None and (kind is None or d.kind == kind)]


def _summary(records: list[DocumentRecord]) -> str:
    kinds = Counter(d.kind for d in records)
    severity = Counter(f.severity for d in records for f in d.findings)
    graded = _graded(records)
    rows = [("Documents", ", ".join(plural(kinds[k], k) for k in KINDS if kinds[k]) or "none")]
    if graded:
        within = sum(1 for d in graded if not d.above_target)
        formula = _main_formula(graded)
        grades = readability.is_grade(formula)
        rows.append(("Median reading grade" if grades else f"Median {readability.score_name(formula)}",
                     f"{statistics.median(d.grade for d in graded):.1f} "
                     f"over {plural(len(graded), 'graded document')}"))
        rows.append(("At or below their target grade" if grades else "Within their limit",
                     f"{within} of {len(graded)} ({100 * within / len(graded):.0f}%)"))
    total = sum(severity.values())
    rows.append(("Findings", f"{total}: " + ", ".join(plural(severity[s], s) for s in ("error", "warning")) + f", {severity['info']} info"))
    unreadable = sum(1 for d in records if d.error)
    if unreadable:
        rows.append(("Files that could not be read", str(unreadable)))
    body = "".join(f'<tr><th scope="row">{escape(k)}</th><td>{escape(v)}</td></tr>' for k, v in rows)
    return (f'<section aria-labelledby="summary"><h2 id="summary">Summary</h2>'
            f'<table class="summary"><caption>Key numbers for this run</caption><tbody>{body}</tbody></table></section>')


def _main_target(docs: list[DocumentRecord]) -> float:
    return Counter(d.target for d in docs).most_common(1)[0][0]


def _main_formula(docs: list[DocumentRecord]) -> str:
    return Counter(d.formula for d in docs).most_common(1)[0][0]


def _grade_section(records: list[DocumentRecord]) -> str:
    parts = ['<section aria-labelledby="grades"><h2 id="grades">Reading grade</h2>'
             "<p>How many documents read at each US school grade (Flesch-Kincaid unless configured), "
             "against the target grade of the reading-level rule. Bars right of the dashed line are "
             "above the target.</p>"]
    for kind in KINDS:
        docs = _graded(records, kind)
        if not docs:
            continue
        target = _main_target(docs)
        formula = _main_formula(docs)
        if not readability.is_grade(formula):
            parts.append(_score_histogram(kind, docs, target, formula))
            continue
        counts = charts.grade_histogram([d.grade for d in docs])
        above = sum(1 for d in docs if d.grade > target)
        name = KIND_PLURALS[kind]
        numbers = "; ".join(f"grade {charts.grade_bin_label(k)}: {n}" for k, n in enumerate(counts) if n)
        desc = (f"{plural(len(docs), kind)}: {len(docs) - above} at or below the target grade {target:g}, "
                f"{above} above. Documents per grade: {numbers}.")
        svg = charts.histogram_svg(f"hist-{kind}", counts, target, f"Reading grade of {name}", desc)
        parts.append(_kind_figure(kind, counts, 1, svg, desc, f"{name.capitalize()} per reading grade", "Grade"))
    if len(parts) == 1:
        return parts[0] + "<p>No document has prose to grade.</p></section>"
    return parts[0] + '<div class="multiples">' + "".join(parts[1:]) + "</div></section>"


def _score_histogram(kind: str, docs: list[DocumentRecord], target: float, formula: str) -> str:
    """The histogram of one kind scored with Flesch Reading Ease or LIX (issue 29): bins of 5
    points, the axis and the numbers named by the formula, the bad side of the limit marked."""
    width = charts.bin_width(formula)
    score = readability.score_name(formula)
    counts = charts.grade_histogram([d.grade for d in docs], width)
    worse = sum(1 for d in docs if d.above_target)
    side, limit = ("below", "minimum") if readability.direction(formula) == "below" else ("above", "maximum")
    name = KIND_PLURALS[kind]
    numbers = "; ".join(f"{charts.grade_bin_label(k, width)}: {n}" for k, n in enumerate(counts) if n)
    desc = (f"{plural(len(docs), kind)}: {len(docs) - worse} within the {limit} {score} {target:g}, "
            f"{worse} {side}. Documents per {score}: {numbers}.")
    svg = charts.histogram_svg(f"hist-{kind}", counts, target, f"{score.capitalize()} of {name}", desc, formula)
    return _kind_figure(kind, counts, width, svg, desc, f"{name.capitalize()} per {score}", score.capitalize())


def _kind_figure(kind: str, counts: list[int], width: int, svg: str, desc: str, caption: str, column: str) -> str:
    """One kind's histogram with its description, and the same numbers as a table."""
    name = KIND_PLURALS[kind]
    rows = "".join(f'<tr><th scope="row">{charts.grade_bin_label(k, width)}</th><td>{n}</td></tr>'
                   for k, n in enumerate(counts) if n)
    return (f'<div class="kind"><h3>{name.capitalize()}</h3><figure>{svg}'
            f"<figcaption>{escape(desc)}</figcaption></figure>"
            f'<details><summary>Numbers for {name}</summary><table><caption>{escape(caption)}</caption>'
            f'<thead><tr><th scope="col">{escape(column)}</th><th scope="col">Documents</th></tr></thead>'
            f"<tbody>{rows}</tbody></table></details></div>")


def _count_table(caption: str, head: tuple[str, ...], rows: list[tuple]) -> str:
    ths = "".join(f'<th scope="col">{escape(h)}</th>' for h in head)
    body = "".join(
        "<tr>" + f'<th scope="row">{escape(str(row[0]))}</th>' + "".join(f"<td>{escape(str(c))}</td>" for c in row[1:]) + "</tr>"
        for row in rows
    )
    return f"<table><caption>{escape(caption)}</caption><thead><tr>{ths}</tr></thead><tbody>{body}</tbody></table>"


def _bar_section(key: str, heading: str, items: list[tuple[str, int]], table: str) -> str:
    if not items:
        return f'<section aria-labelledby="{key}"><h2 id="{key}">{heading}</h2><p>No findings.</p></section>'
    total = sum(n for _, n in items)
    desc = f"{total} findings. " + "; ".join(f"{label}: {n}" for label, n in items) + "."
    return (f'<section aria-labelledby="{key}"><h2 id="{key}">{heading}</h2><figure>'
            + charts.bar_chart_svg(f"chart-{key}", items, heading, desc)
            + f"<figcaption>{escape(desc)}</figcaption></figure>{table}</section>")


def _category_section(records: list[DocumentRecord], categories: list[str]) -> str:
    counts = Counter(f.category for d in records for f in d.findings)
    docs = Counter(c for d in records for c in d.by_category)
    items = sorted(((c, counts[c]) for c in categories), key=lambda item: (-item[1], item[0]))
    table = _count_table("Findings and documents per category", ("Category", "Findings", "Documents"),
                         [(c, n, docs[c]) for c, n in items])
    return _bar_section("categories", "Findings by category", items, table)


def _rule_section(records: list[DocumentRecord]) -> str:
    counts = Counter(f.rule for d in records for f in d.findings)
    docs = Counter(r for d in records for r in d.by_rule)
    items = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    rows = []
    for rule, n in items:
        found = find_rule(rule)
        rows.append((rule, found.code if found else "", found.category if found else "", n, docs[rule]))
    table = _count_table("Findings and documents per rule", ("Rule", "Code", "Category", "Findings", "Documents"), rows)
    return _bar_section("rules", "Findings by rule", items, table)


def _doc_link(d: DocumentRecord, link) -> str:
    return f'<a href="{escape(link(d))}">{escape(d.path)}</a>'


def hardest(records: list[DocumentRecord]) -> list[DocumentRecord]:
    ranked = [d for d in _graded(records) if d.words >= RANK_MIN_WORDS]
    return sorted(ranked, key=lambda d: (-d.grade, d.path))[:HARDEST]


def _hardest_section(records: list[DocumentRecord], link) -> str:
    rows = []
    for rank, d in enumerate(hardest(records), 1):
        top = ", ".join(f"{rule} ({n})" for rule, n in sorted(d.by_rule.items(), key=lambda i: (-i[1], i[0]))[:3])
        rows.append(f'<tr><td>{rank}</td><th scope="row">{_doc_link(d, link)}</th><td>{d.kind}</td>'
                    f"<td>{grade_text(d)}</td><td>{d.words}</td><td>{len(d.findings)}</td><td>{escape(top) or 'none'}</td></tr>")
    head = "".join(f'<th scope="col">{h}</th>' for h in
                   ("Rank", "Document", "Kind", "Grade", "Words", "Findings", "Most frequent findings"))
    intro = (f"<p>Documents with at least {RANK_MIN_WORDS} words of prose, hardest first.</p>")
    if not rows:
        return (f'<section aria-labelledby="hardest"><h2 id="hardest">The {HARDEST} hardest documents</h2>'
                f"{intro}<p>No document is long enough to rank.</p></section>")
    return (f'<section aria-labelledby="hardest"><h2 id="hardest">The {HARDEST} hardest documents</h2>{intro}'
            f"<table><caption>The hardest documents by reading grade</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></section>")


def _num(value, shown: str | None = None) -> str:
    """A numeric cell: data-value is what the sort script compares; empty sorts last."""
    data = "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)
    return f'<td data-value="{data}">{escape(shown if shown is not None else data)}</td>'


def _documents_section(records: list[DocumentRecord], categories: list[str], comparison: Comparison | None,
                       link) -> str:
    heads = ['<th scope="col" aria-sort="ascending">Document</th>', '<th scope="col">Kind</th>',
             '<th scope="col" data-numeric>Grade</th>']
    if comparison is not None:
        heads.append('<th scope="col" data-numeric>Grade change</th>')
    heads += ['<th scope="col" data-numeric>Words</th>', '<th scope="col" data-numeric>Findings</th>']
    heads += [f'<th scope="col" data-numeric>{escape(c)}</th>' for c in categories]
    rows = []
    for d in sorted(records, key=lambda d: d.path):
        cells = [f'<th scope="row">{_doc_link(d, link)}</th>', f"<td>{d.kind}</td>",
                 _num(None if d.grade is None else round(d.grade, 1), grade_text(d))]
        if comparison is not None:
            change = comparison.changes.get(d.path)
            delta = change.grade_delta if change else None
            cells.append(_num(delta, "new" if change is None else ("" if delta is None else f"{delta:+.1f}")))
        cells += [_num(d.words), _num(len(d.findings))]
        by_category = d.by_category
        cells += [_num(by_category.get(c, 0)) for c in categories]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (
        '<section aria-labelledby="documents"><h2 id="documents">All documents</h2>'
        "<p>Follow a document's link to see its text with the findings highlighted and the suggested "
        "rewrites beside them.</p>"
        '<p id="sort-help" hidden>Select a column heading to sort by it; select it again to reverse the order.</p>'
        '<p id="sort-status" class="visually-hidden" role="status" aria-live="polite"></p>'
        '<div class="scroll"><table data-sortable aria-describedby="sort-help">'
        f"<caption>Every document with its grade, words and findings per category (sorted by document path)</caption>"
        f"<thead><tr>{''.join(heads)}</tr></thead><tbody>{''.join(rows)}</tbody></table></div></section>"
    )


def _changes_section(comparison: Comparison, by_path: dict[str, DocumentRecord], link) -> str:
    c = comparison

    def name(path: str) -> str:
        return _doc_link(by_path[path], link) if path in by_path else escape(path)
    rules = sorted(set(c.old_by_rule) | set(c.new_by_rule))
    rule_rows = sorted(((r, c.old_by_rule[r], c.new_by_rule[r], f"{c.new_by_rule[r] - c.old_by_rule[r]:+d}")
                        for r in rules if c.old_by_rule[r] != c.new_by_rule[r]),
                       key=lambda row: (-abs(row[2] - row[1]), row[0]))
    moved = sorted((ch for ch in c.changes.values() if ch.grade_delta),
                   key=lambda ch: (-abs(ch.grade_delta), ch.path))[:HARDEST]
    grade_rows = "".join(
        f'<tr><th scope="row">{name(ch.path)}</th><td>{ch.old_grade:.1f}</td><td>{ch.new_grade:.1f}</td>'
        f"<td>{ch.grade_delta:+.1f} ({'harder' if ch.grade_delta > 0 else 'easier'})</td></tr>" for ch in moved)
    churn = sorted((ch for ch in c.changes.values() if ch.added or ch.removed),
                   key=lambda ch: (-(len(ch.added) + len(ch.removed)), ch.path))[:HARDEST]
    churn_rows = "".join(f'<tr><th scope="row">{name(ch.path)}</th><td>{len(ch.added)}</td><td>{len(ch.removed)}</td></tr>'
                         for ch in churn)
    summary = (f"<p>Compared with {escape(c.old_name)}: {plural(c.added_total, 'finding')} added and "
               f"{c.removed_total} removed in documents present in both; {plural(len(c.new_paths), 'new document')}, "
               f"{plural(len(c.gone_paths), 'document')} no longer present.</p>")
    parts = [f'<section aria-labelledby="changes"><h2 id="changes">Changes since the earlier report</h2>{summary}']
    parts.append(_count_table("Findings per rule before and after", ("Rule", "Before", "After", "Change"), rule_rows)
                 if rule_rows else "<p>The number of findings per rule did not change.</p>")
    parts.append("<h3>Largest grade changes</h3>" + (
        '<table><caption>Documents whose reading grade changed most</caption><thead><tr><th scope="col">Document</th>'
        '<th scope="col">Before</th><th scope="col">After</th><th scope="col">Change</th></tr></thead>'
        f"<tbody>{grade_rows}</tbody></table>" if grade_rows else "<p>No grade changed.</p>"))
    parts.append("<h3>Most findings added or removed</h3>" + (
        '<table><caption>Documents with the most findings added or removed</caption><thead><tr>'
        '<th scope="col">Document</th><th scope="col">Added</th><th scope="col">Removed</th></tr></thead>'
        f"<tbody>{churn_rows}</tbody></table>" if churn_rows else "<p>No finding was added or removed.</p>"))
    for title, paths in (("New documents", c.new_paths), ("Documents no longer present", c.gone_paths)):
        if paths:
            items = "".join(f"<li>{name(p)}</li>" for p in paths[:LISTED_PATHS])
            more = f"<p>and {len(paths) - LISTED_PATHS} more.</p>" if len(paths) > LISTED_PATHS else ""
            parts.append(f"<h3>{title}</h3><ul>{items}</ul>{more}")
    return "".join(parts) + "</section>"
