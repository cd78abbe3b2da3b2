"""The generic word-list check: flag each entry of a ruleset, suggest its plain alternatives."""

from __future__ import annotations

import functools
import re
from typing import ClassVar, Iterator

from .. import wordlists as rulesets
from ..document import Document
from ..inflect import capital_here, inflect_phrase, match_case, starts_with_pronoun_i
from ..nlp.sentences import MID_SENTENCE, UNIT_START, position_in_sentence
from .base import Hit, Option, Rewrite, Rule, inside_any, quoted_spans

WORDLIST_OPTIONS = {
    "add": Option([], "extra entries: a term string or {term, use, note, fix, verb, after}"),
    "remove": Option([], "terms of the built-in list to drop"),
    "flag-quoted": Option(False, "also flag terms inside quotation marks (mentions)"),
}


class WordListRule(Rule):
    ruleset: ClassVar[str]
    options = WORDLIST_OPTIONS
    fixable = True

    def message(self, flagged: str, entry: rulesets.Entry, suggestions: list[str]) -> str:
        raise NotImplementedError

    def check(self, doc: Document, options: dict) -> Iterator[Hit]:
        matcher = rulesets.build_matcher(self.ruleset, options.get("add"), options.get("remove"))
        flag_quoted = options.get("flag-quoted", False)
        shared = shared_candidates()
        positions = doc.cached("wordlist-candidates", lambda: [shared.positions(s.text) for s in doc.segments])
        if not shared.covers(matcher):
            positions = [None] * len(doc.segments)
        for segment, where in zip(doc.segments, positions):
            quotes = None
            for match in matcher.finditer(segment.text, where):
                if not flag_quoted:
                    if quotes is None:
                        quotes = quoted_spans(segment)
                    if inside_any(match.start, match.end, quotes):
                        continue
                hit = self.hit_for(segment, match)
                if self.keep(doc, hit, match.entry):
                    yield hit

    def keep(self, doc: Document, hit: Hit, entry: rulesets.Entry) -> bool:
        """`unless_after` in the data drops a match after certain words: "most simply" and
        "cannot easily" are not minimisers, "the impact" is a noun, not the verb."""
        pattern = entry.extra.get("unless_after")
        if not pattern:
            return True
        before = hit.segment.text[max(0, hit.start - 40):hit.start]
        return preceded_by(str(pattern)).search(before) is None

    def suggestions_for(self, match: rulesets.Match, position: str = UNIT_START) -> list[str]:
        """The entry's alternatives, inflected like the match, with the capitals of its place."""
        entry = match.entry
        out = []
        for use in entry.use:
            text = inflect_phrase(use, match.form) if entry.verb else use
            out.append(match_case(match.text, text, position))
        return out

    def hit_for(self, segment, match: rulesets.Match) -> Hit:
        entry = match.entry
        position = position_in_sentence(segment.text, match.start)
        suggestions = self.suggestions_for(match, position)
        flagged = " ".join(match.text.split())
        hit = Hit(match.start, match.end, self.message(flagged, entry, suggestions), segment, suggestions)
        if entry.remove and entry.fix:
            self._removal_fix(hit, segment, match, position)
        elif entry.fix and suggestions and not reads_as_a_name(match.text, position) \
                and not strands_what_follows(segment.text, match, suggestions[0]):
            hit.rewrite = Rewrite(suggestions[0], entry.fix, f"Replace '{flagged}' with '{suggestions[0]}'")
        return hit

    def _removal_fix(self, hit: Hit, segment, match: rulesets.Match, position: str) -> None:
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
            next_char = next_char.upper()
        hit.rewrite = Rewrite(next_char, match.entry.fix, f"Remove '{match.text}'", (match.start, end + 1))


@functools.lru_cache(maxsize=256)
def preceded_by(term: str) -> re.Pattern:
    """A term in word-list syntax (words and `(a|b)` groups), matched just before a hit."""
    spellings = "|".join(rulesets.spelling_pattern(s) for s in rulesets.expand(term))
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
_NOT_ING_FORMS = {"during", "morning", "evening", "nothing", "something", "anything", "everything",
                  "thing", "ceiling", "string", "spring", "king", "ring", "wing", "pudding"}


def reads_as_a_name(flagged: str, position: str) -> bool:
    """A capital inside a sentence (not the pronoun 'I') marks a name or a label on screen:
    'Generali Global Assistance', 'click **Remediate**', 'turn on Utilize Commitments'. The
    finding stays, but the words are not replaced: the name would no longer match the thing."""
    return position == MID_SENTENCE and flagged[:1].isupper() and not starts_with_pronoun_i(flagged)


def strands_what_follows(text: str, match: rulesets.Match, replacement: str) -> bool:
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
    if ending is None or _ending(replacement) == ending:
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


@functools.lru_cache(maxsize=1)
def shared_candidates() -> rulesets.Candidates:
    """One scanner for every built-in word list, so a document is scanned once, not per rule."""
    names = tuple(sorted({cls.ruleset for cls in _subclasses(WordListRule) if hasattr(cls, "ruleset")}))
    return rulesets.candidates_for(names)


def _subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found
