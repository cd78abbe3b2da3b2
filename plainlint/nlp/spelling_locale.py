"""American and British spellings of one word, for the spelling rule's `variant` option (issue 33).

The table is `rulesets/spelling-variants.txt`, built by `scripts/build_spelling_variants.py` from
cspell's MIT en_GB and en_US word lists (SCOWL-derived): one row a word, its other-variant
spelling(s) most used first, and the variant whose writers should not use it. It is read only
when a run asks for a variant (`rules: {spelling: {variant: en-US}}`), once per process, and only
the rows of that variant are kept.
"""

from __future__ import annotations

import functools
from pathlib import Path

from .. import datacache

VARIANTS = ("any", "en-US", "en-GB")
TABLE = "spelling-variants.txt"

# What the flagged word is, by the variant the project writes.
OTHER_VARIANT = {"en-US": "British", "en-GB": "American"}
LANGUAGE = {"en-US": "American", "en-GB": "British"}


def _table() -> tuple[Path | None, bytes]:
    path = datacache.package_file("plainlint.rulesets", TABLE)
    if path is not None:
        return path, path.read_bytes()
    import importlib.resources  # a package not in a folder (a zip)

    return None, (importlib.resources.files("plainlint.rulesets") / TABLE).read_bytes()


def parse(text: str, variant: str) -> dict[str, tuple[str, ...]]:
    """The rows of `variant`: flagged word (lower case) -> its suggestions, most used first."""
    wanted = "\t" + variant
    table: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line.endswith(wanted) or line.startswith("#"):
            continue
        word, suggestions, _ = line.split("\t")
        table[word] = tuple(suggestions.split("|"))
    return table


@functools.lru_cache(maxsize=2)
def other_spellings(variant: str) -> dict[str, tuple[str, ...]]:
    """Words a project writing `variant` ('en-US' or 'en-GB') should not use, each with the
    spelling(s) of its own variant. Empty for 'any'."""
    if variant not in OTHER_VARIANT:
        return {}
    path, data = _table()
    # Kept as a marshal copy per variant beside the rulesets (plainlint.datacache): a dict of
    # 3,000 rows loads in about a millisecond, where splitting the table's lines takes ten.
    copy = None if path is None else path.with_name(f"spelling-variants-{variant}")
    return datacache.load(copy, data, functools.partial(_parse_bytes, variant=variant))


def _parse_bytes(data: bytes, variant: str) -> dict[str, tuple[str, ...]]:
    return parse(data.decode("utf-8"), variant)
