"""The generic word-list check: flag each entry of a ruleset, suggest its plain alternatives."""

from __future__ import annotations

import functools
import operator
import re
from array import array
from typing import ClassVar, Iterator

from ..linting import wordlists
from ..linting.candidates import OneListCandidates, add_masks, every_list, mask_typecode
from ..reading.document import Document
from ..enums import Applicability
from ..linting.inflect import capital_here, inflect_phrase, match_case, starts_with_pronoun_i
from ..nlp.sentences import MID_SENTENCE, UNIT_START, position_in_sentence
from ..reading.kinds import REPLY
from .base import Hit, Option, Rewrite, Rule, inside_any, quoted_spans
from .link_text_spans import no_safe_fix_in_link_text
from .shown_messages import shows_a_message
from .wordlist_forms import forms_differ, verb_form_in_context
from .wordlist_names import names_a_thing

WORDLIST_OPTIONS = {
    "add": Option([], "extra entries: a term string or {term, use, note, fix, verb, after}", kind="entries"),
    "remove": Option([], "terms of the built-in list to drop"),
    "flag-quoted": Option(False, "also flag terms inside quotation marks (mentions) and in a product's "
                                 "message quoted as shown (shown_messages: '> ... was unable to ...')"),
}


# Entry fields every word list reads (WordListRule.keep).
COMMON_ENTRY_FIELDS = {
    "unless_after": Option(None, "words just before the term that make it no match ('most simply', "
                                 "'the impact' for the verb only), term syntax", kind="term"),
    "unless_before": Option(None, "words just after the term that make it no match ('simply put', "
                                  "'an informed decision'), term syntax", kind="term"),
    "remove_after": Option(None, "words just before the term after which the fix deletes it rather than "
                                 "replaces it ('We kindly ask' -> 'We ask', not 'We please ask'), term syntax",
                           kind="term"),
    "intransitive": Option(False, "a verb that takes no object ('participate'), so never a passive: its -ed "
                                  "form is the simple past unless have or be stands before it (`verb: true`)"),
    "fix_before": Option(None, "the fix applies only before this: 'clause' (a subject and its verb, or "
                               "'that': 'ensure your account is verified' -> 'make sure your account is "
                               "verified', but never 'make sure high availability')", kind="string",
                         choices=("clause",)),
}


class WordListRule(Rule):
    """A rule whose words are the entries of `rulesets/<ruleset>.yaml`.

    Every entry is checked against the common entry fields (entries.ENTRY_FIELDS) plus
    `entry_fields`, the fields this rule reads (`entry.fields[name]`); any other key is an error
    with its file, line and column. `fixable` and `fix_levels` are derived from the data (the
    entries' `fix`), plus `fixes_in_code`: the levels of fixes the rule makes itself."""

    ruleset: ClassVar[str]
    entry_fields: ClassVar[dict[str, Option]] = {}  # with COMMON_ENTRY_FIELDS merged in (below)
    options = WORDLIST_OPTIONS

    def __init_subclass__(cls, **kwargs):
        """Every word list reads COMMON_ENTRY_FIELDS besides the fields its rule declares."""
        super().__init_subclass__(**kwargs)
        cls.entry_fields = {**COMMON_ENTRY_FIELDS, **cls.__dict__.get("entry_fields", {})}
        _known_lists.clear()  # a new list: the shared scanner is worked out again
    fixes_in_code: ClassVar[tuple[Applicability, ...]] = ()  # fixes the rule makes itself, whatever the data says

    @property
    def fix_levels(self) -> tuple[Applicability, ...]:
        levels = {Applicability(entry.fix) for entry in self.matcher().lookup_entries() if entry.fix}
        return tuple(level for level in Applicability if level in levels or level in self.fixes_in_code)

    def matcher(self, add: list | None = None, remove: list | None = None) -> wordlists.Matcher:
        return wordlists.build_matcher(self.ruleset, add, remove, self.entry_fields)

    def message(self, flagged: str, entry: wordlists.Entry, suggestions: list[str]) -> str:
        raise NotImplementedError

    def check(self, doc: Document, options: dict) -> Iterator[Hit]:
        matcher = self.matcher(options.get("add"), options.get("remove"))
        flag_quoted = options.get("flag-quoted", False)
        positions = candidates_of(doc)
        segments = doc.segments
        if positions.scanner.covers(matcher):
            positions = positions.only(matcher)
            indices = positions.to_scan  # a segment with no candidate has no match, and is not made (SegmentList)
        else:
            positions, indices = [None] * len(segments), range(len(segments))
        in_reply = doc.kind == REPLY
        for index in indices:
            where = positions[index]
            segment, quotes = segments[index], None
            for match in matcher.finditer(segment.text, where):
                if not flag_quoted:
                    if quotes is None:
                        quotes = quoted_spans(segment, in_reply)
                    if inside_any(match.start, match.end, quotes) or shows_a_message(doc, index, match.start, match.end):
                        continue
                hit = self.hit_for(segment, match, doc)
                if self.keep(doc, hit, match.entry):
                    yield no_safe_fix_in_link_text(doc, hit)

    def keep(self, doc: Document, hit: Hit, entry: wordlists.Entry) -> bool:
        """`unless_after` drops a match after certain words ("most simply", "the impact": a noun),
        `unless_before` before them ("simply put", "informed decisions"); a word naming a thing is
        no match either (wordlist_names: 'the OBSERVE statement')."""
        if names_a_thing(doc, hit.segment, hit.start, hit.end, entry.term):
            return False
        after, before = entry.fields.get("unless_after"), entry.fields.get("unless_before")
        if after and preceded_by(str(after)).search(hit.segment.text[max(0, hit.start - 40):hit.start]):
            return False
        return not (before and followed_by(str(before)).match(hit.segment.text, hit.end))

    def suggestions_for(self, match: wordlists.Match, position: str = UNIT_START) -> list[str]:
        """The entry's alternatives, inflected like the match, with the capitals of its place."""
        entry = match.entry
        out = []
        for use in entry.use:
            text = inflect_phrase(use, match.form) if entry.verb else use
            out.append(match_case(match.text, text, position))
        return out

    def describe(self, doc: Document, flagged: str, entry: wordlists.Entry,
                 suggestions: list[str]) -> tuple[str, list[str]]:
        """A hit's message and suggestions (overridden where advice depends on the document)."""
        return self.message(flagged, entry, suggestions), suggestions

    def hit_for(self, segment, match: wordlists.Match, doc: Document) -> Hit:
        entry = match.entry
        position = position_in_sentence(segment.text, match.start)
        flagged = " ".join(match.text.split())
        match, form_known = verb_form_in_context(segment.text, match)
        removed_here = _removed_here(segment.text, match.start, entry)
        message, suggestions = self.describe(doc, flagged, entry, [] if removed_here else self.suggestions_for(match, position))
        hit = Hit(match.start, match.end, message, segment, suggestions)
        if (entry.remove or removed_here) and entry.fix:
            self._removal_fix(hit, segment, match, position)
        elif entry.fix and suggestions and (form_known or not entry.use or not forms_differ(entry.use[0])) \
                and not reads_as_a_name(match.text, position) \
                and not strands_what_follows(segment.text, match, suggestions[0]) \
                and (entry.fields.get("fix_before") != "clause" or clause_follows(segment.text, match.end)):
            hit.rewrite = Rewrite(suggestions[0], entry.fix, f"Replace '{flagged}' with '{suggestions[0]}'")
        return hit

    def _removal_fix(self, hit: Hit, segment, match: wordlists.Match, position: str) -> None:
        """Delete a minimiser and the space after it; the next word takes the capital the deleted
        words had in their place (inflect.capital_here), and keeps its own case otherwise."""
        text = segment.text
        end = match.end
        while end < len(text) and text[end] in " \t":
            end += 1
        if end >= len(text) or not text[end].isalpha() or end == match.end:
            return
        next_char = text[end]
        if capital_here(match.text, position):
            if next_char.islower() and _IDENTIFIER.match(text, end):
                return  # "Note that port(n) may ..." must not become "Port(n) may ..."
            next_char = next_char.upper()
        hit.rewrite = Rewrite(next_char, match.entry.fix, f"Remove '{match.text}'", (match.start, end + 1))


def _removed_here(text: str, start: int, entry: wordlists.Entry) -> bool:
    """Whether the entry's `remove_after` words come just before the match: there the term is
    deleted, not replaced."""
    after = entry.fields.get("remove_after")
    return bool(after) and preceded_by(str(after)).search(text[max(0, start - 40):start]) is not None


# A word written as code though not marked as code (an API reference's plain text): a call, a snake_case
# or dotted name, a scoped name, camelCase, a brand (iPhone, macOS) or a URL's scheme ('ftp://', user34).
# Its case is its spelling (trial5). ('copy/paste' is prose: "Simply copy/paste it" -> "Copy/paste it".)
_IDENTIFIER = re.compile(r"[a-z]\w*?(?:\(|_\w|::|:/|\.\w|[A-Z])")


@functools.lru_cache(maxsize=256)
def followed_by(term: str) -> re.Pattern:
    """A term in word-list syntax matched just after a hit ("simply| put")."""
    spellings = wordlists.term_pattern(term)
    return re.compile(r"[\s,]+(?:" + spellings + r")(?![\w'’])", re.I)


@functools.lru_cache(maxsize=256)
def preceded_by(term: str) -> re.Pattern:
    """A term in word-list syntax (words and `(a|b)` groups), matched just before a hit."""
    spellings = wordlists.term_pattern(term)
    return re.compile(r"(?:^|[^\w'’])(?:" + spellings + r")\s+$", re.I)


# A noun phrase at the end of a matched term or of its replacement: 'for any inconvenience'.
_ENDS_IN_NOUN_PHRASE = re.compile(
    r"(?:^|\s)(?:the|a|an|any|your|our|their|my|his|her|its|this|that|these|those|some|every|each|no)"
    r"\s+[\w'’-]+$", re.I)
_LAST_WORD = re.compile(r"[\w'’-]+$")
# What follows a match: the end of the text, a mark that closes the phrase, or a word.
_AFTER_MATCH = re.compile(r"\s*(?:(?P<end>\Z)|(?P<mark>[.,;:!?)\]\"”’'—–])|(?P<word>[\w'’-]+))")
# Words that start the next clause rather than attach to the phrase before them.
_CONJUNCTIONS = {"and", "but", "or", "so", "because", "as", "if", "when", "while", "since", "until",
                 "though", "although"}
# -ing words that are not verb forms (nor the start of a clause).
_NOT_ING_FORMS = {"during", "morning", "evening", "nothing", "something", "anything", "everything", "thing",
                  "ceiling", "string", "spring", "king", "ring", "wing", "pudding"}


def reads_as_a_name(flagged: str, position: str) -> bool:
    """A capital inside a sentence (not the pronoun 'I') marks a name or a label on screen:
    'Generali Global Assistance', 'click **Remediate**', 'turn on Utilize Commitments'. The
    finding stays, but the words are not replaced: the name would no longer match the thing."""
    return position == MID_SENTENCE and flagged[:1].isupper() and not starts_with_pronoun_i(flagged)


def strands_what_follows(text: str, match: wordlists.Match, replacement: str) -> bool:
    """Whether the replacement would leave the words after the match hanging on nothing.

    A term that ends in a noun phrase ('for any inconvenience') or a verb form ('this has
    caused') is often followed by words that belong to that ending: a participle clause
    ('caused by the delay'), a relative clause ('that you saw'), an object ('you'). 'Sorry about
    this' keeps neither, so 'Sorry about this caused by the delay' would follow. Such a match
    keeps its fix only when the replacement ends the same way ('your husband living abroad' ->
    'your partner living abroad') or nothing attaches: the end, closing punctuation, or a
    conjunction."""
    flagged = " ".join(match.text.split())
    ending = _ending(flagged)
    if ending is None or _ending(replacement) == ending or _both_premodify(flagged, replacement):
        return False
    after = _AFTER_MATCH.match(text, match.end)
    if after is None:
        return True  # an opening bracket or another mark that starts something on the phrase
    if after.group("word") is None:
        return False
    word = after.group("word").lower()
    if word in ("for", "about") and " " not in replacement.strip():
        return False  # a one-word replacement takes the same complement: 'Sorry for the delay'
    return word not in _CONJUNCTIONS


# Articles and possessives that open a noun phrase ('this' and 'that' are pronouns too: 'this has caused').
_NOUN_PHRASE_OPENERS = {"the", "a", "an", "these", "those", "your", "our", "their", "my", "its"}


def _both_premodify(flagged: str, replacement: str) -> bool:
    """Whether the match and its replacement both open a noun phrase whose noun comes after them:
    a participle after an article ('the below mentioned settings') modifies that noun as
    'the following' does, so nothing is stranded (fix36)."""
    words = flagged.lower().split()
    return (words[0] in _NOUN_PHRASE_OPENERS and not _AUXILIARIES.intersection(words)
            and replacement.lower().split()[0] in _NOUN_PHRASE_OPENERS)


# A subject that opens a clause, and the finite verbs that show one follows a noun phrase.
_CLAUSE_OPENERS = {"that", "you", "you're", "we", "we're", "they", "they're", "it", "it's", "he", "she",
                   "there", "there's", "i", "everyone", "everything", "nothing", "nobody"}
_AUXILIARIES = {"is", "are", "was", "were", "isn't", "aren't", "has", "have", "hasn't", "haven't", "can",
                "can't", "cannot", "will", "won't", "would", "should", "must", "may", "might", "does",
                "do", "doesn't", "don't"}
# Verbs that are nouns too ('page loads', 'test runs'): the verb of a clause only before any
# preposition, since after one they end a prepositional phrase ('a consistent experience across
# page loads' is a noun phrase, 'the files in your folder are synced' a clause).
_NOUN_LIKE_VERBS = {"gets", "get", "stays", "stay", "remains", "remain", "works", "work", "appears", "appear",
                    "matches", "match", "runs", "run", "loads", "load"}
_PREPOSITIONS = {"across", "after", "at", "before", "between", "by", "during", "for", "from", "in", "into",
                 "of", "on", "over", "per", "through", "to", "under", "with", "within", "without"}
_CLAUSE_WORDS = re.compile(r"[\w'’-]+|[.,;:!?()\[\]]")
CLAUSE_REACH = 6  # words after the match in which a noun phrase must meet its verb


def clause_follows(text: str, end: int) -> bool:
    """Whether a clause follows offset `end`: 'that', a subject pronoun, or a short noun phrase
    and then a finite verb ('your account is verified'), before any punctuation. 'make sure'
    needs one; 'ensure' also takes a plain object ('ensure high availability')."""
    words = [w.lower().replace("’", "'") for w in _CLAUSE_WORDS.findall(text, end, end + 200)[:CLAUSE_REACH + 1]]
    if not words or not words[0][0].isalnum():
        return False
    if words[0] in _CLAUSE_OPENERS:
        return True
    after_preposition = False
    for word in words[1:]:
        if not word[0].isalnum():
            return False
        if word in _AUXILIARIES or (word in _NOUN_LIKE_VERBS and not after_preposition):
            return True
        after_preposition = after_preposition or word in _PREPOSITIONS
    return False


def _ending(phrase: str) -> str | None:
    """'noun' for a phrase ending in a determiner and a word, 'verb' for one ending in a past
    participle or -ing form, else None (an ending nothing hangs on)."""
    if _ENDS_IN_NOUN_PHRASE.search(phrase):
        return "noun"
    last = _LAST_WORD.search(phrase)
    if last and is_verb_form(last.group().lower()):
        return "verb"
    return None


def is_verb_form(word: str) -> bool:
    """A past participle ('caused', 'sent') or an -ing form ('resulting'), per the verb data of
    passive-voice; -ing words need a known stem ('during' has none)."""
    from .passive_voice import is_participle, lexicon

    word = word.replace("’", "'")
    if is_participle(word, lexicon()):
        return True
    if not word.endswith("ing") or len(word) < 5 or word in _NOT_ING_FORMS:
        return False
    from ..nlp.readability import syllable_table

    stem = word[:-3]
    known = syllable_table()
    return stem in known or stem + "e" in known or (stem[-1:] == stem[-2:-1] and stem[:-1] in known)


def shared_candidates() -> wordlists.Candidates:
    """One scanner for every word list loaded, so a document is scanned once, not per rule.

    Every word list loaded is built as shipped first, so the scanner of every shipped list
    (wordlists.shared_scanner) covers them. Not fixed at the first call: a run imports only the
    rule modules it selects, so the lists known then may be a few of them (a later file's config,
    the language server's next settings, may select more). Which lists are loaded is worked out
    again only after a new WordListRule class appears (each rule asks once per document: walking
    the classes was a tenth of the word-list rules' time)."""
    if not _known_lists:
        lists = {cls.ruleset: cls.entry_fields for cls in _subclasses(WordListRule) if hasattr(cls, "ruleset")}
        for name, fields in sorted(lists.items()):
            wordlists.build_matcher(name, fields=fields)  # as shipped: the shared scanner covers it
        _known_lists.append(tuple(lists))
    return wordlists.shared_scanner()


_known_lists: list[tuple] = []  # the lists loaded (empty: not known yet)


def candidates_of(doc: Document) -> PackedCandidates:
    """Where an entry of a shipped list may start, in each segment of `doc` (by index), found
    once per document by the shared scanner. A rule that runs a shipped matcher over the
    segments passes `candidates_of(doc)[index]` as finditer's `positions` when
    `candidates_of(doc).scanner.covers(matcher)`, and skips the segments with none (`to_scan`)."""
    def scan() -> PackedCandidates:
        shared = shared_candidates()
        return PackedCandidates((shared.positions_and_masks(s.text) for s in doc.segments), shared, with_masks=True)
    return doc.cached("wordlist-candidates", scan)


def _subclasses(cls: type) -> list[type]:
    return [found for sub in cls.__subclasses__() for found in (sub, *_subclasses(sub))]


_NO_POSITIONS: list[int] = []  # shared by every segment with no candidate (never changed)


class PackedCandidates:
    """Every segment's candidate offsets, kept while the word-list rules run, in one flat array
    with where each segment's offsets begin (issue 24: 64-bit integers in a bytes object per
    segment with a candidate cost 0.9 bytes per byte of a table of short cells, 9 MB of a 10 MB
    one; this is 8 bytes a segment and 8 an offset). `self[i]` is segment i's offsets, the shared
    empty list when it has none, or None when it is to be scanned in full. `to_scan` lists the
    segments that are not empty lists, in order: each word-list rule visits only those (on every
    10th file of bench/, some 5,000 of 28,364 segments), not every segment once per rule."""

    __slots__ = ("_bounds", "_positions", "_in_full", "to_scan", "scanner", "_masks", "_scan_masks")

    def __init__(self, per_segment, scanner: wordlists.Candidates | None = None, with_masks: bool = False):
        """`per_segment`: each segment's offsets, or (offsets, their masks) `with_masks`
        (Candidates.positions_and_masks): which of the scanner's lists can start at each."""
        self.scanner = scanner  # what found them: the lists it covers may use them
        bounds, flat, in_full, to_scan = array("q", [0]), array("q"), set(), array("q")
        masks = scan_masks = None
        if with_masks:
            typecode = mask_typecode(len(scanner.matchers))
            masks, scan_masks = array(typecode), array(typecode)
        for index, positions in enumerate(per_segment):
            if with_masks:
                positions, found_masks = positions
            if positions is None:
                in_full.add(index)
                to_scan.append(index)
                if with_masks:
                    scan_masks.append(every_list(scan_masks))
            elif positions:
                flat.extend(positions)
                to_scan.append(index)
                if with_masks:
                    add_masks(masks, scan_masks, found_masks, len(positions))
            bounds.append(len(flat))
        self._bounds, self._positions, self._in_full, self.to_scan = bounds, flat, in_full, to_scan
        self._masks, self._scan_masks = masks, scan_masks

    def __getitem__(self, index: int):
        if index in self._in_full:
            return None
        start, end = self._bounds[index], self._bounds[index + 1]
        return memoryview(self._positions)[start:end] if end > start else _NO_POSITIONS

    def only(self, *matchers: wordlists.Matcher) -> PackedCandidates | OneListCandidates:
        """The candidates where one of `matchers` (lists of the scanner) can start: their
        segments and offsets only, when the masks tell them apart; else all of them."""
        bits = [self.scanner.bit_of(matcher) for matcher in matchers] if self._masks is not None else [None]
        return self if None in bits else OneListCandidates(self, functools.reduce(operator.or_, bits))
