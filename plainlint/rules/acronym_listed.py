"""undefined-acronym's listed tier (acr22): the trade abbreviations of rulesets/acronyms-listed.yaml,
each with the words it stands for, so a finding can offer them."""

from __future__ import annotations

import functools
import re

from ..linting.ruleset_data import load_ruleset_file

LISTED = "listed"  # the rule's default mode: only abbreviations of the list
ALL = "all"  # every run of capitals nobody has defined (the rule before acr22)
MODES = (LISTED, ALL)


@functools.lru_cache(maxsize=1)
def listed_abbreviations() -> dict[str, tuple[str, ...]]:
    """Lower-cased letters -> the words they stand for (one, or two where the trade uses both)."""
    data = load_ruleset_file("acronyms-listed")
    listed = {str(letters).lower(): tuple(words) if isinstance(words, list) else (str(words),)
              for group in data["listed"].values() for letters, words in group.items()}
    listed.update({str(letters).lower(): (str(entry["words"]),) for letters, entry in data["in_context"].items()})
    return listed


@functools.lru_cache(maxsize=1)
def contexts() -> dict[str, re.Pattern]:
    """Letters listed only in their trade's context (acr23b) -> the words that must follow them:
    "PO number" is a purchase order, a "PO file" gettext's, a "PO Box" a post box."""
    raw = load_ruleset_file("acronyms-listed")["in_context"]
    return {str(letters).lower(): re.compile(r"[ \t]*(?:" + "|".join(
        re.escape(word) + (r"\b" if word[-1].isalnum() else "") for word in entry["next"]) + ")", re.I)
            for letters, entry in raw.items()}


def in_its_context(text: str, end: int, letters: str) -> bool:
    """Letters listed only in context (`in_context`) are followed, at `end`, by one of their words;
    any other listed letters are always in context."""
    pattern = contexts().get(letters)
    return pattern is None or pattern.match(text, end) is not None


@functools.lru_cache(maxsize=256)
def _words_pattern(words: str) -> re.Pattern:
    """The words with spaces, hyphens or nothing between them ('service-level agreement', a
    'stockkeeping unit' for a stock keeping unit: dictionaries and products write both)."""
    parts = [_SPELLINGS.get(word.lower(), re.escape(word)) for word in re.split(r"[\s-]+", words)]
    return re.compile(r"\b" + r"[\s-]*".join(parts) + r"s?\b", re.I)


# British and American spellings of the list's words: a US page writes 'center' and 'license';
# and 'multi-factor', as many sign-in pages hyphenate Microsoft's 'multifactor' (acr23, seed 248).
_SPELLINGS = {"centre": "cent(?:re|er)", "licence": "licen[cs]e", "multifactor": r"multi[\s-]?factor"}


def written_in_full(text: str, letters: str) -> bool:
    """The document writes out (one of) the words the listed letters stand for."""
    return any(_words_pattern(words).search(text) for words in listed_abbreviations().get(letters, ()))


def names_a_product_line(text: str, letters: str) -> bool:
    """The page writes the letters joined to a model number (AHT10, AHT2x, GA4): there they name
    a product line (a sensor family, Google Analytics 4), not the trade's abbreviation, as
    `_is_candidate` reads any capitals with a digit as a model or product code. The support
    tiers (L1, T2) hold their digit already and are left to their own context rule."""
    return letters.isalpha() and re.search(rf"\b{letters.upper()}\d+[xX]?\b", text) is not None


def explained_on_page(text: str, letters: str) -> bool:
    """What the page writes leaves nothing to spell out: the words themselves, or the letters as
    a numbered product line's name."""
    return written_in_full(text, letters) or names_a_product_line(text, letters)


def shown_text(doc) -> str:
    """The text the listed tier looks for the words in: the source as its reader meets it. Front
    matter counts only by the fields a site shows, those read as prose (`title`, `description`, a
    home page's hero: readers/markdown.py): 'keywords: multi-factor authentication' explains MFA
    to no reader, as acr23's seed-248 label said and acr24 counted on both corpora."""
    front = doc.front_matter
    if front is None:
        return doc.source.text
    shown = "\n".join(segment.text for segment in doc.segments if segment.context.get("front_matter"))
    return shown + "\n" + doc.source.text[front[1]:]


def only_listed(candidates: list[tuple], text: str, letters_of) -> list[tuple]:
    """The candidates ((index, segment, match, lower-cased letters)) whose listed letters (`letters_of`,
    '' when not listed) stand in their context (in_its_context) and the document `text` does not
    explain (explained_on_page). Each letters' words are looked for once: looked for at each use, a page saying 'SLA' in 3,200 paragraphs took 47 s."""
    written: dict[str, bool] = {}
    kept = []
    for candidate in candidates:
        letters = letters_of(candidate[-1])
        if letters and letters not in written:
            written[letters] = explained_on_page(text, letters)
        if letters and not written[letters] and in_its_context(candidate[1].text, candidate[2].end(), letters):
            kept.append(candidate)
    return kept


def listed_message(word: str, letters: str) -> str:
    """The finding's message with the words to write: 'service level agreement (SLA)'."""
    full = " or ".join(f"'{words} ({word})'" for words in listed_abbreviations()[letters])
    return (f"'{word}' is not spelled out in this document: write {full} at its first use, or the "
            "plain words alone (add it to `known` if every reader knows it)")
