"""Which words in capitals are names, not shouting: acronyms a document spells out, words written
in capitals every time, and the common English words a short capitalised word must be to count
as shouting. Shared by shouting (PL207) and undefined-acronym (PL104)."""

from __future__ import annotations

import functools
import importlib.util
import re
from collections import Counter
from pathlib import Path

from ..enums import Scope
from ..linting.ruleset_data import load_ruleset_file
from ..reading.document import Document
from ..reading.fill_ins import as_written
from .page_names import names_the_page_gives, names_the_page_quotes
from .prose_scan import Precheck, segments_admitted, words_matching


@functools.lru_cache(maxsize=1)
def shouting_data() -> dict:
    raw = load_ruleset_file("shouting")
    data = {key: {str(word).lower() for word in raw[key]} for key in (
        "acronyms", "keys", "always_methods", "naming_nouns", "key_verbs", "keyword_verbs", "rfc_keywords",
        "file_names",
        "naming_verbs", "placeholder_openers", "legal_terms", "legal_phrases", "value_nouns", "label_places", "label_nouns",
        "gui_classes", "help_schema_headings", "help_schema_marks", "emphatic_words", "not_names")}
    data["vocabularies"] = [{str(word).lower() for word in words} for words in raw["vocabularies"].values()]
    data["common_short_words"] = common_words() | {str(word).lower() for word in raw["common_short_words"]}
    phrases = sorted(data["naming_verbs"], key=len, reverse=True)  # "renamed to" before "renamed"
    data["naming_phrase"] = re.compile(
        r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\s+$", re.I)
    return data


@functools.lru_cache(maxsize=1)
def common_words() -> set[str]:
    """The Dale-Chall list of ~3,000 words familiar to most 4th-grade readers, as textstat ships
    it (read from its package folder without importing textstat)."""
    spec = importlib.util.find_spec("textstat")
    folder = Path(next(iter(spec.submodule_search_locations)))
    words = (folder / "resources" / "en" / "easy_words.txt").read_text(encoding="utf-8").split()
    return {word.lower() for word in words}


SHORT_WORD = 5


def is_common_word(word: str, common: set[str]) -> bool:
    """`word` or its stem (-s, -es, -ed, -d, -ing) is a common English word; a contraction
    counts by its first part ("can't", "you've")."""
    word = word.replace("’", "'").split("'")[0]
    stems = {word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith(("es", "ed")) else "",
             word[:-1] if word.endswith("d") else "",
             word[:-3] if word.endswith("ing") else "", word[:-3] + "e" if word.endswith("ing") else ""}
    return bool(stems & common)


_DEFINED = re.compile(r"\(([A-Z][A-Z0-9]{1,})s?\)|\b([A-Z][A-Z0-9]{1,})s?\s+\(")
_MAY_DEFINE = Precheck(re.compile(r"\("))  # every match of _DEFINED holds one


def defined_acronyms(doc: Document) -> set[str]:
    """Acronyms the document spells out: 'Security Assertion Markup Language (SAML)' or
    'SAML (Security Assertion Markup Language)': the initials of the words beside it match."""
    def compute():
        found = set()
        for segment in segments_admitted(doc, _MAY_DEFINE):
            text = segment.text
            for match in _DEFINED.finditer(text):
                acronym = match.group(1) or match.group(2)
                if match.group(1):
                    words = _WORD.findall(text[max(0, match.start() - 200):match.start()])[-2 * len(acronym):]
                else:
                    words = _WORD.findall(text[match.end():match.end() + 200])[:2 * len(acronym)]
                if initials_match(acronym, words):
                    found.add(acronym.lower())
        return found
    return doc.cached("defined_acronyms", compute)


_WORD = re.compile(r"[A-Za-z][\w'-]*")


def letters_in_order(letters: str, text: str, skip=str.isdigit) -> bool:
    """Each of `letters` (but those `skip` says to pass over) occurs in `text`, in order."""
    pos = 0
    for letter in letters:
        if skip(letter):
            continue
        pos = text.find(letter, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def initials_match(acronym: str, words: list[str]) -> bool:
    """The acronym's letters are, in order, the first letters of words in the window."""
    return letters_in_order(acronym.upper(), "".join(w[0].upper() for w in words))


# A word of four or more capitals: \b[A-Z]{4,}\b, written to start with the capital (the word
# boundary checked behind it), so the regex engine skips to capitals instead of trying a word
# boundary at every character (half the time of the search).
ANY_CAPS = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{3,}(?!\w)")
# A word of four ASCII letters or more (\b[A-Za-z]{4,}\b) with a small letter among them
# ("Aisa", "aisa"): a word that is not in capitals.
_NOT_ALL_CAPS = re.compile(r"\b(?=[A-Za-z]*[a-z])[A-Za-z]{4,}\b")


def names_in_capitals(doc: Document) -> set[str]:
    """Words written in capitals three or more times and never otherwise: a name (AISA), not shouting."""
    def compute():
        counts = Counter(words_matching(doc, ANY_CAPS))
        frequent = {word for word, count in counts.items() if count >= 3}
        if not frequent:
            return set()
        frequent -= _english_words_mostly_shouted(doc, counts, frequent)
        for segment in doc.segments:  # one pass over the words, whatever the number of names
            text = segment.text
            upper = text.upper()  # holds each word of the text in capitals (and maybe more)
            if any(word in upper for word in frequent):
                frequent.difference_update(map(str.upper, _NOT_ALL_CAPS.findall(text)))
                if not frequent:
                    break
        return {word.lower() for word in frequent}
    return doc.cached("names_in_capitals", compute)


# Three or more words in capitals in a row, spaces between ('I HAVE REVIEWED THE DETAILS').
_CAPITALISED_WORD = r"[A-Z][A-Z'’]*(?![\w'’])"
_CAPITALS_RUN = re.compile(r"(?<![\w'’])" + _CAPITALISED_WORD + r"(?:[ \t]+" + _CAPITALISED_WORD + r"){2,}")


def _english_words_mostly_shouted(doc: Document, counts: Counter, frequent: set[str]) -> set[str]:
    """English words of `frequent` written in capitals fewer than three times outside runs of three
    or more capitalised words: a shouted paragraph that repeats a common word ('... STORE THIS
    INFORMATION', check19's COPPA form), not a name (AISA, no English word, is one wherever it is)."""
    from ..nlp.readability import syllable_table  # (as shouting's is_shouted reads it)
    english = {word for word in frequent if word.lower() in syllable_table()}
    if not english:
        return set()
    inside = Counter(word for run in words_matching(doc, _CAPITALS_RUN) for word in ANY_CAPS.findall(run)
                     if word in english)
    return {word for word in english if counts[word] - inside[word] < 3}


def after_a_naming_phrase(text: str, start: int) -> bool:
    """Right after a word or phrase that introduces a name: "named LICENSE", "known as FLEDGE"."""
    return shouting_data()["naming_phrase"].search(text, max(0, start - 40), start) is not None


CAPITALS_SHARE = 0.5  # a unit whose letters are mostly capitals is a shouted label or heading
_TWO_CAPITALS = re.compile(r"[A-Z][A-Z0-9]")


def has_two_capitals(text: str) -> bool:
    """Two capitals (or a capital and a digit) in a row somewhere: where an abbreviation can be."""
    return _TWO_CAPITALS.search(text) is not None


# ASCII characters that are not letters, and not capitals, for bytes.translate: ASCII text (most
# units) is counted without a loop over its characters.
_NOT_LETTERS = bytes(code for code in range(128) if not chr(code).isalpha())
_NOT_CAPITALS = bytes(code for code in range(128) if not chr(code).isupper())


def mostly_capitals(text: str) -> bool:
    """Eight letters or more, over half of them capitals: a shouted label or heading, not prose."""
    if text.isascii():
        ascii_text = text.encode("ascii")
        letters, capitals = len(ascii_text.translate(None, _NOT_LETTERS)), len(ascii_text.translate(None, _NOT_CAPITALS))
    else:
        alphabetic = [c for c in text if c.isalpha()]
        letters, capitals = len(alphabetic), sum(c.isupper() for c in alphabetic)
    return letters >= 8 and capitals / letters > CAPITALS_SHARE


MNEMONIC_STEPS = (3, 10)  # HEAT, LAST, HEARD: a mnemonic names three to ten steps
# A line that opens with a word in capitals of three letters or more, after markup and brackets:
# '[HEAR - acknowledge ...]', '- **EMPATHIZE**: ...', '3. RESOLVE the issue'.
_STEP_LINE = re.compile(r"^[ \t>#*+\-\d.)\[(_`|]*([A-Z]{3,})(?![\w'’])", re.M)  # (within its line)


def mnemonics_spelled_out(doc: Document) -> set[str]:
    """Words in capitals that a document spells out step by step, one capitalised step per line,
    in order: a support method's mnemonic ('HEARD' over lines opening HEAR, EMPATHIZE,
    APOLOGIZE, RESOLVE, DIAGNOSE), which is an acronym, not a word shouted."""
    def compute():
        source = doc.source.text  # a reply's '[HEAR - acknowledge ...]' is a fill-in: read as written
        steps = [match.group(1) for segment in doc.segments
                 for match in _STEP_LINE.finditer(as_written(segment, 0, len(segment.text), source, fill_ins_only=True))]
        shortest, longest = MNEMONIC_STEPS
        spelled = set()
        for size in range(shortest, longest + 1):
            for start in range(len(steps) - size + 1):
                window = steps[start:start + size]
                initials = "".join(step[0] for step in window)
                if initials not in window:  # spelled by other words, not by itself
                    spelled.add(initials.lower())
        return spelled
    return doc.cached("mnemonics_spelled_out", compute)


def document_acronyms(doc, data: dict, options: dict) -> set[str]:
    """Names in capitals in this document, lower-cased, for shouting: shipped, configured,
    defined, frequent, spelled out as a mnemonic."""
    acronyms = data["acronyms"] | data["keys"] | data["always_methods"]
    acronyms |= {str(a).lower() for a in options.get("acronyms", [])}
    acronyms |= defined_acronyms(doc) | names_in_capitals(doc) | data["file_names"] | mnemonics_spelled_out(doc)
    acronyms |= names_the_page_gives(doc)  # its title's or a link's name in capitals (COSMIC Desktop)
    acronyms |= names_the_page_quotes(doc, data["emphatic_words"])  # the "LINK" keyword
    if doc.kind == "article":
        acronyms |= data["rfc_keywords"]  # RFC 2119 usage (MUST, SHOULD NOT) in reference text
    return acronyms


def capitals_required(doc: Document, segment, data: dict) -> bool:
    """Capitals the page cannot lower: a legal notice, a section heading of PowerShell's help."""
    return is_a_legal_notice(segment.text, data["legal_terms"], data["legal_phrases"]) or is_a_help_schema_heading(doc, segment, data)


def is_a_legal_notice(text: str, legal_terms: set[str], legal_phrases: frozenset[str] = frozenset()) -> bool:
    """Capitals a legal disclaimer uses on purpose (warranty and liability clauses must be
    'conspicuous', which is why licences and terms set them in capitals)."""
    if not ANY_CAPS.search(text):
        return False
    words = set(re.findall(r"\b[A-Z]{2,}\b", text))
    return any(term.upper() in words for term in legal_terms) or '"AS IS"' in text or "“AS IS”" in text \
        or any(phrase.upper() in text for phrase in legal_phrases)


def is_a_help_schema_heading(doc: Document, segment, data: dict) -> bool:
    """A section heading PowerShell's help schema fixes in capitals ("SYNOPSIS", "RELATED LINKS")
    on a page marked as following that schema."""
    return segment.scope == Scope.HEADING and segment.text.strip().lower() in data["help_schema_headings"] \
        and follows_the_help_schema(doc, data["help_schema_marks"])


def follows_the_help_schema(doc: Document, marks: set[str]) -> bool:
    """A PowerShell help page (platyPS): its front matter names the help file or the schema.
    Asked once a page (each heading asked it, reading the front matter again: rev21b)."""
    if doc.front_matter is None:
        return False

    def marked() -> bool:
        lines = {line.strip().lower() for line in doc.front_matter[2].splitlines()}
        return any(line.startswith(mark) for line in lines for mark in marks)
    return doc.cached("follows PowerShell's help schema", marked)
