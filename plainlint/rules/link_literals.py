"""Link text that names a literal, not a place: one code span as the whole text (check38, seed 346).

link_text's vague-text check asks this before it calls a text vague: `[`view`](#open-websiteapp)`
names an action and `[`url`](#stanza-url)` a key, while `[`here`](...)` still points (the
pointing words are `pointing_link_words` in rulesets/accessibility.yaml).
"""

from __future__ import annotations

import functools

from .alt_text import data


@functools.lru_cache(maxsize=1)
def _pointing_words() -> frozenset[str]:
    return frozenset(data()["pointing_link_words"])


def literal_in_code(doc, element, key: str) -> bool:
    """Link text that is one code span names a literal, not a place: an action, command, field or
    key (`[`view`](#open-websiteapp)`, `[`info`](reference-info)`, `[`url`](#stanza-url)`: check38,
    seed 346). A pointing word set in code (`[`here`](...)`) still points."""
    if element.text.strip() != "X" or element.text_start is None or element.text_end is None:
        return False  # inline code is read as "X" (_link_text_and_span)
    source = doc.source.text[element.text_start:element.text_end].strip()
    in_code = source.startswith("`") and source.endswith("`") or source.lower().startswith("<code")
    return in_code and not set(key.split()) & _pointing_words()
