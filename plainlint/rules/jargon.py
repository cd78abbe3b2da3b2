from .wordlist import WordListRule
from ..enums import Applicability, Category


class Jargon(WordListRule):
    code = "PL101"
    name = "jargon"
    category = Category.JARGON
    fix_levels = (Applicability.SAFE, Applicability.UNSAFE)
    ruleset = "jargon"
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

    def message(self, flagged, entry, suggestions):
        advice = f"use '{suggestions[0]}'" if len(suggestions) == 1 else (
            "use " + ", ".join(f"'{s}'" for s in suggestions[:3]) if suggestions else "say it plainly")
        note = f" ({entry.note})" if entry.note else ""
        return f"'{flagged}' is harder to read than it needs to be: {advice}{note}"
