"""A product's message quoted as the reader sees it: words the writer did not choose (msg18).

Troubleshooting pages quote the error the reader meets so that the reader can recognise it:
"you receive the following error message:" and then a blockquote ("> Microsoft Access was unable
to create an MDE database."), an emphasised message after "the error message" ("*The stock item
was unable to be saved.*"), a pipe table whose column is headed "Message" or "Error". Rewording
such words ('could not' for 'was unable to') would make the page wrong, so a word-list rule
treats them as it treats a quoted mention (`flag-quoted` flags both).

Which forms, from a survey of the word-list findings of both corpora (docs/accuracy.md, msg18):
- a blockquote whose lead says a message follows: the paragraph before it ends with a colon
  after 'error', 'message', 'warning'... ("you receive the following error:"), speaks of "the
  following error message", or is a label ("Error message 2", "Error:"). Blockquotes that are
  notes, tips and alerts (`> [!NOTE]`, "**Note:**") are the writer's own words and stay flagged,
  as does any blockquote without such a lead;
- an emphasised run (`*...*`, `_..._`, `<em>`, `<i>`) just after 'error', 'message', 'warning'
  ("the error message *...*", "an error like *...*");
- a cell of a Markdown pipe table in a column headed as messages ("Message", "Error message").
- (left19) a paragraph that is one emphasised run after such a lead, as a blockquote is; and an
  image's text alternative naming a message whose words around the finding are those of the
  quoted message right after the image.
Headings that name an alert and HTML event tables are not read (left: docs/accuracy.md)."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..enums import Scope
from ..reading.document import Document
from .spelling_tables import PipeTables

# The end of a lead that announces a message: a colon after a word naming one within the
# sentence ("you receive the following error message:", "an error such as the following:",
# "event 2153 is logged in the Application log:").
_LEAD_COLON = re.compile(r"\b(?:errors?|messages?|warnings?|alerts?|prompts?|notifications?|dialog(?: box)?|events?|logged)\b"
                         r"[^.!?:]*:\s*\Z", re.I)
# "you may receive the following error message and the file isn't created."
_LEAD_FOLLOWING = re.compile(r"\bthe following (?:\w+ )?(?:error|message|warning|alert|notification)s?\b[^.!?:]*[.:]?\s*\Z",
                             re.I)
# A label that is the whole paragraph: "Error message 1", "Error:", "Warning message".
_LEAD_LABEL = re.compile(r"\s*(?:error|warning|alert)?\s*(?:messages?|error|warning|alert)\s*(?:\d+|[A-Z])?\s*:?\s*\Z",
                         re.I)
# An admonition between two blocks: DocFX "[!NOTE]", or a bold "Note:"/"Tip:" label.
_ADMONITION = re.compile(r"\[!\w+\]|\*\*\s*(?:note|tip|important|warning|caution)\b", re.I)
_SKIPPED_SCOPES = {Scope.ALT, Scope.TITLE}  # an image of the message between lead and quote
# An image's text alternative that says it shows a message ("Screenshot of the error message").
_NAMES_A_MESSAGE = re.compile(r"\b(?:errors?|messages?|warnings?|alerts?|prompts?|dialog(?: box)?)\b", re.I)
BLOCKQUOTE_REACH = 4  # paragraphs of one quoted message walked back to its lead

# Emphasis on one line, and the words just before it that say it is a message. Each alternative
# opens with its mark, the character before a star or underscore tested behind it
# ("\*(?<![*\w]\*)" is "(?<![*\w])\*"), so `re` skips to the next '*', '_' or '<' instead of trying
# every position of the document (speed23: 9x faster on bench/, the same runs).
_EMPHASIS = re.compile(r"\*(?<![*\w]\*)(?!\s|\*)[^*\n]+?(?<!\s)\*(?![*\w])|_(?<![_\w]_)(?!\s|_)[^_\n]+?(?<!\s)_(?![_\w])|"
                       r"<(em|i)\b[^>]*>.*?</\1\s*>", re.I)
_LEAD_WORDS = re.compile(r"\b(?:errors?|messages?|warnings?|alerts?|prompts?|notifications?)"
                         r"(?:[\s,:]+(?:like|such as|that says|saying|reading|stating|text|message|box))*[\s,:—–-]*\Z", re.I)
LEAD_REACH = 60  # characters before an emphasised run in which its lead ends

# A pipe table's column of messages.
_MESSAGE_HEADER = re.compile(r"\s*\**\s*(?:(?:error|event|alert|warning)\s+)?(?:messages?|errors?|error text|event text)"
                             r"\s*\**\s*\Z", re.I)


def shows_a_message(doc: Document, index: int, start: int, end: int) -> bool:
    """Whether text [start, end) of segment `index` is a product's message quoted as shown."""
    segment = doc.segments[index]
    if segment.scope == Scope.BLOCKQUOTE and _quoted_message_block(doc, index):
        return True
    if _wholly_emphasised(doc, index) and _quoted_message_block(doc, index, by_screenshot=False):
        return True  # (a bold line after a screenshot is as often the writer's question or step)
    if segment.scope == Scope.ALT and _alt_copies_the_message_after_it(doc, index, start, end):
        return True
    where = segment.map.to_source(start, end)
    if _after_message_lead(doc, where.start, where.end):
        return True
    return segment.scope == Scope.TABLE_CELL and _message_tables(doc).judge(where.start, "message", _message_column)


def _quoted_message_block(doc: Document, index: int, by_screenshot: bool = True) -> bool:
    """A blockquote after a lead that announces a message, and not a note: decided once per
    segment, where deciding it for each finding searched the paragraphs before it again each time
    (rev19a: a 100 KB paragraph before a blockquote of 2,000 findings, 91 s)."""
    return doc.cached_for("quoted-message-blocks", (index, by_screenshot),
                          lambda: _lead_announces_a_message(doc, index, by_screenshot))


def _lead_announces_a_message(doc: Document, index: int, by_screenshot: bool) -> bool:
    """Walking back in source order over the quote's earlier paragraphs and images (a screenshot
    of the message, when `by_screenshot`) to the paragraph that leads it."""
    segments, source = doc.segments, doc.source.text
    order, rank = _source_order(doc)
    here, steps = rank[index], 0
    while here > 0 and steps < BLOCKQUOTE_REACH:
        after, before = segments[order[here]], segments[order[here - 1]]
        if _ADMONITION.search(source, _source_span(before)[1], _source_span(after)[0]):
            return False
        here -= 1
        if before.scope in _SKIPPED_SCOPES:
            if by_screenshot and _NAMES_A_MESSAGE.search(before.text):
                return True  # the quote transcribes a screenshot of the message just before it
            continue
        text, steps = before.text, steps + 1
        if _LEAD_COLON.search(text) or _LEAD_FOLLOWING.search(text) or _LEAD_LABEL.match(text):
            return True
        if before.scope != Scope.BLOCKQUOTE:
            return False
    return False


# A paragraph that is one emphasised run ("**We are unable to connect right now. ...**" after "they
# receive the following error message:"): a message set apart as a blockquote is (left19).
_WHOLE_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?:(?!\1).)+\1|<(b|strong|em|i)\b[^>]*>(?:(?!</?\2\b).)+</\2\s*>", re.S | re.I)


def _wholly_emphasised(doc: Document, index: int) -> bool:
    """Whether the paragraph's source, from its first line's start to its last line's end, is one
    emphasised run: decided once per segment (its lines are copied and matched, so deciding it for
    each finding of a long one-line paragraph would be quadratic)."""
    return doc.cached_for("wholly-emphasised", index,
                          lambda: _paragraph_is_one_emphasised_run(doc, doc.segments[index]))


def _paragraph_is_one_emphasised_run(doc: Document, segment) -> bool:
    if segment.scope != Scope.PARAGRAPH:
        return False
    start, end = _source_span(segment)
    source = doc.source.text
    line_start, line_end = source.rfind("\n", 0, start) + 1, source.find("\n", end)
    text = source[line_start:line_end if line_end >= 0 else len(source)].strip()
    return _WHOLE_EMPHASIS.fullmatch(text) is not None


# Words of an alt text around a finding (before and after it, together) that, found with it in the
# quoted message right after the image, show the alt transcribes it ("Screenshot of The application was unable to start correctly ...").
ALT_WINDOW_WORDS = 3


def _alt_copies_the_message_after_it(doc: Document, index: int, start: int, end: int) -> bool:
    """An image's text alternative that names a message and copies, around [start, end), the words
    of the quoted message right after the image (msg18's leftover; left19)."""
    segments, alt = doc.segments, doc.segments[index].text
    if not _NAMES_A_MESSAGE.search(alt):
        return False
    order, rank = _source_order(doc)
    following = rank[index] + 1
    if following >= len(order):
        return False
    message = segments[order[following]]
    if not (message.scope == Scope.BLOCKQUOTE or _wholly_emphasised(doc, order[following])) \
            or not _quoted_message_block(doc, order[following]):
        return False
    before, flagged, after = alt[:start].split(), alt[start:end].split(), alt[end:].split()
    quoted = " " + " ".join(message.text.split()).lower() + " "
    for taken_before in range(min(ALT_WINDOW_WORDS, len(before)) + 1):
        for taken_after in range(min(ALT_WINDOW_WORDS, len(after)) + 1):
            if taken_before + taken_after < ALT_WINDOW_WORDS:
                continue
            window = before[len(before) - taken_before:] + flagged + after[:taken_after]
            if " " + " ".join(window).lower() + " " in quoted:
                return True
    return False


def _source_span(segment) -> tuple[int, int]:
    where = segment.source_span()
    return where.start, where.end


def _source_order(doc: Document) -> tuple[list[int], dict[int, int]]:
    """The segments' indices in source order (readers list an image's text alternative apart
    from the prose around it), and each index's rank in that order."""
    def order() -> tuple[list[int], dict[int, int]]:
        segments = doc.segments
        indices = sorted(range(len(segments)), key=lambda i: _source_span(segments[i]))
        return indices, {index: rank for rank, index in enumerate(indices)}
    return doc.cached("segments-in-source-order", order)


def _after_message_lead(doc: Document, start: int, end: int) -> bool:
    """[start, end) lies in an emphasised run on its line just after 'error message' or the like."""
    starts, runs = doc.cached("emphasised-runs", lambda: _emphasised_runs(doc.source.text))
    at = bisect_right(starts, start) - 1
    if at < 0 or end > runs[at][1]:
        return False
    run_start = runs[at][0]
    source = doc.source.text
    line_start = source.rfind("\n", 0, run_start) + 1
    before = re.sub(r"<[^>]*>", "", source[max(line_start, run_start - LEAD_REACH):run_start])
    return _LEAD_WORDS.search(before) is not None


def _emphasised_runs(source: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Every emphasised run of the document, found once (none spans a line), and their starts:
    a finding looks its run up by bisection, where reading its whole line for each finding made a
    one-line HTML e-mail quadratic (rev of msg18: 150 KB, 2,000 findings, 1.7 -> 49 s)."""
    runs = [(run.start(), run.end()) for run in _EMPHASIS.finditer(source)]
    return [run[0] for run in runs], runs


def _message_tables(doc: Document) -> PipeTables:
    return doc.cached("message-tables", lambda: PipeTables(doc.source.text))


def _message_column(header: str, cells) -> bool:
    return _MESSAGE_HEADER.match(header) is not None
