"""The known misspellings alone, for the spelling rule's `mode: known` (PL502, issue 33).

A run in known mode reads only the misspelling -> correction(s) table that the dictionary
(plainlint/nlp/spelling.py) builds, never its 82,765 word counts: the table is kept as its own
marshal copy beside the rulesets, made from the same files and rebuilt when any of them changes
(a misspelling that the dictionary knows as a word is left out, as there).
"""

from __future__ import annotations

import functools
from pathlib import Path

from .. import datacache
from .spelling import built_misspellings, source_parts


@functools.lru_cache(maxsize=1)
def known_misspellings() -> dict[str, tuple[str, ...]]:
    """Each known misspelling (lower case) and its corrections, loaded once per process."""
    parts = source_parts()

    def misspellings_with_both_lists(_stamp) -> dict[str, tuple[str, ...]]:  # renamed when the table changes
        return built_misspellings(parts)

    return datacache.load(_cache_name(), b"\0".join(parts), misspellings_with_both_lists)


def _cache_name() -> Path | None:
    """rulesets/__pycache__/spelling-misspellings.<python>.marshal."""
    path = datacache.package_file("plainlint.rulesets", "spelling.yaml")
    return None if path is None else path.with_name("spelling-misspellings")
