"""The common words of other languages (rulesets/spelling-stopwords.txt, `word lang,lang`: the
stopwords of stopwords-iso's Latin-alphabet languages, MIT, built by
scripts/build_spelling_stopwords.py), read once for every reader of them: the spelling rule's
runs in another language (rules/spelling_language.py) and a language code in a file name
(reading/readers/file_locale.py)."""

from __future__ import annotations

import functools

STOPWORDS_FILE = "spelling-stopwords.txt"


@functools.lru_cache(maxsize=1)
def stopword_languages() -> dict[str, tuple[str, ...]]:
    """Each word of the list and the languages it is a common word of, loaded on first use."""
    from ..datacache import ruleset_bytes

    text = ruleset_bytes(STOPWORDS_FILE).decode("utf-8")
    lines = (line.partition(" ") for line in text.splitlines() if line and not line.startswith("#"))
    return {word: tuple(languages.split(",")) for word, _, languages in lines}
