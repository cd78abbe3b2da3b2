"""Word-list entries and their schema.

Every entry of a ruleset's `entries:` (and of a rule's `add:` in config) is checked against the
fields every word list knows (ENTRY_FIELDS) plus the fields its rule declares
(`WordListRule.entry_fields`); an unknown key or a value of the wrong kind is an error naming
the key. A rule reads its own fields from `Entry.fields`, which holds every declared field
(its default when the entry leaves it out) and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..enums import Applicability
from ..config.options import did_you_mean, option_problem
from ..rules.base import Option

ENTRY_FIELDS: dict[str, Option] = {
    "term": Option("", "the words to flag, with (a|b) for one of several and (a|) for an optional one",
                   kind="term"),
    "use": Option([], "plain alternatives, most likely first (a string or a list)", kind="phrases"),
    "note": Option("", "advice shown when there is no alternative, or beside it"),
    "fix": Option(None, "whether --fix (safe) or only --unsafe-fixes (unsafe) applies the first alternative",
                  kind="string", choices=tuple(Applicability)),
    "verb": Option(False, "the term is a verb: match and suggest its other forms (utilized, utilizing)"),
    "after": Option(None, "count the term only before these words (term syntax)", kind="term"),
    "remove": Option(False, "the fix deletes the term (a minimiser such as 'simply')"),
    "source": Option([], "where the entry comes from (a URL or a style guide), or why it is there",
                     kind="phrases"),
}


class EntryError(Exception):
    """An entry that does not fit its schema: `key` is the field at fault ("" for the entry),
    `at_value` whether the position to report is the value rather than the key."""

    def __init__(self, key: str, message: str, at_value: bool = True):
        super().__init__(message)
        self.key, self.message, self.at_value = key, message, at_value


@dataclass
class Entry:
    """One word-list entry. `use` lists plain alternatives; `fix` is None, "safe" or "unsafe";
    `fields` holds the fields the entry's rule declares (see WordListRule.entry_fields)."""

    term: str
    use: list[str] = field(default_factory=list)
    note: str = ""
    fix: Applicability | None = None
    verb: bool = False
    after: str | None = None
    remove: bool = False  # the fix deletes the term (a minimiser such as "simply")
    fields: dict = field(default_factory=dict)
    source: tuple[str, ...] = ()


def check_entry(raw, rule_fields: dict[str, Option] | None = None) -> dict:
    """The entry as a mapping ({term: ...} for a bare string), after checking it against the
    common fields and `rule_fields`; raises EntryError."""
    bare = isinstance(raw, str)  # a term alone: errors name the entry, not a `term` key
    if bare:
        raw = {"term": raw}
    if not isinstance(raw, dict):
        raise EntryError("", "an entry is a term string or a mapping such as {term: ..., use: [...]}")
    declared = {**ENTRY_FIELDS, **(rule_fields or {})}
    for key in raw:
        if key not in declared:
            raise EntryError(str(key), f"unknown key{did_you_mean(key, declared)} (known: {', '.join(sorted(declared))})",
                             at_value=False)
    if not isinstance(raw.get("term"), str) or not raw["term"].strip():
        raise EntryError("term" if "term" in raw else "", "an entry needs a `term` string")
    for key, value in raw.items():
        problem = option_problem(declared[key], value)
        if problem:
            raise EntryError("" if bare else str(key), problem)
    return raw


def parse_entry(raw, rule_fields: dict[str, Option] | None = None) -> Entry:
    raw = check_entry(raw, rule_fields)
    use = raw.get("use", [])
    fix = raw.get("fix")
    after = raw.get("after")
    source = raw.get("source", ())
    declared = rule_fields or {}
    return Entry(
        term=raw["term"].strip(),
        use=[use] if isinstance(use, str) else list(use),
        note=str(raw.get("note", "")),
        fix=Applicability(fix) if fix is not None else None,
        verb=bool(raw.get("verb", False)),
        after=None if after is None else str(after),
        remove=bool(raw.get("remove", False)),
        fields={key: raw.get(key, option.default) for key, option in declared.items()},
        source=(source,) if isinstance(source, str) else tuple(source),
    )
