"""Word and phrase lists: loading, term expansion, inflection and one compiled matcher per list.

A term is plain words with two bounded operators and nothing else, so every list compiles to a
regular expression with no repetition of user text (its run time is linear in the input):
  `(a|b)` one of several words or phrases, `(a|)` an optional one;
  a straight apostrophe also matches a curly one.
In the words an entry's conditions look for (`after`, `unless_after`, `unless_before`), a lone `*`
stands for any one word: "keep (*|* *)" is 'keep' and one or two words ("keep your team").
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
from dataclasses import dataclass

from . import built_lists, entries, inflect
from .candidates import LEFT, Candidates, heads_of, lowered_exactly, prefixes_of, shared_scanner, trie_pattern
from .entries import Entry
from ..config.options import term_problem
from ..config.positions import yaml_position
from .ruleset_data import RulesetError, load_ruleset_file, ruleset_path, ruleset_text

__all__ = ["Candidates", "Entry", "RulesetError", "load_ruleset_file", "trie_pattern"]  # read from here by the rules

_RESTORING = threading.Lock()  # Matcher.lookup of a restored list, made once
_GROUP = re.compile(r"\(([^()]*)\)")


def parse_entry(raw, where: str, fields: dict | None = None) -> Entry:
    """An entry checked against the common fields and a rule's `fields` (RulesetError if not)."""
    try:
        return entries.parse_entry(raw, fields)
    except entries.EntryError as exc:
        key = f"{exc.key}: " if exc.key else ""
        raise RulesetError(f"{where}: {key}{exc.message}") from None


def validate_term(term: str, where: str) -> None:
    problem = term_problem(term)
    if problem:
        raise RulesetError(f"{where}: {problem}")


def expand(term: str) -> list[str]:
    """All spellings of a term, normalised: `(a|b) c` -> ["a c", "b c"]."""
    if "(" not in term:  # most terms: one spelling
        only = normalise(term)
        return [only] if only else []
    return [r for r in dict.fromkeys(normalise(text) for text in spellings(term)) if r]


def spellings(term: str) -> list[str]:
    """All spellings of a term as written (case and spaces kept): `(A|B) c` -> ["A c", "B c"]."""
    parts, pos, choices = [], 0, []
    for match in _GROUP.finditer(term):
        parts.append(term[pos:match.start()])
        choices.append(match.group(1).split("|"))
        parts.append(None)
        pos = match.end()
    parts.append(term[pos:])
    results = []
    for combo in itertools.product(*choices) if choices else [()]:
        picks = iter(combo)
        results.append("".join(next(picks) if part is None else part for part in parts))
    return results


def normalise(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


def forms_of(entry: Entry) -> list[tuple[str, str]]:
    """(spelling, verb form) for every way the entry can appear."""
    out = []
    for spelling in expand(entry.term):
        if entry.verb:
            for form in inflect.FORMS:
                out.append((inflect.inflect_phrase(spelling, form), form))
        else:
            out.append((spelling, inflect.BASE))
    return out


def names_entry(removed: set[str], entry: Entry) -> bool:
    """Whether a `remove` phrase (normalised) names `entry`: its term as written, or any phrase it
    flags ('in order to' of the term '(in order to)', 'utilized' of the verb 'utilize')."""
    return normalise(entry.term) in removed or any(spelling in removed for spelling, _ in forms_of(entry))


def unknown_removals(name: str, remove: list, fields: dict) -> list[str]:
    """The phrases of a `remove` list that name no entry of ruleset `name` (a typo removes nothing)."""
    entries = entries_from(load_ruleset_file(name), name, fields)
    return [phrase for phrase in remove if not any(names_entry({normalise(phrase)}, e) for e in entries)]


def ruleset_spellings(name: str, fields: dict) -> set[str]:
    """Every base spelling of ruleset `name`, for a 'did you mean' on a `remove` typo."""
    return {spelling for e in entries_from(load_ruleset_file(name), name, fields) for spelling in expand(e.term)}


ANY_WORD = r"\w[\w'’-]*"  # a lone `*` in a condition: one word (kind24: "keep (*|* *)"), not a lone dash (rev24)


def spelling_pattern(spelling: str) -> str:
    words = spelling.split(" ")
    return r"\s+".join(ANY_WORD if w == "*" else re.escape(w).replace("'", "['’]") for w in words)


def term_pattern(term: str) -> str:
    """Every spelling of a term in word-list syntax (words and `(a|b)` groups) as one regex
    alternation, without anchors: the caller says what must come before and after."""
    return "|".join(spelling_pattern(s) for s in expand(term))


@dataclass
class Match:
    start: int
    end: int
    entry: Entry
    form: str
    text: str


class Matcher:
    """All entries of a word list as one trie-shaped regex, matched whole-word and
    case-insensitively (on lower-cased text).

    Candidates (one scan shared by every list) says where a match can start; the list's regex
    is tried only there. The result is what a longest-first alternation of every spelling,
    between LEFT and RIGHT, would find. Compiling a list's regex is slow (a tenth of a second
    for the largest) but done once: regex_cache keeps compiled patterns between runs.
    """

    LEFT = LEFT  # (candidates.LEFT: what may not come just before a match)
    RIGHT = r"(?![\w]|-\w|\.\w|'\w|’\w)"
    AFTER_REACH = 80  # characters after a match searched for an entry's `after` words

    def __init__(self, entries: list[Entry]):
        self.lookup: dict[str, list[tuple[Entry, str]]] = {}
        self.conditions: dict[str, list[str] | None] = {}
        for entry in entries:
            after = self._after_pattern(entry) if entry.after else None
            for spelling, form in forms_of(entry):
                self.lookup.setdefault(spelling, []).append((entry, form))
                if after is None:
                    self.conditions[spelling] = None
                elif self.conditions.get(spelling, []) is not None:
                    self.conditions.setdefault(spelling, []).append(after)
        self.spellings = frozenset(self.conditions)

    def _condition(self, spelling: str) -> str:
        """The lookahead a spelling needs (its entries' `after`), or "" when it needs none."""
        afters = self.conditions[spelling]
        return "" if afters is None else "(?=\\s+(?:" + "|".join(afters) + ")" + self.RIGHT + ")"

    @functools.cached_property
    def pattern(self) -> str:
        """Every spelling (with its condition) as one regex body shaped as a trie, for
        lower-cased text; kept built between runs (built_lists)."""
        return trie_pattern({s: self._condition(s) for s in sorted(self.spellings)})  # the same every run

    @functools.cached_property
    def regex(self) -> re.Pattern:
        """The longest spelling at a candidate position that is followed by a word boundary."""
        return re.compile(self.pattern + self.RIGHT)

    @functools.cached_property
    def regex_ignorecase(self) -> re.Pattern:
        """The whole list as one regex, for the rare text that lower-casing would shift."""
        return re.compile(f"{self.LEFT}{self.pattern}{self.RIGHT}", re.IGNORECASE)

    @functools.cached_property
    def prefixes(self) -> frozenset[str]:
        """Where the scanners look for this list (Candidates); kept built between runs."""
        return prefixes_of(self.spellings)

    @functools.cached_property
    def heads(self) -> frozenset[str]:
        return heads_of(self.prefixes)

    @functools.cached_property
    def lookup(self) -> dict[str, list[tuple[Entry, str]]]:
        """Only a list restored from its kept copy comes here (__init__ sets the others'): its
        entries are made when a text first matches it (built_lists.restore). Under a lock: from
        Python 3.12 cached_property holds none, and a second thread matching the list before
        the first had stored its lookup found the kept data gone (a KeyError)."""
        with _RESTORING:
            if "lookup" not in self.__dict__:
                self.__dict__["lookup"] = built_lists.restored_lookup(self.__dict__.pop("kept_lookup"))
            return self.__dict__["lookup"]

    def lookup_entries(self) -> list[Entry]:
        """Every entry of the list, once each, in order."""
        return list({id(entry): entry for found in self.lookup.values() for entry, _ in found}.values())

    @functools.cached_property
    def candidates(self) -> Candidates:
        return Candidates([self])

    def _scanner(self) -> Candidates:
        """The scanner shared by every shipped list when it covers this one (one scan of a
        segment serves the matchers that ask for it in turn), else this list's own."""
        shared = shared_scanner()
        return shared if shared.covers(self) else self.candidates

    def _after_pattern(self, entry: Entry) -> str:
        return term_pattern(entry.after)

    def finditer(self, text: str, positions: list[int] | None = None):
        """Matches in `text`, left to right, not overlapping. `positions`, when given, must
        hold every offset where a match can start (Candidates.positions of a covering set)."""
        if not self.spellings or positions == []:
            return
        if positions is None:
            lowered, positions = self._scanner().scan(text)
            if positions == []:  # (most segments: no list can match anywhere in them)
                return
        else:
            lowered = lowered_exactly(text)
        if lowered is None:
            spans = (m.span() for m in self.regex_ignorecase.finditer(text))
        else:
            spans = self._at_positions(lowered, positions or [])
        for start, end in spans:
            found = self._entry_for(text, start, end)
            if found:
                entry, form = found
                yield Match(start, end, entry, form, text[start:end])

    def _at_positions(self, lowered: str, positions: list[int]):
        resume, match = 0, self.regex.match
        for position in positions:
            if position < resume:
                continue
            found = match(lowered, position)
            if found is not None:
                resume = found.end()
                yield position, resume

    def _entry_for(self, text: str, start: int, end: int):
        candidates = self.lookup.get(normalise(text[start:end]), [])
        for entry, form in candidates:
            if not entry.after:
                return entry, form
            tail = text[end:end + self.AFTER_REACH]
            if re.match(r"\s+(?:" + self._after_pattern(entry) + ")" + self.RIGHT, tail, re.I):
                return entry, form
        return None


def entries_from(data: dict, name: str, fields: dict | None = None) -> list[Entry]:
    """The entries of ruleset `name`, each checked against its schema: an error names the
    ruleset file, the line and column, and the key at fault."""
    raw_entries = data.get("entries", [])
    if not isinstance(raw_entries, list):
        raise RulesetError(f"{ruleset_path(name)}{yaml_position(ruleset_text(name), 'entries')}: "
                           "`entries` must be a list")
    parsed = []
    for i, raw in enumerate(raw_entries):
        try:
            parsed.append(entries.parse_entry(raw, fields))
        except entries.EntryError as exc:
            key = f"entries[{i}]" + (f".{exc.key}" if exc.key else "")
            where = yaml_position(ruleset_text(name), key, exc.at_value)
            raise RulesetError(f"{ruleset_path(name)}{where}: {key}: {exc.message}") from None
    return parsed


def build_matcher(name: str, add: list | None = None, remove: list | None = None,
                  fields: dict | None = None) -> Matcher:
    """The matcher of ruleset `name` with config edits; `fields` are the entry fields its rule
    declares (WordListRule.entry_fields)."""
    return _build_matcher(name, freeze(add or []), tuple(normalise(r) for r in remove or []),
                          tuple((fields or {}).items()))


def freeze(value):
    """`value` (config data: dicts and lists) as nested tuples, hashable for a cache key."""
    if isinstance(value, dict):
        return tuple(sorted((k, freeze(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(freeze(v) for v in value)
    return value


def _thaw(value):
    if isinstance(value, tuple) and value and all(isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], str) for v in value):
        return {k: _thaw(v) for k, v in value}
    if isinstance(value, tuple):
        return [_thaw(v) for v in value]
    return value


@functools.lru_cache(maxsize=64)
def _build_matcher(name: str, add: tuple, remove: tuple, fields: tuple) -> Matcher:
    declared = dict(fields)
    if not add and not remove:  # the list as shipped: its built form is kept between runs
        return built_lists.kept_matcher(name, ruleset_text(name), declared, Matcher,
                                        lambda: Matcher(entries_from(load_ruleset_file(name), name, declared)))
    found = entries_from(load_ruleset_file(name), name, declared)
    if remove:
        removed = set(remove)
        found = [e for e in found if not names_entry(removed, e)]
    for i, raw in enumerate(add):
        thawed = _thaw(raw) if isinstance(raw, tuple) else raw
        found.append(parse_entry(thawed, f"config `add` for {name}, entry {i + 1}", declared))
    return Matcher(found)
