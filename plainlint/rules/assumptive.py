from .wordlist import WordListRule
from ..enums import Category


class Assumptive(WordListRule):
    code = "PL202"
    name = "assumptive"
    category = Category.ASSUMPTIVE
    ruleset = "assumptive"
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


    def message(self, flagged, entry, suggestions):
        if entry.remove:
            return f"'{flagged}' assumes the step is easy for the reader: delete it"
        advice = f"use '{suggestions[0]}'" if suggestions else "delete it or say what the reader needs"
        note = f" ({entry.note})" if entry.note else ""
        return f"'{flagged}' assumes what the reader knows or finds easy: {advice}{note}"
