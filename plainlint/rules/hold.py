"""hold-without-asking (issue 30, chat and reply macros): a hold the customer was not asked about."""

from __future__ import annotations

import functools
import re

from ..linting.ruleset_data import load_ruleset_file
from ..reading.document import Document
from ..reading.kinds import REPLY
from ..enums import Category, Scope
from ..nlp.casefold import search_ignorecase
from ..nlp.sentences import sentences_of
from .agent_lines import AGENT_LINES_ONLY, said_segments
from .agent_scripts import label_words_start
from .base import Hit, Rule, inside_any, quoted_spans


@functools.lru_cache(maxsize=1)
def hold_data() -> dict:
    raw = load_ruleset_file("hold-without-asking")
    return {"holds": re.compile("|".join(f"(?:{p})" for p in raw["holds"]), re.I | re.M),
            "lengths": re.compile(raw["lengths"], re.I),
            "steps": re.compile("|".join(f"(?:{p})" for p in raw["steps"]), re.I),
            "asking": re.compile(r"\b(?:" + "|".join(re.escape(w).replace("'", "['’]") for w in raw["asking"]) + r")\b", re.I)}


_CHEAP = re.compile(r"(?i)hold|wait|moment|min|\bsec|bear with|hang|line|back")
# _CHEAP for lower-cased text (nlp.casefold): a trie of its words, each opening with a letter, so the
# regex engine skips to those letters; `\b` before 's' is 's' with no word character before it (speed29:
# a fifth of the time on every 10th file's short units). Used through _cheap().
_CHEAP_LOWERED = re.compile(r"b(?:ack|ear with)|h(?:ang|old)|line|m(?:in|oment)|s(?<!\w.)ec|wait")
# What every phrase of `holds` (rulesets/hold-without-asking.yaml) holds, in the same case-insensitive
# terms: 'hold' (put on hold, please hold, continue to hold, hold on, hold tight), 'wait' and a space,
# 'one'/'a' and a length, 'give me'/'allow me', 'need' and a space (I'll need a minute), bear with,
# hang tight/on, stay on the line, be (right) back. A text where this finds nothing holds no hold
# phrase, so `holds` (some 16 alternatives tried at every offset) is searched only where it does
# (speed29: 77 of the 1,234 short units that pass _CHEAP on every 10th file of bench/). A phrase added
# to `holds` must add its words here; tests/rules/test_hold_screen.py checks every phrase's examples.
_HOLD_SCREEN = re.compile(r"hold|wait\s|(?:one|a)\s+(?:moment|sec|minute)|(?:give|allow)\s+me\s|need\s|bear\s+with"
                          r"|hang\s+(?:tight|on)|stay\s+on\s+the\s+line|be\s+(?:right\s+)?back", re.I)
# A closing "okay?" after an order is a tag, not a question that leaves the customer a choice
# ("Please stay on the line, okay?": holdcheck16, a trainer's model sentences, seed 166, missed)
# ("Is that okay?", "Would that be alright?" ask: the tag must follow an order, not a question's
# own words).
_TAG_QUESTION = re.compile(r"(?<![,\s])(?<!\b(?:is|be|it))(?<!\bthat)(?<!\bthis)(?:,\s*|\s+)(?:ok(?:ay)?|alright|all\s+right)\s*\?\W*\Z", re.I)
# A page of phrases to say on the phone (hold27): an article whose short units, outside every line
# read as the agent's, hold a hold phrase three times at least ("Hold on, please.", "One moment,
# I'll put you through.", "Could you hold for a moment?"), each its own paragraph, item or quoted
# block with no mark that names it a line. A help page tells its readers to wait once or twice, in
# the form of a step ("Wait a moment while the card is generated"), which is not counted (hold26's
# count over both corpora: no page but one learner's telephone notes holds more than one such unit
# that is not a step; docs/accuracy.md, hold27).
_PAGE_LINES_MIN = 3
_UNIT_MAX = 160
_UNIT_SCOPES = frozenset((Scope.PARAGRAPH, Scope.LIST_ITEM, Scope.BLOCKQUOTE))
_QUOTATION_MARK = re.compile("[\"“”«»]")
_QUESTION_OPENING = re.compile(
    r"\W*(?:is|are|was|would|could|can|may|might|do|does|did|will|shall|should|how|what|when|if)\b", re.I)


class HoldWithoutAsking(Rule):
    code = "PL209"
    name = "hold-without-asking"
    category = Category.TONE
    summary = "Putting the customer on hold without asking first (chat and reply macros)"
    rationale = (
        "'Please hold' and 'one moment please' decide for the customer that their time is free. "
        "Chat and phone guides teach asking first and saying for how long: 'Do you mind holding "
        "for two minutes while I check?' The customer can say no, or plan around it, and the "
        "wait feels shorter when its length is known. A sentence that asks ('Is it okay if I put "
        "you on hold?') or thanks for holding is not reported. Replies are checked; the hold "
        "phrases are in rulesets/hold-without-asking.yaml. In an article (a training page, a "
        "cheat sheet) only the lines it gives the agent to say are read: a paragraph or item that "
        "is one quotation in the first person ('“Let me put you on hold while I check.”'), or a "
        "short one under a heading of lines to say ('What to say', 'Customer service sentences'), or "
        "an agent's turn in a script ('Agent: One moment, I'll check.'), in a plain code fence too, "
        "or a line in the first person after a label that names it ('Example: One moment while I check.'). A "
        "page of phone phrases, whose short paragraphs and items hold a hold phrase three times or more "
        "('Hold on, please.', 'One moment, I'll put you through.'), is read at those lines; a help page's "
        "steps ('Wait a moment while the card is generated') do not make one."
    )
    bad = (
        "Hi Sam,\n\nPlease hold while I look into this.",
        "Hi Sam,\n\nI'm going to put you on hold while I check with billing.",
    )
    good = (
        "Hi Sam,\n\nDo you mind holding for two minutes while I check with billing?",
        "Hi Sam,\n\nPlease wait 24 hours before you try again.",
    )
    fix_safety = "No automatic fix: only the writer knows how long the hold will be."
    options = AGENT_LINES_ONLY
    # Off in articles until session 16 (hold16): a live-chat cheat sheet's model lines were the
    # only real holds it missed (3 of 7), and no other article unit in either corpus is such a line.
    per_kind = {"article": {"agent-lines-only": True}}

    def check(self, doc: Document, options: dict):
        data = hold_data()
        for segment, lines in _read_segments(doc, options, data):
            if segment.scope in (Scope.ALT, Scope.TITLE) or not _cheap(segment.text):
                continue
            if _HOLD_SCREEN.search(segment.text) is None:
                continue  # no sentence of it holds a hold phrase (a sentence's text is a part of the segment's)
            quotes, sentences, reported = None, sentences_of(doc, segment), -2
            for index, sentence in enumerate(sentences):
                words = _words_start(sentence, lines)  # "Rep: Hold on, ...": the hold opens the turn
                match = data["holds"].search(sentence.text[words:])
                if match is None or _asks(data, sentence.text):
                    continue
                if _asked_after(data, sentences, index):
                    continue  # "I'll need to put you on hold. Would that be okay?"
                if reported == index - 1:  # the same hold said again ("Allow me a minute. I'll be right back.")
                    reported = index
                    continue
                start, end = sentence.start + words + match.start(), sentence.start + words + match.end()
                while start < end and not segment.text[start].isalnum():
                    start += 1
                if quotes is None:
                    quotes = quoted_spans(segment, in_reply=doc.kind == REPLY)
                if not _said(start, end, quotes, lines):
                    continue
                reported = index
                yield Hit(start, end, (
                    f"'{' '.join(segment.text[start:end].split())}' puts the customer on hold without asking: "
                    "ask first and say for how long ('Do you mind holding for two minutes while I check?')"),
                    segment)


def _read_segments(doc: Document, options: dict, data: dict):
    """The segments read, each with the agent's lines in it (None: all of it): said_segments' and, in
    an article that is a page of phone phrases, its short units over a hold phrase."""
    read_units = set()  # the phrase units already read as the agent's (not every segment's key: issue 24's memory)
    for segment, lines in said_segments(doc, options):
        if options["agent-lines-only"] and _phrase_unit(segment, data):
            read_units.add(segment.key)
        yield segment, lines
    if options["agent-lines-only"]:
        units = [segment for segment in doc.segments if _phrase_unit(segment, data) and segment.key not in read_units]
        if sum(1 for segment in units if not _step(segment.text, data)) >= _PAGE_LINES_MIN:
            for segment in units:
                text = segment.text
                yield segment, [(len(text) - len(text.lstrip()), len(text.rstrip()))]


def _phrase_unit(segment, data: dict) -> bool:
    """Whether `segment` is a short unit over a hold phrase that no mark gives as a mention: a
    paragraph, item or quoted block of at most _UNIT_MAX characters, not a lead (': '), with no
    quotation (a quoted line not read as the agent's is a mention)."""
    text = segment.text
    return (segment.scope in _UNIT_SCOPES and len(text.strip()) <= _UNIT_MAX and not text.rstrip().endswith(":")
            and _cheap(text) and _QUOTATION_MARK.search(text) is None
            and _HOLD_SCREEN.search(text) is not None and data["holds"].search(text) is not None)


def _cheap(text: str) -> bool:
    """Whether _CHEAP finds something in `text`: searched in the lower-cased text where that gives
    the same answer (search_ignorecase)."""
    return search_ignorecase(_CHEAP, _CHEAP_LOWERED, text)


def _step(text: str, data: dict) -> bool:
    """Whether every hold phrase in `text` has the form of a step a page gives its readers ("Wait a
    minute, then reload"), which a help page writes as often as a page of lines to say."""
    return all(data["steps"].match(match.group()) for match in data["holds"].finditer(text))


def _words_start(sentence, agent_lines: list | None) -> int:
    """Where the said words of `sentence` start: after the speaker's label that opens it, or where
    the agent's line starts inside it ('..., say ONLY: "One moment please, ..."'), so that a hold
    that must open its sentence ("one moment", "hold on") is found there (hold24)."""
    words = label_words_start(sentence.text)
    for lo, _ in agent_lines or ():
        if sentence.start + words < lo < sentence.end:
            words = lo - sentence.start
    return words


def _said(start: int, end: int, quotes: list, agent_lines: list | None) -> bool:
    """Whether the hold at start:end is said to the customer: inside one of the agent's lines when
    only those are read (an article), else outside any quotation (a mention)."""
    if agent_lines is not None:
        return inside_any(start, end, agent_lines)
    return not inside_any(start, end, quotes)


def _asks(data: dict, text: str, question: bool = False) -> bool:
    """Whether a sentence asks (ends with '?', not a tag 'okay?') or says the hold was agreed; with `question`, only
    a question that asks leave ('Would that be okay?', 'Would you prefer I call you back?')."""
    ending = text.rstrip().rstrip("\"'”’)*_")
    is_question = ending.endswith("?") and not _is_tag_question(ending)
    if question:
        return is_question and data["asking"].search(text) is not None
    return is_question or data["asking"].search(text) is not None


def _asked_after(data: dict, sentences: list, index: int) -> bool:
    """Whether the hold of sentence `index` is asked about in the next sentence ("Would that be okay?"),
    or in the one after a sentence that says how long it will be ("It should take about two minutes.
    Is that okay?": hold27)."""
    following = [sentence.text for sentence in sentences[index + 1:index + 3]]
    if following and _asks(data, following[0], question=True):
        return True
    return (len(following) == 2 and data["lengths"].search(following[0]) is not None
            and not following[0].rstrip().endswith("?") and _asks(data, following[1], question=True))


def _is_tag_question(text: str) -> bool:
    """Whether the only question in `text` is a closing tag after an order ('Stay on the line,
    okay?'), which does not wait for the customer's answer."""
    return _TAG_QUESTION.search(text) is not None and _QUESTION_OPENING.match(text) is None
