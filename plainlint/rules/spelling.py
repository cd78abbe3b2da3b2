"""spelling (PL502): prose words that are not in an English dictionary, with ranked suggestions.

Only plain words are checked: a token with a digit, underscore, slash, @, dot inside, or a
capital after its first letter (camelCase, iPhone) is an identifier, file name, address or
product name; all-capitals words are abbreviations; a capitalised word inside a sentence is a
name. Code, URLs and template tags never reach the rule (the readers leave them out of prose).
The dictionary (plainlint/nlp/spelling.py) is loaded on the first check, so a run without this
rule never reads it.
"""

from __future__ import annotations

import collections
import functools
import re
from typing import Iterator

from ..enums import Applicability, Category
from ..nlp.sentences import MID_SENTENCE, position_in_sentence
from ..reading.offsets import BREAK, PLACEHOLDER
from ..linting.vocabulary import EMPTY
from .base import Hit, Option, Rewrite, Rule, quoted_spans

# A run of non-space characters; its edges are trimmed of punctuation before it is judged.
_CHUNK = re.compile(r"\S+")
_EDGE = "\"'“”‘’()[]{}<>,.;:!?*…«»¿¡–—-"
# Anything in a token that marks it as not a prose word: code, paths, addresses, versions, tags.
_NOT_PROSE = re.compile(r"[\d_/\\@#$%^&=+|~`<>{}\[\]:;*]|\.\w|\w\.")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
# Prefixes written before a hyphen ('re-enter', 'pre-approved', 'non-refundable').
_PREFIXES = {"pre", "re", "co", "non", "un", "sub", "multi", "anti", "de", "e", "mis", "post", "auto",
             "bi", "tri", "semi", "inter", "intra", "mid", "over", "under", "self", "ex", "cross", "opt",
             "milli", "micro", "nano", "kilo", "mega", "giga"}
_HYPHENS = re.compile(r"[-‐‑–—]")
# Suffixes after an apostrophe: a possessive or a contraction ('account's', 'you'll').
_CLITICS = ("s", "re", "ll", "ve", "d", "m")
# 'n't' contractions: the part before them is not a word of its own ('doesn', 'isn').
_NEGATED = {"do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "ca", "could",
            "would", "should", "must", "might", "need", "wo", "sha", "ai", "dare"}


class Spelling(Rule):
    code = "PL502"
    name = "spelling"
    category = Category.SPELLING
    summary = "Words not in the English dictionary, with ranked suggestions ('pasword' -> 'password')"
    rationale = (
        "A typo in a macro is sent a thousand times, and one in a help article makes readers doubt "
        "the steps around it; a misspelled word is also a word that site search and screen readers "
        "get wrong. Support content is full of product names and technical terms, so the rule "
        "checks only plain prose words: never code, URLs, e-mail addresses, template tags, file "
        "names, identifiers (camelCase, snake_case, words with digits), all-capitals abbreviations, "
        "capitalised names inside a sentence, or words in the project vocabulary "
        "(`vocabulary: {accept: [...]}`). The dictionary holds American and British spellings "
        "(SCOWL with Google Books counts, shipped in symspellpy) plus software terms, company, "
        "product and font names (cspell's software-terms, companies, fonts, k8s, aws, fullstack "
        "and powershell lists); add your own terms to the project vocabulary. An unknown word is "
        "reported only when it looks like a slip: one edit from a dictionary word, five letters or "
        "more, not two words joined ('autoscaling'), not written three times in the document. A "
        "capitalised word is a name when the document writes it as one inside a sentence, when it "
        "is all of its list item, cell or heading, or when a capitalised word follows it; a word "
        "cut off before an ellipsis, a word in a quoted command line or named as a command is "
        "not checked."
        " Both American and British spellings are accepted unless `variant` is set: `en-US` flags "
        "British spellings ('colour', 'organise', 'licence'), `en-GB` American ones ('color', "
        "'analyze', 'favorite'; -ize is British too, Oxford spelling), from cspell's MIT en_GB and "
        "en_US lists (rulesets/spelling-variants.txt); `typos: false` keeps only that check."
    )
    bad = (
        "We have recieved your request and will reply within two days.",
        "Enter your pasword again, then select Save.",
    )
    good = (
        "We have received your request and will reply within two days.",
        "Run `kubectl get pods` or open https://example.com/setup_guide.html for the details.",
        "Contact Zendesk support or email help@example.com about the webhook.",
    )
    fix_safety = (
        "Safe: a known misspelling with exactly one correction ('recieve' -> 'receive'). Other "
        "unknown words get up to three suggestions, most likely first, and no fix."
        " With `variant` set, the other variant's spelling is a safe fix when it has one "
        "counterpart ('colour' -> 'color', capitals kept); with two or more, suggestions only."
    )
    fix_levels = (Applicability.SAFE,)
    enabled_by_default = False
    options = {
        "min_length": Option(3, "shortest word checked (shorter words are mostly abbreviations)",
                             minimum=1, maximum=20),
        "variant": Option("any", "any (American and British spellings), en-US (flag British ones) or "
                                 "en-GB (flag American ones)", choices=("any", "en-US", "en-GB")),
        "typos": Option(True, "report words not in the dictionary; false with a variant reports only "
                              "the other variant's spellings"),
    }

    def check(self, doc, options) -> Iterator[Hit]:
        typos = self._typos(doc, options) if options.get("typos", True) else iter(())
        if options.get("variant", "any") == "any":
            return typos
        from ._spelling_variants import with_variant_findings  # its table loads only here

        return with_variant_findings(self.segments(doc), doc, options, typos, _candidate_words, _judged)

    def _typos(self, doc, options) -> Iterator[Hit]:
        from ..nlp.spelling import dictionary  # loaded only when the rule runs

        words = dictionary()
        vocabulary = doc.vocabulary or EMPTY
        min_length = options.get("min_length", 3)
        per_segment, judged_total, unknown_total = [], 0, 0
        names: set[str] = set()
        for segment in self.segments(doc):
            judged, unknown = _unknown_words(words, vocabulary, segment, min_length, names)
            per_segment.append((segment, judged, unknown))
            judged_total += judged
            unknown_total += len(unknown)
        if _not_english(judged_total, unknown_total, DOCUMENT_FOREIGN_SHARE):
            return  # a page in another language, or placeholder Latin, that the language hints missed
        uses = collections.Counter(segment.text[start:end].lower() for segment, _, unknown in per_segment
                                   for start, end in unknown)
        for segment, judged, unknown in per_segment:
            if _not_english(judged, len(unknown)) or _placeholder_latin(segment.text):
                continue
            for start, end in unknown:
                word = segment.text[start:end].lower()
                if word == segment.text[start:end] and _set_alone_in_bold(doc.source.text, segment, start, end):
                    continue  # '**cscript**', '<b>ctype</b>': a value to type or a name, set apart
                if uses[word] >= TERM_USES and not words.known_fixes(word):
                    continue  # written the same way again and again: the document's own term
                if word in names and not words.known_fixes(word):
                    continue  # written as a name inside a sentence elsewhere: 'Visio', 'Contoso'
                hit = _hit(words, segment, start, end, segment.text[start:end])
                if hit is not None:
                    yield hit


# An unknown word written the same way this often in one document is a term of that document
# ('autoscaler', 'pwsafe'), not a slip of the fingers.
TERM_USES = 3
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


def _placeholder_latin(text: str) -> bool:
    """Whether the unit holds 'Lorem ipsum' text (two of its words or more): placeholder, not prose."""
    return sum(word in _LOREM for word in _LATIN_WORD.findall(text.lower())) >= 2


def _not_english(judged: int, unknown: int, share: float = FOREIGN_SHARE) -> bool:
    return judged >= FOREIGN_MIN_WORDS and unknown > share * judged


def _unknown_words(words, vocabulary, segment, min_length: int,
                   names: set[str] | None = None) -> tuple[int, list[tuple[int, int]]]:
    """How many words of the segment were judged, and the spans of those not known. `names`
    collects (lower case) the unknown words written with a capital inside a sentence: names."""
    text = segment.text
    judged, unknown = 0, []
    for start, end in _candidate_words(text):
        word = text[start:end]
        if len(word) < min_length:
            continue
        if not _judged(text, start, word):
            if names is not None and _title_case(word) and not _is_known_word(words, word):
                names.add(word.lower())
            continue
        judged += 1
        if _is_known_word(words, word) or vocabulary.accepts(text, start, end):
            continue
        if _touches_placeholder(segment, start, end) or _quoted_alone(text, start, end):
            continue
        if _cut_off(text, end) or _split_after_letter(words, text, start, end):
            continue
        if _in_quoted_command(segment, start, end) or _COMMAND_AFTER.match(text, end):
            continue
        if not segment.map.to_source(start, end).exact:
            continue  # not one run of the source: letters joined across markup by the reader
        unknown.append((start, end))
    return judged, unknown


def _candidate_words(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the plain words of `text`: each chunk trimmed of punctuation, skipped when it
    looks like code, a path or an address, and split at hyphens."""
    for chunk in _CHUNK.finditer(text):
        raw = chunk.group()
        core = raw.strip(_EDGE)
        if not core or _NOT_PROSE.search(core):
            continue
        lo = chunk.start() + len(raw) - len(raw.lstrip(_EDGE))
        if _WORD.fullmatch(core):
            yield lo, lo + len(core)
            continue
        at = lo
        parts = _HYPHENS.split(core)
        for number, part in enumerate(parts):
            if number + 1 < len(parts) and part.lower() in _PREFIXES:
                pass  # 'pre-approved', 'co-worker', 'e-mail': a prefix before its hyphen
            elif _WORD.fullmatch(part):
                yield at, at + len(part)
            at += len(part) + 1


def _judged(text: str, start: int, word: str) -> bool:
    """Whether the word's form is one the rule judges: not all capitals, no inner capital, and
    not a capitalised word inside a sentence (a name)."""
    if not word.isascii():
        return False
    rest = word[1:]
    if rest != rest.lower():
        return False  # ALL-CAPS abbreviation, camelCase, iPhone, McDonald
    if word[0].isupper() and position_in_sentence(text, start) == MID_SENTENCE:
        return False
    return True


@functools.lru_cache(maxsize=65536)
def _is_known_word(words, word: str) -> bool:
    """_is_known, remembered per process: a document set repeats its words."""
    return _is_known(words, word)


def _is_known(words, word: str) -> bool:
    lower = word.lower().replace("’", "'")
    if words.knows(lower):
        return True
    stem, apostrophe, clitic = lower.partition("'")
    if not apostrophe:
        return False
    if clitic == "t" and stem.endswith("n"):
        return stem[:-1] in _NEGATED or words.knows(stem[:-1])
    return clitic in _CLITICS and words.knows(stem)


_BOLD = (("**", "**"), ("__", "__"), ("<b>", "</b>"), ("<strong>", "</strong>"))


def _set_alone_in_bold(source: str, segment, start: int, end: int) -> bool:
    """The word is all of a bold span in the source: in help content a lower-case word set in
    bold on its own is a value to type, a command or a parameter ('enter **cscript**', 'a
    parameter, **ctype**'), not running prose."""
    span = segment.map.to_source(start, end)
    return any(source.endswith(opener, 0, span.start) and source.startswith(closer, span.end)
               for opener, closer in _BOLD)


def _title_case(word: str) -> bool:
    return word.isascii() and word[:1].isupper() and word[1:].islower()


_ELLIPSIS = ("...", "…")


def _cut_off(text: str, end: int) -> bool:
    """A word right before an ellipsis is cut off ('the URL rewrite modul...'): a description
    shortened to a length, not a misspelling."""
    return text.startswith(_ELLIPSIS, end)


def _split_after_letter(words, text: str, start: int, end: int) -> bool:
    """A word split after its first letter by markup ('**U** pload', 'M anage' for an access
    key shown in bold): that letter and the rest make a known word."""
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
        return False
    if start >= 3 and (text[start - 3].isalnum() or text[start - 3] in "'’"):
        return False
    return _is_known_word(words, text[start - 2] + text[start:end])


# A word named as a command ('the netsh command', 'the xcopy utility'): a program's name.
_COMMAND_AFTER = re.compile(r"[ \t]+(?:command|commands|cmdlet|cmdlets|utility|utilities|executable)\b")


def _in_quoted_command(segment, start: int, end: int) -> bool:
    """A word inside quotation marks that also hold a command-line token ("runas
    /user:administrator cmd.exe", "netsh advfirewall ... dir=in"): a command, not prose."""
    for lo, hi in quoted_spans(segment):
        if lo < start and end < hi:
            return any(_NOT_PROSE.search(chunk.group().strip(_EDGE))
                       for chunk in _CHUNK.finditer(segment.text, lo + 1, hi - 1))
    return False


_OPENING_QUOTES = "'\"‘“`<"
_CLOSING_QUOTES = "'\"’”`>"


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """A word alone in quotation marks ('pmtime', “botty”) or angle brackets (<xtime>) is
    mentioned, not used: a field or tag name, a site name, slang on purpose."""
    return 0 < start and end < len(text) and text[start - 1] in _OPENING_QUOTES and text[end] in _CLOSING_QUOTES


def _touches_placeholder(segment, start: int, end: int) -> bool:
    """A word glued to a template tag or code span ('{{count}}th') is not a word of its own."""
    lo, hi = max(0, start - 1), min(len(segment.text), end + 1)
    return any(piece.kind in (PLACEHOLDER, BREAK) for piece in segment.map.pieces_in(lo, hi))


# Unknown words this short are abbreviations and codes far more often than typos ('rss', 'iam',
# 'xvda'): they are reported only when they are known misspellings ('teh', 'wiht').
SHORTEST_UNKNOWN = 5


@functools.lru_cache(maxsize=16384)
def _looks_like_a_typo(words, lower: str) -> bool:
    """A typo is one slip from a word (Damerau: most misspellings are one edit away); a word
    further from every known word, a compound of two words, or a short one is a term."""
    return (len(lower) >= SHORTEST_UNKNOWN and words.one_edit_away(lower)
            and not words.is_compound(lower))


# A capitalised word (first of a sentence, list item, heading or cell) is reported only when it
# is one slip from a common word ('Downlaod', 'Introdution', 'Onced'): names are one slip from
# rare words ('Aptos' -> 'Autos', 'Humio' -> 'Humid') far more often. Google Books count.
COMMON_CORRECTION = 10_000_000


def _common_correction(words, lower: str) -> bool:
    suggestions = words.suggest(lower)
    return bool(suggestions) and words.count(suggestions[0]) >= COMMON_CORRECTION


_UNIT_EDGE = _EDGE + " \t*_#|>"


def _alone_in_unit(text: str, start: int, end: int) -> bool:
    """The word is all there is of its list item, table cell, heading or alt text ('Visio',
    'Verdana'): a one-word unit names a product, a font, a place, far more often than it holds
    a slip of the fingers."""
    return not text[:start].strip(_UNIT_EDGE) and not text[end:].strip(_UNIT_EDGE)


_NEXT_WORD = re.compile(r"[ \t]+(\S+)")
_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")


def _starts_a_name(text: str, end: int) -> bool:
    """The capitalised word is followed by another capitalised word in a unit that is not in
    title case ('Visio Services requires ...', 'Novell eDirectory version 8'): the first word of
    a name of two words or more. In a title-case heading ('Introdution To New Relic') every word
    is capitalised, so there it tells nothing."""
    match = _NEXT_WORD.match(text, end)
    if not match:
        return False
    following = match.group(1).strip(_EDGE)
    if not following or following == "I" or following == following.lower():
        return False
    return bool(_LOWER_WORD.search(text, match.end()))


def _match_case(word: str, suggestion: str) -> str:
    return suggestion[:1].upper() + suggestion[1:] if word[:1].isupper() else suggestion


def _hit(words, segment, start: int, end: int, word: str) -> Hit | None:
    """The finding for an unknown word, or None when it looks like a term rather than a typo."""
    lower = word.lower()
    if not words.known_fixes(lower) and not _looks_like_a_typo(words, lower):
        return None
    if word[0].isupper() and not words.known_fixes(lower):
        if not _common_correction(words, lower):
            return None  # a capitalised word near only rare words is a name ('Aptos', 'Paoli', 'Humio')
        if _alone_in_unit(segment.text, start, end) or _starts_a_name(segment.text, end):
            return None  # '- Visio', '|Visio|', 'Visio Services requires ...': a product's name
    suggestions = [_match_case(word, s) for s in words.suggest(lower)]
    if suggestions:
        message = f"'{word}' may be misspelled: " + ", ".join(f"'{s}'" for s in suggestions) + "?"
    else:
        message = f"'{word}' is not in the dictionary: check the spelling or add it to the project vocabulary"
    hit = Hit(start, end, message, segment, suggestions)
    fixes = words.known_fixes(lower)
    if len(fixes) == 1 and "'" not in word and "’" not in word:
        fix = _match_case(word, fixes[0])
        hit.rewrite = Rewrite(fix, Applicability.SAFE, f"Replace '{word}' with '{fix}'")
    return hit
