"""spelling (PL502): prose words that are not in an English dictionary, with ranked suggestions.

Only plain words are checked: a token with a digit, underscore, slash, @, dot inside, or a
capital after its first letter (camelCase, iPhone) is an identifier, file name, address or
product name; all-capitals words are abbreviations; a capitalised word inside a sentence is a
name. Code, URLs and template tags never reach the rule (the readers leave them out of prose).
The dictionary (plainlint/nlp/spelling.py) is loaded on the first check, so a run without this
rule never reads it.
"""

from __future__ import annotations

import functools
import re
from typing import Iterator

from ..enums import Applicability, Category
from ..nlp.english import english_function_words
from ..nlp.spelling_locale import VARIANTS
from ..linting.vocabulary import EMPTY
from ..linting.tree_deferral import DEFERRED_TERMS
from .base import Hit, Option, Rewrite, Rule
from .spelling_document import WordPlaces
from .spelling_known import known_findings, spelling_mode
from .spelling_packages import names_a_versioned_package
from .spelling_screen import FirstPasses, document_not_english, every_word_known
from .spelling_names import alone_in_unit, a_stranger_pair, leads_a_list_item, starts_a_name
from .spelling_places import (
    COMMAND_AFTER, EXTENSION_WORD,
    PARAMETER_AFTER, after_switch, cut_off, in_quoted_command, in_short_brackets,
    introduced_term, match_case, names_an_account, not_english, placeholder_latin, quoted_alone,
    short_foreign, short_form_of_name, touches_placeholder,
)
from .spelling_words import (
    candidate_words as _candidate_words, is_known_word as _is_known_word, judged as _judged,
    split_after_letter as _split_after_letter, title_case as _title_case,
)

# `mode`: known misspellings only (no dictionary loaded), known ones and confident slips
# (rules/spelling_confident.py), or the full dictionary check.
MODES = ("known", "confident", "dictionary")


class Spelling(Rule):
    code = "PL502"
    name = "spelling"
    category = Category.SPELLING
    summary = ("Known misspellings with their correction ('recieve' -> 'receive') and clear slips of one word "
               "('invioce'); `mode: dictionary` also words not in the English dictionary, with ranked suggestions")
    rationale = (
        "A typo in a macro is sent a thousand times, and one in a help article makes readers doubt "
        "the steps around it; a misspelled word is also a word that site search and screen readers "
        "get wrong. `mode: known` reports a word only when it is a known "
        "misspelling (6,686 from rulesets/spelling.yaml, cspell's corrections and typo fixes mined from "
        "permissively licensed repositories, rulesets/spelling-mined.txt), with its correction: it reads "
        "only that list, never the dictionary or the project's files, and a word the document also writes "
        "with a capital inside a sentence is a name there, a paragraph in another language is left alone. "
        "`mode: confident`, the default, adds the dictionary check's findings that are a common slip of one "
        "clear word, written once in the project (right on 0.952 of its blind findings and 0.955 of every "
        "labelled one; it flags 90% of seeded slips, known mode 10%); `mode: dictionary` is the full check "
        "described next (opt-in: below 95% precision on fresh text). "
        "Support content is full of product names and technical terms, so the rule "
        "checks only plain prose words: never code, URLs, e-mail addresses, template tags, file "
        "names, identifiers (camelCase, snake_case, words with digits), all-capitals abbreviations, "
        "capitalised names inside a sentence, or words in the project vocabulary "
        "(`vocabulary: {accept: [...]}`). The dictionary holds American and British spellings "
        "(SCOWL with Google Books counts, shipped in symspellpy) plus software terms, company, "
        "product and font names (cspell's software-terms, companies, fonts, k8s, aws, fullstack "
        "and powershell lists), the inflections of its words that SCOWL's larger list holds, the "
        "spellings SCOWL lists as variants of a commoner one ('cancelation', 'judgement') and "
        "regular derivations of its words (-bly adverbs, -ee nouns, a prefix before a listed word), "
        "file-name extensions and Windows command names; add your own terms to the project "
        "vocabulary. An unknown word is "
        "reported only when it looks like a slip: one slip from a dictionary word (a letter "
        "dropped, added, doubled or swapped with its neighbour, or replaced by a keyboard "
        "neighbour, a letter of like sound or a copy of a letter beside it: 'logits' is one "
        "unlikely letter from 'logins', a term), five letters or more, not two words joined "
        "('autoscaling'), not one letter before a far commoner word ('ecommerce', 'khelp'), not one "
        "letter repeated ('xxxxx'), not written three times in the document. A "
        "capitalised word is a name when the document writes it as one inside a sentence, when it "
        "is all of its list item, cell or heading, or when a capitalised word follows it; a word "
        "cut off before an ellipsis, a word in a quoted command line, named as a command or "
        "followed by a switch, a file-name extension, a word in short square brackets, a "
        "lower-case word alone in bold or italics, a short paragraph in another language, a word in "
        "a run of words mostly not English with common words of another language among them (a "
        "French passage, a keyword list in Italian; stopwords-iso's lists), and a sample alias "
        "ending its clause after 'mailbox', 'alias', 'username' or 'enter' are not checked; nor is "
        "a word the document also writes in its code or inside a field name "
        "('process_bitness'), one it runs as a command elsewhere, or a short name in parentheses "
        "after the full name ('Windows Package Manager (winget)', 'Import-PSCoreRelease (importps)'), "
        "or a short quoted phrase the "
        "sentence introduces by name ('known as \"botty traffic\"'). Nor are data written as "
        "lists: a keyword list (eight short list items or more, sorted, all in lower case, or one "
        "in four with letters English does not write, or a list of people: three items in four a name "
        "alone; or a paragraph of search tags, 'Tags: ...'), a lower-case word in a table cell listing "
        "values on two lines or more, a parameter before '(optional)', a word the document writes "
        "in an address, a path or a list of accounts ('tsmith@contoso.com', 'Administrator;tonip'), "
        "a cell of a table column headed as accounts or ids ('GitHub Id', 'Alias'), listing field "
        "names ('| sys_id | contactid |') or holding one lower-case word in every cell ('| stop |', "
        "'| updatedb |'), a word in a sorted inline list of eight names or more ('json, julia, lexon, "
        "lua, ...'), the start of a linked site's host name before a word ('caddy' and caddyserver.com), a compound "
        "joined by a one-letter word ('doc-a-thons'), and a "
        "capitalised word before a model number ('Mediant 1000B', 'Aaeon PICO-IMX6') or starting a "
        "company's name ('Okaya Electronics Corp.'), nor a dependency named before its version change "
        "('Bump axios from 1.6.7 to 1.7.4', as release notes list upgrades)."
        " Both American and British spellings are accepted unless `variant` is set (a British form "
        "of a listed American word too: 'deserialised'): `en-US` flags "
        "British spellings ('colour', 'organise', 'licence'), `en-GB` American ones ('color', "
        "'analyze', 'favorite'; -ize is British too, Oxford spelling), from cspell's MIT en_GB and "
        "en_US lists (rulesets/spelling-variants.txt); `typos: false` keeps only that check."
        " A word the project's files write three times or more, in two files or more, with no word one "
        "letter away written more than a twentieth as often, is the project's term and not reported "
        "('muxer'; a typo's correct form is nearly always written somewhere in the same files); two such "
        "words one letter apart that the dictionary lacks, neither written more than four times as often "
        "as the other, are both terms ('corexy', 'corexz'); and a word the files write with a capital "
        "inside a sentence three times or more, in two files or more, is a name ('Seeed'). The project "
        "is the config file's folder, else the files the run lints (`tree-evidence: false` turns this off)."
        " Before turning the rule on, `plainlint vocabulary PATHS` proposes the project's terms: the "
        "words it reports in three or more files, as an accept file to review."
    )
    bad = (
        "We have recieved your request and will reply within two days.",
        "Enter your pasword again, then select Save.",
        "Keep the invoices seperate from the receipts.",
        "Open the invioce from your account page.",
    )
    good = (
        "We have received your request and will reply within two days.",
        "Run `kubectl get pods` or open [the setup guide](https://example.com/setup_guide.html) for the details.",
        "Contact Zendesk support or email help@example.com about the webhook.",
    )
    fix_safety = (
        "Safe: a known misspelling with exactly one correction ('recieve' -> 'receive'); a typo of "
        "four letters or fewer that is one edit from another common word as well ('yor': 'your', "
        "'you', 'or') gets them as suggestions and no fix, and so does a longer one whose listed "
        "correction is no likely slip while another word is ('currect': 'current', 'correct') or is a "
        "software term beside an English word one slip away ('sharred': 'sharded', 'shared'), and a "
        "space typed one letter late ('witht he'), and a typo cspell's list and the mined list correct "
        "differently ('interation': 'integration', 'iteration'). Other "
        "unknown words get up to three suggestions, most likely first, and no fix."
        " With `variant` set, the other variant's spelling is a safe fix when it has one "
        "counterpart ('colour' -> 'color', capitals kept); with two or more, suggestions only."
    )
    fix_levels = (Applicability.SAFE,)
    enabled_by_default = True
    options = {
        "mode": Option("confident", "known (report only known misspellings, with their corrections), "
                                "confident (also a word the dictionary lacks that is a common slip of one "
                                "clear word, written once in the project: the default) or "
                                "dictionary (also words the dictionary lacks that look like a slip)",
                       choices=MODES),
        "min-length": Option(3, "shortest word checked (shorter words are mostly abbreviations)",
                             minimum=1, maximum=20),
        # The name this option had in 0.1, before every option was spelled with hyphens; still read.
        "min_length": Option(0, "the former name of min-length, still accepted (0: not set)",
                             minimum=0, maximum=20),
        "variant": Option("any", "any (American and British spellings), en-US (flag British ones) or "
                                 "en-GB (flag American ones)", choices=VARIANTS),
        "typos": Option(True, "report words not in the dictionary; false with a variant reports only "
                              "the other variant's spellings"),
        "tree-evidence": Option(True, "take a word the project's files write 3 times or more, in 2 files or "
                                      "more, with no word one letter away written as often, for a term"),
    }

    def check(self, doc, options) -> Iterator[Hit]:
        typos = self._known_or_typos(doc, options) if options.get("typos", True) else iter(())
        if options.get("variant", "any") == "any":
            return typos
        from ._spelling_variants import with_variant_findings  # its table loads only here

        return with_variant_findings(self.segments(doc), doc, options["variant"], min_length_of(options), typos,
                                     _candidate_words, _judged)

    def _known_or_typos(self, doc, options) -> Iterator[Hit]:
        """Known misspellings only (`mode: known`, no dictionary loaded), or the dictionary check
        (`mode: confident` keeps its confident slips: rules/spelling_confident.py)."""
        mode = spelling_mode(options)
        if mode == "known":
            return known_findings(self.segments(doc), doc, min_length_of(options), _candidate_words, _judged,
                                  _safe_fix)
        if mode == "confident":
            from ..nlp.spelling import dictionary
            from .spelling_confident import confident_hits

            return confident_hits(self._typos(doc, options), doc, dictionary())
        return self._typos(doc, options)

    def _typos(self, doc, options) -> Iterator[Hit]:
        from ..nlp.spelling import dictionary  # loaded only when the rule runs

        words = dictionary()
        names: set[str] = set()  # filled by the first pass: see _unknown_words
        vocabulary, min_length = doc.vocabulary or EMPTY, min_length_of(options)
        passes = FirstPasses()
        for index, segment in enumerate(doc.segments):
            if segment.scope in self.scopes:
                passes.add(index, segment, *_first_pass(words, vocabulary, segment, min_length, names))
        if not passes.with_unknown or document_not_english(
                passes, (doc.segments[index] for index in passes.unjudged),
                lambda segment: _unknown_words(words, vocabulary, segment, min_length)[0]):
            return  # nothing unknown; or a page in another language, or placeholder Latin
        place = None  # what the document says about its unknown words: read at the first one that may be a typo
        tree_terms = (doc.tree_terms or frozenset()) if options.get("tree-evidence", True) else frozenset()
        deferred = tree_terms is DEFERRED_TERMS  # tag each hit with its keys (linting/tree_deferral.py)
        for segment, judged, unknown in passes.with_unknown:
            if (not_english(judged, len(unknown)) or placeholder_latin(segment.text)
                    or short_foreign(segment.text, judged, len(unknown))):
                continue
            for start, end in unknown:
                if not _may_be_reported(words, segment.text[start:end].lower()):
                    continue  # _hit's first test, asked first: it is cheaper than the document's
                place = place or WordPlaces(words, functools.partial(_is_known_word, words), doc,
                                            passes.with_unknown, functools.partial(self.segments, doc), names)
                if not place.passes(segment, start, end) or (
                        not deferred and _a_tree_term(tree_terms, segment.text[start:end])):
                    continue
                hit = _hit(words, segment, start, end, segment.text[start:end])
                if hit is not None:
                    if deferred:
                        hit.tree_keys = _tree_term_keys(segment.text[start:end])
                    yield hit


def min_length_of(options: dict) -> int:
    """`min-length`, or 0.1's `min_length` when a config still sets it."""
    return options.get("min_length") or options.get("min-length", 3)


def _first_pass(words, vocabulary, segment, min_length: int, names: set[str]) -> tuple[int | None, list]:
    """`_unknown_words`, or (None, []) without its word-by-word pass when every word of the segment
    is known (rules/spelling_screen.py)."""
    if every_word_known(words, segment.text, min_length):
        _add_extension_names(names, segment.text)
        return None, []
    return _unknown_words(words, vocabulary, segment, min_length, names)


# What every file-name extension (EXTENSION_WORD) holds: a text without it has none, and this
# pattern, starting with a plain character, is found much faster (speedA).
_DOT_LETTER = re.compile(r"\.[A-Za-z]")


def _add_extension_names(names: set[str], text: str) -> None:
    """The words `text` writes as a file-name extension ('.mhtml'), in lower case, onto `names`."""
    if _DOT_LETTER.search(text):
        names.update(m.group(1).lower() for m in EXTENSION_WORD.finditer(text))


def _unknown_words(words, vocabulary, segment, min_length: int,
                   names: set[str] | None = None) -> tuple[int, list[tuple[int, int]]]:
    """How many words of the segment were judged, and the spans of those not known. `names`
    collects (lower case) the unknown words written with a capital inside a sentence (names),
    those written as a file-name extension ('.mhtml') and those written as a program on a command
    line ('runas /user:admin')."""
    text = segment.text
    judged, unknown = 0, []
    if names is not None:
        _add_extension_names(names, text)
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
        if touches_placeholder(segment, start, end) or quoted_alone(text, start, end):
            continue
        if cut_off(text, end) or _split_after_letter(words, text, start, end):
            continue
        if COMMAND_AFTER.match(text, end) or PARAMETER_AFTER.match(text, end):
            if names is not None:
                names.add(word.lower())  # 'runas /user:...' makes 'the runas syntax' a command's name too
            continue
        if in_quoted_command(segment, start, end) or short_form_of_name(text, start, end):
            continue
        if names_an_account(text, start, end) and not words.known_fixes(word.lower()):
            continue  # 'added the user tonip.': a sample account's alias
        if introduced_term(segment, start, end) and not words.known_fixes(word.lower()):
            continue
        if names_a_versioned_package(text, start, end) and not words.known_fixes(word.lower()):
            continue  # 'Bump axios from 1.6.7 to 1.7.4': a dependency's name
        if in_short_brackets(text, start, end) or after_switch(text, start):
            continue
        if not segment.map.to_source(start, end).exact:
            continue  # not one run of the source: letters joined across markup by the reader
        unknown.append((start, end))
    return judged, unknown


def _a_tree_term(tree_terms: frozenset, word: str) -> bool:
    """Whether the project's files make the word a term (nlp/tree_words.py; its possessive too)."""
    return bool(tree_terms) and not tree_terms.isdisjoint(_tree_term_keys(word))


def _tree_term_keys(word: str) -> tuple[str, str]:
    """What `_a_tree_term` looks up among the terms: the word in lower case, the part before its apostrophe."""
    lower = word.lower().replace("’", "'")
    return lower, lower.partition("'")[0]


# Unknown words this short are abbreviations and codes far more often than typos ('rss', 'iam',
# 'xvda'): they are reported only when they are known misspellings ('teh', 'wiht').
SHORTEST_UNKNOWN = 5


@functools.lru_cache(maxsize=16384)
def _looks_like_a_typo(words, lower: str) -> bool:
    """A typo is one slip from a word (Damerau: most misspellings are one edit away; a replaced
    letter counts only when it is a keyboard neighbour or sounds alike); a word further from
    every known word, a compound of two words, or a short one is a term; one letter repeated
    ('xxxxx') is a placeholder."""
    return (len(lower) >= SHORTEST_UNKNOWN and len(set(lower)) > 1 and words.one_slip_away(lower)
            and not words.is_compound(lower))


def _may_be_reported(words, lower: str) -> bool:
    """A known misspelling, or an unknown word that looks like a typo (_looks_like_a_typo)."""
    return bool(words.known_fixes(lower)) or _looks_like_a_typo(words, lower)


# A capitalised word (first of a sentence, list item, heading or cell) is reported only when it
# is one slip from a common word ('Downlaod', 'Introdution', 'Onced'): names are one slip from
# rare words ('Aptos' -> 'Autos', 'Humio' -> 'Humid') far more often. Google Books count.
COMMON_CORRECTION = 10_000_000


def _common_correction(words, lower: str) -> bool:
    suggestions = words.suggest(lower)
    return bool(suggestions) and words.count(suggestions[0]) >= COMMON_CORRECTION


def _a_name(words, text: str, start: int, end: int) -> bool:
    """Whether a capitalised unknown word (first of its sentence, item, cell or heading) is a name."""
    if not _common_correction(words, text[start:end].lower()):
        return True  # a capitalised word near only rare words is a name ('Aptos', 'Paoli', 'Humio')
    if alone_in_unit(text, start, end) or starts_a_name(text, end):
        return True  # '- Visio', '|Visio|', 'Visio Services requires ...': a product's name
    return leads_a_list_item(text, start, end) or a_stranger_pair(
        text, start, end, functools.partial(_is_known_word, words))  # '- Artur - Product engineer', '- Johan Carlquist'


def _hit(words, segment, start: int, end: int, word: str) -> Hit | None:
    """The finding for an unknown word, or None when it looks like a term rather than a typo."""
    lower = word.lower()
    if not _may_be_reported(words, lower):
        return None
    if word[0].isupper() and not words.known_fixes(lower) and _a_name(words, segment.text, start, end):
        return None
    suggestions = [match_case(word, s) for s in words.suggest(lower)]
    if suggestions:
        message = f"'{word}' may be misspelled: " + ", ".join(f"'{s}'" for s in suggestions) + "?"
    else:
        message = f"'{word}' is not in the dictionary: check the spelling or add it to the project vocabulary"
    hit = Hit(start, end, message, segment, suggestions)
    hit.rewrite = _safe_fix(word, words.known_fixes(lower), segment.text, end)
    return hit


def _safe_fix(word: str, fixes: tuple[str, ...], text: str = "", end: int = 0) -> Rewrite | None:
    """The safe fix of a known misspelling: only where exactly one correction is listed, and the
    typo is no moved space (_moved_space) in `text`, where the word ends at `end`."""
    if len(fixes) != 1 or "'" in word or "’" in word or _moved_space(word, fixes[0], text, end):
        return None
    fix = match_case(word, fixes[0])
    return Rewrite(fix, Applicability.SAFE, f"Replace '{word}' with '{fix}'")


_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def _moved_space(word: str, fix: str, text: str, end: int) -> bool:
    """Whether the typo is its correction plus the first letter of the next word, a space
    late: 'witht he' for 'with the', 'throught he' (spell33). Dropping the letter would write 'with
    he'. Only where the letter and the next word make an English function word, so 'usefull as'
    keeps its fix."""
    if len(word) != len(fix) + 1 or word[:-1].lower() != fix.lower():
        return False
    following = _NEXT_WORD.match(text, end)
    return bool(following) and (word[-1].lower() + following.group(1)) in english_function_words()
