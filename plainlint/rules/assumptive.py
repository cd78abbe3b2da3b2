import dataclasses
import functools
import re

from ..linting import wordlists as rulesets
from .base import Option
from .wordlist import WordListRule
from ..enums import Applicability, Category


@functools.lru_cache(maxsize=64)
def _followed_by(term: str) -> re.Pattern:
    """A term in word-list syntax matched just after a hit ("simply| put")."""
    spellings = "|".join(rulesets.spelling_pattern(s) for s in rulesets.expand(term))
    return re.compile(r"[\s,]+(?:" + spellings + r")(?![\w'’])", re.I)


# "or" and a comma just before the hit: "Or, just reply" offers an alternative, as "or just X" does
# (`unless_after: or` in the data; the comma must not hide it).
_OR_COMMA = re.compile(r"(?:^|[^\w'’])or\s*,\s*\Z", re.I)


class Assumptive(WordListRule):
    code = "PL202"
    name = "assumptive"
    category = Category.ASSUMPTIVE
    ruleset = "assumptive"
    entry_fields = {
        "unless_before": Option(None, "words after the term that make it no minimiser "
                                      "('simply put', 'simply means'), term syntax", kind="term"),
        "safe_before": Option(None, "words after the term before which deleting it is a safe fix "
                                    "(the verbs of a step: 'click', 'open'), term syntax", kind="term"),
    }
    summary = "Words that assume the task is easy or the reader already knows"
    rationale = (
        "A reader who is stuck and reads 'simply click Save' or 'obviously, you need to restart' is "
        "told that the problem is them. Minimisers ('simply', 'just', 'easy') and knowledge claims "
        "('as you know', 'of course') add no instruction, and they make a frustrated customer feel "
        "talked down to. Delete them: the step is the same without them."
    )
    bad = (
        "Simply click Save and you are done.",
        "Obviously, you need to restart the app.",
        "Just click the gear icon.",
    )
    good = (
        "Click Save.",
        "Restart the app.",
        "This was just released last week.",
    )
    fix_safety = "Safe for minimisers before a verb ('simply', 'just'): they are deleted and the next word's capital is repaired."

    def keep(self, doc, hit, entry) -> bool:
        """`unless_after` (every word list): "most simply", "cannot easily" and "they just use"
        are not minimisers aimed at the reader. `unless_before`: "simply put" is an idiom,
        "simply means" is "merely", "just let us know" offers help rather than calling a step easy."""
        if not super().keep(doc, hit, entry):
            return False
        if re.search(r"\bor\b", str(entry.fields.get("unless_after") or "")) \
                and _OR_COMMA.search(hit.segment.text, 0, hit.start):
            return False  # "Or, just reply to this e-mail": the same alternative as "or just reply"
        pattern = entry.fields["unless_before"]
        return not (pattern and _followed_by(str(pattern)).match(hit.segment.text, hit.end))

    def hit_for(self, segment, match, doc):
        """A safe removal only before a verb of the reader's step (`safe_before` in the data):
        "Simply click Save" -> "Click Save". Elsewhere ("Simply enough, ...") the removal may
        break the sentence, so it is offered as unsafe."""
        hit = super().hit_for(segment, match, doc)
        pattern = match.entry.fields["safe_before"]
        if hit.rewrite is not None and hit.rewrite.applicability == Applicability.SAFE and pattern \
                and not _followed_by(str(pattern)).match(segment.text, hit.end):
            hit.rewrite = dataclasses.replace(hit.rewrite, applicability=Applicability.UNSAFE)
        return hit

    def message(self, flagged, entry, suggestions):
        if entry.remove:
            return f"'{flagged}' assumes the step is easy for the reader: delete it"
        advice = f"use '{suggestions[0]}'" if suggestions else "delete it or say what the reader needs"
        note = f" ({entry.note})" if entry.note else ""
        return f"'{flagged}' assumes what the reader knows or finds easy: {advice}{note}"
