"""Built word lists kept between runs, as plainlint.datacache keeps parsed rulesets.

Building a shipped list's matcher (checking each of its entries, expanding and inflecting their
terms, then the regex) cost about 50 ms of CPU in every one-file run, for the same data every
time. The built form is plain data (entries as field tuples, each spelling's condition and
entries by index, the regex), so marshal keeps it beside the ruleset's parsed
copy. A copy is used only when it was built from the same ruleset text, the same entry-field
declarations and the same building code (the stamp holds all three), so an edited ruleset or
an upgrade builds the list again.
"""

from __future__ import annotations

import functools
import zlib
from pathlib import Path
from typing import Callable

from .. import datacache
from ..enums import Applicability
from .entries import Entry
from .ruleset_data import ruleset_text

# The modules whose code decides what a built list holds: a change to any of them is a new stamp.
_BUILDING_CODE = ("wordlists.py", "entries.py", "inflect.py", "built_lists.py", "candidates.py")


@functools.lru_cache(maxsize=1)
def _code_stamp() -> str:
    here = Path(__file__).parent
    return "".join(f"{_file_crc(str(here / name)):08x}:" for name in _BUILDING_CODE) + ruleset_text("irregular-verbs")


@functools.lru_cache(maxsize=None)
def _file_crc(path: str) -> int:
    return zlib.crc32(Path(path).read_bytes())


def kept_matcher(name: str, text: str, declared: dict, matcher_class: type, build: Callable[[], object],
                 built_by: tuple[str, ...] = ()):
    """The matcher of shipped ruleset `name` (whose file holds `text`) with entry fields
    `declared`: restored from its kept copy when that matches, else `build()` (then kept).
    `declared` also tells apart several matchers built from one ruleset; `built_by` names the
    source files of code outside this package that decides what `build` makes."""
    source = datacache.package_file("plainlint.rulesets", f"{name}.yaml")
    try:
        code = _code_stamp() + "".join(f":{_file_crc(path):08x}" for path in built_by)
    except OSError:  # the package is not in a folder (a zip): nothing to stamp or keep
        return shipped(build())
    if source is None:
        return shipped(build())
    fields = repr(sorted(declared.items()))
    copy = source.with_name(f"{source.name}.matcher-{zlib.crc32(fields.encode()):08x}")
    stamp = "\0".join((text, fields, code))
    return shipped(restore(matcher_class, datacache.load(copy, stamp, lambda _text: plain(build()))))


# Every matcher of a shipped list handed out in this process, in order: one scanner serves
# them all (wordlists.shared_scanner). Each is built once (its callers cache it).
SHIPPED: list = []


def shipped(matcher):
    """`matcher`, noted as one of the shipped lists."""
    if not any(known is matcher for known in SHIPPED):
        SHIPPED.append(matcher)
    return matcher


def plain(matcher) -> dict:
    """A matcher as marshal-able data."""
    entries = matcher.lookup_entries()
    index = {id(entry): i for i, entry in enumerate(entries)}
    return {
        "entries": [(e.term, e.use, e.note, e.fix.value if e.fix else None, e.verb, e.after, e.remove,
                     e.fields, list(e.source)) for e in entries],
        "lookup": {spelling: [(index[id(entry)], form) for entry, form in found]
                   for spelling, found in matcher.lookup.items()},
        "conditions": matcher.conditions,
        "pattern": matcher.pattern,
        "prefixes": matcher.prefixes,
        "heads": matcher.heads,
    }


def restore(matcher_class: type, data: dict):
    """The matcher `plain` made `data` from. Its entries and lookup are made the first time a
    text matches it (Matcher.lookup, restored_lookup): most lists match nothing in a short file,
    and making every entry of every list was 5 ms of a one-file run."""
    matcher = matcher_class.__new__(matcher_class)
    matcher.kept_lookup = (data["entries"], data["lookup"])
    matcher.conditions = data["conditions"]
    matcher.spellings = frozenset(matcher.conditions)
    for name in ("pattern", "prefixes", "heads"):
        matcher.__dict__[name] = data[name]
    return matcher


def restored_lookup(kept: tuple) -> dict:
    """A restored matcher's lookup: spelling -> [(entry, form)], from the data `plain` kept."""
    rows, lookup = kept
    entries = [Entry(term, list(use), note, Applicability(fix) if fix else None, verb, after, remove,
                     dict(fields), tuple(source))
               for term, use, note, fix, verb, after, remove, fields, source in rows]
    return {spelling: [(entries[i], form) for i, form in found] for spelling, found in lookup.items()}
