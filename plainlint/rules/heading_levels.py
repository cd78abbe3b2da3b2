"""heading-levels (PL406): headings that skip a level, and a second h1."""

from __future__ import annotations

import re

from .base import Hit, Option, Rule
from ..enums import Category
from ..reading.kinds import ARTICLE
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
            headings.sort(key=lambda e: e.start)
            samples = [_is_level_sample(doc, heading) for heading in headings]
            if _is_specimen_sheet(headings, samples):
                continue  # its headings show components, they are no outline
            outline = [heading for heading, sample in zip(headings, samples) if not sample]
            yield from self._outline(outline, options["single-h1"], _branch_path_of(doc), doc.source.text,
                                     _one_h1_advice(doc))

    def _outline(self, headings, single_h1: bool, branch_path, text: str, one_h1_advice: str):
        """One document's headings (a macro export holds one per reply field). A heading is
        compared only with the headings that can be sent with it: one in another branch of a
        template's conditional (`{{#if}}...{{else}}`, `{% if %}...{% else %}`) never is."""
        seen = []  # (heading level, branch path) of the headings before, in order
        h1s_before = H1sBefore()
        for heading in headings:
            level = heading.level
            start, end = heading.start, heading.close_end if heading.close_end is not None else heading.end
            path = branch_path(start)
            previous = _last_sent_with(seen, path)
            h1_count = h1s_before.sent_with(path) + 1 if level == 1 else 0
            seen.append((level, path))
            if level == 1:
                h1s_before.add(path)
            if level == 1 and h1_count > 1 and single_h1:
                yield Hit(start, end, f"Another h1 (the {ordinal(h1_count)}) in this document: {one_h1_advice}")
            elif previous is not None and level > previous + 1 and (label := _callout_label(text, start, end)):
                yield Hit(start, end, (
                    f"'{label}' is a callout's label written as a heading (h{level}): screen-reader users "
                    f"hear it among the page's headings, as a level skip from h{previous}. A label is no "
                    f"heading: write it as bold text ('> **{label}**')"))
            elif previous is not None and level > previous + 1:
                yield Hit(start, end, (
                    f"Heading level skips from h{previous} to h{level}: screen-reader users navigate by "
                    f"level, so use h{previous + 1}"))


def _one_h1_advice(doc) -> str:
    """What a second h1 should be, in the words of the document's kind: an e-mail or a reply has no
    article title (user37: "an article has one h1" said of React Email templates), and a React
    Email `<Heading>` takes its level from `as`."""
    if doc.kind == ARTICLE:
        return "an article has one h1, its title. Make this heading h2"
    advice = "an e-mail or reply has one h1 at most, its main heading. Make this heading h2"
    if doc.source.path.endswith((".tsx", ".jsx")):
        return advice + " (<Heading as=\"h2\">)"
    return advice


# A Markdown heading in a blockquote that is only a label and its colon ('> ### Note:', '> ### Sample
# Code:'): the callout label DITA-to-Markdown writes in SAP's docs (user36: 168 of 176 findings in
# two SAP repositories), where "use h2" is the wrong advice.
_CALLOUT_LABEL = re.compile(r"[ \t]*(?:>[ \t]*)+#{1,6}[ \t]+(?P<label>[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}:)[ \t]*#*[ \t]*\r?\n?")


def _callout_label(text: str, start: int, end: int) -> str | None:
    """The label ('Note:') of a callout heading, or None."""
    match = _CALLOUT_LABEL.fullmatch(text, start, end)
    return match.group("label") if match else None


def _last_sent_with(seen: list, path: tuple) -> int | None:
    """The level of the last heading before that can be sent with a heading at `path`: read
    back from the last, so a file with no template tags reads one (rev16: reading every heading
    before each made a file of 1,000 h1s take 28 s)."""
    for seen_level, seen_path in reversed(seen):
        if not ((seen_path or path) and alternatives(path, seen_path)):
            return seen_level
    return None


class H1sBefore:
    """How many h1s before can be sent with a heading at a branch path and with each other.

    h1s at one branch path are all sent or none, so paths are counted, not h1s, and taken in the
    order they first appear as long as they fit the branches taken before (the first branch of a
    block, where both branches hold one). Only the paths inside the outermost block of the asked
    path can be alternatives to it or to a path that is, so the choice over all the others is kept
    as it grows and only that block's paths are chosen again for each heading: a template of n
    blocks with an h1 in each branch reads each block's two paths, not every path before (lin18's
    scaling case h1_branches, 22x per 4x before; rev16 had made the same count per path instead of
    per h1). A template whose h1s all sit inside one outer block is still read path by path."""

    def __init__(self) -> None:
        self._h1s: dict[tuple, int] = {}  # branch path -> h1s there, in order of the first
        self._in_block: dict[object, list[tuple]] = {}  # outermost block -> paths inside it, in order
        self._kept_branches: dict = {}  # (path down to a block, the block) -> branch taken there
        self._kept: set[tuple] = set()  # the paths taken when no path is left out
        self._kept_h1s = 0

    def sent_with(self, path: tuple) -> int:
        """h1s before that can be sent with a heading at `path` (and with each other)."""
        block_paths = self._in_block.get(path[0][0], []) if path else []
        outside = self._kept_h1s - sum(self._h1s[other] for other in block_paths if other in self._kept)
        return outside + _taken_h1s(block_paths, path, self._h1s)

    def add(self, path: tuple) -> None:
        """One more h1 at `path`."""
        if path not in self._h1s:
            self._h1s[path] = 0
            if path:
                self._in_block.setdefault(path[0][0], []).append(path)
            steps = _steps(path)
            if all(self._kept_branches.get(place, branch) == branch for place, branch in steps):
                self._kept_branches.update(steps)
                self._kept.add(path)
        self._h1s[path] += 1
        if path in self._kept:
            self._kept_h1s += 1


def _steps(path: tuple) -> list:
    """((the path down to a block, the block), the branch taken there) for each block of `path`."""
    return [((path[:depth], block), branch) for depth, (block, branch) in enumerate(path)]


def _taken_h1s(paths: list, path: tuple, h1s: dict) -> int:
    """The h1s at `paths` (in order) that can be sent with `path`, each path taken while it fits
    the branches taken before it."""
    taken: dict = {}
    count = 0
    for other in paths:
        if (other or path) and alternatives(path, other):
            continue
        steps = _steps(other)
        if all(taken.get(place, branch) == branch for place, branch in steps):
            taken.update(steps)
            count += h1s[other]
    return count


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
# that level, never part of the outline (issue 27, sample A). Where the samples show several
# levels one after another (an e-mail kit's gallery: "Header 1", "Header 2", "Header 3"), the
# document is a specimen sheet: its other headings name the components shown ("Headers",
# "Lists", "Action Buttons", "Discount Code"), each a standalone sample to copy into a real
# message, so it has no outline to judge and none of its headings is reported (sample B, whose
# editor labelled the gallery's section h1s of Postmark's `example` template as a showcase). One
# sample, or samples of one level, show a size inside an article: only they are left out
# (user31: one "Header 4" in a merged export of 1,044 help-centre articles had silenced them all).
LEVEL_SAMPLE = re.compile(r"(?:heading|header|h)[ -]?(?:level[ -]?)?[1-6]", re.I)
TAG = re.compile(r"<[^>]*>")


def _is_specimen_sheet(headings: list, samples: list[bool]) -> bool:
    """Whether level samples of two or more levels stand next to each other (no other heading
    between): a gallery showing the levels, not an article showing one size."""
    for index in range(1, len(headings)):
        if samples[index] and samples[index - 1] and headings[index].level != headings[index - 1].level:
            return True
    return False


def _is_level_sample(doc, heading) -> bool:
    """The heading's visible text is only the name of a heading level."""
    end = heading.content_end if heading.content_end is not None else heading.end
    raw = doc.source.text[heading.start:end]
    text = " ".join(TAG.sub(" ", raw).strip().lstrip("#").split())
    return len(text) <= 16 and LEVEL_SAMPLE.fullmatch(text.rstrip("#").strip()) is not None
