"""Media and structure accessibility: captions and transcripts, images of text, heading levels,
table headers and layout tables, the page language."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..spans import ByStart
from .alt_text import data, file_stem
from .base import Hit, Option, Rule, element_end, html_attrs
from ..enums import Category

MEDIA_TAGS = ("video", "audio", "iframe", "embed")


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


def media_kind(element) -> str | None:
    """"video", "audio" or "embed" (a player from a known host), else None."""
    tag = element.tag
    if tag in ("video", "audio"):
        return tag
    if tag in ("iframe", "embed"):
        src = (element.src or html_attrs(element).get("src", "")).lower()
        address = _address(src)
        words = data()
        if any(host in address for host in words["audio_hosts"]):
            return "audio"
        if any(host in address for host in words["media_hosts"]):
            return "embed"
    return None


def _address(src: str) -> str:
    parts = urlsplit(src if "//" in src else "//" + src)
    return (parts.netloc + parts.path).removeprefix("www.")


class MediaCaptions(Rule):
    code = "PL404"
    name = "media-captions"
    category = Category.ACCESSIBILITY
    english_only = False
    example_format = "html"
    summary = "Video and audio with no captions track or transcript link nearby"
    rationale = (
        "A deaf or hard-of-hearing customer gets nothing from a tutorial video without captions, and "
        "nothing from a podcast without a transcript; neither do people watching on a phone in a "
        "quiet office. A <video> needs a <track kind=\"captions\">; audio needs a transcript. "
        "Players embedded from YouTube, Vimeo, Wistia, Loom and similar hosts cannot show in the "
        "markup whether captions exist, so they are flagged unless captions are switched on in the "
        "embed address or a transcript is linked nearby: check the captions on the host and link a "
        "transcript. Muted, silent videos need no captions and are not flagged."
    )
    bad = (
        "<video src=\"setup.mp4\" controls></video>\n",
        "<iframe src=\"https://www.youtube.com/embed/abc123\" title=\"Set up SSO\"></iframe>\n",
    )
    good = (
        "<video src=\"setup.mp4\" controls>\n  <track kind=\"captions\" src=\"setup.vtt\" srclang=\"en\">\n</video>\n",
        "<iframe src=\"https://www.youtube.com/embed/abc123\" title=\"Set up SSO\"></iframe>\n"
        "<p><a href=\"/sso-video-transcript\">Read the transcript</a></p>\n",
    )
    options = {"transcript-distance": Option(1500, "how far (in characters) a transcript link may be from the player")}

    def check(self, doc, options):
        distance = options["transcript-distance"]
        for element in doc.elements:
            kind = media_kind(element)
            if kind is None or _is_silent(element):
                continue
            if _transcript_near(doc, element, distance):
                continue
            if kind == "video" and _has_captions_track(doc, element):
                continue
            if kind == "embed" and _captions_in_address(element):
                continue
            yield Hit(element.start, element.end, _media_message(kind))


def _media_message(kind: str) -> str:
    if kind == "video":
        return ("Video has no captions track and no transcript link nearby: add "
                "<track kind=\"captions\" src=\"...vtt\"> and link a transcript")
    if kind == "audio":
        return "Audio has no transcript link nearby: deaf and hard-of-hearing customers need a transcript"
    return ("Embedded player: captions cannot be checked from the page and no transcript link is nearby. "
            "Check that the video has captions on its host and link a transcript")


def _is_silent(element) -> bool:
    attrs = html_attrs(element)
    return element.tag == "video" and "muted" in attrs and "controls" not in attrs


def _has_captions_track(doc, video) -> bool:
    end = video.content_end
    if end is None:  # an unclosed player: its tracks are those before the next player
        later = _by_start(doc, "players", lambda e: e.tag in ("video", "audio")).first_after(video.start)
        end = later.start if later is not None else len(doc.source.text)
    tracks = _by_start(doc, "tracks", lambda e: e.tag == "track")
    for track in tracks.between(video.start + 1, end - 1):
        if html_attrs(track).get("kind", "subtitles").lower() in ("captions", "subtitles"):
            return True
    return False


def _captions_in_address(element) -> bool:
    src = (element.src or html_attrs(element).get("src", "")).lower()
    return any(parameter in src for parameter in data()["caption_parameters"])


def _transcript_near(doc, media, distance: int) -> bool:
    words = data()["transcript_words"]
    lo, hi = media.start - distance, element_end(media) + distance
    for link in _by_start(doc, "links", lambda e: e.kind == "link").between(lo, hi):
        text = f"{link.text} {link.href}".lower()
        if any(word in text for word in words):
            return True
    segments = doc.cached("segments by start", lambda: ByStart(
        [s for s in doc.segments if s.map.pieces], lambda s: s.map.pieces[0].src_start))
    return any(any(word in segment.text.lower() for word in words) for segment in segments.between(lo, hi))


def _by_start(doc, name: str, keep) -> ByStart:
    """The document's elements that `keep` accepts, by start (media pages hold many players:
    scanning every element for each would be players x elements)."""
    return doc.cached(f"elements by start: {name}", lambda: ByStart([e for e in doc.elements if keep(e)]))


_SPLIT_NAME = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")


class ImageOfText(Rule):
    code = "PL405"
    name = "image-of-text"
    category = Category.ACCESSIBILITY
    english_only = False
    summary = "Images that seem to be pictures of text (flagged for review)"
    rationale = (
        "Text inside an image cannot be resized, restyled, translated, searched or read by most "
        "assistive technology, and it blurs when zoomed. When an image's alt text or file name says "
        "it shows text ('Screenshot of the error message', 'quote-banner.png'), put the words in "
        "the page as text and keep the image for what only a picture can show. Logos are exempt. "
        "The rule cannot see the pixels: each finding is a prompt to check the image."
    )
    bad = (
        "![Screenshot of the error message that says Access denied](error.png)\n",
        "![Our promise](customer-promise-quote.png)\n",
    )
    good = (
        "The error message says **Access denied**.\n\n![The sign-in page with the error under the password box](error.png)\n",
    )

    def check(self, doc, options):
        words = data()
        file_words = set(words["text_image_file_words"])
        for element in doc.elements:
            if element.kind != "image":
                continue
            alt = " ".join((element.alt or "").split())
            lowered = alt.lower()
            phrase = next((p for p in words["text_image_alt"] if re.search(rf"\b{re.escape(p)}\b", lowered)), None)
            stem_words = {w.lower() for w in _SPLIT_NAME.split(file_stem(element.src)) if w}
            if stem_words & set(words["price_quote_words"]):
                stem_words -= {"quote", "quotes", "quotation"}  # a price quote, not a quotation
            if phrase:
                reason = f"its alt text says it shows text ('{phrase}')"
            elif len(alt) > 2 and alt[0] in "\"“'‘" and alt[-1] in "\"”'’":
                reason = "its alt text is a quotation"
            elif stem_words & file_words:
                reason = f"its file name suggests text ('{sorted(stem_words & file_words)[0]}')"
            else:
                continue
            yield Hit(element.start, element.end, (
                f"This image may be a picture of text: {reason}. Text in images cannot be resized, "
                "translated or read by most assistive technology: put the words in the page as text"))


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
            yield from self._outline(sorted(headings, key=lambda e: e.start), options["single-h1"])

    def _outline(self, headings, single_h1: bool):
        """One document's headings (a macro export holds one per reply field)."""
        previous = None
        h1_count = 0
        for heading in headings:
            level = heading.level
            start, end = heading.start, heading.close_end if heading.close_end is not None else heading.end
            h1_count += level == 1
            if level == 1 and h1_count > 1 and single_h1:
                yield Hit(start, end, (
                    f"Another h1 (the {ordinal(h1_count)}) in this document: an article has one h1, "
                    "its title. Make this heading h2"))
            elif previous is not None and level > previous + 1:
                yield Hit(start, end, (
                    f"Heading level skips from h{previous} to h{level}: screen-reader users navigate by "
                    f"level, so use h{previous + 1}"))
            previous = level


def ordinal(number: int) -> str:
    """2 -> '2nd', 3 -> '3rd', 11 -> '11th', 22 -> '22nd'."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _is_docfx_tab(doc, heading) -> bool:
    """DocFX tab labels are written as headings, `# [Windows](#tab/windows)`; they are not headings."""
    return "](#tab/" in doc.source.text[heading.start:heading.end]


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
        "treated as layout when it nests in or holds another table, has one row or one column, or "
        "carries layout attributes (width=\"100%\", border=\"0\" with cell padding); otherwise it is "
        "data. Each table gets one of the two findings, never both; layout tables nested in a reported "
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
                yield Hit(element.start, element.end, (
                    "Data table has no header cells: screen-reader users hear values without labels. "
                    "Mark the header row (or column) with <th scope=\"col\"> (or scope=\"row\")"))
            elif verdict == "layout" and element in covered:
                nested = covered[element]
                also = (f" (and to the {nested} layout table{'s' if nested != 1 else ''} nested in it, "
                        "which lack it too)") if nested else ""
                yield Hit(element.start, element.end, (
                    "Layout table without role=\"presentation\": screen readers announce its rows and "
                    f"columns around the content. Add role=\"presentation\" to it{also}"))


def _table_verdict(element, shape: dict | None) -> str | None:
    """"layout" or "data" for a table that needs a finding, None for one that is fine."""
    attrs = html_attrs(element)
    shape = shape or {"rows": 0, "columns": 0, "headers": False, "nested": False}
    if attrs.get("role", "").lower() in ("presentation", "none") or shape["headers"]:
        return None
    if _is_layout(attrs, shape):
        return "layout"
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
    if shape["nested"] or shape["rows"] <= 1 or shape["columns"] <= 1:
        return True
    if _LAYOUT_WIDTH.match(attrs.get("width", "")):
        return True
    return attrs.get("border", "").strip() == "0" and ("cellpadding" in attrs or "cellspacing" in attrs)


def _table_shapes(doc) -> dict:
    """Rows, columns and header cells of each table, counting only its own cells."""
    shapes: dict = {}
    row_cells: dict = {}
    outer_table, outer_row = nearest_of_tag(doc, "table"), nearest_of_tag(doc, "tr")

    def shape(table):
        return shapes.setdefault(table, {"rows": 0, "columns": 0, "headers": False, "nested": False})

    for element in doc.elements:
        tag = element.tag
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
        if row is not None:
            span = html_attrs(element).get("colspan", "").strip()
            row_cells[row] += int(span) if span.isdigit() and int(span) > 0 else 1
            table["columns"] = max(table["columns"], row_cells[row])
        else:
            table["columns"] = max(table["columns"], 1)
    return shapes


class HtmlLang(Rule):
    code = "PL408"
    name = "html-lang"
    category = Category.ACCESSIBILITY
    english_only = False
    example_format = "html"
    summary = "A full HTML document whose <html> has no lang attribute"
    rationale = (
        "Screen readers pick their voice and pronunciation from the page language. Without "
        "lang on <html>, an English email may be read with a French voice on a French phone, and "
        "the words become hard to follow. Partials and fragments without an <html> element are "
        "skipped: the page that includes them sets the language."
    )
    bad = ("<!DOCTYPE html>\n<html>\n<body><p>Your invoice is ready.</p></body>\n</html>\n",)
    good = ("<!DOCTYPE html>\n<html lang=\"en\">\n<body><p>Your invoice is ready.</p></body>\n</html>\n",)

    def check(self, doc, options):
        for element in doc.elements:
            if element.tag != "html":
                continue
            attrs = html_attrs(element)
            if not (attrs.get("lang", "").strip() or attrs.get("xml:lang", "").strip()):
                yield Hit(element.start, element.end, (
                    "<html> has no lang attribute: screen readers cannot pick the right voice. "
                    "Add lang=\"en\" (or the page's language)"))
