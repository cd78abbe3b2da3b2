"""filler (PL103): hedges and fillers that add words and no meaning ('basically', 'to be honest')."""

from __future__ import annotations

import re

from .base import Option
from .wordlist import WordListRule
from ..enums import Category
from ..nlp.sentences import MID_SENTENCE, position_in_sentence

# Word lists that already flag some of the same words: a span one of them flags is left to it.
_DEFER_TO = ("assumptive", "jargon", "cliche", "blame")
# A word whose capital would be wrong after a deletion: 'iOS', 'eBay', 'macOS'.
_INNER_CAPITAL = re.compile(r"[a-z]+[A-Z]")
# A second 'that' clause joined to the first later in the sentence ('Note that X, but that Y'):
# it hangs on the deleted verb too, so deleting 'Note that' would leave 'X, but that Y'.
_JOINED_THAT_CLAUSE = re.compile(r"[^.!?]*?\b(?:and|but|or)\s+that\b", re.I)


# The word before an entry that opens with 'to': a conjunction opens a clause ("and to be honest"),
# any other word ("try", "better", "forces you") takes the entry as its infinitive (user34).
_WORD_BEFORE = re.compile(r"([\w'’-]+)\s+\Z")
_CONJUNCTIONS = {"and", "but", "or", "so", "yet", "because", "though", "although", "if", "when", "while", "since"}


# A perfect 'have' (and 'been' after it) just before an entry, and 'been' just after one.
_PERFECT_BEFORE = re.compile(r"(?:(?:^|[^\w'’])(?:have|has|had|having)|\w['’]ve)(?:\s+been)?\s+\Z", re.I)
_WORD_AFTER = re.compile(r"\s+(?:been\s+)?([\w'’]+)")


# A clause that asks whether the action worked ('To verify that you have successfully ...', 'If you
# have successfully ...'): there the adverb tells success from failure.
_ASKS_IF_IT_WORKED = re.compile(r"\b(?:verify|verifies|verified|verifying|validate|validates|confirm|confirms|check|checks|"
                                r"ensure|ensures|sure|whether|if|test|tests)\b[^.;:!?]*\Z", re.I)


def _inside_a_perfect(text: str, start: int, end: int) -> bool:
    """Whether the words at start..end stand between a perfect 'have' and its past participle
    ('have successfully deactivated', 'has successfully been updated', 'have been successfully
    moved'): the perfect already reports the result. Not in a clause asking whether it worked
    (_ASKS_IF_IT_WORKED), nor after 'was' ('whether the report was successfully uploaded')."""
    if not _PERFECT_BEFORE.search(text[max(0, start - 30):start]) \
            or _ASKS_IF_IT_WORKED.search(text[max(0, start - 80):start]):
        return False
    after = _WORD_AFTER.match(text, end)
    from .wordlist import is_verb_form

    return after is not None and not after.group(1).lower().endswith("ing") and is_verb_form(after.group(1))


def _takes_an_infinitive(text: str, start: int) -> bool:
    """Whether a word other than a conjunction stands right before `start` (no punctuation between)."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1).lower() not in _CONJUNCTIONS


class Filler(WordListRule):
    code = "PL103"
    name = "filler"
    category = Category.JARGON
    ruleset = "filler"
    entry_fields = {
        "start_only": Option(False, "count the entry only at the start of a sentence ('Note that ...'; "
                                    "'and note that the file is read-only' asks the reader to notice)"),
        "clause_start_only": Option(False, "count the entry only at a clause's start: a sentence's, after "
                                           "punctuation or after a conjunction ('and to be honest'); after "
                                           "another word it is an infinitive ('try to be honest')"),
        "perfect_only": Option(False, "count the entry only between a perfect 'have' and its past participle "
                                      "('have successfully deactivated'; not 'was successfully uploaded')"),
    }
    summary = "Hedges and fillers that add words and no meaning ('basically', 'to be honest')"
    rationale = (
        "Fillers make a customer read more words to get the same answer. 'Basically', 'to be honest' and "
        "'I just wanted to let you know that' delay the point, and a hedge can read as doubt ('to be honest' "
        "suggests the rest was not). plainlanguage.gov asks writers to omit unnecessary words; write-good "
        "lists these as weasel words. Start with the point. Words another rule already flags ('please be "
        "advised that', 'needless to say', 'just click') are left to it, so one span gets one finding."
    )
    bad = (
        "Basically, the export runs every night at 02:00.",
        "To be honest, the old plan was cheaper.",
        "Note that the export can take a few minutes.",
    )
    good = (
        "The export runs every night at 02:00.",
        "The report shows the emails that were actually opened.",
        "Save the file and note that it is read-only.",
    )
    # Per kind (issue 29): a filler delays the answer a customer is waiting for in a reply; in an
    # article a bare "Note that" is a long-standing convention of reference pages (75 of the
    # rule's 101 corpus findings, all right on the labels but low-stakes), so it informs there.
    per_kind = {"article": {"severity": "info"}}
    fix_safety = ("Safe where deleting the words keeps the grammar: an opener at the start of a sentence "
                  "('Basically, the export runs' -> 'The export runs', the next word takes the capital) or "
                  "an adverb alone ('we really appreciate' -> 'we appreciate'). An opener inside a sentence "
                  "('is, basically, free') gets no fix; 'to be honest' without its comma and 'for what it's "
                  "worth' inside a sentence are unsafe.")

    def keep(self, doc, hit, entry) -> bool:
        if not super().keep(doc, hit, entry):
            return False
        if entry.fields["start_only"] and position_in_sentence(hit.segment.text, hit.start) == MID_SENTENCE:
            return False
        if entry.fields["clause_start_only"] and _takes_an_infinitive(hit.segment.text, hit.start):
            return False
        if entry.fields["perfect_only"] and not _inside_a_perfect(hit.segment.text, hit.start, hit.end):
            return False
        return not any(start < hit.end and hit.start < end for start, end in _flagged_elsewhere(doc, hit.segment))

    def hit_for(self, segment, match, doc):
        """No fix for an opener with its comma inside a sentence ('is, basically, free' would
        become 'is, free'), nor where the next word's capital cannot be repaired ('iOS') or
        is not prose (inline code, a template tag)."""
        hit = super().hit_for(segment, match, doc)
        if hit.rewrite is None or hit.rewrite.span is None:
            return hit
        position = position_in_sentence(segment.text, match.start)
        if (match.text.endswith(",") and position == MID_SENTENCE) or _leaves_a_joined_clause(segment.text, match):
            hit.rewrite = None
            return hit
        next_at = hit.rewrite.span[1] - 1  # a removal replaces the deleted words and the next letter
        next_word = re.match(r"[\w'’-]+", segment.text[next_at:])
        if next_word is None or _INNER_CAPITAL.match(next_word.group()) or not _is_plain_text(doc, segment, next_at):
            hit.rewrite = None
        return hit

    def message(self, flagged, entry, suggestions):
        if entry.fields["perfect_only"]:
            return f"'{flagged}' is filler: the verb after it already says it is done; delete it"
        if entry.remove:
            advice = "delete it and start with the point"
        else:
            advice = entry.note or "start with the point"
        return f"'{flagged}' is filler: {advice}"


def _is_plain_text(doc, segment, offset: int) -> bool:
    """Whether the segment character at `offset` is the same character in the source (not the
    stand-in of inline code or a masked template tag)."""
    span = segment.to_source(offset, offset + 1)
    return doc.source.text[span.start:span.end] == segment.text[offset:offset + 1]


def _flagged_elsewhere(doc, segment) -> list[tuple[int, int]]:
    """Spans of the segment that the word lists in _DEFER_TO flag with their built-in entries."""
    return doc.cached_for("filler-deferred", segment.key, lambda: _flagged_by_deferred_rules(doc, segment))


def _flagged_by_deferred_rules(doc, segment) -> list[tuple[int, int]]:
    from . import find_rule

    spans = []
    for name in _DEFER_TO:
        rule = find_rule(name)
        for match in rule.matcher().finditer(segment.text, None):
            hit = rule.hit_for(segment, match, doc)
            if rule.keep(doc, hit, match.entry):
                spans.append((match.start, match.end))
    return spans


def _leaves_a_joined_clause(text: str, match) -> bool:
    """Whether deleting a phrase that ends in 'that' would orphan a 'that' clause joined to its
    own later in the sentence ('Note that this is a best effort, but that in some cases ...')."""
    return match.text.lower().endswith("that") and _JOINED_THAT_CLAUSE.match(text, match.end) is not None
