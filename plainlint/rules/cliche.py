from .wordlist import WordListRule
from ..enums import Applicability, Category


class Cliche(WordListRule):
    code = "PL102"
    name = "cliche"
    category = Category.CLICHE
    fix_levels = (Applicability.UNSAFE,)
    ruleset = "cliche"
    summary = "Canned support phrases that read as scripted and say nothing"
    rationale = (
        "Customers have read 'we apologize for any inconvenience' and 'your call is important to us' "
        "so often that the phrases now signal the opposite of what they say: a script, not a person. "
        "Replacing them with what happened, what you are doing and what the customer can expect "
        "next makes the reply shorter and more trustworthy."
    )
    bad = (
        "We apologize for any inconvenience this may have caused.",
        "Please do not hesitate to contact us if you have questions.",
    )
    good = (
        "Sorry that the export failed. We fixed the bug this morning.",
        "If you have questions, reply to this email.",
    )
    fix_safety = ("Unsafe where a shorter phrase keeps the meaning; the rewrite needs a human read. The "
                  "replacement takes the capital of its place in the sentence ('Hi Sam, sorry about this'); a "
                  "phrase that the next words hang on ('any inconvenience caused by the delay', '... that "
                  "you saw') is reported without a fix.")

    def message(self, flagged, entry, suggestions):
        advice = f"try '{suggestions[0]}'" if suggestions else "say what happened and what happens next"
        note = f"; {entry.note}" if entry.note else ""
        return f"'{flagged}' is a canned phrase: {advice}{note}"
