"""no-way-forward (issue 31, replies): a refusal with nothing the customer can do next."""

from __future__ import annotations

import functools
import re

from ..linting.ruleset_data import load_ruleset_file
from ..reading.document import Document
from ..reading.kinds import is_subject_line_file
from ..enums import Category
from ._replies import phrases, whole_replies_holding, trimmed
from .base import Hit, Rule
from ..regex_cache import longest_first

RULESET = "no-way-forward"


# A sentence adverb that ties the step to the sentence before ("This request has been blocked.
# However, if this was not you, please change your password": check16's security notice).
_CONNECTIVE = r"(?:(?:however|otherwise|instead|alternatively|meanwhile|in that case|in the meantime|that said)\s*,\s*)?"


@functools.lru_cache(maxsize=1)
def forward_data() -> dict:
    raw = load_ruleset_file(RULESET)
    verbs = "|".join(longest_first({re.escape(str(v)) for v in raw["imperatives"]}))
    confirmations = "|".join(f"(?:{c})" for c in raw["confirmations"])
    return {"refusals": phrases(raw["refusals"]), "not_refusals": phrases(raw["not_refusals"]),
            "confirmation": re.compile(rf"\W*(?:{confirmations})\W*", re.I),
            "ways": phrases(raw["ways_forward"]),
            "imperative": re.compile(r"^\W*" + _CONNECTIVE + r"(?:(?:to|if|when|once|for|in|after|before)\b[^,.;]{0,80},\s*)?(?:(?:please|just|simply|kindly|then|so|or|and|first|instead)\W+)*(?:"
                                     + verbs + r")\b(?!\s*:)", re.I)}  # "Email: ..." is a field's label


_CHEAP = re.compile(r"(?i)n[o’']t|unable|declin|denied|reject|refus|cancel|closed|suspend|terminat|"
                    r"eligib|refundable|no longer|decision|disabled|deactivat|banned|voided|blocked|unsuccessful")
# "..., but I can add the amount as store credit": a way forward in the refusal's own sentence.
_TURN = re.compile(r"(?i)(?:,|;|—|–|-)?\s*\b(?:but|however|though|although|instead|so)\b")


def is_refusal(text: str) -> re.Match | None:
    data = forward_data()
    match = data["refusals"].search(text)
    if match is None or data["not_refusals"].search(text):
        return None
    return match


def confirms(sentence) -> bool:
    """Whether a sentence is only a confirmation ("Done!"), so the next one reports the customer's
    request carried out ("Done! Your order has been cancelled."), not a refusal (user36)."""
    return sentence is not None and forward_data()["confirmation"].fullmatch(sentence.text) is not None


def offers_a_way(text: str) -> bool:
    """A question, an option, a step or something we will do for the customer."""
    data = forward_data()
    stripped = text.rstrip().rstrip("\"'”’)]")
    return stripped.endswith("?") or data["ways"].search(text) is not None \
        or data["imperative"].match(text) is not None


class NoWayForward(Rule):
    code = "PL210"
    name = "no-way-forward"
    category = Category.TONE
    summary = "A refusal with nothing the customer can do next (replies)"
    rationale = (
        "'Unfortunately we can't refund digital purchases after 14 days.' closes the door and "
        "leaves the customer to write again, or to leave. Support guides teach pairing every no "
        "with a way on: an alternative, an option to choose from, a step the customer can take, "
        "or a question ('We can't refund this one, but I can add the amount as store credit "
        "today or swap it for another title. Which suits you?'). The whole reply is read (each "
        "macro of an export on its own): the refusal is reported only when no sentence of the "
        "reply offers a step, an option, an alternative or a question. A request carried out "
        "('successfully cancelled', 'at your request', 'Done! Your order has been cancelled.') is "
        "a confirmation, not a refusal. Only replies are checked; "
        "the refusal and way-forward phrases are in rulesets/no-way-forward.yaml."
    )
    bad = (
        "Hi Sam,\n\nUnfortunately we can't refund digital purchases after 14 days.\n\nThanks,\nAlex",
        "Hi Sam,\n\nYour refund request has been declined because the item was used.\n\nRegards,\nJo",
    )
    good = (
        "Hi Sam,\n\nWe can't refund this one, but I can add the amount as store credit today or swap "
        "it for another title. Which suits you?\n\nThanks,\nAlex",
        "Hi Sam,\n\nYour refund request has been declined because the item was used. You can "
        "still sell it back through our trade-in page.\n\nRegards,\nJo",
    )
    fix_safety = "No automatic fix: only the writer knows what the customer can do instead."
    per_kind = {"article": {"severity": "off"}}

    def check(self, doc: Document, options: dict):
        if is_subject_line_file(doc.source.path):
            return  # a subject line names what happened; the step is in the body, another file
        for reply in whole_replies_holding(doc, _CHEAP):
            refusal = previous = None
            for sentence in reply.sentences:
                if sentence.quoted:
                    continue
                match = None if confirms(previous) else is_refusal(sentence.text)
                previous = sentence
                if match is not None:
                    turn = _TURN.search(sentence.text, match.end())
                    if turn is not None and offers_a_way(sentence.text[turn.end():]):
                        refusal = False
                        break
                    refusal = refusal or sentence
                elif offers_a_way(sentence.text):
                    refusal = False
                    break
            if refusal:
                start, end = trimmed(refusal.segment, refusal.start, refusal.end)
                yield Hit(start, end, (
                    "a refusal with no way forward: offer a next step, an alternative or a choice "
                    "('..., but I can ... today. Which suits you?')"), refusal.segment)
