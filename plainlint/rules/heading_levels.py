"""heading-levels (PL406): headings that skip a level, and a second h1."""

from __future__ import annotations

import re

from .base import Hit, Option, Rule
from ..enums import Category
from ..reading.template_branches import alternatives, document_branches, path_at


class HeadingLevels(Rule):
    code = "PL406"
    name = "heading-levels"
    category = Category.ACCESSIBILITY
    english_only = False
    summary = "Heading levels that skip (h2 to h4) and more than one h1"
    rationale = (
        "Screen-reader users move through an article by its headings and hear their levels: a jump "
        "from h2 to h4 suggests a missing section, and a second h1 suggests a second article. Search "
        "engines and help-centre tables of contents read the same outline. Go down one level at a "
        "time (going back up by any number is fine) and keep one h1, the article title."
    )
    bad = (
        "# Billing\n\n## Invoices\n\n#### Download an invoice\n",
        "# Billing\n\nText.\n\n# Refunds\n",
    )
    good = ("# Billing\n\n## Invoices\n\n### Download an invoice\n\n## Refunds\n",)
    options = {"single-h1": Option(True, "report a second h1 (turn off for email templates that use h1 per section)")}

    def check(self, doc, options):
        groups: dict[object, list] = {}
        for element in doc.elements:
            if element.kind == "heading" and not _is_docfx_tab(doc, element):
                groups.setdefault(element.field_start, []).append(element)
        for headings in groups.values():
            if any(_is_level_sample(doc, heading) for heading in headings):
                continue  # a specimen sheet: its headings show components, they are no outline
            yield from self._outline(sorted(headings, key=lambda e: e.start), options["single-h1"],
                                     _branch_path_of(doc))

    def _outline(self, headings, single_h1: bool, branch_path):
        """One document's headings (a macro export holds one per reply field). A heading is
        compared only with the headings that can be sent with it: one in another branch of a
        template's conditional (`{{#if}}...{{else}}`, `{% if %}...{% else %}`) never is."""
        seen = []  # (heading level, branch path) of the headings before, in order
        for heading in headings:
            level = heading.level
            start, end = heading.start, heading.close_end if heading.close_end is not None else heading.end
            path = branch_path(start)
            previous, h1_before = _sent_before(seen, path)
            seen.append((level, path))
            h1_count = h1_before + (level == 1)
            if level == 1 and h1_count > 1 and single_h1:
                yield Hit(start, end, (
                    f"Another h1 (the {ordinal(h1_count)}) in this document: an article has one h1, "
                    "its title. Make this heading h2"))
            elif previous is not None and level > previous + 1:
                yield Hit(start, end, (
                    f"Heading level skips from h{previous} to h{level}: screen-reader users navigate by "
                    f"level, so use h{previous + 1}"))


def _sent_before(seen: list, path: tuple) -> tuple[int | None, int]:
    """The level of the last heading before that can be sent with a heading at `path`, and how
    many h1s before can be sent with it and with each other (the first branch of a block, where
    both branches hold one)."""
    previous, sent = None, []
    for seen_level, seen_path in seen:
        if (seen_path or path) and alternatives(path, seen_path):
            continue
        previous = seen_level
        if seen_level == 1 and not any(alternatives(seen_path, other) for other in sent):
            sent.append(seen_path)
    return previous, len(sent)


def _branch_path_of(doc):
    """offset -> the template branch path there (every offset the same in a file with no tags)."""
    if not doc.template_tags:
        return lambda offset: ()
    offsets, paths = document_branches(doc)
    return lambda offset: path_at(offsets, paths, offset)


def ordinal(number: int) -> str:
    """2 -> '2nd', 3 -> '3rd', 11 -> '11th', 22 -> '22nd'."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _is_docfx_tab(doc, heading) -> bool:
    """DocFX tab labels are written as headings, `# [Windows](#tab/windows)`; they are not headings."""
    return "](#tab/" in doc.source.text[heading.start:heading.end]


# A heading whose whole text names a heading level ("Heading 1", "Header 2", "H3") is a sample of
# that level in a style or component gallery (e-mail template kits show one of each). Such a
# document is a specimen sheet: its other headings name the components shown ("Headers",
# "Lists", "Action Buttons", "Discount Code"), each a standalone sample to copy into a real
# message, so the document has no outline to judge and none of its headings is reported (issue
# 27, sample A; the whole document since sample B, whose editor labelled the gallery's section
# h1s of Postmark's `example` template as a showcase, not an outline).
LEVEL_SAMPLE = re.compile(r"(?:heading|header|h)[ -]?(?:level[ -]?)?[1-6]", re.I)
TAG = re.compile(r"<[^>]*>")


def _is_level_sample(doc, heading) -> bool:
    """The heading's visible text is only the name of a heading level."""
    end = heading.content_end if heading.content_end is not None else heading.end
    raw = doc.source.text[heading.start:end]
    text = " ".join(TAG.sub(" ", raw).strip().lstrip("#").split())
    return len(text) <= 16 and LEVEL_SAMPLE.fullmatch(text.rstrip("#").strip()) is not None
