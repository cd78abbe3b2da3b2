"""blame (PL204): wording that puts the fault on the customer or sounds defensive."""

from __future__ import annotations

from .base import Option
from .passive_voice import is_participle, lexicon
from .wordlist import WordListRule
from ..enums import Category
from .tone_context import next_word, sentence_of


class Blame(WordListRule):
    code = "PL204"
    name = "blame"
    category = Category.TONE
    ruleset = "blame"
    entry_fields = {
        "participle_next": Option(False, "count the entry only before a past participle "
                                         "('you should have checked', not 'you should have a list')"),
        "not_in_sentence": Option([], "phrases that make the sentence a checkpoint, not a reproach "
                                      "('at this point'); a leading ^ matches at the sentence start only"),
    }
    summary = "Wording that puts the fault on the customer or sounds defensive"
    rationale = (
        "A customer who writes in already feels the problem is theirs to solve. 'You failed to "
        "verify your domain', 'as I already said' or 'that's our policy' add blame and defensiveness "
        "to the problem and end the conversation instead of moving it on. Support style guides ask "
        "the writer to own the problem: say what happened, then what you can do ('Here's what we can "
        "do: ...'). The facts stay the same; the reply stops arguing with the reader."
    )
    bad = (
        "You failed to verify your domain, so the emails bounced.",
        "As I already said, refunds take a week.",
        "Unfortunately, there is nothing we can do.",
    )
    good = (
        "The domain is not verified yet, so the emails bounced. Here's how to verify it:",
        "Refunds take up to 7 days to reach your card.",
        "Here's what we can do: we can extend your trial by 14 days.",
    )
    fix_safety = "No automatic fix: an owning rewrite changes the sentence, not a word."

    def keep(self, doc, hit, entry):
        """'you should have checked' blames; 'you should have a list' and 'should have been' do not."""
        if not super().keep(doc, hit, entry):  # unless_after / unless_before
            return False
        if entry.fields["participle_next"]:
            word = next_word(hit)
            if word == "been" or not is_participle(word, lexicon()):
                return False
        phrases = tuple(entry.fields["not_in_sentence"])
        if not phrases:
            return True
        sentence = sentence_of(doc, hit)  # by sentence and phrases: once, not per hit (lin27)
        return doc.cached_for("blame_not_in_sentence", (sentence, phrases), lambda: not _holds_any(sentence, phrases))

    def message(self, flagged, entry, suggestions):
        advice = f"try '{suggestions[0]}'" if suggestions else (entry.note or "say what happened and what you can do")
        return f"'{flagged}' puts the fault on the reader or sounds defensive: {advice}"


def _holds_any(sentence: str, phrases: tuple[str, ...]) -> bool:
    """One of `phrases` in the sentence (lower case, spaces as one; '^' first: at its start)."""
    sentence = " ".join(sentence.lower().split())
    return any(sentence.startswith(phrase[1:]) if phrase.startswith("^") else phrase in sentence for phrase in phrases)
