"""table-headers (PL407): data tables need header cells; layout tables are told apart."""

from __future__ import annotations

import html
import re

from .base import Hit, Rule, html_attrs
from ..enums import Category


def nearest_of_tag(doc, tag: str) -> dict:
    """element -> its nearest ancestor with `tag` (absent when none), in one pass: parents come
    before their children in doc.elements, so each element extends its parent's answer."""
    def compute():
        nearest = {}
        for element in doc.elements:
            parent = element.parent
            if parent is not None:
                found = parent if parent.tag == tag else nearest.get(parent)
                if found is not None:
                    nearest[element] = found
        return nearest
    return doc.cached(f"nearest {tag}", compute)


_LAYOUT_WIDTH = re.compile(r"^\s*100\s*%\s*$")


class TableHeaders(Rule):
    code = "PL407"
    name = "table-headers"
    category = Category.ACCESSIBILITY
    english_only = False
    example_format = "html"
    summary = "Data tables without header cells; layout tables without role=\"presentation\""
    rationale = (
        "A screen reader reads a data table cell by cell and announces each cell's row and column "
        "headers, so a table without <th> cells is a list of numbers with no labels. Email layouts "
        "do the opposite: they use tables to place content, and without role=\"presentation\" the "
        "screen reader announces 'table, 3 columns, 5 rows' around every paragraph. A table is "
        "treated as layout when it nests in or holds another table, has a cell holding a heading or "
        "two paragraphs (page text in a grid), or, unless it has a <thead>, <tfoot> or <caption>, "
        "which only data tables have, has one row or one column, carries layout attributes "
        "(width=\"100%\", border=\"0\" with cell padding) or has two columns whose every row opens "
        "with a list marker (a bullet or '1.' beside its text: a list laid out in cells); otherwise it is "
        "data (a table with a <thead> is data even when a template renders its body rows, so one row "
        "shows in the source). Each table gets one of the two findings, never both; layout tables nested in a reported "
        "layout table are counted in its finding instead of reported one by one. Markdown tables always have a "
        "header row and are not checked."
    )
    bad = (
        "<table>\n  <tr><td>Plan</td><td>Price</td></tr>\n  <tr><td>Team</td><td>$10</td></tr>\n</table>\n",
        "<table width=\"100%\" border=\"0\" cellpadding=\"0\">\n  <tr><td><table><tr><td>Hi</td></tr></table></td></tr>\n</table>\n",
    )
    good = (
        "<table>\n  <tr><th>Plan</th><th>Price</th></tr>\n  <tr><td>Team</td><td>$10</td></tr>\n</table>\n",
        "<table role=\"presentation\" width=\"100%\">\n  <tr><td>Hi</td></tr>\n</table>\n",
    )

    def check(self, doc, options):
        shapes = _table_shapes(doc)
        verdicts = {element: _table_verdict(element, shapes.get(element))
                    for element in doc.elements if element.tag == "table"}
        covered = _nested_layout_counts(doc, verdicts)
        for element, verdict in verdicts.items():
            if verdict == "data":
                hit = Hit(element.start, element.end, (
                    "Data table has no header cells: screen-reader users hear values without labels. "
                    "Mark the header row (or column) with <th scope=\"col\"> (or scope=\"row\")"))
                hit.context = {"table": "data"}
                yield hit
            elif verdict == "layout" and element in covered:
                nested = covered[element]
                also = (f" (and to the {nested} layout table{'s' if nested != 1 else ''} nested in it, "
                        "which lack it too)") if nested else ""
                hit = Hit(element.start, element.end, (
                    "Layout table without role=\"presentation\": screen readers announce its rows and "
                    f"columns around the content. Add role=\"presentation\" to it{also}"))
                hit.context = {"table": "layout"}
                yield hit


def _table_verdict(element, shape: dict | None) -> str | None:
    """"layout" or "data" for a table that needs a finding, None for one that is fine."""
    attrs = html_attrs(element)
    shape = shape or _new_shape()
    if attrs.get("role", "").lower() in ("presentation", "none") or shape["headers"]:
        return None
    if _is_layout(attrs, shape):
        return "layout"
    if shape["data_parts"]:
        return "data" if shape["rows"] >= 1 else None  # its rows may be a template's to render
    return "data" if shape["rows"] >= 2 and shape["columns"] >= 2 else None


def _nested_layout_counts(doc, verdicts: dict) -> dict:
    """Outermost layout tables lacking the role -> how many such tables nest inside them.

    An email nests layout tables ten deep; one finding on the outermost, with the count, says the
    same as one per table and keeps the report readable."""
    outer_table = nearest_of_tag(doc, "table")
    outermost_layout: dict = {}  # table -> the outermost layout table around it, if any
    counts: dict = {}
    for table, verdict in verdicts.items():  # in document order: outer tables first
        around = outer_table.get(table)
        if around is not None:
            outermost = outermost_layout.get(around) or (around if verdicts.get(around) == "layout" else None)
            if outermost is not None:
                outermost_layout[table] = outermost
        if verdict != "layout":
            continue
        if table in outermost_layout:
            counts[outermost_layout[table]] = counts.get(outermost_layout[table], 0) + 1
        else:
            counts.setdefault(table, 0)
    return counts


def _is_layout(attrs: dict, shape: dict) -> bool:
    if shape["nested"] or shape["prose_cell"]:
        return True
    if shape["data_parts"]:
        # a <thead>, <tfoot> or <caption>: its author marked a data table (axe-core), whatever
        # its row count: the body rows are often a template's render (user36, Helpy's API keys)
        return False
    if shape["rows"] <= 1 or shape["columns"] <= 1:
        return True
    if shape["columns"] == 2 and shape["list_rows"] == shape["rows"]:
        return True  # a list laid out in cells (read after the data parts: a captioned list is data)
    if _LAYOUT_WIDTH.match(attrs.get("width", "")):
        return True
    return attrs.get("border", "").strip() == "0" and ("cellpadding" in attrs or "cellspacing" in attrs)


def _new_shape() -> dict:
    return {"rows": 0, "columns": 0, "headers": False, "nested": False, "prose_cell": False, "data_parts": False,
            "list_rows": 0}


def _tables_with_a_prose_cell(doc) -> set:
    """The tables with a cell of their own holding a heading or two paragraphs: page text laid
    out in a grid (a logo beside an introduction), not a datum, so a layout table (axe-core's
    layout-table heuristics; issue 26, sample A: pwsafe's Welcome pages)."""
    outer_table, outer_cell = nearest_of_tag(doc, "table"), nearest_of_tag(doc, "td")
    blocks_in_cell: dict = {}
    tables = set()
    for element in doc.elements:
        heading = element.kind == "heading"
        cell = outer_cell.get(element) if heading or element.tag == "p" else None
        if cell is None:
            continue
        blocks_in_cell[cell] = blocks_in_cell.get(cell, 0) + 1
        if (blocks_in_cell[cell] >= 2 or heading) and outer_table.get(cell) is not None:
            tables.add(outer_table[cell])
    return tables


# A list's marker alone in a cell: a bullet, a dash, a tick, or a number or letter with its dot
# or bracket. A two-column table whose every row opens with one is a list laid out in cells
# (e-mail clients render tables, not lists): check27, seed 315, a security alert's bullet column
# and a welcome e-mail's numbered steps, both read as data tables missing headers (2 FP).
_LIST_MARKER = re.compile(r"[•·◦▪‣–—*\-✓✔]|\d{1,2}[.)]|[a-zA-Z][.)]")
_TAG = re.compile(r"<[^<>]*>")
_LONGEST_MARKER_CELL = 400  # characters of source: a marker's cell holds little besides its tags


def _opens_with_a_list_marker(doc, cell) -> bool:
    """Whether a cell holds only a list marker (its tags and entities read)."""
    if cell.content_end is None or cell.content_end - cell.end > _LONGEST_MARKER_CELL:
        return False
    inside = _TAG.sub("", doc.source.text[cell.end:cell.content_end])
    return _LIST_MARKER.fullmatch(html.unescape(inside).strip()) is not None


# Parts only a data table has: a header or footer row group, a caption. axe-core's layout-table
# heuristic (is-data-table) reads them as the author's word that the table holds data, before any
# width or border attribute (trial7, seed 113: a spreadsheet example exported from a help centre,
# <table width="100%"> with a <thead>, was told to take role="presentation").
_DATA_PARTS = ("thead", "tfoot", "caption")


def _table_shapes(doc) -> dict:
    """Rows, columns and header cells of each table, counting only its own cells."""
    shapes: dict = {}
    row_cells: dict = {}
    outer_table, outer_row = nearest_of_tag(doc, "table"), nearest_of_tag(doc, "tr")

    def shape(table):
        return shapes.setdefault(table, _new_shape())

    for table in _tables_with_a_prose_cell(doc):
        shape(table)["prose_cell"] = True
    for element in doc.elements:
        tag = element.tag
        if tag in _DATA_PARTS and outer_table.get(element) is not None:
            shape(outer_table[element])["data_parts"] = True
        if tag not in ("table", "tr", "td", "th"):
            continue
        around = outer_table.get(element)
        if tag == "table":
            if around is not None:
                shape(element)["nested"] = True
            while around is not None and not shape(around)["nested"]:
                shape(around)["nested"] = True  # (tables further out were marked with this one)
                around = outer_table.get(around)
            continue
        if around is None:
            continue
        table = shape(around)
        if tag == "tr":
            table["rows"] += 1
            row_cells[element] = 0
            continue
        role = html_attrs(element).get("role", "").lower()
        if tag == "th" or role in ("columnheader", "rowheader") or "scope" in html_attrs(element):
            table["headers"] = True
        row = outer_row.get(element)
        if row is not None and row_cells[row] == 0 and _opens_with_a_list_marker(doc, element):
            table["list_rows"] += 1
        if row is not None:
            span = html_attrs(element).get("colspan", "").strip()
            row_cells[row] += int(span) if span.isdigit() and int(span) > 0 else 1
            table["columns"] = max(table["columns"], row_cells[row])
        else:
            table["columns"] = max(table["columns"], 1)
    return shapes
