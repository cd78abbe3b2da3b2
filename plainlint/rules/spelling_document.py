"""Where an unknown word stands in its document, for the spelling rule (PL502, issue 33): the
names, terms, data and other languages that say it is not a slip. Split from
plainlint/rules/spelling.py."""

from __future__ import annotations

import collections
import re

from ..enums import Scope
from .spelling_joins import a_letter_before_a_word, letter_runs, space_slipped, swapped_elsewhere
from .spelling_language import LanguageRuns
from .spelling_names import alone_in_unit
from .spelling_phrases import in_latin_phrase
from .spelling_places import (
    address_names, identifier_parts, in_value_cell, keyword_list_items, set_alone_in_bold,
    set_alone_in_italics, words_in_code, words_in_data,
)
from .spelling_inline_lists import InlineLists
from .spelling_tables import PipeTables, field_column, names_column, one_word_column

# An unknown word written the same way this often in one document is a term of that document
# ('autoscaler', 'pwsafe'), not a slip of the fingers.
TERM_USES = 3


def _bare(word: str) -> str:
    """The word in lower case without a possessive or a contraction ("stylesheet's" is a use of
    'stylesheet')."""
    return _CLITIC.sub("", word.lower())


_CLITIC = re.compile(r"['’][a-z]+$")
# A whole word of the source: not part of a longer word, an identifier or a hyphenated name.
_SOURCE_WORD = re.compile(r"(?<![\w-])[A-Za-z]+(?![\w-])")


class WordPlaces:
    """What the whole document says about its unknown words: the names, terms and data it writes
    them in, read once per document (the first pass of `Spelling._typos` in plainlint/rules/spelling.py)."""

    def __init__(self, words, is_known, doc, with_unknown, segments, names: set[str]):
        """`with_unknown`: (segment, judged, unknown spans) of the segments with unknown words;
        `segments()`: the rule's segments, afresh each call (not a list: issue 24's memory)."""
        self.words = words
        self.is_known = is_known
        self.source = doc.source.text
        self.segments = segments
        self.names = names
        self._doc = doc
        self._in_identifiers = None  # read at the first word that gets that far (spell24)
        self.keyword_items = keyword_list_items(segments())
        self.inline_lists = InlineLists()
        self.tables = PipeTables(self.source)
        self.uses = collections.Counter(_bare(segment.text[start:end]) for segment, _, unknown in with_unknown
                                        for start, end in unknown)
        self._runs = None  # built at the first word that gets that far: it reads the stopword list
        self._forms = None  # each word of the source (lower case) -> the ways it is written, built once
        self._letter_runs = None  # the document's words, built at the first letter-before-a-word

    def passes(self, segment, start: int, end: int) -> bool:
        """Whether the unknown word is checked: not set apart as a value in bold, and, unless it
        is a known misspelling, neither a term the document sets apart nor a letter before a word."""
        word = segment.text[start:end].lower()
        if word == segment.text[start:end] and set_alone_in_bold(self.source, segment, start, end):
            return False  # '**cscript**', '<b>ctype</b>': a value to type or a name, set apart
        if self.words.known_fixes(word):
            return True
        return not (self.sets_apart(segment, start, end, word) or self.letter_before_a_term(segment, start, end, word))

    def sets_apart(self, segment, start: int, end: int, word: str) -> bool:
        """Whether the document's structure or its other uses of the word say it is a term, a
        name or a value rather than prose."""
        source = self.source
        lower_case = word == segment.text[start:end]
        if _listed_value(segment, self.keyword_items, lower_case) or self.inline_lists.holds(segment, start, end):
            return True  # '- kartennummer' in a sorted keyword list, '| nvarchar |', 'json, julia, lexon, lua': data
        if in_latin_phrase(segment.text, start, end):
            return True  # 'de facto', 'a pro-forma invoice': a Latin phrase English writes
        if _in_names_column(self.tables, segment, start, end):
            return True  # '| tabad | 7 |' under 'GitHub Id': an account's name
        if lower_case and set_alone_in_italics(source, segment, start, end):
            return True  # 'referred to as *nagling*': a term mentioned as a word
        if lower_case and segment.scope == Scope.HEADING and alone_in_unit(segment.text, start, end):
            return True  # '### rbush' over a licence: a package's or a command's name, as writers never title prose
        if not lower_case and self.written_otherwise(segment.text[start:end]):
            return True  # 'Caddy serves ...' on a page that also writes 'caddy': a name, not a slip
        bare = _bare(word)
        if self.uses[bare] >= TERM_USES or not self.names.isdisjoint((word, bare)) or bare in self.in_identifiers():
            return True  # the document's own term, a name inside a sentence, a field name or address
        if self._runs is None:
            self._runs = LanguageRuns(self.words, self.is_known, self.segments())
        return self._runs.in_other_language(segment, start)  # 'y compris le code'

    def in_identifiers(self) -> set[str]:
        """The words the document writes in its identifiers, data, code and addresses (_document_terms)."""
        if self._in_identifiers is None:
            self._in_identifiers = _document_terms(self._doc, self.segments(), self.words.knows)
        return self._in_identifiers

    def written_otherwise(self, word: str) -> bool:
        """Whether the document writes a capitalised word (the first of a sentence, item or cell)
        elsewhere in another case ('caddy', 'CADDY'), in prose, code or a link: a name the page
        uses. The same form written twice is no evidence: a typo is copied as often as a name,
        and a lower-case use in prose is checked on its own."""
        if self._forms is None:  # once per document, not once per word (linear time)
            self._forms = collections.defaultdict(set)
            for match in _SOURCE_WORD.finditer(self.source):
                self._forms[match.group().lower()].add(match.group())
        return bool(self._forms.get(word.lower(), set()) - {word})

    def letter_before_a_term(self, segment, start: int, end: int, lower: str) -> bool:
        """'ecommerce', 'vkeys', 'rbush': a letter before a known word is how terms and names are
        made, unless a space slipped or the page spells the word otherwise (spelling_joins)."""
        if not a_letter_before_a_word(self.words, lower) or space_slipped(self.words, segment.text, start, end):
            return False
        if self._letter_runs is None:  # once per document, not once per word (linear time)
            self._letter_runs = letter_runs(self.source)
        return not swapped_elsewhere(lower, self._letter_runs)


def _document_terms(doc, segments, is_word) -> set[str]:
    """The words (lower case) the document writes in its identifiers, data chunks, code and
    e-mail addresses: an unknown word among them names a field, an account or a value."""
    source = doc.source.text
    terms = words_in_code(source) | address_names(source) | words_in_links(source, is_word)
    for segment in segments:  # one segment's sets at a time, not all of them at once (issue 24's memory)
        terms |= identifier_parts(segment.text)
        terms |= words_in_data(segment.text)
    return terms


# A link's target: a Markdown destination, an HTML href, or a bare URL.
_LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]+)|\bhref\s*=\s*[\"']([^\"']+)|(https?://[^\s)\"'<>\]]+)", re.IGNORECASE)
_TARGET_WORD = re.compile(r"[a-z]{3,}")
# An image's file is named after its caption, typos and all ('okta-assing-to-users-modal.png').
_IMAGE_FILE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|bmp)$", re.IGNORECASE)


def words_in_links(source: str, is_word=lambda word: False) -> set[str]:
    """The words (lower case) of the document's link targets, without their #fragments: a page,
    a folder or a site named by the word ('[Ecommerce revenue](ecommerce-revenue-tracking.md)')
    makes it the site's own term. A fragment is left out: it copies a heading, typos and all
    ('[Instalation](#instalation)'); so is an image's file. A site's host names its product
    with a word after it ('caddyserver.com' for caddy), so the beginnings of its labels count."""
    words: set[str] = set()
    for match in _LINK_TARGET.finditer(source):
        target = next(group for group in match.groups() if group is not None).split("#", 1)[0]
        if not _IMAGE_FILE.search(target.split("?", 1)[0]):
            words.update(_TARGET_WORD.findall(target.lower()))
            words.update(_host_label_starts(target.lower(), is_word))
    return words


HOST_WORD_LETTERS = 5  # a product's name before the rest of its host's label: 'caddy' in caddyserver


def _host_label_starts(target: str, is_word) -> set[str]:
    """The beginnings (HOST_WORD_LETTERS letters or more) of the labels of a URL's host, but its
    last (the top-level domain), where the rest of the label is empty or a word of three letters
    or more ('caddy' + 'server'; not 'instal' + 'lguide')."""
    host = _HOST.match(target)
    if host is None:
        return set()
    labels = host.group(1).split(".")[:-1]
    return {label[:size] for label in labels if label.isalpha() for size in range(HOST_WORD_LETTERS, len(label) + 1)
            if size == len(label) or (len(label) - size >= 3 and is_word(label[size:]))}


_HOST = re.compile(r"[a-z][a-z\d+.-]*://([^/?#:@\s]+)")


def _in_names_column(tables: PipeTables, segment, start: int, end: int) -> bool:
    """The word is in a table column of accounts or ids, of field names, or of one-word cells
    (spelling_tables)."""
    if segment.scope != Scope.TABLE_CELL:
        return False
    offset = segment.map.to_source(start, end).start
    return any(tables.judge(offset, judge.__name__, judge) for judge in (names_column, field_column, one_word_column))


def _listed_value(segment, keyword_items: set, lower_case: bool) -> bool:
    """The word is an item of a sorted keyword list, or a lower-case word in a table cell of
    values (spelling_places: keyword_list_items, in_value_cell)."""
    return segment.key in keyword_items or (lower_case and in_value_cell(segment))
