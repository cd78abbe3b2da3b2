"""dead-end (issue 31, replies): a message that leaves the customer no way back to a person."""

from __future__ import annotations

import functools
import re

from ..linting.ruleset_data import load_ruleset_file
from ..reading.document import Document
from ..enums import Category
from ._replies import Reply, links_in, phrases, whole_replies_holding, same_sentence, tags_in, trimmed
from .base import Hit, Rule

RULESET = "dead-end"
# An e-mail address or a web address written out (the readers mask most of them to one word).
_ADDRESS = re.compile(r"(?i)https?://|\bwww\.|[\w.+-]@[\w-]+\.\w|mailto:|\b[\w-]+\.(?:com|org|net|io|co|help|support|app|dev)\b")
# A phone number: seven digits or more, in groups ("0800 123 4567", "+44 20 7946 0000", "1-800-555-0199").
# Not a number right after '#': an order, ticket or case number ("order #1234567890", trial17).
_PHONE = re.compile(r"(?<![\w.#])\+?\(?\d[\d().\s-]{5,}\d(?![\w])")
_CHEAP = re.compile(r"(?i)repl|respon|monitor|unattended|no-?reply|incoming|closed|clos|resolv|solved|mark|\d{3}")


@functools.lru_cache(maxsize=1)
def dead_end_data() -> dict:
    raw = load_ruleset_file(RULESET)
    return {"no_reply": phrases(raw["no_reply"]), "closings": phrases(raw["closings"]),
            "phone_asks": phrases(raw["phone_asks"]), "routes": phrases(raw["routes"]),
            "check_backs": phrases(raw["check_backs"]),
            "route_links": re.compile("|".join(re.escape(str(w)) for w in raw["route_links"]), re.I)}


def phone_number(text: str) -> re.Match | None:
    return next((m for m in _PHONE.finditer(text) if sum(ch.isdigit() for ch in m.group()) >= 7), None)


def is_phone(text: str) -> bool:
    return phone_number(text) is not None


class DeadEnd(Rule):
    code = "PL212"
    name = "dead-end"
    category = Category.TONE
    summary = "A message with no way back to a person: 'do not reply', a closing with no check-back, phone only (replies)"
    rationale = (
        "'Please do not reply to this email' with no other way to reach anyone leaves a customer "
        "with a problem nowhere to go. So does 'I've resolved your ticket' with no 'reply if this "
        "didn't fix it', and a phone number as the only way to get help (a customer who cannot "
        "call, or is deaf, or abroad, is stuck). Every message should leave a way back to a person: "
        "a reply that is read, a contact link, a chat, an e-mail address. The whole message is read "
        "(each macro of an export on its own). Only replies are checked; the phrases are in "
        "rulesets/dead-end.yaml."
    )
    bad = (
        "Hi Sam,\n\nYour password was changed.\n\nPlease do not reply to this email.",
        "Hi Sam,\n\nI've resolved your ticket.\n\nThanks,\nAlex",
        "Hi Sam,\n\nFor help, call us on 0800 123 4567.\n\nThanks,\nAlex",
    )
    good = (
        "Hi Sam,\n\nYour password was changed. Please do not reply to this email; if you didn't make "
        "this change, contact us at help.example.com.",
        "Hi Sam,\n\nI've resolved your ticket. If this didn't fix it, reply to this email and it will reopen.",
        "Hi Sam,\n\nFor help, call us on 0800 123 4567 or email help@example.com.",
    )
    fix_safety = "No automatic fix: only the writer knows how customers can reach a person."
    per_kind = {"article": {"severity": "off"}}

    def check(self, doc: Document, options: dict):
        data = dead_end_data()
        for reply in whole_replies_holding(doc, _CHEAP):
            no_reply = self._first(reply, data["no_reply"])
            closing = self._first(reply, data["closings"])
            phone = next(((s, m) for s in reply.sentences if not s.quoted and data["phone_asks"].search(s.text)
                          for m in [phone_number(s.text)] if m is not None), None)
            if no_reply is None and closing is None and phone is None:
                continue
            linked = self._linked(doc, reply)
            if no_reply is not None and not linked and not self._route(reply, data, no_reply, phone_counts=True):
                yield self._hit(no_reply, "tells the customer not to reply and gives no other way to reach a "
                                "person: add one ('Questions? Contact us at ...')")
            if closing is not None and not self._check_back(reply, data, closing):
                yield self._hit(closing, "closes the conversation with no check-back: add 'If this didn't fix it, "
                                "reply to this email and I'll pick it up'")
            if phone is not None and no_reply is None and not linked \
                    and not self._route(reply, data, None, phone_counts=False):
                yield self._hit(phone, "a phone number is the only way to get help: add a way for customers "
                                "who cannot call (a reply, an e-mail address, a chat or contact form)")

    @staticmethod
    def _first(reply: Reply, pattern: re.Pattern):
        for sentence in reply.sentences:
            if sentence.quoted:
                continue
            match = pattern.search(sentence.text)
            if match is not None:
                return sentence, match
        return None

    @staticmethod
    def _hit(found, message: str) -> Hit:
        sentence, match = found
        start, end = trimmed(sentence.segment, sentence.start + match.start(), sentence.start + match.end())
        return Hit(start, end, f"'{' '.join(sentence.segment.text[start:end].split())}' {message}", sentence.segment)

    @staticmethod
    def _linked(doc: Document, reply: Reply) -> bool:
        """A link, address or template tag in the reply that leads to support."""
        words = dead_end_data()["route_links"]
        if any(words.search(f"{e.href} {e.text}") for e in links_in(doc, reply)):
            return True
        if any(words.search(tag) for tag in tags_in(doc, reply)):
            return True
        for sentence in reply.sentences:
            where = sentence.segment.to_source(sentence.start, sentence.end)
            if _ADDRESS.search(doc.source.text[where.start:where.end]):
                return True
        return False

    @staticmethod
    def _route(reply: Reply, data: dict, found, phone_counts: bool) -> bool:
        """A way to reach a person in the reply, outside the words that shut one."""
        for sentence in reply.sentences:
            text = sentence.text
            if found is not None and same_sentence(sentence, found[0]):
                text = text[:found[1].start()] + " " + text[found[1].end():]
            if data["routes"].search(text) or (phone_counts and is_phone(text)):
                return True
        return False

    @staticmethod
    def _check_back(reply: Reply, data: dict, found) -> bool:
        for sentence in reply.sentences:
            if not same_sentence(sentence, found[0]) and sentence.text.rstrip().rstrip("\"'”’)]").endswith("?") \
                    and not sentence.quoted:
                return True
            if data["check_backs"].search(sentence.text):
                return True
        return DeadEnd._route(reply, data, found, phone_counts=True)
