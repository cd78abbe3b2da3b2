"""inclusive: words that assume who the reader is; honorifics guessed in front of a placeholder."""

from __future__ import annotations

import functools
import re

from ..reading.offsets import PLACEHOLDER
from ..linting.ruleset_data import load_ruleset_file
from .base import Hit, Option
from .wordlist import WordListRule, followed_by
from ..enums import Category


class Inclusive(WordListRule):
    code = "PL203"
    name = "inclusive"
    category = Category.INCLUSIVE
    ruleset = "inclusive"
    summary = "Language that assumes who the reader is (gender, family, ability) or excludes people"
    rationale = (
        "Support content is read by everyone. 'Dear Sir' guesses a gender, 'your husband' guesses a "
        "family, 'guys' addresses a group as men, and terms such as 'whitelist' or 'sanity check' "
        "carry meanings some readers find hurtful. Neutral words cost nothing and never guess wrong."
    )
    bad = (
        "Dear Sir or Madam, thank you for your message.",
        "Ask your husband to add you as a member.",
        "Add the domain to the whitelist.",
    )
    good = (
        "Hello, thank you for your message.",
        "Ask your partner to add you as a member.",
        "Add the domain to the allowlist.",
    )
    fix_safety = "Unsafe: a neutral word usually fits, but the sentence deserves a read."
    entry_fields = {
        "capitalised_name": Option(False, "capitalised inside a sentence the term is a name, not the word "
                                          "(Postman the API tool, GNU Mailman)"),
        "group_noun": Option(None, "the term is an adjective standing for a group of people ('the aged'): it "
                                   "counts before these words, before punctuation or at the end; before any "
                                   "other word it describes that noun ('the Aged Receivables report'), "
                                   "term syntax", kind="term"),
    }

    def keep(self, doc, hit, entry) -> bool:
        if entry.fields.get("capitalised_name") and (_capitalised_inside_a_sentence(hit)
                                                     or _a_name_elsewhere_in_the_document(doc, hit)):
            return False
        if _describes_a_noun(hit.segment.text, hit.end, entry.fields.get("group_noun")):
            return False
        return super().keep(doc, hit, entry)

    def check(self, doc, options):
        spans = []
        for hit in super().check(doc, options):
            spans.append((hit.segment.key, hit.start, hit.end))
            yield hit
        for hit in honorific_hits(doc):
            if not any(key == hit.segment.key and start < hit.end and hit.start < end for key, start, end in spans):
                yield hit

    def message(self, flagged, entry, suggestions):
        advice = "use " + " or ".join(f"'{s}'" for s in suggestions[:3]) if suggestions else "rephrase"
        note = f" ({entry.note})" if entry.note else ""
        return f"'{flagged}' assumes who the reader is or may exclude people: {advice}{note}"


_NEXT_WORD = re.compile(r"[ \t\u00a0]+[\w'’]")


def _describes_a_noun(text: str, end: int, group_words) -> bool:
    """Whether a group-noun term (entry field `group_noun`) is followed by a word other than its
    `group_words` (the verbs, conjunctions and prepositions after a group of people): that word is
    the noun the adjective describes ('the Aged Payables report', 'the aged debt')."""
    return bool(group_words) and _NEXT_WORD.match(text, end) is not None \
        and followed_by(str(group_words)).match(text, end) is None


def _capitalised_inside_a_sentence(hit) -> bool:
    """A capital not owed to the start of a sentence (or of a heading, list item or cell)."""
    text = hit.segment.text
    return text[hit.start:hit.start + 1].isupper() and _after_words_of_its_sentence(text, hit.start)


_OPENING_MARKS = " \t*_\"'“‘("


def _after_words_of_its_sentence(text: str, at: int) -> bool:
    """Whether the last character before `at`, past spaces, emphasis marks, opening quotes and
    brackets, is one of its sentence's words: not a sentence's end, a colon or a line break, nor
    the segment's start. Read backwards from `at`, where copying the text before each match (to
    strip it) made a long segment of many matches quadratic (rev19a)."""
    index = at - 1
    while index >= 0 and text[index] in _OPENING_MARKS:
        index -= 1
    return index >= 0 and text[index] not in ".!?:\n"


def _a_name_elsewhere_in_the_document(doc, hit) -> bool:
    """A capitalised term at a sentence's or heading's start ('### Postman Collection') that the same
    document capitalises inside a sentence too ('import our Postman collection') is that name
    (trial9: BugSplat's API page, labelled FP)."""
    word = hit.segment.text[hit.start:hit.end]
    if not word[:1].isupper():
        return False

    def inside_a_sentence() -> bool:
        pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
        for segment in doc.segments:
            for match in pattern.finditer(segment.text):
                if _after_words_of_its_sentence(segment.text, match.start()):
                    return True
        return False
    return doc.cached(f"inclusive-name-inside-a-sentence:{word}", inside_a_sentence)


@functools.lru_cache(maxsize=1)
def honorific_pattern() -> re.Pattern:
    names = "|".join(re.escape(h) for h in load_ruleset_file("inclusive")["honorifics"])
    one = rf"(?:{names})\.?"
    return re.compile(rf"(?<![\w.])({one}(?:\s*/\s*{one})*)[ \t\u00a0]+(?=X)")


def honorific_hits(doc):
    """'Dear Mrs. {{ last_name }}': a template fills in the name, so the title is a guess."""
    pattern = honorific_pattern()
    for segment in doc.segments:
        if "X" not in segment.text:
            continue
        for match in pattern.finditer(segment.text):
            at = match.end()
            pieces = segment.map.pieces_in(at, at + 1)
            if not pieces or pieces[0].kind != PLACEHOLDER:
                continue
            title = match.group(1)
            yield Hit(match.start(1), match.end(1), (
                f"'{title}' in front of a name placeholder guesses the reader's gender or marital status: "
                "greet by first or full name instead"), segment)
