"""undefined-acronym (issue 30): where a document spells an abbreviation out, by its words
anywhere ('total click-through rate') or by a definition beside it ('CAB - change advisory
board', '(security identifier or SID)', 'Windows Pre-Installation Environment (Windows PE)',
'the new Exchange admin center (new EAC)')."""

from __future__ import annotations

import itertools
import re

from ..enums import Scope
from ..reading.document import Document
from .acronym_context import named_after_or
from .capitals import letters_in_order

_WORD = re.compile(r"[A-Za-z][\w'’-]*")


_STOP_WORDS = {"of", "and", "the", "for", "to", "in", "on", "a", "an", "&"}
MAX_EXPANSION = 6  # words in an expansion: one per letter, and abbreviations have at most MAX_LETTERS
CHANCE_LETTERS = 4  # shorter initials turn up by chance in any long text ("send email": SE)


def spelled_out(doc: Document, abbreviation: str) -> bool:
    """The lower-case `abbreviation` is the initials of a run of 2..MAX_EXPANSION words in the
    document (parts of hyphenated words count as words, small words either way): a reader who
    meets 'total click-through rate' has the words, in brackets or not. Initials shorter than
    CHANCE_LETTERS count only from runs of capitalised words ('Time To Live'), which do not line
    up by chance. Each candidate is looked up in the document's initials, rather than every run
    of every document being listed."""
    if not 2 <= len(abbreviation) <= MAX_EXPANSION:
        return False
    initials = doc.cached("initials of words", lambda: _initials(doc))
    if len(abbreviation) >= CHANCE_LETTERS:
        return _in_any(abbreviation, doc, initials, 1)
    capitals = abbreviation.upper()
    return any(c.isalpha() for c in abbreviation) and _in_any(capitals, doc, initials, 0)


BATCH_FROM = 32  # letters asked about at once, beyond which one pass over the initials answers them all


def spelled_out_among(doc: Document, abbreviations: set[str]) -> set[str]:
    """The lower-case `abbreviations` that `spelled_out` holds for. Each asks a substring test of
    the whole document's initials: fine for a few, but a document with thousands of different
    letters made that quadratic (the undefined_acronyms and caps_long_line scaling cases), so
    many are answered in one pass over every run of initials instead."""
    if len(abbreviations) <= BATCH_FROM:
        return {a for a in abbreviations if spelled_out(doc, a)}
    asked = [a for a in abbreviations if 2 <= len(a) <= MAX_EXPANSION]
    lower_case = {a for a in asked if len(a) >= CHANCE_LETTERS}
    capitals = {a.upper(): a for a in asked if len(a) < CHANCE_LETTERS and any(c.isalpha() for c in a)}
    initials = doc.cached("initials of words", lambda: _initials(doc))
    found = _occurring([pair[1] for pair in initials], lower_case)
    return found | {capitals[c] for c in _occurring([pair[0] for pair in initials], set(capitals))}


def _occurring(strings: list[str], wanted: set[str]) -> set[str]:
    """The members of `wanted` that occur inside one of `strings` (linear in their length)."""
    lengths = {len(w) for w in wanted}
    found = set()
    for text in strings:
        for length in lengths:
            found.update(piece for piece in (text[at:at + length] for at in range(len(text) - length + 1))
                         if piece in wanted)
    return found


def _in_any(letters: str, doc: Document, initials: list[tuple[str, str]], form: int) -> bool:
    """Whether `letters` occur in one of the initials (form 0: as written, 1: lower case). The
    initials are joined once per document with a line break, which no initials hold, so one
    substring test answers for all of them (a candidate was tested against every segment's)."""
    if "\n" in letters:  # (could span a join)
        return any(letters in pair[form] for pair in initials)
    joined = doc.cached(f"initials of words, joined, form {form}", lambda: "\n".join([pair[form] for pair in initials]))
    return letters in joined


def _initials(doc: Document) -> list[tuple[str, str]]:
    """(initials, initials in lower case) of each segment's words, with and without small words."""
    found = []
    for segment in doc.segments:
        words = _INITIALS_WORD.findall(segment.text)
        for chosen in (words, [w for w in words if w not in _STOP_WORDS_IN_ANY_CASE]):
            initials = "".join([w[0] for w in chosen])
            found.append((initials, initials.lower()))
    return found


# A word of _initials: the runs between re.split(r"[^A-Za-z0-9&]+") that are not empty, found by
# one compiled search (splitting with a pattern string, then dropping the empty ends, cost a
# quarter more on every segment of a document).
_INITIALS_WORD = re.compile(r"[A-Za-z0-9&]+")
# Each small word in every mix of cases ('of', 'Of', 'OF', 'oF'): an ASCII word is among them when
# its lower case is a small word, asked without lower-casing each word of the document.
_STOP_WORDS_IN_ANY_CASE = frozenset(
    "".join(letters) for word in _STOP_WORDS for letters in itertools.product(*({c.lower(), c.upper()} for c in word)))


_DEFINITION_LEAD = re.compile(r"\s*(?:[:=–—-]|\(|,)\s*(?:(?:or|i\.e\.,?|meaning)\s+)?", re.I)


def _letters_in_order(acronym: str, words: list[str]) -> bool:
    """The acronym's letters, in order, in the words that follow it: 'DKIM (DomainKeys
    Identified Mail)', 'JDBC, or Java Database Connectivity'. Read right beside the acronym only,
    so the loose match cannot come from chance."""
    return letters_in_order(acronym.lower(), "".join(words).lower(), skip=lambda letter: not letter.isalpha())


def _named_in_brackets(text: str, match: re.Match, rest: str) -> bool:
    """'a registry file (REG file)', 'a custom theme (THMX file)', 'a digital certificate (CER
    file)': the bracket gives the letters with a noun after the words that say what the thing
    is, as '(MFA)' after its words does."""
    inside = re.match(r"[ \t]+[a-z][\w-]*\)", rest)
    if inside is None or text[max(0, match.start() - 1):match.start()] != "(":
        return False
    return re.search(r"[A-Za-z][\w-]*[ \t]+[a-z][\w-]*[ \t]*\($", text[max(0, match.start() - 60):match.start()]) is not None


def _named_in_brackets_with_a_name(text: str, match: re.Match, rest: str) -> bool:
    """'Windows Pre-Installation Environment (Windows PE)', 'the new Exchange admin center (new
    EAC)', 'cloud Search service application (cloud SSA)': the bracket holds a word and the
    letters, and the words before the bracket, after that same word, spell the letters (a name,
    or a qualifier that tells two versions of the thing apart)."""
    inside = re.search(r"\(([A-Za-z][\w-]*)[ \t]+\Z", text[max(0, match.start() - 30):match.start()])
    if inside is None or not rest.startswith(")"):
        return False
    name = inside.group(1)
    before = text[max(0, match.start() - len(inside.group(0)) - 120):match.start() - len(inside.group(0))]
    at = [m.end() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"[ \t]", before)]
    if not at:
        return False
    words = [w for w in _WORD.findall(before[at[-1]:]) if w.lower() not in _STOP_WORDS]
    word = match.group("word")
    return bool(words) and words[0][0].upper() == word[0] and _letters_in_order(word, words)


def _initials_follow(word: str, rest: str) -> bool:
    """The words right after the letters have exactly those initials, small words aside ('RPS
    Requests per second', a glossary entry): a strict match, since nothing introduces it."""
    if len(word) < 2 or not word.isalpha():
        return False
    words = [w for w in _WORD.findall(rest[:120])[:2 * len(word)]]
    initials = ""
    for w in words:
        if len(initials) == len(word):
            break
        if w.lower() in _STOP_WORDS and initials:
            continue
        initials += w[0].upper()
    return initials == word and re.match(r"[\s*_:.–—-]*[A-Za-z]", rest) is not None


def _defined_at(text: str, match: re.Match, definition: re.Pattern) -> bool:
    """Whether the acronym `match` found in `text` is defined right there (defined_by_words)."""
    word = match.group("word")
    rest = text[match.end():match.end() + 200]
    if (_named_in_brackets(text, match, rest)  # "a registry file (REG file)"
            or _named_in_brackets_with_a_name(text, match, rest)  # "Windows Pre-Installation Environment (Windows PE)"
            or _in_brackets_after_words(text, match)  # "multi-factor authentication (MFA)"
            or _ALSO_KNOWN_AS.match(rest)  # "DTMF (also known as touchtone)"
            or _named_after_a_number(text, match, rest)  # "Sarbanes-Oxley Act of 2002 (SOX)"
            or _defined_before_or(text, match)  # "(security identifier or SID)"
            or _placeholder_explained(text, match, rest)):  # "..., where NUM is the latest release number"
        return True
    lead = definition.match(rest) or _DEFINITION_LEAD.match(rest)
    if lead is None:
        return _initials_follow(word, rest)  # "**RPS** Requests per second. The number of ..."
    words = _WORD.findall(rest[lead.end():lead.end() + 120])[:2 * len(word)]
    if words and words[0].lower() in _ARTICLES:
        words = words[1:]  # "where EXT is the extension"
    return bool(words) and words[0][0].upper() == word[0] and _letters_in_order(word, words)


def defined_by_words(doc: Document, acronym: re.Pattern, definition: re.Pattern,
                     among: set[str] | None = None) -> set[str]:
    """Acronyms (`acronym` matches) followed by a definition (`definition` matches the words that
    introduce one): 'KYC stands for know your customer', 'SLA means ...', 'TTL: time to live',
    'CAB - change advisory board' (the initials must match). With `among` (letters in lower
    case), only those letters are looked at: each finding is the letters of its own match, decided
    at that match alone, so the answer is the whole answer's part in `among`, without the checks
    at every other run of capitals (a fifth of undefined-acronym)."""
    def compute():
        found = set()
        for segment in doc.segments:
            for match in acronym.finditer(segment.text):
                word = match.group("word")
                if (among is None or word.lower() in among) and _defined_at(segment.text, match, definition):
                    found.add(word.lower())
        return found
    if among is not None:  # (a part of the answer: not kept as the document's)
        return compute()
    return doc.cached("acronyms defined by words", compute)


_ARTICLES = {"the", "a", "an"}

# A bracket of abbreviations alone, one or several forms of the thing joined by 'or', 'and', a
# comma or a slash: "(MFA)", "(VHD or VHDX)".
_FORM = r"[A-Z][A-Z0-9&]*[A-Z0-9]"
_FORMS_IN_BRACKETS = re.compile(_FORM + r"s?(?:(?:[ \t]*[,/][ \t]*|[ \t]+(?:or|and)[ \t]+)" + _FORM + r"s?)*")
_WORD_BEFORE_BRACKET = re.compile(r"[A-Za-z][\w-]*[\"”’']?\s*\(\Z")


def _in_brackets_after_words(text: str, match: re.Match) -> bool:
    """The letters are in brackets right after words, alone or beside other forms of the same
    thing: "multi-factor authentication (MFA)", "“Workflow Manager” (WFM)", "fixed virtual hard
    disks (VHD or VHDX)": the words before the bracket name what the letters stand for. Forms
    of one thing start with the same letters; "email authentication (SPF, DKIM)" lists examples
    of a kind, and defines none of them."""
    opening = text.rfind("(", max(0, match.start() - 40), match.start())
    closing = text.find(")", match.end(), match.end() + 40)
    if opening < 0 or closing < 0 or ")" in text[opening:match.start()]:
        return False
    other_name = _ANOTHER_NAME_OPENS.match(text, opening + 1, closing)  # "(also known as ESP)"
    inside = other_name.end() if other_name else opening + 1
    if _FORMS_IN_BRACKETS.fullmatch(text, inside, closing) is None:
        return False
    forms = sorted(re.findall(_FORM, text[inside:closing]), key=len)
    return all(form.startswith(forms[0]) for form in forms) \
        and _WORD_BEFORE_BRACKET.search(text[max(0, opening - 40):opening + 1]) is not None


# "the EFI system partition (also known as ESP)": the letters in brackets after words, as
# another name for them.
_ANOTHER_NAME_OPENS = re.compile(r"[ \t]*(?:also[ \t]+(?:known[ \t]+as|called|named)|a\.?k\.?a\.?)[ \t]+", re.I)
# "download input-overlay-vNUM.zip, where NUM is the latest release number": a placeholder the
# sentence explains, whatever its letters stand for.
_WHERE_BEFORE = re.compile(r"\bwhere[ \t]+\Z", re.I)
# ("where RTSP is being used" names the protocol, it does not explain it)
_PLACEHOLDER_IS = re.compile(r"[ \t]+(?:is|are|means|stands[ \t]+for)[ \t]+(?:the|a|an|your|any|one)[ \t]", re.I)


def _placeholder_explained(text: str, match: re.Match, rest: str) -> bool:
    return _PLACEHOLDER_IS.match(rest) is not None and _WHERE_BEFORE.search(text, max(0, match.start() - 8), match.start()) is not None


def _defined_before_or(text: str, match: re.Match) -> bool:
    """The words right before 'or' spell the letters: '(security identifier or SID)'. The
    shortest run of them that starts with the first letter must hold the others in order."""
    phrase = named_after_or(text, match)
    if phrase is None:
        return False
    word = match.group("word")
    words = [w for w in _WORD.findall(phrase) if w.lower() not in _STOP_WORDS]
    for start in range(len(words) - 1, max(-1, len(words) - 1 - len(word)), -1):
        run = words[start:]
        if run[0][0].upper() == word[0] and _letters_in_order(word, run):
            return True
    return False


# The letters followed by another name for the thing: "DTMF (also known as touchtone)", "RBL,
# also called a blocklist": the reader is told what it is, as a definition would.
_ALSO_KNOWN_AS = re.compile(r"[ \t]*(?:\(|,|[–—-])[ \t]*(?:also[ \t]+(?:known[ \t]+as|called|named)|a\.?k\.?a\.?)[ \t]", re.I)

MIN_NAME_LETTERS = 3  # two initials line up by chance in any heading
# (The bracket first, then the look-behind over it: the same matches, tried only at '[' and '<'; speed29.)
_LINK_TEXT = re.compile(r"\[(?<!!\[)([^\]\n]{3,200})\]\(|<a\b[^>]*>([^<]{3,200})</a>", re.I)
_ARTICLE_WORDS = {"the", "a", "an"}


def named_in_a_heading_or_link(doc: Document, lowered: str) -> bool:
    """The letters are the initials of a name the page writes in a heading, its title or a link's
    text: "[Keyboard shortcuts for the Exchange admin center](...)" then "Use the EAC". The name
    starts with a capitalised word and is the whole text or follows 'the', 'a' or 'an' (a name,
    not a run of words such as "Share service applications across farms", whose initials line up
    by chance); words are split at spaces only ("DocFx-flavored Markdown" is two words)."""
    if not MIN_NAME_LETTERS <= len(lowered) <= MAX_EXPANSION:
        return False
    return lowered in doc.cached("initials of names", lambda: _initials_of_names(doc))


def _initials_of_names(doc: Document) -> set[str]:
    """Lower-case initials of the names (see named_in_a_heading_or_link) in headings, titles and
    link texts, small words inside a name left out ('Bureau of Labor Statistics': BLS)."""
    texts = [s.text for s in doc.segments if s.scope in (Scope.HEADING, Scope.TITLE)]
    texts += [m.group(1) or m.group(2) for m in _LINK_TEXT.finditer(doc.source.text)]
    texts += re.findall(r"(?m)^title:[ \t]*(.+)$", doc.source.text[:3000])
    found = set()
    for text in texts:
        words = [w.strip("\"'“”‘’()*_`,.:;!?") for w in text.split()]
        words = [w for w in words if w]
        for start, first in enumerate(words):
            if not first[0].isupper() or first.isupper() or (start and words[start - 1].lower() not in _ARTICLE_WORDS):
                continue  # a name starts with a capitalised word (not letters in capitals), after an article
            run = [w for w in words[start:start + 2 * MAX_EXPANSION] if w.lower() not in _STOP_WORDS]
            whole = "".join(w[0].lower() for w in run)
            if start == 0:
                found.add(whole)  # the whole text is the name: "[Data loss prevention](...)"
            else:
                found.update(whole[:n] for n in range(MIN_NAME_LETTERS, min(len(whole), MAX_EXPANSION) + 1))
    return found


_NUMBER_BEFORE_BRACKET = re.compile(r"((?:[A-Za-z][\w'’-]*[ \t]+){1,6})\d[\d.,]*[ \t]*\(\Z")


def _named_after_a_number(text: str, match: re.Match, rest: str) -> bool:
    """'Sarbanes-Oxley Act of 2002 (SOX)': a name ending in a year or a number, then the letters
    in brackets; the words before the number, from one starting with the first letter, hold the
    letters in order (a number alone before a bracket defines nothing: 'Server 2019 (LTSC)')."""
    if not rest.startswith(")"):
        return False  # (looked at first: the search before the letters is most of this rule's time)
    before = _NUMBER_BEFORE_BRACKET.search(text[max(0, match.start() - 80):match.start()])
    if before is None:
        return False
    word = match.group("word")
    words = [w for w in _WORD.findall(before.group(1)) if w.lower() not in _STOP_WORDS]
    return any(run[0][0].upper() == word[0] and _letters_in_order(word, run)
               for run in (words[start:] for start in range(len(words))))


TWO_LETTER_REACH = 120  # characters either side where two words can spell out two letters


def two_words_beside(text: str, match: re.Match, word: str) -> bool:
    """Two letters with two words of four letters or more, one right after the other, starting
    with them, within the sentence's reach of one of their uses: 'the offered TM matches ... (if
    Translation memory is used)' spells TM out for the whole document (acr20: two of seed 205's
    five FPs). Longer letters are read by acronyms._spelled_out_nearby."""
    if len(word) != 2:
        return False
    window = text[max(0, match.start() - TWO_LETTER_REACH):match.end() + TWO_LETTER_REACH]
    first, second = (re.escape(letter) for letter in word)
    # not a word in lower case before a capitalised one: 'it uses Microsoft' is no 'UM'
    return re.search(rf"\b(?:{first.upper()}[a-z]{{3,}}[ \t-]+(?i:{second})|{first}[a-z]{{3,}}[ \t-]+{second})[a-z]{{3,}}\b",
                     window) is not None
