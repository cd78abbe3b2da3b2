"""Where a word sits, for the spelling rule (PL502): the places and shapes that mark an unknown
word as not a slip of the fingers (a value set apart in bold, a term mentioned in italics, a
command line written as prose, a bracketed attribute list, a file-name extension, a paragraph in
another language). Split from plainlint/rules/spelling.py, which decides what is unknown and
what to suggest."""

from __future__ import annotations

import re

from ..enums import Scope
from ..reading.offsets import BREAK, PLACEHOLDER
from ..reading.spans import last_starting_by
from .base import quoted_spans

# A run of non-space characters; its edges are trimmed of punctuation before it is judged.
CHUNK = re.compile(r"\S+")
EDGE = "\"'“”‘’()[]{}<>,.;:!?*…«»¿¡–—-"
# Anything in a token that marks it as not a prose word: code, paths, addresses, versions, tags.
NOT_PROSE = re.compile(r"[\d_/\\@#$%^&=+|~`<>{}\[\]:;*]|\.\w|\w\.")
# A file-name extension or a dot-file named on its own ('.jhtml', '*.accde', '(.htaccess)').
EXTENSION = re.compile(r"[(\[\"'“‘]*\*?\.[A-Za-z]")
# The same, found in running text: a word the document writes as an extension ('.mhtml') names a
# file type where it is written bare too ('| mhtml | .mhtml |').
EXTENSION_WORD = re.compile(r"(?<!\S)[(\[\"'“‘]*\*?\.([A-Za-z]+)\b")

# A unit of prose with this share of unknown words (and enough words to judge) is not English
# prose: lorem ipsum in a template, a translated page without a language hint.
FOREIGN_SHARE = 0.3
FOREIGN_MIN_WORDS = 12
# A whole document is skipped only past a higher share: one Latin paragraph in an English
# template must not hide the typos of the rest.
DOCUMENT_FOREIGN_SHARE = 0.5


# The words of the 'Lorem ipsum' placeholder text (Cicero's 'de finibus', as typesetters cut it).
_LOREM = frozenset("""lorem ipsum dolor amet consectetur adipiscing elit eiusmod tempor incididunt labore
dolore magna aliqua enim minim veniam quis nostrud exercitation ullamco laboris nisi aliquip commodo
consequat duis aute irure reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur
sint occaecat cupidatat proident sunt culpa officia deserunt mollit anim laborum perspiciatis unde
omnis iste natus voluptatem accusantium doloremque laudantium totam aperiam eaque ipsa quae
inventore veritatis architecto beatae vitae dicta explicabo nemo ipsam quia voluptas aspernatur
odit fugit consequuntur magni dolores eos ratione sequi nesciunt neque porro quisquam""".split())
_LATIN_WORD = re.compile(r"[a-z]+")


def placeholder_latin(text: str) -> bool:
    """Whether the unit holds 'Lorem ipsum' text (two of its words or more): placeholder, not prose."""
    return sum(word in _LOREM for word in _LATIN_WORD.findall(text.lower())) >= 2


# A short unit (a paragraph of a template that shows the same message in several languages,
# 'Ce contenu peut être présenté dans plusieurs langues.') is foreign when most of its words are
# unknown or carry accents English words rarely have; at least this many such words.
SHORT_FOREIGN_WORDS = 4
SHORT_FOREIGN_SHARE = 0.6
# A match is a whole word (the letters listed are all \w): from a word's start only, so a long word
# with no such letter is read once, not once from each of its letters (quadratic: 34 s at 80,000).
_ACCENTED_WORD = re.compile(r"\b\w*[À-ÖØ-öø-ÿ]\w*")


def short_foreign(text: str, judged: int, unknown: int) -> bool:
    accented = len(_ACCENTED_WORD.findall(text))
    foreign = unknown + accented
    return foreign >= SHORT_FOREIGN_WORDS and foreign > SHORT_FOREIGN_SHARE * (judged + accented)


def not_english(judged: int, unknown: int, share: float = FOREIGN_SHARE) -> bool:
    return judged >= FOREIGN_MIN_WORDS and unknown > share * judged


_BOLD = (("**", "**"), ("__", "__"), ("<b>", "</b>"), ("<strong>", "</strong>"))


def set_alone_in_bold(source: str, segment, start: int, end: int) -> bool:
    """The word is all of a bold span in the source: in help content a lower-case word set in
    bold on its own is a value to type, a command or a parameter ('enter **cscript**', 'a
    parameter, **ctype**'), not running prose."""
    span = segment.map.to_source(start, end)
    return any(source.endswith(opener, 0, span.start) and source.startswith(closer, span.end)
               for opener, closer in _BOLD)


_ITALICS = (("*", "*"), ("_", "_"), ("<i>", "</i>"), ("<em>", "</em>"))


def set_alone_in_italics(source: str, segment, start: int, end: int) -> bool:
    """The lower-case word is all of an italic span: style guides (Microsoft's, Chicago) set a
    word in italics when it is mentioned as a word or a term is introduced ('also referred to
    as *nagling*', 'run *psconfig*'). A known misspelling in italics is still reported."""
    span = segment.map.to_source(start, end)
    for opener, closer in _ITALICS:
        if source.endswith(opener, 0, span.start) and source.startswith(closer, span.end):
            if opener in "*_" and (source.endswith(opener * 2, 0, span.start)
                                   or source.startswith(closer * 2, span.end)):
                continue  # '**bold**' is set_alone_in_bold's
            return True
    return False


_ELLIPSIS = ("...", "…")


def cut_off(text: str, end: int) -> bool:
    """A word right before an ellipsis is cut off ('the URL rewrite modul...'): a description
    shortened to a length, not a misspelling."""
    return text.startswith(_ELLIPSIS, end)


# A parameter's name before '(optional)' or '(required)' ('fpath (optional)'): reference content
# names the parameters of a URL, a command or an API that way.
PARAMETER_AFTER = re.compile(r"[ \t]*\((?:optional|required)\)", re.IGNORECASE)

def coined_compound(parts: list[str]) -> bool:
    """Hyphen-joined `parts` with a one-letter word inside ('doc-a-thons', 'share-n-dipity',
    'rock-n-roll'): a coined name or pun whose pieces are not words of their own."""
    return len(parts) >= 3 and any(len(part) == 1 and part.isalpha() for part in parts[1:-1])


# A word named as a command ('the netsh command', 'the xcopy utility'), or followed by a
# command-line switch or a script or program file ('runas /user:admin', 'cscript ospp.vbs'): a
# program's name on a command line written as prose.
COMMAND_AFTER = re.compile(r"[ \t]+(?:command|commands|cmdlet|cmdlets|utility|utilities|executable)\b"
                            r"|[ \t]+(?:/{1,2}[A-Za-z?]|[\w-]+\.(?:exe|com|vbs|js|wsf|cmd|bat|ps1|msi|msc|cpl)\b)")


# A command-line switch right before a word ('PSConfig.exe -cmd adminvs', 'sc /query name'): the
# word is the switch's argument.
_AFTER_SWITCH = re.compile(r"(?:^|\s)(?:--?|/)[A-Za-z][\w:-]*[ \t]+$")


def after_switch(text: str, start: int) -> bool:
    return bool(_AFTER_SWITCH.search(text, max(0, start - 40), start))


# Square brackets in prose (links are not: the reader keeps only their text) hold a placeholder,
# an attribute list or a note: '[out, retval]', '[server name]'. A short bracketed span is
# mentioned, not running prose.
_SHORT_BRACKETS = 40


def in_short_brackets(text: str, start: int, end: int) -> bool:
    """A word inside square brackets that hold at most _SHORT_BRACKETS characters ('[optional]'):
    only that many characters either side are read, so a long paragraph stays linear (rev15)."""
    opening = text.rfind("[", max(0, end - _SHORT_BRACKETS), start)
    if opening < 0 or "]" in text[opening:start]:
        return False
    closing = text.find("]", end, opening + _SHORT_BRACKETS + 1)
    return closing >= 0 and "[" not in text[end:closing]


def in_quoted_command(segment, start: int, end: int) -> bool:
    """A word inside quotation marks that also hold a command-line token ("runas
    /user:administrator cmd.exe", "netsh advfirewall ... dir=in"): a command, not prose."""
    quoted = _quotation_holding(segment, start, end)
    return quoted is not None and any(NOT_PROSE.search(chunk.group().strip(EDGE))
                                      for chunk in CHUNK.finditer(segment.text, quoted[0] + 1, quoted[1] - 1))


_last_quoted: tuple = (None, [])  # the last segment asked about and its quoted spans, set whole


def _quotation_holding(segment, start: int, end: int) -> tuple[int, int] | None:
    """The span in quotation marks that holds text[start:end] inside its marks. The segment's
    quoted spans are found once for all its words (once per unknown word was quadratic; rev15)."""
    global _last_quoted
    last = _last_quoted  # read once: a language-server thread may set it meanwhile
    if last[0] is not segment:
        last = _last_quoted = (segment, quoted_spans(segment))
    spans = last[1]
    index = last_starting_by(spans, start - 1)  # spans never overlap: the only one that can hold it
    return spans[index] if index >= 0 and end < spans[index][1] else None


_OPENING_QUOTES = "'\"‘“`<"
_CLOSING_QUOTES = "'\"’”`>"


def quoted_alone(text: str, start: int, end: int) -> bool:
    """A word alone in quotation marks ('pmtime', “botty”) or angle brackets (<xtime>) is
    mentioned, not used: a field or tag name, a site name, slang on purpose."""
    return 0 < start and end < len(text) and text[start - 1] in _OPENING_QUOTES and text[end] in _CLOSING_QUOTES


def touches_placeholder(segment, start: int, end: int) -> bool:
    """A word glued to a template tag or code span ('{{count}}th') is not a word of its own."""
    lo, hi = max(0, start - 1), min(len(segment.text), end + 1)
    return any(piece.kind in (PLACEHOLDER, BREAK) for piece in segment.map.pieces_in(lo, hi))


def match_case(word: str, suggestion: str) -> str:
    """The suggestion with the word's capital first letter ('Recieve' -> 'Receive')."""
    return suggestion[:1].upper() + suggestion[1:] if word[:1].isupper() else suggestion


# An identifier in prose: letters with an underscore, a capital after a lower-case letter, or an
# abbreviation's capitals before a word ('process_bitness', 'Data_ExitAppVersion',
# 'updateGoalCount', 'PSObject').
_IDENTIFIER = re.compile(r"\b\w*(?:[A-Za-z]_[A-Za-z]|[a-z][A-Z]|[A-Z]{2}[a-z])\w*\b")
_IDENTIFIER_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def identifier_parts(text: str) -> set[str]:
    """The words (lower case) the identifiers of `text` are made of, and each two neighbours
    joined ('process_bitness' -> bitness; 'Data_ExitAppVersion' -> appversion): a word the
    document also writes inside a field or variable name is that name's term ('Process
    bitness', 'appversion of the exit process'), not a slip."""
    parts: set[str] = set()
    for match in _IDENTIFIER.finditer(text):
        words = [w.lower() for w in _IDENTIFIER_PART.findall(match.group())]
        parts.update(words)
        parts.update(a + b for a, b in zip(words, words[1:]))
    return parts


# A chunk of data in prose: an address, a path, an account list ('tonip@contoso.com',
# 'Contoso\\dpark', 'Administrator;annb,pilarp', 'user=jdoe').
_DATA_CHUNK = re.compile(r"[@\\;=/]")
_DATA_WORD = re.compile(r"[a-z]{3,}")


def words_in_data(text: str) -> set[str]:
    """The words (lower case) of the data chunks of `text` (_DATA_CHUNK): a word the document
    also writes in an address, a path or a list of accounts ('the user tonip' beside
    'Administrator;tonip') names that account or value, not a slip."""
    return {word for chunk in CHUNK.finditer(text) if _DATA_CHUNK.search(chunk.group())
            for word in _DATA_WORD.findall(chunk.group().lower())}


# An e-mail address in the source (the readers leave addresses out of prose): its local part.
_ADDRESS = re.compile(r"(?<![\w.+-])([A-Za-z][\w.+-]*)@[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)+")


def address_names(source: str) -> set[str]:
    """The words (lower case) of the local parts of the document's e-mail addresses: 'the caller
    enters tsmith' beside 'tsmith@contoso.com' types that account's alias, not a slip."""
    return {word for match in _ADDRESS.finditer(source) for word in _DATA_WORD.findall(match.group(1).lower())}


# Two or more capitalised words right before an opening parenthesis: a name ('Windows Package
# Manager (').
_NAME_BEFORE_PARENTHESIS = re.compile(r"((?:[A-Z][\w-]*[ \t]+){1,5}[A-Z][\w-]*|[A-Z][a-z]+-[A-Z]\w*)[ \t]*\($")


def short_form_of_name(text: str, start: int, end: int) -> bool:
    """The word alone in parentheses after a name of two words or more, starting with the name's
    first letter: the short name it is known by ('Windows Package Manager (winget)', 'Telemetry
    Dashboard Administration Tool (tdadm)'), as an abbreviation is given after its expansion, and
    a command's alias after a verb-noun command name ('Import-PSCoreRelease (importps)')."""
    if not (text[end:end + 1] == ")" and text[start - 1:start] == "("):
        return False
    name = _NAME_BEFORE_PARENTHESIS.search(text, max(0, start - 80), start)
    return bool(name) and name.group(1)[0].lower() == text[start].lower()


# Code in the source: fenced Markdown blocks, inline code spans, HTML <code> and <pre>.
_CODE = re.compile(r"^[ \t]*(`{3,}|~{3,})[^\n]*\n(?P<fenced>.*?)^[ \t]*\1"
                   r"|`(?P<inline>[^`\n]+)`"
                   r"|<(code|pre)\b[^>]*>(?P<html>.*?)</\4>", re.DOTALL | re.MULTILINE | re.IGNORECASE)
_CODE_WORD = re.compile(r"[a-z]+")


def words_in_code(source: str) -> set[str]:
    """The words (lower case) of the document's code: a word its prose also uses ('update the
    values for dbserver and dbname' beside 'tdadm.exe -databaseserver dbserver') names a value,
    a command or a variable of that code, not a slip of the fingers."""
    words: set[str] = set()
    for match in _CODE.finditer(source):
        code = match.group("fenced") or match.group("inline") or match.group("html") or ""
        words.update(_CODE_WORD.findall(code.lower()))
    return words


# A quoted phrase that a sentence introduces by name ('sometimes known as "botty traffic"') holds
# at most this many words.
_INTRODUCED_TERM_WORDS = 4


def introduced_term(segment, start: int, end: int) -> bool:
    """The word is inside a short quoted phrase that the sentence introduces by name ('sometimes
    known as “botty traffic”', 'a practice called "inboxing"'): a term mentioned, coined or
    slang on purpose, not a slip of the fingers."""
    text = segment.text
    quoted = _quotation_holding(segment, start, end)
    if quoted is None:
        return False
    lo, hi = quoted
    if len(text[lo + 1:hi - 1].split()) > _INTRODUCED_TERM_WORDS:
        return False
    before = text[max(0, lo - 30):lo].rstrip()
    return bool(re.search(r"(?:\b(?:known|referred\s+to|described)\s+as|\b(?:called|termed|dubbed|nicknamed)"
                          r"|\bthe\s+term)$", before, re.IGNORECASE))


# A word that ends its clause right after a noun naming a mailbox or alias, or after the verb that
# types a value ('from the mailbox jpeoples.', 'the caller would enter tsmith.', '(alias:
# proga)'): the alias or the value typed, as help content writes its sample users. Followed by a
# word ('the mailbox setings page') it is prose again. Not after 'user', 'account' or 'type':
# 'the user profiile.', 'your account setings.' are typos (seeded recall lost four with them).
_ACCOUNT_BEFORE = re.compile(r"\b(?:mailbox|alias:?|username:?|enter)[ \t]+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:)]|$)")


def names_an_account(text: str, start: int, end: int) -> bool:
    return bool(_ACCOUNT_BEFORE.search(text, max(0, start - 20), start)) and bool(_CLAUSE_END.match(text, end))


# A keyword list: this many list items in a row or more, each a few words with no sentence's end,
# in alphabetical order (one pair in ten may be out of it: lists sorted by hand, accents), all
# starting in lower case, or one item in four or more with a letter English does not write
# ('numéro', 'tożsamości', a word in another script). Help content lists the keywords a detector
# matches, the values a field takes or the terms of an index this way ('- carta di credito',
# '- kartennummer', '- taxid'); they are data quoted as the product holds them, in several
# languages, not prose a writer spells.
# Steps and bullet points are neither sorted nor written in lower case (style guides capitalise
# the first word of a list item: Microsoft Writing Style Guide, 'Lists').
KEYWORD_LIST_ITEMS = 8
KEYWORD_ITEM_WORDS = 5
KEYWORD_SORTED_SHARE = 0.9
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")


def _short_item(segment) -> bool:
    text = segment.text.strip()
    return (segment.scope == Scope.LIST_ITEM and 0 < len(text.split()) <= KEYWORD_ITEM_WORDS
            and not _SENTENCE_END.search(text))


def mostly_sorted(items: list[str]) -> bool:
    keys = [item.strip().casefold() for item in items]
    ordered = sum(a <= b for a, b in zip(keys, keys[1:]))
    return ordered >= KEYWORD_SORTED_SHARE * (len(keys) - 1)


KEYWORD_FOREIGN_SHARE = 0.25
_NOT_ENGLISH_LETTER = re.compile(r"[^\W\d_a-zA-Z]")


# A list of people (supporters, contributors, attendees): this share of its items or more are a
# name alone, every word capitalised ('Markus Reiter', 'Zhang Yi', 'Birger J. Nordølum').
NAMES_LIST_SHARE = 0.75


def _name_alone(item: str) -> bool:
    words = [word.strip(EDGE) for word in item.split()]
    return 0 < len(words) <= 4 and all(word[:1].isupper() for word in words)


def _keyword_list(items: list[str]) -> bool:
    foreign = sum(bool(_NOT_ENGLISH_LETTER.search(item)) for item in items)
    names = sum(_name_alone(item) for item in items)
    return (mostly_sorted(items) or all(item.lstrip()[:1].islower() for item in items)
            or foreign >= KEYWORD_FOREIGN_SHARE * len(items) or names >= NAMES_LIST_SHARE * len(items))


# A paragraph of search tags: a label such as 'Tags:' or 'Keywords:' before the words a help
# centre's search should match, often hidden from readers (<p style="display:none;">) and written
# in the languages readers search in, misspellings included on purpose.
_TAGS_LABEL = re.compile(r"\s*(?:search\s+)?(?:tags|keywords|key\s+words|search\s+terms)\s*:", re.IGNORECASE)


def _search_tags(segment) -> bool:
    return segment.scope == Scope.PARAGRAPH and _TAGS_LABEL.match(segment.text) is not None


def keyword_list_items(segments) -> set:
    """The keys (`Segment.key`) of the segments that are items of a keyword list (see KEYWORD_LIST_ITEMS) or a
    paragraph of search tags."""
    found: set[int] = set()
    run: list = []
    for segment in [*segments, None]:
        if segment is not None and _search_tags(segment):
            found.add(segment.key)
        if segment is not None and _short_item(segment):
            run.append(segment)
            continue
        if len(run) >= KEYWORD_LIST_ITEMS and _keyword_list([item.text for item in run]):
            found.update(item.key for item in run)
        run = []
    return found


# A table cell listing values: two lines or more (a cell breaks lines with <br>), each a few words
# with no clause ('nchar <br> nvarchar <br> ntext', 'tax id <br> itins <br> taxid'). A lower-case
# word there is a data type, a parameter, an account or a keyword a product defines, the way a
# column of values lists them. A cell of one short line is not enough ('| not suported |' in a
# table of features is prose: seeded recall lost 60 typos of 1,243 when it was).
_CLAUSE_MARK = re.compile(r"[.!?:;](?:\s|$)")  # 'Core feature: EnableSendfile directove' is prose
_CELL_LINES = re.compile(r"[\u2028\n]")


def in_value_cell(segment) -> bool:
    if segment.scope != Scope.TABLE_CELL:
        return False
    lines = _CELL_LINES.split(segment.text)
    return len(lines) >= 2 and all(len(line.split()) <= KEYWORD_ITEM_WORDS and not _CLAUSE_MARK.search(line)
                                   for line in lines)
