"""unowned-commitment and vague-timeline answer as they did before lin27 made them linear in a
sentence's phrases (tests/running/test_linear_rules.py). The old readings are kept here only; random
sentences of the words they look for (seed 2703), compared at every phrase."""

from __future__ import annotations

import random
import re
from types import MethodType, SimpleNamespace

from plainlint.reading.document import Document
from plainlint.rules import unowned_commitment, vague_timeline
from plainlint.rules.unowned_commitment import _names_an_owner_after, _skip_space, commitment_data

_OLD_OWNER_WHO = unowned_commitment._OWNER_WHO


def _old_unowned_spans(text: str) -> list[tuple[int, int]]:
    """unowned_spans before lin27: every expression searched `text[:start]`."""
    data = commitment_data()
    cases = "|".join(re.escape(str(s)) for s in unowned_commitment.load_ruleset_file("unowned-commitment")["case_subjects"])
    case_or_this = re.compile(rf"(?i)\b(?:this|it|that)\s*$|\b(?:{cases})\b")
    found: list[tuple[int, int]] = []
    for key in ("agent", "case", "person", "follows", "handoff"):
        for match in data[key].finditer(text):
            start, end = match.span()
            before = text[:start]
            if key == "handoff" and not (data["case_subject"].search(before) or (
                    data["vague_to"].match(text, end) and data["any_subject"].search(before))):
                continue
            if key == "case" and not case_or_this.search(before):
                continue
            if key in ("case", "person") and _names_an_owner_after(text, _skip_space(text, end), data):
                continue
            if key == "case":
                owner = _OLD_OWNER_WHO.search(before)
                if owner is not None and (owner.group("word") or "").lower() not in data["unnamed"]:
                    continue
            if not any(s < end and start < e for s, e in found):
                found.append((start, end))
    return sorted(found)


_WORDS = ["this", "it", "that", "your ticket", "the bug report", "your message", "the e-mail", "Dana,", "Dana",
          "X", "X X", "someone", "who", "will", "will be", "be", "handled", "looked into", "reviewed", "by me",
          "by someone", "has been", "passed on", "forwarded", "to the relevant team", "to Dana", "a colleague",
          "will follow up", "our team", "will get back to you", "you will be", "contacted", "more information",
          "will follow", "and", ",", ".", "\n", "if", "unless", "whether", "shortly", "soon", "(", ")", "—", "we'll"]


def _sentences(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 30))) for _ in range(count)]


def test_unowned_spans_read_back_as_they_read_from_the_start():
    promised = 0
    for text in _sentences(2703, 6000):
        old = _old_unowned_spans(text)
        assert unowned_commitment.unowned_spans(text) == old, text
        promised += bool(old)
    assert promised > 500


_OLD_CLAUSE_BREAK = re.compile(r"[.,;:!?()\n—–]")


def _old_in_condition(text: str, start: int) -> bool:
    before = text[:start]
    breaks = list(_OLD_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    return vague_timeline._CONDITION_START.match(clause) is not None


def test_a_phrase_in_a_condition_is_found_from_the_segments_breaks_as_it_was_from_the_text_before_it():
    conditions = 0
    for index, text in enumerate(_sentences(2703, 1500)):
        doc = SimpleNamespace(_cache={})
        doc.cached, doc.cached_for = MethodType(Document.cached, doc), MethodType(Document.cached_for, doc)
        segment = SimpleNamespace(text=text, key=index)
        for start in [m.start() for m in re.finditer(r"\w+", text)] + [len(text)]:
            old = _old_in_condition(text, start)
            assert vague_timeline._in_condition(doc, SimpleNamespace(segment=segment, start=start)) == old, (text, start)
            conditions += old
    assert conditions > 300
