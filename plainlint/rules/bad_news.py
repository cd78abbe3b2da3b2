"""bad-news-tone (issue 30, replies): an exclamation mark or a run of emoji on bad news."""

from __future__ import annotations

import functools
import re

from ..linting.ruleset_data import load_ruleset_file
from ..reading.document import Document
from ..reading.kinds import REPLY
from ..enums import Applicability, Category, Scope
from ..nlp.sentences import sentences_of
from .agent_lines import AGENT_LINES_ONLY, said_segments
from .base import Hit, Rewrite, Rule, inside_any, quoted_spans
from ..regex_cache import longest_first

_EMOJI_CHAR = "[\U0001F300-\U0001FAFF\u2600-\u27BF\U0001F000-\U0001F2FF]"
_EMOJI = _EMOJI_CHAR + "(?:\uFE0F|[\U0001F3FB-\U0001F3FF])?(?:\u200D" + _EMOJI_CHAR + "\uFE0F?)*"
# The run of '!' at the end (quotes, brackets and emoji after it): tried only where a run starts and
# taken whole ('!+' tried every start of a long run and backed off from each: 16,000 '!' in a reply
# took 7 CPU-s, 16x per 4x; lin27, benchmarks/rule_sweep.py).
_EXCLAMATION = re.compile(r"(?<!!)!++(?=[\"'”’)\]]*\s*(?:" + _EMOJI + r"\s*)*$)")


_CLAUSE_END = r"(?=\s*(?:[.!?,;:)\"”’]|$|(?:and|but|so|now|again)\b))"


def _phrases(words, at_clause_end=()) -> re.Pattern:
    def body(entries):
        return "|".join(r"\s+".join(map(re.escape, str(w).replace("'", "’").split())) for w in
                        longest_first(entries))
    alternatives = body(words) + ("|(?:" + body(at_clause_end) + ")" + _CLAUSE_END if at_clause_end else "")
    return re.compile(r"(?<![\w’])(?:" + alternatives + r")(?![\w’])", re.I)


@functools.lru_cache(maxsize=1)
def tone_data() -> dict:
    raw = load_ruleset_file("bad-news-tone")
    run = max(1, int(raw["emoji_run"]))
    return {"bad": _phrases(raw["bad_news"]), "good": _phrases(raw["good_news"], raw.get("good_news_at_clause_end", ())),
            "interjection": re.compile(r"^\W*(?:" + "|".join(re.escape(w) for w in raw["interjections"]) + r")\b", re.I),
            "emoji": re.compile(r"(?:" + _EMOJI + r"\s*){" + str(run) + r",}")}


def is_bad_news(text: str) -> bool:
    """A sentence holding a bad-news word and no good-news word (apostrophes read alike)."""
    data = tone_data()
    text = text.replace("'", "’")
    return data["bad"].search(text) is not None and data["good"].search(text) is None


class BadNewsTone(Rule):
    code = "PL208"
    name = "bad-news-tone"
    category = Category.TONE
    summary = "An exclamation mark or a run of emoji on bad news (replies)"
    rationale = (
        "'Your subscription has been suspended!' reads as cheerful or as alarm, and 'Oops!' before a "
        "failed payment makes light of the customer's problem. Bad news lands better in a calm voice: "
        "a full stop, the news in plain words, and what happens next. A run of emoji on bad news "
        "undercuts it the same way, and a screen reader reads every one aloud by name. Replies "
        "are checked (macros, saved replies, e-mail templates); the words that make a sentence bad "
        "news, and those that make it good news again, are in rulesets/bad-news-tone.yaml. In an "
        "article only the lines it gives the agent to say are read: a paragraph or item that is one "
        "quotation in the first person, a short one under a heading of lines to say, or an agent's "
        "turn in a script ('Agent: ...'), in a plain code fence too, or a line in the first person "
        "after a label that names it ('Example: ...')."
    )
    bad = (
        "Hi Sam,\n\nYour subscription has been suspended!",
        "Hi Sam,\n\nOops! We couldn't process your order.",
        "Hi Sam,\n\nYour order has been cancelled 😢😢",
    )
    good = (
        "Hi Sam,\n\nYour subscription has been suspended. Here's how to restore it.",
        "Hi Sam,\n\nWe couldn't process your order because the card expired. Please add a new card.",
        "Hi Sam,\n\nYour order has shipped! 🎉",
    )
    fix_safety = "Unsafe: the exclamation mark becomes a full stop; the rest needs a writer."
    fix_levels = (Applicability.UNSAFE,)
    options = AGENT_LINES_ONLY
    # Off in articles until session 16 (hold16): a training page's model lines are replies.
    per_kind = {"article": {"agent-lines-only": True}}

    def check(self, doc: Document, options: dict):
        data = tone_data()
        for segment, lines in said_segments(doc, options):
            if segment.scope in (Scope.ALT, Scope.TITLE, Scope.HEADING) or not _may_hold_news(segment.text):
                continue
            sentences = sentences_of(doc, segment)
            quotes = quoted_spans(segment, in_reply=doc.kind == REPLY)
            for index, sentence in enumerate(sentences):
                if not _said(sentence, quotes, lines):
                    continue
                bad = is_bad_news(sentence.text)
                yield from self._exclamation(segment, sentence)
                following = sentences[index + 1].text if index + 1 < len(sentences) else ""
                yield from _interjection(data, segment, sentence, bad, following)
                previous = sentences[index - 1].text if index else ""
                yield from _emoji(data, segment, sentence, bad, previous)

    def _exclamation(self, segment, sentence):
        mark = _EXCLAMATION.search(sentence.text)
        if mark is None or _starts_with_interjection(sentence.text):
            return
        begin = _clause_start(sentence.text, mark.start())
        if not is_bad_news(sentence.text[_after_turn(sentence.text, begin, mark.start()):mark.start()]):
            return
        start, end = sentence.start + mark.start(), sentence.start + mark.end()
        hit = Hit(sentence.start + begin, end, (
            "an exclamation mark on bad news sounds cheerful or alarmed: end the sentence with a full "
            "stop and say what happens next"), segment, ["."])
        hit.rewrite = Rewrite(".", Applicability.UNSAFE, "Replace '!' with '.'", (start, end))
        yield hit


def _clause_start(text: str, mark: int) -> int:
    """Where the clause the mark ends begins: a sentence the splitter left joined ("Thanks!\\ I
    can't ... Thanks!") is judged from its last . ! or ? on."""
    last = None
    for last in _INNER_END.finditer(text, 0, mark):
        pass
    return last.end() if last else 0


def _after_turn(text: str, begin: int, mark: int) -> int:
    """Where the part the mark exclaims begins: after the clause's last 'but' or 'however', if any.
    "Our robot can't respond, but our contributors can!" exclaims the way forward, not the bad
    news (left17's blind FP, kitsune); "We tried, but your card was declined!" still exclaims it."""
    for turn in _CONTRAST.finditer(text, begin, mark):
        begin = turn.end()
    return begin


def _said(sentence, quotes: list, agent_lines: list | None) -> bool:
    """Whether the sentence is said to the customer: its end inside one of the agent's lines when
    only those are read (an article: the line's sentences share its quotation), else not wholly
    inside a quotation (a mention)."""
    if agent_lines is not None:
        return any(lo <= sentence.end - 1 and sentence.start < hi for lo, hi in agent_lines)
    return not inside_any(sentence.start, sentence.end, quotes)


def _starts_with_interjection(text: str) -> bool:
    """'Oops!' alone: the interjection finding covers it."""
    match = tone_data()["interjection"].match(text)
    return match is not None and not text[match.end():].strip(" !")


_CHEAP = re.compile("!|" + _EMOJI_CHAR)
_INNER_END = re.compile(r"[.!?][\\\"'”’)\]]*\s+")
_CONTRAST = re.compile(r"(?<![\w’])(?:but|however)(?![\w’])", re.I)


def _may_hold_news(text: str) -> bool:
    return _CHEAP.search(text) is not None


def _interjection(data: dict, segment, sentence, bad: bool, following: str):
    """An exclaimed interjection ('Oops!') in a sentence that gives bad news or comes just before one."""
    interjection = data["interjection"].match(sentence.text)
    if interjection and "!" in sentence.text and (bad or is_bad_news(following)):
        yield Hit(sentence.start + interjection.start(), sentence.start + interjection.end(), (
            f"'{interjection.group().strip()}' makes light of bad news: say what happened "
            "and what happens next, calmly"), segment)


def _emoji(data: dict, segment, sentence, bad: bool, previous: str):
    """Each run of emoji in a sentence of bad news, or opening the sentence after one."""
    for run in data["emoji"].finditer(sentence.text):
        leading = run.start() == 0 and previous
        if bad or (leading and is_bad_news(previous)):
            start, end = sentence.start + run.start(), sentence.start + run.end()
            while end > start and segment.text[end - 1].isspace():
                end -= 1
            yield Hit(start, end, "a run of emoji on bad news undercuts it (and a screen reader "
                      "reads each one aloud): leave them out", segment)
