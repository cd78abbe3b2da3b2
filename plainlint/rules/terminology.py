"""terminology (PL501): product names in their own spelling, house-style words, verb and noun
forms in frames that settle the word class, one spelling per document, and the project
vocabulary. The words and their sources are in rulesets/terminology.yaml; this module only
decides where each applies (with terminology_words and terminology_forms)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterator

from ..enums import Applicability, Category, Scope
from ..linting.inflect import match_case
from ..linting.superseded import REJECT_LIST_MESSAGE
from ..nlp.sentences import position_in_sentence
from ..linting.vocabulary import EMPTY, Vocabulary
from ..linting.wordlists import (
    Candidates,
    Entry,
    Matcher,
    freeze,
    normalise,
    parse_entry,
)
from .base import Hit, Option, Rewrite, Rule, add_if_apart, inside_any
from .terminology_forms import (ConsistencyCounter, consistency_matcher, lowercase_hits, may_have_lowercase_hits,
                               may_have_word_class_hits, word_class_hits)
from .terminology_words import (
    LazyQuotes,
    a_key_or_tag,
    in_a_model_name,
    in_an_identifier_list,
    in_bold,
    kept_matcher,
    prose_word,
    source_text,
    terminology_data,
    wholly_emphasised,
)
from .wordlist import candidates_of, reads_as_a_name

# Finding kinds, in the order a span is claimed when two checks find it.
REJECT, VOCAB_NAME, NAME, STYLE, LOWERCASE, WORD_CLASS = range(6)


@dataclass
class Candidate:
    priority: int
    hit: Hit


class Terminology(Rule):
    code = "PL501"
    name = "terminology"
    category = Category.TERMINOLOGY
    summary = "Product names in their own spelling, house-style words, verb/noun forms, one spelling per document"
    rationale = (
        "Customers notice 'Github', 'Wifi' or 'e-mail' in one macro and 'email' in the next: it "
        "looks careless, and a name spelled wrong is a name searched for wrong. Product and "
        "platform names are written as their owners write them, and support style guides agree on "
        "a few house choices ('email', 'website', 'internet' in lower case; 'log in' as a verb, "
        "'login' as a noun). A term spelled two ways in one document is reported once with the "
        "counts, so a team can pick one. A project vocabulary adds its own names and rejected terms."
    )
    bad = (
        "Connect your Github account, then open the Whatsapp app on your Iphone.",
        "We sent you an e-mail with a link to reset your password.",
        "If you can't login to the dashboard, clear your browser cache.",
        "Open the sign in page and enter the code from the Internet banking app.",
    )
    good = (
        "Connect your GitHub account, then open the WhatsApp app on your iPhone.",
        "We sent you an email with a link to reset your password.",
        "If you can't log in to the dashboard, clear your browser cache.",
        "See [the app on GitHub](https://github.com/acme/app) or write to github-support@example.com.",
    )
    fix_safety = (
        "Safe: a listed name's capitals ('Github' -> 'GitHub'), 'e-mail' -> 'email', 'web site' -> "
        "'website', 'Internet' -> 'internet' inside a sentence, and a vocabulary name's exact case. "
        "Unsafe: other spellings of a name ('WiFi' -> 'Wi-Fi'), verb and noun forms ('to login' -> "
        "'to log in'), a rejected term's preferred term. Spellings mixed in one document only suggest."
    )
    fix_levels = (Applicability.SAFE, Applicability.UNSAFE)
    options = {
        "add": Option([], "more names in their canonical spelling (strings), or {name, variants}", kind="names"),
        "remove": Option([], "built-in names or house-style terms to drop"),
        "consistency": Option(True, "report a term spelled two ways in one document (once, with counts)"),
    }

    def check(self, doc, options) -> Iterator[Hit]:
        vocabulary = doc.vocabulary or EMPTY
        data = terminology_data()
        names = names_matcher(freeze(options.get("add") or []), freeze(options.get("remove") or []),
                              vocabulary.names())
        removed = {normalise(r) for r in options.get("remove") or []}
        consistency = ConsistencyCounter() if options.get("consistency", True) else None
        positions_in = segment_positions(doc, names)
        for index, segment in enumerate(doc.segments):
            positions = positions_in(index, segment)
            if positions == [] and not vocabulary.reject and not may_have_form_hits(segment.text):
                continue  # no name, house-style word or spelling starts here, and no form check can match
            found = list(self._segment_candidates(doc, segment, names, vocabulary, data, removed, positions))
            accepted = vocabulary.accepted_spans(segment.text)
            spans: list[tuple[int, int, Candidate]] = []  # by start, none overlapping
            for cand in sorted(found, key=lambda c: (c.priority, c.hit.start)):
                hit = cand.hit
                if cand.priority not in (REJECT, VOCAB_NAME) and inside_any(hit.start, hit.end, accepted):
                    continue
                add_if_apart(spans, hit.start, hit.end, cand)
            kept = [cand for _, _, cand in spans]
            yield from (c.hit for c in kept)
            if consistency is not None:
                consistency.count(segment, accepted + [(k.hit.start, k.hit.end) for k in kept], positions)
        if consistency is not None:
            yield from consistency.hits()

    def _segment_candidates(self, doc, segment, names: Matcher, vocabulary: Vocabulary, data: dict, removed: set,
                            positions: list[int] | None):
        """`positions`: where a name or a house-style word can start (segment_positions)."""
        text = segment.text
        quotes = LazyQuotes(segment)
        if vocabulary.reject:
            for match in vocabulary.reject_matcher().finditer(text):
                if prose_word(segment, match.start, match.end):
                    yield Candidate(REJECT, reject_hit(segment, match))
        for match in names.finditer(text, positions):
            if inside_any(match.start, match.end, quotes) or not prose_word(segment, match.start, match.end) \
                    or a_key_or_tag(text, match.start, match.end):
                continue
            if match.entry.fields.get("variant") and in_a_model_name(text, match.start, match.end):
                continue  # the maker's spelling in a product's model name: 'UNO R4 WiFi', 'MKR WiFi 1010'
            if in_an_identifier_list(text, match.start, match.end):
                continue  # '..., java, javascript, json, ...': a tool's identifiers, written as it wants them
            hit = name_hit(segment, match)
            if hit is not None:
                yield Candidate(VOCAB_NAME if match.entry.fields.get("vocabulary") else NAME, hit)
        for match in style_matcher().finditer(text, positions):
            if normalise(match.entry.term) in removed:
                continue
            if inside_any(match.start, match.end, quotes) or not prose_word(segment, match.start, match.end) \
                    or a_key_or_tag(text, match.start, match.end):
                continue
            if reads_as_a_name(match.text, position_in_sentence(text, match.start)) or \
                    in_bold(doc, segment, match.start, match.end):
                continue  # a label on screen or a name: '**Contact E-mail**', '**Use an existing IIS web site**'
            yield Candidate(STYLE, style_hit(segment, match))
        for hit in lowercase_hits(segment, quotes):
            # a label on screen: in bold, or the whole of an emphasis ('Open *Internet*'; check33)
            if not in_bold(doc, segment, hit.start, hit.end) and not _removed(hit, removed) \
                    and not wholly_emphasised(doc, segment, hit.start, hit.end):
                yield Candidate(LOWERCASE, hit)
        for hit in word_class_hits(doc, segment, quotes, data):
            if not _removed(hit, removed):
                yield Candidate(WORD_CLASS, hit)


def may_have_form_hits(text: str) -> bool:
    """Whether lowercase_hits or word_class_hits may find something in `text`: their own
    pre-checks, before any generator or quotes are made (most segments pass neither)."""
    return may_have_lowercase_hits(text) or may_have_word_class_hits(text)


def _name_entries(raw, vocabulary: bool = False) -> list[Entry]:
    if isinstance(raw, tuple):
        raw = dict(raw)
    if isinstance(raw, str):
        raw = {"name": raw}
    name = " ".join(str(raw["name"]).split())
    source = str(raw.get("source", "project vocabulary" if vocabulary else "config"))
    extra = {"canonical": name, "vocabulary": vocabulary, "common_noun": bool(raw.get("common_noun"))}
    entries = [Entry(term=name, source=(source,), fields=extra)]
    for variant in raw.get("variants", ()) or ():
        entries.append(Entry(term=str(variant), source=(source,), fields={**extra, "variant": True}))
    return entries


def _removed(hit: Hit, removed: set) -> bool:
    """Whether config `remove` names the flagged word: 'Internet' (lower case inside a sentence)
    and 'setup' (a noun as a verb) are no list entries, so `remove: [internet]` is read here."""
    return normalise(hit.segment.text[hit.start:hit.end]) in removed


@functools.lru_cache(maxsize=16)
def names_matcher(add: tuple, remove: tuple, vocabulary_names: tuple[str, ...]) -> Matcher:
    """Built-in names, minus `remove`, plus config names; a vocabulary name replaces a built-in
    one with the same letters (the project's own spelling wins)."""
    if not add and not remove and not vocabulary_names:  # as shipped: kept built between runs
        return kept_matcher("names", lambda: _names_matcher((), (), ()))
    return _names_matcher(add, remove, vocabulary_names)


def _names_matcher(add: tuple, remove: tuple, vocabulary_names: tuple[str, ...]) -> Matcher:
    removed = {normalise(r) for r in remove}
    own = {normalise(n) for n in vocabulary_names}
    entries = []
    for raw in terminology_data().get("names", []):
        if normalise(raw["name"]) not in removed | own:
            entries += _name_entries(raw)
    for raw in add:
        entries += _name_entries(raw)
    for name in vocabulary_names:
        entries += _name_entries(name, vocabulary=True)
    return Matcher(entries)


@functools.lru_cache(maxsize=16)
def own_candidates(names: Matcher) -> Candidates:
    """terminology's own scanner, for when the word lists' shared one (wordlist.shared_candidates)
    does not cover its lists (a project's names): one scan of a segment for where a name, a
    house-style word or a spelling of the consistency groups can start: most segments hold none, and the three matchers then skip
    them without lower-casing and scanning the text once each."""
    return Candidates([names, style_matcher(), consistency_matcher()])


def segment_positions(doc, names: Matcher):
    """A function of (index, segment) giving where a name, a house-style word or a spelling of
    the consistency groups can start in the segment. When the word lists' scanner covers all
    three matchers (the shipped lists, after the first document), that is the document's shared
    scan (wordlist.candidates_of), so the segment is not scanned a second time; the scanner's
    other lists add offsets where these matchers' regexes fail, which changes no match.
    Otherwise terminology's own scanner scans each segment."""
    matchers = (names, style_matcher(), consistency_matcher())
    shared = candidates_of(doc)
    if all(shared.scanner.covers(matcher) for matcher in matchers):
        own = shared.only(*matchers)  # the offsets where one of the three can start
        return lambda index, segment: own[index]
    scanner = own_candidates(names)
    return lambda index, segment: scanner.positions(segment.text)


@functools.lru_cache(maxsize=1)
def style_matcher() -> Matcher:
    return kept_matcher("style", _style_matcher)


def _style_matcher() -> Matcher:
    return Matcher([parse_entry(raw, f"terminology style {i + 1}")
                    for i, raw in enumerate(terminology_data().get("style", []))])


def _canonical_form(matched: str, canonical: str) -> str | None:
    """`canonical` laid over the matched text's own spacing, or None when they differ in more
    than capitals."""
    words, names = matched.split(), canonical.split()
    if len(words) != len(names) or any(w.lower() != n.lower() for w, n in zip(words, names)):
        return None
    return canonical if " ".join(words) == matched else None


def _shouted(segment, matched: str) -> bool:
    """ALL CAPS text in a heading or a line mostly in capitals: the writer shouts (or the design
    does), the name is not misspelled."""
    letters = [c for c in matched if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return False
    text_letters = [c for c in segment.text if c.isalpha()]
    upper = sum(c.isupper() for c in text_letters)
    return segment.scope == Scope.HEADING or upper * 2 >= len(text_letters)


def name_hit(segment, match) -> Hit | None:
    entry = match.entry
    canonical = entry.fields["canonical"]
    flagged = " ".join(match.text.split())
    if flagged == canonical or _shouted(segment, flagged):
        return None
    if flagged.islower() and entry.fields.get("common_noun"):
        return None  # 'select it from the dropbox': a drop box, not the product
    if len(flagged) > 2 and flagged.endswith("s") and flagged[:-1].isupper():
        return None  # 'IOs': the plural of an acronym (IO), not iOS
    whose = "the project vocabulary's spelling" if entry.fields.get("vocabulary") else "the owner's spelling"
    hit = Hit(match.start, match.end, f"Write '{canonical}' ({whose}), not '{flagged}'", segment, [canonical],
              context={"source": source_text(entry)})
    if entry.fields.get("variant"):
        hit.rewrite = Rewrite(canonical, Applicability.UNSAFE, f"Replace '{flagged}' with '{canonical}'")
    elif _canonical_form(match.text, canonical) is not None:
        hit.rewrite = Rewrite(canonical, Applicability.SAFE, f"Write '{canonical}'")
    return hit


def style_hit(segment, match) -> Hit:
    entry = match.entry
    flagged = " ".join(match.text.split())
    use = entry.use[0]
    suffix = normalise(match.text)[len(normalise(entry.term.split("(")[0])):]
    replacement = match_case(match.text, use + suffix, position_in_sentence(segment.text, match.start))
    hit = Hit(match.start, match.end, f"Write '{replacement}', not '{flagged}' ({source_text(entry)})", segment,
              [replacement], context={"source": source_text(entry)})
    if entry.fix:
        hit.rewrite = Rewrite(replacement, entry.fix, f"Replace '{flagged}' with '{replacement}'")
    return hit


def reject_hit(segment, match) -> Hit:
    entry = match.entry
    flagged = " ".join(match.text.split())
    if not entry.use:
        return Hit(match.start, match.end, f"'{flagged}' {REJECT_LIST_MESSAGE}", segment)
    preferred = entry.use[0]
    same_letters = preferred.lower() == flagged.lower()
    if not same_letters:
        preferred_here = match_case(match.text, preferred, position_in_sentence(segment.text, match.start)) \
            if preferred[:1].islower() else preferred
    else:
        preferred_here = preferred
    hit = Hit(match.start, match.end, f"'{flagged}' {REJECT_LIST_MESSAGE}: use '{preferred_here}'",
              segment, [preferred_here])
    hit.rewrite = Rewrite(preferred_here, Applicability.SAFE if same_letters else Applicability.UNSAFE,
                          f"Replace '{flagged}' with '{preferred_here}'")
    return hit
