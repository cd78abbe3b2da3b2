"""shouting (PL207): capitals that quote an interface label as the product shows it, not a
voice raised. A link text wholly in capitals (a styled button or navigation label), and a bold
run of one to three capitalised words that the sentence uses as a label: a step of a menu path,
right after a way to a place ('Go to **SETTINGS**', 'under **RECENT FILES**'), right before an
interface noun ('the **HISTORY** window'), or one of a list of bold labels. Bold capitals with
none of these ('We **STRONGLY** recommend', '**DO NOT DELETE THIS FILE**') are still shouting.
Split from plainlint/rules/shouting.py (held-out KoboToolbox help, seeds 41 and 42)."""

from __future__ import annotations

import bisect
import functools
import re

from ..reading.readers.mkdocs_blocks import ADMONITION_LINE
from .capitals import shouting_data

_LINKED_NAME = re.compile(r"\s*([A-Z][A-Z0-9-]+)(?=\s+[a-z])")


def capitalised_link_texts(doc) -> list[tuple[int, int]]:
    """Source ranges of link texts written wholly in capitals: a button or navigation label
    styled in capitals ('CONTACT US', 'TERMS OF SERVICE'), not a sentence shouted."""
    def compute():
        ranges = []
        for element in doc.elements:
            if element.kind == "link" and element.text_start is not None and element.text_end is not None:
                words = element.text.split()
                if words and not any(ch.islower() for ch in element.text) and len(words) <= 5:
                    ranges.append((element.text_start, element.text_end))
                elif (first := _LINKED_NAME.match(doc.source.text, element.text_start, element.text_end)):
                    ranges.append(first.span(1))
        return ranges
    return doc.cached("capitalised_link_texts", compute)


def gui_label_contents(doc) -> list[tuple[int, int]]:
    """Source ranges of the content of elements whose class marks an on-screen label or a key
    (rulesets/shouting.yaml `gui_classes`: DocBook's guimenu, guilabel, ...; Sphinx's)."""
    def compute():
        classes = shouting_data()["gui_classes"]
        return [(element.end, element.end_of_content) for element in doc.elements
                if element.content_end is not None
                and classes.intersection(element.html.get("class", "").lower().split())]
    return doc.cached("gui_label_contents", compute)


def inside_ranges(span, ranges) -> bool:
    start, end = (span.start, span.end) if hasattr(span, "start") else span
    return any(a <= start and end <= b for a, b in ranges)


MAX_LABEL_WORDS = 3  # 'RECENT ACCOUNT ACTIVITY'; four capitalised words read as a sentence
_BOLD_MARKS = ("**", "__")
_BOLD_TAGS = (("<strong", "</strong"), ("<b>", "</b>"), ("<b ", "</b>"))
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_STEP_MARK = r"(?:>|&gt;|›|→)"  # between the steps of a menu path
_MENU_STEP = re.compile(r"\s" + _STEP_MARK + r"\s")
_BOLD_CLOSE = r"(?:\*\*|__|</strong>|</b>)"
_BOLD_OPEN = r"(?:\*\*|__|<strong\b|<b\b)"
_LIST_GAP = r"\s*(?:[,/]|,?\s+(?:and|or))\s*"
_LABEL_BEFORE = re.compile(_BOLD_CLOSE + _LIST_GAP + r"\Z", re.I)
_LABEL_AFTER = re.compile(_LIST_GAP + _BOLD_OPEN, re.I)
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")


def quotes_an_interface_label(doc, span) -> bool:
    """Whether the capitals at `span` (source offsets) are inside bold that the sentence uses
    as an interface label (see the module docstring), or are a step of a menu path, bold or not."""
    source = doc.source.text
    if a_menu_step(source, span.start, span.end):
        return True
    bold = _bold_around(doc.cached("bold-marks", lambda: BoldMarks(source)), span.start, span.end)
    if bold is None:
        return False
    open_start, inner_start, inner_end, close_end, line_start, line_end = bold
    inner = source[inner_start:inner_end]
    if _MENU_STEP.search(inner):
        return True
    if len(_WORD.findall(inner)) > MAX_LABEL_WORDS:
        return False
    # The words around the bold, on its line, as far as a label's context reaches (a place such
    # as 'navigate to the' before it, a noun or a list after it): a bounded look keeps a run of
    # findings on one long line linear.
    before = source[max(line_start, open_start - CONTEXT_CHARS):open_start]
    after = source[close_end:min(line_end, close_end + CONTEXT_CHARS)]
    next_word = _NEXT_WORD.match(after)
    return (_label_place().search(before) is not None
            or (next_word is not None and next_word.group(1).lower() in _label_nouns())
            or _LABEL_BEFORE.search(before) is not None or _LABEL_AFTER.match(after) is not None)


CONTEXT_CHARS = 80  # the longest label place ('navigate to') and its article fit many times over


class BoldMarks:
    """Where a source's line breaks, bold marks (`**`, `__`) and bold tags (<strong>, <b>) are,
    found once per document: each finding then asks in logarithmic time, where looking along
    its line made the findings of one long line quadratic (the caps_long_line scaling case)."""

    def __init__(self, source: str):
        self.source = source
        self.length = len(source)
        self.newlines = [m.start() for m in re.finditer("\n", source)]
        self.marks = {mark: [m.start() for m in re.finditer(re.escape(mark), source)] for mark in _BOLD_MARKS}
        tags = {tag for pair in _BOLD_TAGS for tag in pair}
        self.tags = {tag: [m.start() for m in re.finditer(re.escape(tag), source, re.I)] for tag in tags}

    def line_of(self, start: int, end: int) -> tuple[int, int]:
        """(start of the line holding `start`, the line break or text end after `end`)."""
        before = bisect.bisect_left(self.newlines, start)
        line_start = self.newlines[before - 1] + 1 if before else 0
        after = bisect.bisect_left(self.newlines, end)
        return line_start, self.newlines[after] if after < len(self.newlines) else self.length

    @staticmethod
    def count_between(positions: list[int], low: int, high: int) -> int:
        """How many of the sorted `positions` are in [low, high)."""
        return bisect.bisect_left(positions, high) - bisect.bisect_left(positions, low)

    @staticmethod
    def last_before(positions: list[int], low: int, high: int) -> int:
        """The last of the sorted `positions` in [low, high), or -1."""
        index = bisect.bisect_left(positions, high) - 1
        return positions[index] if index >= 0 and positions[index] >= low else -1

    @staticmethod
    def first_from(positions: list[int], low: int, high: int) -> int:
        """The first of the sorted `positions` in [low, high), or -1."""
        index = bisect.bisect_left(positions, low)
        return positions[index] if index < len(positions) and positions[index] < high else -1


def _bold_around(marks: BoldMarks, start: int, end: int) -> tuple[int, int, int, int, int, int] | None:
    """(opening mark's start, inside start, inside end, closing mark's end, line start, line end)
    of the Markdown bold (`**`, `__`) or HTML bold (<strong>, <b>) around [start, end) on its
    line, or None. A mark counts before `start` when it ends by it."""
    line_start, line_end = marks.line_of(start, end)
    for mark, positions in marks.marks.items():
        width = len(mark)
        if marks.count_between(positions, line_start, start - width + 1) % 2 == 1:
            closing = marks.first_from(positions, end, line_end - width + 1)
            if closing >= 0:
                opening = marks.last_before(positions, line_start, start - width + 1)
                return opening, opening + width, closing, closing + width, line_start, line_end
    for open_tag, close_tag in _BOLD_TAGS:
        opened = marks.last_before(marks.tags[open_tag], line_start, start - len(open_tag) + 1)
        closed_before = marks.last_before(marks.tags[close_tag], line_start, start - len(close_tag) + 1)
        closing = marks.first_from(marks.tags[close_tag], end, line_end - len(close_tag) + 1)
        if opened >= 0 and opened > closed_before and closing >= 0:
            inner_start = marks.source.find(">", opened, start) + 1
            if inner_start > 0:
                tag_end = marks.source.find(">", closing, line_end) + 1 or closing
                return opened, inner_start, closing, tag_end, line_start, line_end
    return None


@functools.lru_cache(maxsize=1)
def _label_place() -> re.Pattern:
    """A way to a place right before the bold, with 'the', 'your' or 'a' between: 'go to',
    'under', 'in the'."""
    places = sorted(shouting_data()["label_places"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in places)
                      + r")(?:\s+(?:the|your|a|an|this|each))?\s*\Z", re.I)


@functools.lru_cache(maxsize=1)
def _label_nouns() -> frozenset[str]:
    data = shouting_data()
    return frozenset(data["naming_nouns"] | data["label_nouns"])


# A menu path's step mark between two names, spaces on both sides ('Stores > ADVANCED > System',
# '**Configuration** > **CATALOG** > **Inventory**', '<b>Stores</b> &gt; <b>ADVANCED</b>'): an
# HTML tag's '>' has no space before it, or closes a tag opened before it ('<br > NEVER').
_STEP_BEFORE = re.compile(r"(?:[^\s<>]|</(?:strong|b)>)\s+(?P<mark>" + _STEP_MARK + r")\s+(?:\*\*|__|<(?:strong|b)\b[^<>]*>)?\Z",
                          re.I)
_STEP_AFTER = re.compile(r"(?:\*\*|__|</(?:strong|b)>)?\s+" + _STEP_MARK + r"\s+\S", re.I)


def a_menu_step(source: str, start: int, end: int) -> bool:
    """Whether source[start:end] (up to three words) is a step of a menu path: a menu step mark
    right before or after it, on its line, in a path that reads as one (`_reads_as_a_path`).
    Held-out Adobe Commerce help names its Admin's section headings in capitals in such paths,
    as the Admin shows them (trial3)."""
    if len(_WORD.findall(source[start:end])) > MAX_LABEL_WORDS:
        return False
    # Only as far as a label's context reaches, on its line: a look for the line's ends would
    # read a long line once per finding on it.
    reach_back, reach_on = max(0, start - CONTEXT_CHARS), min(len(source), end + CONTEXT_CHARS)
    line_start = source.rfind("\n", reach_back, start) + 1
    line_end = source.find("\n", end, reach_on)
    before = source[max(line_start, reach_back):start]
    after = source[end:reach_on if line_end < 0 else line_end]
    step = _STEP_BEFORE.search(before)
    if step is not None and not _inside_a_tag(before, step.start("mark")):
        return _reads_as_a_path(before, after, before[:step.start("mark")], capitals_first=False)
    return _STEP_AFTER.match(after) is not None and _reads_as_a_path(before, after, before, capitals_first=True)


# A step set apart as an interface label: bold, italics, code or quotes at its edge
# ('**Settings** > ADVANCED', '*File > EXAMPLES*', '<b>Stores</b> &gt; ADVANCED').
_SET_APART_END = re.compile(r"(?:[*_`\"'“”‘’]|</?(?:strong|b|em|i|code)\b[^<>]*>)\s*\Z", re.I)
_SET_APART_START = re.compile(r"\A\s*(?:" + _STEP_MARK + r"\s+)?(?:[*_`\"'“‘]|<(?:strong|b|em|i|code)\b)", re.I)
_TWO_MARKS = re.compile(r"\s" + _STEP_MARK + r"\s+[^<>›→\n]{1,60}?\s" + _STEP_MARK + r"\s", re.I)


def _reads_as_a_path(before: str, after: str, before_path: str, capitals_first: bool) -> bool:
    """Whether capitals beside a step mark are a step of a menu path, not a comparison
    ('Temperatures > NORMAL', 'values > HIGH'): three steps or more (two marks), a step or the
    whole path set apart as a label (bold, italics, code, quotes), or a way to a place or a verb of
    choosing just before the path ('go to Settings > ADVANCED', 'select File > SAVE AS'). Every
    excused step of the corpus and the held-out help centres (33, session 13) is set apart so.
    `before_path`: the line before the step before the capitals' mark (before the capitals when
    they are the first step, `capitals_first`)."""
    if _TWO_MARKS.search(before + " X " + after):
        return True
    if _SET_APART_END.search(before_path) or _SET_APART_START.match(after) or _SET_APART_END.search(before):
        return True
    if capitals_first:
        return _path_opener().search(before_path) is not None
    # The step before the mark is one to four words: the way to it ends before one of them.
    return any(_path_opener().search(before_path, 0, gap.start()) is not None
               for gap in _LAST_GAPS.finditer(before_path.rstrip()))


# The gaps between the last four words of a line's text (where a first step of a path may start).
_LAST_GAPS = re.compile(r"\s+(?=(?:[^\s<>]+\s+){0,3}[^\s<>]+\Z)")


@functools.lru_cache(maxsize=1)
def _path_opener() -> re.Pattern:
    """A way to a place ('go to', 'under') or a verb of choosing ('select', 'click', 'tap') right
    before a menu path, 'the' or 'your' between."""
    data = shouting_data()
    words = sorted(data["label_places"] | data["key_verbs"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
                      + r")(?:\s+(?:the|your|a|an|this|each))?\s*\Z", re.I)


def _inside_a_tag(text: str, at: int) -> bool:
    """Whether text[at] is inside an HTML tag opened before it ('<br > NEVER': the tag's end)."""
    return text.rfind("<", 0, at) > text.rfind(">", 0, at)


# Capitalised words joined by '+', '/', '&', commas, 'and' or 'or', and the word after them. The
# run is found first and the word after it read once: an expression asking for both backtracked
# through the whole run at each of its words when no word followed (a long list of names ending
# in a stop), quadratic in the run's length.
_JOINED_CAPITALS = re.compile(r"\b[A-Z][A-Z0-9_]+(?:\s*(?:\+|/|&|,|\band\b|\bor\b)\s*[A-Z][A-Z0-9_]+)+")
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_CAPITALISED_WORD = re.compile(r"[A-Z][A-Z0-9_]+")


def names_joined_before_a_noun(text: str, nouns: set[str]) -> set[str]:
    """Capitalised words joined by '+', '/', '&', commas, 'and' or 'or' right before a naming
    noun, in lower case: 'the RESET + GND pins', 'the SDA/SCL pins' name two things."""
    found = set()
    position = 0
    while (run := _JOINED_CAPITALS.search(text, position)) is not None:
        after = _WORD_AFTER.match(text, run.end())
        position = run.end() if after is None else after.end()
        if after is not None and after.group(1).lower() in nouns:
            found |= {word.lower() for word in _CAPITALISED_WORD.findall(run.group())}
    return found


# A field's label in ordinary case at the start of its line, list item or cell, then its value in
# capitals as the product or log shows it, and nothing after: 'Status: TEMPLATE', 'User: SYSTEM',
# 'Check result: PASSED', '**Action:** ACCEPTED', or a list of such values ('Current connection
# state: DISCONNECTED, CONNECTED, SUSPENDED.'). Every PL207 finding after such a label on both
# corpora was a literal value (14, session 14); capitals after a label with words following them
# ('Note: DO NOT reply to this email') are still shouting.
_FIELD_LABEL = re.compile(r"[ \t]*(?:[-*+•][ \t]+|\d{1,2}[.)][ \t]+)?(?=[^:\n]*[a-z])[A-Za-z][\w'’()/ .-]*:[ \t]*")
_VALUES_JOIN = re.compile(r"[ \t]*(?:[,/|]|,?[ \t]+(?:or|and))[ \t]*")
_VALUES_END = re.compile(r"(?:,?[ \t]+etc\.?)?[ \t.;)]*(?:\n|\Z)")
MAX_FIELD_LABEL = 60  # characters: 'Current cellular data connection state:' fits
FIELD_LABEL_WORDS = 5


def value_after_a_label(text: str, run) -> bool:
    """Whether the capitalised words of `run` ((start, end, kind) each) are a field's value, or a
    list of values one word each, right after a label that opens the line (see _FIELD_LABEL)."""
    start, end = run[0][0], run[-1][1]
    line_start = text.rfind("\n", max(0, start - MAX_FIELD_LABEL - 1), start) + 1
    if start - line_start > MAX_FIELD_LABEL:
        return False
    label = _FIELD_LABEL.fullmatch(text, line_start, start)
    if label is None or len(label.group().split()) > FIELD_LABEL_WORDS + 1:
        return False
    return all(_VALUES_JOIN.fullmatch(text, a[1], b[0]) for a, b in zip(run, run[1:])) \
        and _VALUES_END.match(text, end) is not None


# A plain-text separator's label: a short run of capitals that is the whole text of its line
# between rows of three or more '-', '=', '~' or '*' ('------ CUT HERE ------', '==== END OF
# FORM ===='). A reader skims it as a marker (check19: phpBB's printable COPPA form). Longer runs
# ('--- PLEASE DO NOT REPLY BELOW THIS LINE ---') read as a sentence and still shout.
_SEPARATOR_BEFORE = re.compile(r"(?:^|\n)[ \t>]*([-=~*])\1{2,}[ \t]*\Z")
_SEPARATOR_AFTER = re.compile(r"[ \t]*([-=~*])\1{2,}[ \t]*(?:\n|\Z)")


def a_separator_label(text: str, run) -> bool:
    """Whether the run ((start, end, kind) each) of up to MAX_LABEL_WORDS words is the label of a
    separator line (see above), found in the unit's `text`."""
    start, end = run[0][0], run[-1][1]
    if len(run) > MAX_LABEL_WORDS:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return _SEPARATOR_BEFORE.search(text, line_start - 1 if line_start else 0, start) is not None \
        and _SEPARATOR_AFTER.match(text, end) is not None


def on_an_admonition_line(text: str, pos: int) -> bool:
    """Whether pos is in the marks or type words of an admonition line ('!!! WARNING "WIP"')."""
    match = ADMONITION_LINE.match(text, text.rfind("\n", 0, pos) + 1)
    return match is not None and pos < match.end("type")


# A Git merge-conflict marker left in a page: '<<<<<<< HEAD', '>>>>>>> main'.
_CONFLICT_MARKER = re.compile(r"(?:<{7}|>{7}|\|{7})[ \t]+")


def after_a_conflict_marker(text: str, pos: int) -> bool:
    """The branch name after a merge-conflict marker (HEAD): Git's words, not a voice raised."""
    return _CONFLICT_MARKER.fullmatch(text, text.rfind("\n", 0, pos) + 1, pos) is not None


# A word shown in two cases side by side, its spellings compared ("you can use Name or NAME
# instead", "how the color is written (BLUE, Blue, blue)"): the capitals are a form of the word, a
# literal, not a voice raised (kind24: check23's FP on OnceHub's help, SharePoint's colour values).
_SPELLINGS_JOIN = r"[\"“”'‘’`]?(?:\s*[,/]\s*|\s+(?:or|and|vs\.?|versus)\s+)[\"“”'‘’`]?"


def shown_in_two_cases(text: str, run) -> bool:
    """Whether a one-word run ((start, end, kind)) has the same word in another case right before
    or after it, joined by a comma, a slash, 'or' or 'and'."""
    if len(run) != 1:
        return False
    start, end = run[0][0], run[0][1]
    word = re.escape(text[start:end])
    after = re.compile(_SPELLINGS_JOIN + f"({word})(?![\\w'’])", re.I).match(text, end)
    before = re.compile(f"(?<![\\w'’])({word})" + _SPELLINGS_JOIN + r"\Z", re.I).search(text, max(0, start - 60), start)
    return any(found is not None and found.group(1) != text[start:end] for found in (after, before))


# A plain-text heading's underline ('=====', '-----') on the line below it.
_UNDERLINE = re.compile(r"\n[ \t]*([=~*_#-])\1{2,}[ \t]*\Z")
# The longest line read as a heading (RubyGems.org's "WERE YOU AFFECTED IF YOU USE A CUSTOM TOOL?" is 9).
HEADING_WORDS = 10
# A word with its apostrophe part ("DON'T", 'DON’T'), without the punctuation around it ('NOT,').
_HEADING_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def plain_text_heading(doc, segment, emphatic_words) -> bool:
    """A short line in capitals that is a paragraph of its own (a blank line or the start before it,
    a blank line, an underline or the end after it) in a plain-text document: how a text e-mail marks
    a section, having no heading markup (fix36; check35's blind seed, RubyGems.org's security
    notice). A line ending as a sentence ('.', '!') or holding an emphatic word ('DO NOT') still
    shouts, as a spec sheet's label does."""
    if doc.format != "text":
        return False
    text = _UNDERLINE.sub("", segment.text.strip())
    words = text.split()
    return (bool(words) and text[0].isalpha() and "\n" not in text and len(words) <= HEADING_WORDS
            and not any(ch.islower() for ch in text) and text[-1] not in ".!:;,"
            and not any(word.lower().replace("’", "'") in emphatic_words for word in _HEADING_WORD.findall(text)))
