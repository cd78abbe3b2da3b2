"""undefined-acronym (issue 30): letters in capitals that are not a term to spell out, read off
their surroundings (held-out IT-pro pages in bench/): a file type the page shows, a string
copied from a log, a truncated word, a literal account name, a known abbreviation written in two
parts, a link's text."""

from __future__ import annotations

import bisect
import re

from ..enums import Scope
from ..reading.document import Document
from .link_text_spans import link_text_spans


# Extensions that are also parts of web addresses ("contoso.com"), not file types.
_ADDRESS_ENDINGS = {"com", "net", "org", "edu", "gov", "io", "co", "us", "uk"}


# A file name's extension, or an extension shown on its own ('.xll', '*.mdf'). The name's run of
# [\w-] is taken possessively: a shorter run is followed by [\w-], never by the '.', so giving
# characters back finds nothing; not trying is a sixth of the search over the whole source.
_FILE_EXTENSION = re.compile(r"(?<![/@\w.-])(?:[\w-]++|\*)?\.([A-Za-z]{2,6})(?![\w./@-])")


def names_a_file_type(doc: Document, lowered: str) -> bool:
    """The letters are the extension of a file the document names ("the MOF file" beside
    "WebAdministration.mof", "ASPX pages" beside "default.aspx") or an extension it shows ("XLL
    add-ins (.xll)", "*.mdf"): a file type the reader sees on the file itself, not a term to
    expand."""
    if lowered in _ADDRESS_ENDINGS or not lowered.isalpha():
        return False
    found = doc.cached("file extensions", lambda: {
        m.group(1).lower() for m in _FILE_EXTENSION.finditer(doc.source.text)})
    return lowered in found


# Letters cut off where a summary is truncated ("... additional CP..." for "CPU"); letters of a
# literal domain or built-in account name are acronym_lists.IN_AN_ACCOUNT_NAME.
CUT_OFF = re.compile(r"(?:\.\.\.|…)\s*[\"”]?\s*\Z")


def in_machine_string(text: str, match: re.Match) -> bool:
    """The letters are inside a run of characters joined by '+', as in a user agent or an
    encoded query copied from a log ('Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+...(KHTML,+like'):
    a string the reader matches, not words to read."""
    # The nearest space, then a tab only as far as it: a text with no tab was read to its end (or
    # its start) at every candidate, quadratic in a long paragraph (session 13).
    space = text.rfind(" ", 0, match.start())
    start = max(space, text.rfind("\t", space + 1, match.start())) + 1
    space = text.find(" ", match.end())
    tab = text.find("\t", match.end(), space if space >= 0 else len(text))
    end = tab if tab >= 0 else space if space >= 0 else len(text)
    return "+" in text[start:end]


def joined_is_known(text: str, match: re.Match, known: set[str]) -> bool:
    """The letters and the capitals after them are a known abbreviation written in two parts:
    'OLE DB' for OLEDB."""
    after = re.match(r"[ \t]+([A-Z][A-Z0-9]+)\b", text[match.end():match.end() + 12])
    return after is not None and (match.group("word") + after.group(1)).lower() in known


# A service's short name as Windows lists it (W3SVC, WMSVC, LOGSVC), or a control tool's name in
# capitals (EKSCTL, SYSCTL: Unix names such tools '<thing>ctl', as systemctl, kubectl, eksctl): a
# literal name the reader types or finds in the Services console, not initials to expand.
_SERVICE_NAME = re.compile(r"[A-Z][A-Z0-9]*(?:SVC|CTL)")


def is_service_name(word: str) -> bool:
    return _SERVICE_NAME.fullmatch(word) is not None


# A capitalised word and letters in capitals after a word in lower case (or a comma) mid-sentence:
# the document writes them as a name ("included with Office LTSC", "use Power BI").
_NAME_MID_SENTENCE = re.compile(
    r"(?<=[a-z,)][ \t])([A-Z][a-z][a-z0-9-]*(?:[A-Z][a-z][a-z0-9-]*)*)[ \t]+([A-Z][A-Z0-9&]+)\b")


def names_mid_sentence(doc: Document) -> frozenset[tuple[str, str]]:
    """(word, letters) pairs the document writes as a name mid-sentence. At the start of a
    sentence or list item every word has a capital, so 'Windows XP or newer' and 'Power BI is the
    tool' are read as names only when the page also writes 'Windows XP' or 'Power BI' mid-sentence
    ('Project WFE to application server' in a list of alerts is not)."""
    return doc.cached("names mid-sentence", lambda: frozenset(
        (m.group(1), m.group(2)) for segment in doc.segments for m in _NAME_MID_SENTENCE.finditer(segment.text)))


# A capitalised word of a name: "Windows", or in camel case, "PowerShell" ("PowerShell ISE"); after
# a word in camel case the letters must end the phrase ("run PowerShell ISE on the server").
NAME_WORD = re.compile(r"[A-Z][a-z][a-z0-9-]*(?:[A-Z][a-z][a-z0-9-]*)*")
ENDS_A_NAME = re.compile(r"[ \t]*(?:[^\w\s]|$|(?:on|in|at|to|for|from|with|and|or|as|is|are|was|were|by)\b)")
_CAMEL_CASE_AND_LETTERS = re.compile(r"(?<![\w-])([A-Z][a-z][a-z0-9-]*(?:[A-Z][a-z][a-z0-9-]*)+)[ \t]+([A-Z][A-Z0-9&]+)\b")


def names_written_whole(doc: Document) -> frozenset[tuple[str, str]]:
    """(word in camel case, letters) pairs the document writes as a whole name somewhere, the
    letters ending the phrase ('in the Windows PowerShell ISE, the error ...'): a name throughout
    the page, so 'the PowerShell ISE host' names the product too (PowerShell-Docs, seed 56)."""
    return doc.cached("camel-case names written whole", lambda: frozenset(
        (m.group(1), m.group(2)) for segment in doc.segments for m in _CAMEL_CASE_AND_LETTERS.finditer(segment.text)
        if ENDS_A_NAME.match(segment.text, m.end())))


# A word in capitals beside the letters, itself an English word ("a GL CACHE OPERATION event",
# "NT AUTHORITY"): a constant's name with its underscores dropped, or a shouted label.
_CAPITALS_WORD_AFTER = re.compile(r"[ \t]+([A-Z]{4,})\b")
_CAPITALS_WORD_BEFORE = re.compile(r"\b([A-Z]{4,})[ \t]+\Z")


def beside_a_shouted_word(text: str, match: re.Match, is_word) -> bool:
    after = _CAPITALS_WORD_AFTER.match(text, match.end())
    before = _CAPITALS_WORD_BEFORE.search(text[max(0, match.start() - 30):match.start()])
    return any(m is not None and is_word(m.group(1).lower()) for m in (after, before))


# The letters joined without a space to ':', '=' or '|' inside a token ("HH:MM:SSZ", "CN=Bob",
# "GPP|#"): a format string, a key and its value, or a query token the reader types.
_JOINERS = ":=|"


def in_a_token(text: str, match: re.Match) -> bool:
    start, end = match.start(), match.end()
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    joined_before = before in _JOINERS and start > 1 and not text[start - 2].isspace()
    joined_after = after in _JOINERS and end + 1 < len(text) and not text[end + 1].isspace()
    return joined_before or joined_after


_OR_BEFORE = re.compile(r"([A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,5})(?:,?[ \t]+|[ \t]*\()or[ \t]+\Z")


def named_after_or(text: str, match: re.Match) -> str | None:
    """'(security identifier or SID)', 'a user principal name, or UPN,', 'real-time blocklists, or
    RBLs,', 'real-time blocklists (or RBLs)': the words right before
    'or' have the letters in order, the first word starting with the first letter; the letters
    close the phrase (a bracket, a comma or the end of the sentence follows). Returns the words."""
    if not re.match(r"[ \t]*[),.;]", text[match.end():match.end() + 2]):
        return None
    before = _OR_BEFORE.search(text[max(0, match.start() - 80):match.start()])
    return before.group(1) if before else None


# Letters a value starts or ends with ("the ID starts with EWW", "if the code begins with ERR"):
# a literal string the reader compares with what is on screen, not initials to expand.
_COMPARED_PREFIX = re.compile(r"\b(?:starts?|started|starting|begins?|beginning|ends?|ending)[ \t]+with[ \t]+[\"'“‘]?\Z",
                              re.I)


def compared_as_a_string(text: str, match: re.Match) -> bool:
    return _COMPARED_PREFIX.search(text[max(0, match.start() - 40):match.start()]) is not None


_CAPITALS = re.compile(r"(?<![\w.-])[A-Z][A-Z0-9]+(?![\w-])")
# "Connect Pin 7 and GND": letters listed after "pin" with other pins' names.
_AFTER_PIN = re.compile(r"\b[Pp]ins?[ \t]+(?:[A-Z0-9][A-Za-z0-9]*[ \t]*(?:,|and|or)[ \t]*)+\Z")


def printed_names(doc: Document, markings) -> set[str]:
    """Lower-cased letters the page writes as a name printed on the board somewhere: before
    'pin', 'label' or 'jumper' (`markings`: "the VIN pin", "the AREF and GND pins") or listed
    after 'pin' ("Connect Pin 7 and GND"): a name wherever the page uses it ("connect VIN and GND")."""
    def compute():
        found = set()
        for segment in doc.segments:
            text = segment.text
            if "pin" not in text.lower() and "label" not in text and "jumper" not in text:
                continue
            marked = _list_ends_before_a_marking(text, markings)
            for match in _CAPITALS.finditer(text):
                if match.end() in marked or _AFTER_PIN.search(text, max(0, match.start() - 60), match.start()):
                    found.add(match.group().lower())
        return found
    return doc.cached("names printed on a board", compute)


# A list of names as `markings` reads the names after the first: words of letters and digits
# joined by commas, '/', 'and' or 'or'.
_NAME_LIST = re.compile(r"[A-Z0-9][A-Za-z0-9]*(?:[ \t]*(?:,|/|,?[ \t]+(?:and|or))[ \t]*[A-Z0-9][A-Za-z0-9]*)*")
_LIST_NAME = re.compile(r"[A-Za-z0-9]+")


def _list_ends_before_a_marking(text: str, markings) -> set[int]:
    """Where each name ends in a list of names right before a marking ("the AREF, VIN and GND
    pins"): the ends at which `markings` matches, found once per list; asked at each name, it read
    the rest of the list each time, quadratic in a long list."""
    ends: set[int] = set()
    for names in _NAME_LIST.finditer(text):
        if markings.match(text, names.end()):
            ends.update(names.start() + word.end() for word in _LIST_NAME.finditer(names.group()))
    return ends


# A key written as an identifier in camel case and a colon before the letters ("OOBEMode: OEMTA",
# "ContentType: ART"): a setting and its literal value, as a registry or a query shows it.
_KEY_BEFORE = re.compile(r"(?<![\w.-])[A-Za-z](?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]*[A-Z][A-Za-z0-9]*:[ \t]*\Z")
# A step of a path through a tree or menus ("navigate to the LM > W3SVC level", "Settings > SSO"):
# a node's label as the screen shows it.
_PATH_STEP_AFTER = re.compile(r"[ \t]*-?(?:>|→|›)[ \t]*[\w*]")
_PATH_STEP_BEFORE = re.compile(r"[\w*][ \t]*-?(?:>|→|›)[ \t]*\Z")


# "TEL: 0x0001", "CONF: 0x0020": a flag's name before its value in hexadecimal, as a registry
# value or a bit mask lists it.
_HEX_VALUE_AFTER = re.compile(r"[ \t]*[:=][ \t]*0x[0-9A-Fa-f]+\b")
# "The default value of this parameter is WSMAN": a setting's value, typed as written. The word
# 'value' itself, not 'default' alone: 'Your default payment method is ACH' names no value.
_VALUE_IS_BEFORE = re.compile(r"\bvalues?\b[^.!?;:]{0,60}\b(?:is|are)[ \t]+\Z", re.I)


def is_a_literal_value(text: str, match: re.Match) -> bool:
    """The letters are a value the reader types, compares or clicks: a key's value, a default
    value ('the default value of this parameter is WSMAN'), a flag with its hexadecimal value
    ('TEL: 0x0001'), a pattern between wildcards ('enter *MSIE* as the pattern') or a step of a
    path of labels."""
    start, end = match.start(), match.end()
    before = text[max(0, start - 60):start]
    if start > 0 and end < len(text) and text[start - 1] == "*" and text[end] == "*":
        return True
    return _KEY_BEFORE.search(before) is not None or _PATH_STEP_BEFORE.search(before) is not None \
        or _VALUE_IS_BEFORE.search(text[max(0, start - 100):start]) is not None \
        or _HEX_VALUE_AFTER.match(text, end) is not None \
        or _PATH_STEP_AFTER.match(text, end) is not None


# A program file the document names: 'The LDP tool (Ldp.exe)', 'run ADSIEdit.msc': the letters are
# the tool's own name, typed as written, not initials to expand.
_PROGRAM_ENDINGS = ("exe", "msc", "cpl")
_PROGRAM_FILE = re.compile(r"(?<![\w.-])([A-Za-z]{2,8})\.(?:" + "|".join(_PROGRAM_ENDINGS) + r")\b", re.I)


def names_a_program(doc: Document, lowered: str) -> bool:
    """Whether the document names a program file whose name is the letters ('ldp' for Ldp.exe)."""
    names = doc.cached("program file names", lambda: _program_file_names(doc.source.text))
    return lowered in names


# What every program file name holds: looked for first, as one literal '.' and a few letters,
# which the regex engine finds by scanning for the '.'; _PROGRAM_FILE tries a name at every
# position of the source, and most documents name no program at all.
_PROGRAM_ENDING = re.compile(r"\.(?:" + "|".join(_PROGRAM_ENDINGS) + r")", re.I)


def _program_file_names(text: str) -> set[str]:
    if _PROGRAM_ENDING.search(text) is None:
        return set()
    return {m.group(1).lower() for m in _PROGRAM_FILE.finditer(text)}


# The end of a link that fills a table cell: '](target)', then the cell's closing pipe or the line end.
_LINK_TARGET_TO_CELL_END = re.compile(r"\]\([^)\s]+\)[ \t]*(?:\||$)", re.M)


def is_a_page_title_in_a_table(doc: Document, segment) -> bool:
    """The table cell is one link and nothing else ('| 5/12/2021 | [Create a custom DLP
    policy](/Exchange/...) | modified |' in a table of updated pages): another page named by its
    title, which that page spells out; the table cannot reword it. Not in list items: a content
    map's list of links ('- [Directory Quotas and FSRM](...)') is where the reader meets the term."""
    text = segment.text.strip()
    if segment.scope != Scope.TABLE_CELL or not text:
        return False
    first = len(segment.text) - len(segment.text.lstrip())
    span = segment.to_source(first, first + len(text))
    source = doc.source.text
    return source[max(0, span.start - 1):span.start] == "[" and _LINK_TARGET_TO_CELL_END.match(source, span.end) is not None


# Words after a file format's letters that say it is one ("a HEIF image", "the ICO file", "AVIF
# format"), and the joins of a list of formats ("JPEG, PNG, HEIF or ICO", "TIFF/HEIF").
_FORMAT_NOUN_AFTER = re.compile(r"[ \t]+(?:files?|formats?|images?|photos?|pictures?|videos?|audio|recordings?|"
                                r"documents?|attachments?|archives?|extensions?|fonts?|versions?|"
                                r"certificates?|packages?|exports?|downloads?)\b", re.I)
# A verb of saving or converting before the format ("Exporting as KML", "save it to CSV"), the
# line of the source wrapped anywhere in it ("export the map as" / "KML").
_FORMAT_VERB_BEFORE = re.compile(r"\b(?:export|save|convert|download)(?:s|ed|ing)?(?:\s+(?:it|them|the\s+\w+|your\s+\w+))?"
                                 r"\s+(?:as|to|in(?:to)?)\s+(?:an?\s+)?\Z", re.I)
_LIST_JOIN = r"(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+|[ \t]*/[ \t]*)"
_ITEM_BEFORE = re.compile(r"(?<![\w.-])([A-Za-z][A-Za-z0-9]*)" + _LIST_JOIN + r"\Z")
_ITEM_AFTER = re.compile(_LIST_JOIN + r"([A-Za-z][A-Za-z0-9]*)(?![\w-])")


def names_a_format(text: str, match: re.Match, formats: frozenset[str]) -> bool:
    """The letters are a file format (`formats`, by registered media-type extension) named as
    one: before a word such as 'file', 'format' or 'image', after 'export as' or 'save to', or in
    a list beside another format ('JPEG, PNG, WEB P, HEIF, ICO'). Readers know a format by its letters, as they know PDF."""
    if match.group("word").lower() not in formats:
        return False
    if _FORMAT_NOUN_AFTER.match(text, match.end()) or _FORMAT_VERB_BEFORE.search(text[max(0, match.start() - 40):match.start()]):
        return True
    before = _ITEM_BEFORE.search(text[max(0, match.start() - 20):match.start()])
    after = _ITEM_AFTER.match(text, match.end())
    return any(m is not None and m.group(1).lower() in formats for m in (before, after))


# A Boolean operator in capitals beside the letters ("(IPO OR initial) AND (stock OR shares)"):
# a search query the reader types, whose terms are literal strings, not initials to expand.
_QUERY_OPERATOR_AFTER = re.compile(r"[ \t]+(?:AND|OR|NOT|NEAR)[ \t]+[\w(\"'“]")
_QUERY_OPERATOR_BEFORE = re.compile(r"[\w)\"'”][ \t]+(?:AND|OR|NOT|NEAR)[ \t]+\(?\Z")


def beside_a_query_operator(text: str, match: re.Match) -> bool:
    return _QUERY_OPERATOR_AFTER.match(text, match.end()) is not None \
        or _QUERY_OPERATOR_BEFORE.search(text[max(0, match.start() - 20):match.start()]) is not None


def in_link_text(doc: Document, segment, match: re.Match) -> bool:
    """Letters in a link's text: most often the title of the page it opens ("see [Set up SPF to
    help prevent spoofing](...)"), which the writer cannot reword and which spells them out for a
    reader who follows it. In every labelled sample (corpus and held-out, after issue 30's sixth
    round) such findings were 23 TP, 20 FP and 15 debatable (pooled precision 0.900 -> 0.927,
    held-out seeds 50-54 0.70 -> 0.81 without them): they are left out, and the letters are
    reported where the page's own prose uses them."""
    span = segment.source_of_match(match, "word")
    holder = link_text_spans(doc).holding(span.start)
    return holder is not None and span.end <= holder.end


# A line set wholly in italics, on its own or in a blockquote, with no other italics inside it.
_ITALIC_LINE = re.compile(r"[ \t]*(?:>[ \t]*)?(?:\*[^*\s][^*\n]*(?<!\s)\*|_[^_\s][^_\n]*(?<!\s)_)[ \t]*")
# An italic line that starts as a note the writer adds ('*Note: refunds by ACH take three days.*'):
# the writer's own words, read as prose.
_ITALIC_NOTE = re.compile(r"[ \t]*(?:>[ \t]*)?[*_](?:note|tip|important|warning|caution)\b", re.I)


def on_an_italic_line(doc: Document, segment, match: re.Match) -> bool:
    """The letters are on a line set wholly in italics: support articles quote a log line, an
    alert or an error message the reader sees that way ('*MSI (s) (B0:14) [Time]: WER report
    disabled for silent install.*'), text copied from the machine that the writer cannot reword.
    In every labelled sample (issue 30, acr) such findings were 3 FP and no TP or debatable."""
    span = segment.source_of_match(match, "word")
    source = doc.source.text
    # The line's ends by bisection, and each line judged once: on a long line, a look for its ends
    # and a match of the whole line at every candidate was quadratic (session 13).
    newlines = doc.cached("newline offsets", lambda: [m.start() for m in re.finditer("\n", source)])
    before, after = bisect.bisect_left(newlines, span.start), bisect.bisect_left(newlines, span.end)
    start = newlines[before - 1] + 1 if before > 0 else 0
    end = newlines[after] if after < len(newlines) else len(source)
    return doc.cached_for("italic lines", start, lambda: _ITALIC_LINE.fullmatch(source, start, end) is not None
                          and _ITALIC_NOTE.match(source, start) is None)


def singular_in_document(doc: Document, lowered: str) -> str:
    """'spns' for 'SPNS' when the document also writes 'SPN': a plural in capitals is the same
    abbreviation as its singular (spelled out, or reported, once). Three letters or fewer are
    left as they are ('DNS' is not a plural of 'DN')."""
    if len(lowered) < 4 or not lowered.endswith("s"):
        return lowered
    words = doc.cached("words in capitals", lambda: frozenset(
        w.lower() for segment in doc.segments for w in re.findall(r"(?<![\w-])[A-Z][A-Z0-9&]*[A-Z0-9](?![\w-])", segment.text)))
    return lowered[:-1] if lowered[:-1] in words else lowered


# A blockquote: consecutive lines that start with '>'.
_BLOCKQUOTE = re.compile(r"(?m)^(?:[ \t]*>.*(?:\n|\Z))+")
# The first line of a Microsoft Learn alert or a note set as a blockquote: '> [!NOTE]', '> **Tip**'.
_ALERT_START = re.compile(r"[ \t]*>[ \t]*(?:\[!|\*\*(?:note|tip|important|warning|caution)\b)", re.I)


def in_a_quoted_message(doc: Document, segment, match: re.Match) -> bool:
    """The letters are in a blockquote that a sentence ending in ':' introduces and that is no
    alert: support articles quote an error, an event or a log entry that way ('The underlying
    error message written to the logs is:' then '> ... A call to SSPI failed'), text copied from
    the machine that the writer cannot reword. Blockquotes that are notes ('> [!NOTE]') are read."""
    span = segment.source_of_match(match, "word")
    return any(start <= span.start < end for start, end in doc.cached(
        "quoted messages", lambda: _quoted_messages(doc.source.text)))


_ENDS_WITH_COLON = re.compile(r":\s*\Z")
COLON_REACH = 80  # characters read before a blockquote for the colon that introduces it


def _quoted_messages(source: str) -> list[tuple[int, int]]:
    """Blockquotes after a sentence ending in ':', and the blockquotes right after those (a list of
    error messages, one blockquote each), that are no alerts."""
    spans: list[tuple[int, int]] = []
    for m in _BLOCKQUOTE.finditer(source):
        follows_one = bool(spans) and not source[spans[-1][1]:m.start()].strip()
        introduced = _ENDS_WITH_COLON.search(source, max(0, m.start() - COLON_REACH), m.start()) is not None
        if not _ALERT_START.match(source, m.start()) and (follows_one or introduced):
            spans.append((m.start(), m.end()))
    return spans


def in_backticks(doc: Document, segment, match: re.Match) -> bool:
    """The letters are set as code in the source (`CORS`) where the reader did not parse them as
    code: inside an HTML block of Markdown or a component of MDX ('<Accordion>'), whose text the
    page still shows as code. The writer marked them as a literal, not a term to expand."""
    span = segment.source_of_match(match, "word")
    source = doc.source.text
    return source[max(0, span.start - 1):span.start] == "`" and source[span.end:span.end + 1] == "`"
