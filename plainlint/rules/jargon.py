import re

from .base import Option
from .wordlist import WordListRule
from ..enums import Category
from ..nlp.sentences import MID_SENTENCE, position_in_sentence

# "click Modify Type", "click Yes, Modify": a capitalised word inside a sentence right after a
# verb of clicking (with at most two capitalised words before it) names an on-screen control,
# which the reader must find as it is spelled (sample B).
_CONTROL_BEFORE = re.compile(r"\b(?i:click|clicking|clicked|select|selecting|tap|tapping|choose|choosing|press|pressing)"
                             r"\s+(?:[A-Z][\w'’]*,?\s+){0,2}\Z")

# "so kind as to wait", "in such a way as to keep": 'so/such' and one or two words before 'as to'
# make one construction (to the extent of), where 'as to' is not the preposition 'about' replaces.
_SO_BEFORE_AS_TO = re.compile(r"\b(?i:so|such)\s+(?:[\w'’-]+\s+){1,2}\Z")


# "this is determined by your server URL": a past participle after a form of "be" with "by" after
# it is a passive, where an entry's `use_when_passive` fits better than its active verbs ('set by',
# not 'found out by'; trial4, held-out Bitwarden help).
# "It can be determined by running cmd.exe" is the finding-out sense: after "can", "could", "may" or
# "might" the entry's own advice stays ("can be found out by running").
_BE_BEFORE = re.compile(r"\b(?i:is|are|was|were|be|been|being)\s+(?:[\w'’]+ly\s+)?\Z")
_CAN_BE_BEFORE = re.compile(r"\b(?i:can|could|may|might|cannot|can't)\s+(?:[\w'’]+ly\s+)?(?i:be)\s+(?:[\w'’]+ly\s+)?\Z")
_BY_AFTER = re.compile(r"\s+(?i:by)\b")


def _passive_with_by(text: str, start: int, end: int) -> bool:
    before = max(0, start - 60)
    return text[start:end].lower().endswith(("ed", "en")) and _BY_AFTER.match(text, end) is not None \
        and _BE_BEFORE.search(text, before, start) is not None and _CAN_BE_BEFORE.search(text, before, start) is None


def _so_as_to(text: str, start: int, end: int) -> bool:
    return " ".join(text[start:end].lower().split()) == "as to" and \
        _SO_BEFORE_AS_TO.search(text, max(0, start - 40), start) is not None


class Jargon(WordListRule):
    code = "PL101"
    name = "jargon"
    category = Category.JARGON
    ruleset = "jargon"
    entry_fields = {
        "use_when_passive": Option([], "participles to suggest instead of `use` in a passive with 'by' ('is "
                                       "determined by your plan' -> 'is set by'), where the active verbs fit "
                                       "poorly", kind="strings"),
    }
    summary = "Complex words and wordy phrases that have a plain alternative"
    rationale = (
        "Customers read help content while something is going wrong, often in a second language "
        "and often on a phone. Formal words such as 'utilize', 'commence' or 'prior to' make them "
        "work harder for no gain in meaning, and wordy phrases ('in order to', 'in the event that') "
        "add length without adding information. Plain words are read faster and translate better."
    )
    bad = (
        "Please utilize the export button prior to upgrading.",
        "In order to reset your password, open Settings.",
    )
    good = (
        "Please use the export button before upgrading.",
        "To reset your password, open Settings.",
    )
    fix_safety = (
        "Safe where the entry's meaning is preserved word for word ('utilize' -> 'use', 'prior to' -> "
        "'before', 'in order to' -> 'to'), keeping inflection and capitals. Unsafe where the swap needs "
        "a read ('initiate' -> 'start', 'have the ability to' -> 'can'); other entries only suggest."
    )

    def keep(self, doc, hit, entry) -> bool:
        if not super().keep(doc, hit, entry):
            return False
        text = hit.segment.text
        if _so_as_to(text, hit.start, hit.end):
            return False
        if not text[hit.start:hit.start + 1].isupper() or position_in_sentence(text, hit.start) != MID_SENTENCE:
            return True
        return _CONTROL_BEFORE.search(text, max(0, hit.start - 60), hit.start) is None

    def hit_for(self, segment, match, doc):
        """In a passive with 'by', the entry's `use_when_passive` words replace its suggestions."""
        hit = super().hit_for(segment, match, doc)
        passive = match.entry.fields.get("use_when_passive")
        if passive and _passive_with_by(segment.text, match.start, match.end):
            flagged = " ".join(match.text.split())
            hit.message, hit.suggestions = self.describe(doc, flagged, match.entry, list(passive))
            hit.rewrite = None
        return hit

    def message(self, flagged, entry, suggestions):
        advice = f"use '{suggestions[0]}'" if len(suggestions) == 1 else (
            "use " + ", ".join(f"'{s}'" for s in suggestions[:3]) if suggestions else "say it plainly")
        note = f" ({entry.note})" if entry.note else ""
        return f"'{flagged}' is harder to read than it needs to be: {advice}{note}"
