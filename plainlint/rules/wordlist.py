"""The generic word-list check: flag each entry of a ruleset, suggest its plain alternatives."""

from __future__ import annotations

import functools
from typing import ClassVar, Iterator

from .. import wordlists as rulesets
from ..document import Document
from ..inflect import inflect_phrase, match_case
from .base import Hit, Option, Rule, inside_any, quoted_spans

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
        """A rule's own condition on a match (its sentence, the words around it); all by default."""
        return True

    def suggestions_for(self, match: rulesets.Match) -> list[str]:
        entry = match.entry
        out = []
        for use in entry.use:
            text = inflect_phrase(use, match.form) if entry.verb else use
            out.append(match_case(match.text, text))
        return out

    def hit_for(self, segment, match: rulesets.Match) -> Hit:
        entry = match.entry
        suggestions = self.suggestions_for(match)
        flagged = " ".join(match.text.split())
        hit = Hit(match.start, match.end, self.message(flagged, entry, suggestions), segment, suggestions)
        if entry.remove and entry.fix:
            self._removal_fix(hit, segment, match)
        elif entry.fix and suggestions:
            hit.replacement = suggestions[0]
            hit.applicability = entry.fix
            hit.fix_message = f"Replace '{flagged}' with '{suggestions[0]}'"
        return hit

    def _removal_fix(self, hit: Hit, segment, match: rulesets.Match) -> None:
        """Delete a minimiser and the space after it; repair the next word's capital."""
        text = segment.text
        end = match.end
        while end < len(text) and text[end] in " \t":
            end += 1
        if end >= len(text) or not text[end].isalpha() or end == match.end:
            return
        next_char = text[end]
        if match.text[0].isupper():
            next_char = next_char.upper()
        hit.fix_span = (match.start, end + 1)
        hit.replacement = next_char
        hit.applicability = match.entry.fix
        hit.fix_message = f"Remove '{match.text}'"


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
