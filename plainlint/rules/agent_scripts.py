"""Agent lines after a speaker label, and call or chat scripts written in code fences (hold20).

A script names who says each line: "Agent: One moment, I'll check.", "**Rep:** ...", "[00:02:47]
AGENT: ...", "Billing Agent (Voice A): ...". The words after an agent's label are the agent's line;
the words after any other party's label ("Customer:", "Caller:", "User:") are not. hold17 found no
such labelled unit over a hold in the articles of either corpus (field definitions such as
"Operator: Equals" open units too), so a labelled unit outside a fence is an agent line only when
it is in the first person singular, as a quoted line must be (agent_lines), or when the unit
before it is another party's labelled line: a dialogue.

Scripts and sample calls are also written in code fences with no language (or `text`), which hold
commands, logs and output far more often: of 11,366 such fences in both corpora, 36 hold a line
opening with a speaker label, most of them event logs ("User: SYSTEM") and protocol traces
("Client: [binary audio frames]"). A fence is read as a script only when at least two of its turns
open with a speaker label, one of them an agent's and one another party's, at least half of its
blocks are such turns (a block indented under a turn, or a stage direction, goes on with the turn:
hold25), and no line of it looks like code (docs/accuracy.md, hold20). Only the agent's turns are
read, and only by the rules that read agent lines in an article.
"""

from __future__ import annotations

import re

from ..enums import Scope
from ..reading.document import Document
from ..reading.offsets import Segment
from ..reading.spans import ByStart

# The parts of a speaker's label: an optional time stamp ("[00:02:47]"), a name of at most four
# words, an optional note in brackets ("(Voice A)").
_STAMP = r"(?:\[[\d:.]{4,12}\][ \t]*)?"
_WHO = r"(?P<who>[A-Za-z][A-Za-z'’-]*(?:[ \t][A-Za-z][A-Za-z'’-]*){0,3})"
_NOTE = r"(?:[ \t]*\([^()\n]{1,30}\))?"
# A speaker's label opening a line, with emphasis ("**Agent:**", "**Agent**:") and words after it.
_LABEL = re.compile(
    r"^[ \t>]*(?:[-*+][ \t]+)?" + _STAMP + r"(?:\*\*|__)?" + _WHO
    + _NOTE + r"(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]+(?=\S)", re.M)
# The agent's side: an agent of any team ("Billing Agent", "Customer Support Agent"), a rep, a
# representative, an advisor, a receptionist, support staff, or an assistant serving the customer,
# a contact centre's intelligent virtual agent ("IVA:", the label of seed 208's demo call scripts).
# Not "You" or "Me": a chat transcript labels the customer "You".
_AGENT = re.compile(
    r"(?:(?:[A-Za-z-]+[ \t]+){0,2}(?:agent|rep)|representative|csr|advisor|adviser|associate|receptionist|"
    r"support|staff|(?:(?:ai|voice|virtual)[ \t]+)?assistant|iva)\Z", re.I)
# A label that names the line to say rather than its speaker: a rulebook's or a guide's "**Example:**"
# after its "When:" and "Action:" (hold21, seed 224: a phone agent's rulebook), "Say:", "Script:",
# "Sample response:", "Suggested reply:". Not "Bad:" or "Avoid:", lines not to say.
_LINE_LABEL = re.compile(
    r"(?:(?:example|sample|suggested|model)(?:[ \t]+(?:response|reply|line|phrase|wording|answer|script))?|"
    r"say|script)\Z", re.I)
# The agent speaking: "I", "I'm", "I'll", "me", "my", "let me" (the customer is "you"); agent_lines
# reads quoted lines with it too.
FIRST_PERSON = re.compile(r"(?<![\w’'])(?:I|I['’](?:m|ll|ve|d)|(?i:me|my|mine|myself))(?![\w’'])")
# A line of code, markup, data or a terminal session: a fence holding one is not a script.
_CODE = re.compile(
    r"[{};]\s*$|^\s*[$%#]\s|=>|->|==|</?[a-z][\w-]*[\s>/]|(?<![\w.])[\w.]{1,60}\([^)\n]{0,200}\)|^\s*\"[\w-]+\"\s*:|"
    r"^\s*[\w.-]+\s*=\s", re.M)
# A fence's opening line, and the languages of a plain one (none, or plain text).
_FENCE = re.compile(r"^[ \t>]*(`{3,}|~{3,})[ \t]*([^\n]*?)[ \t\r]*$", re.M)  # a CRLF line's CR too
_PLAIN = frozenset(("", "text", "txt", "plain", "plaintext"))
# Where a block of the fence starts (its first line, or a line after a blank one).
_BLOCK_START = re.compile(r"(?:\A|\n[ \t>\r]*\n)(?=[ \t>]*\S)")
# A turn that says something: a sentence's end or two words at least ("Agent: none" is a field).
_SPEECH = re.compile(r"[.!?…]|\w+\W+\w+")
_DIRECTION = re.compile(r"\s*\[[^\]\n]*\]\s*\Z")  # "[Handoff occurs]": a stage direction ends a turn


def is_agent(who: str) -> bool:
    return _AGENT.match(who.strip()) is not None


def labelled_turns(text: str) -> list[tuple[bool, int, int]]:
    """The turns of `text` that open with a speaker's label: (the agent speaks, where the words
    start, where they end). A turn runs to the next label, a blank line or a stage direction."""
    if ":" not in text:  # every label ends in one: most units are not searched (speed23)
        return []
    turns = []
    for match in _LABEL.finditer(text):
        start, end = match.end(), _turn_end(text, match.end())
        turns.append((is_agent(match.group("who")), start, end))
    return turns


def _turn_end(text: str, start: int) -> int:
    """Where the turn whose words start at `start` ends: before a blank line, a label or a
    direction on a line of its own, or at the end of `text`; trailing space left out."""
    pos = text.find("\n", start)
    while pos >= 0:
        next_break = text.find("\n", pos + 1)
        line = text[pos + 1:next_break if next_break >= 0 else len(text)]
        if not line.strip() or _LABEL.match(line) or _DIRECTION.match(line):
            break
        pos = next_break
    end = len(text) if pos < 0 else pos
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def labelled_agent_spans(text: str, dialogue_before: bool = False) -> list[tuple[int, int]]:
    """The agent's labelled lines in a unit of an article: an agent's turn in the first person
    singular, or any agent's turn in a unit that holds another party's turn too or follows one
    (`dialogue_before`)."""
    turns = labelled_turns(text)
    if not any(agent for agent, _, _ in turns):
        return []
    dialogue = dialogue_before or any(not agent for agent, _, _ in turns)
    return [(start, end) for agent, start, end in turns
            if agent and end > start and (dialogue or FIRST_PERSON.search(text, start, end))]


def line_label_spans(text: str) -> list[tuple[int, int]]:
    """The lines of a unit given after a label that names a line to say ("**Example:** Please bear
    with me while I check."), in the first person singular as a quoted line must be: hold21 found
    four first-person lines after such labels in the articles of both corpora, none a line to say
    and none over a hold or a bad-news phrase."""
    if ":" not in text:
        return []
    return [(match.end(), end) for match in _LABEL.finditer(text)
            if _LINE_LABEL.match(match.group("who").strip())
            and (end := _turn_end(text, match.end())) > match.end() and FIRST_PERSON.search(text, match.end(), end)]


def label_words_start(text: str) -> int:
    """Where the words start after an agent's label, or a label that names the line to say, opening
    `text` ("**Agent**: One moment please."), else 0. A hold that must open its sentence ("one
    moment", "hold on") is matched from there: with the label, it was never found (hold24, seed 267)."""
    match = _LABEL.match(text) if ":" in text else None
    if match is None:
        return 0
    who = match.group("who").strip()
    return match.end() if is_agent(who) or _LINE_LABEL.match(who) else 0


def opens_with_other_party(text: str) -> bool:
    """Whether a unit opens with a speaker label that is not the agent's ("Customer: ...")."""
    if ":" not in text:
        return False
    match = _LABEL.match(text)
    return match is not None and not is_agent(match.group("who"))


def script_fence_segments(source: str) -> list[tuple[Segment, list[tuple[int, int]]]]:
    """The agent's turns of every fence in `source` (Markdown) that reads as a script, each as a
    segment of its own (its text a literal run of the source) with its whole text as the line."""
    if "```" not in source and "~~~" not in source:
        return []
    found, pos = [], 0
    while (opening := _FENCE.search(source, pos)) is not None:
        fence = opening.group(1)
        closing = re.compile(r"^[ \t>]*" + re.escape(fence[0]) + "{%d,}[ \t\r]*$" % len(fence), re.M)
        close = closing.search(source, opening.end())
        body_end = close.start() if close else len(source)
        pos = close.end() if close else len(source)
        if opening.group(2).lower() in _PLAIN:
            found += _script_turns(source, opening.end() + 1, body_end)
    return found


def _prose_blocks(body: str) -> int:
    """How many blocks of a fence's `body` are prose: not a labelled turn, a stage direction
    ("[Handoff occurs]") or a block that goes on with the turn before it, indented deeper than the
    labels ("       [calls check_availability]", a list of times): hold25 found an appointment
    widget's chat transcripts written so (seed 285), their tool calls counted as prose, so no fence
    of them was read. An indented block with no turn before it (notes over a transcript, or after
    a paragraph of prose) goes on with none: it is prose (rev25)."""
    label_indent = min((_indent(body, match.start()) for match in _LABEL.finditer(body)), default=0)
    prose, in_turn = 0, False  # in_turn: the last block that was not a direction is a turn or goes on with one
    for block in _BLOCK_START.finditer(body):
        start = block.end()
        line_end = body.find("\n", start)
        if _DIRECTION.match(body[start:line_end if line_end >= 0 else len(body)]):
            continue
        in_turn = _LABEL.match(body, start) is not None or (in_turn and _indent(body, start) > label_indent)
        if not in_turn:
            prose += 1
    return prose


def _indent(text: str, line_start: int) -> int:
    """The width of the spaces and tabs (and block-quote marks) that open the line at `line_start`."""
    pos = line_start
    while pos < len(text) and text[pos] in " \t>":
        pos += 1
    return pos - line_start


def _script_turns(source: str, start: int, end: int) -> list[tuple[Segment, list[tuple[int, int]]]]:
    body = source[start:end]
    if _CODE.search(body):
        return []
    turns = labelled_turns(body)
    agents = [turn for turn in turns if turn[0] and _SPEECH.search(body, turn[1], turn[2])]
    prose = _prose_blocks(body)
    if len(turns) < 2 or not agents or len(agents) == len(turns) or 2 * prose > len(turns):
        return []
    segments = []
    for _, lo, hi in agents:
        if hi > lo and not _DIRECTION.match(body, lo, hi):  # "Assistant: [Creates a ticket]": an action
            segments.append((Segment(body[lo:hi], start + lo, Scope.PARAGRAPH), [(0, hi - lo)]))
    return segments


# A speaker's label that opens a line of a segment, with the words after it on that line (or none:
# "**Customer:**" on a line of its own, the message below it). Bold and italic marks are gone from
# a segment's text; list marks and block-quote marks are not always.
_LINE_LABEL_ANY = re.compile(r"^[ \t>]*(?:[-*+][ \t]+)?" + _STAMP + _WHO + _NOTE + r"[ \t]*:[ \t]*(?P<rest>[^\n]*)$", re.M)
# The other party of a dialogue: who the agent speaks with (rules/base.py's customer labels).
_OTHER_PARTY = re.compile(r"(?:the\s+)?(?:customer|caller|client|user|member|guest|visitor|buyer|shopper)s?\Z", re.I)
# What may stand before a colon on its line for it to end a speaker's label (list and quote marks,
# emphasis, a time stamp, a note in brackets): read at each colon of the source, the cheap test
# before any segment is read (a search for the label words anywhere took 0.2 s a megabyte).
_LABEL_HEAD = re.compile(r"[ \t>*_+-]*" + _STAMP + _WHO + r"[*_ \t]*(?:\([^()\n]{1,30}\))?[*_ \t]*\Z")
_HEAD_REACH = 80  # a label's line holds at most this many characters before its colon


def _sides_labelled(source: str) -> set[str]:
    """The sides ("agent", "other") whose labels open a line of `source`, stopping at both. Only the
    colons within _HEAD_REACH of a line's start are read, each line's start found once."""
    sides: set[str] = set()
    seen: dict[str, str | None] = {}
    line_start, colon = 0, source.find(":")
    while colon >= 0 and len(sides) < 2:
        newline = source.rfind("\n", line_start, colon)
        if newline >= 0:
            line_start = newline + 1
        if colon - line_start > _HEAD_REACH:  # past any label of this line: on to the next line's colons
            line_start = source.find("\n", colon) + 1
            colon = source.find(":", line_start) if line_start else -1
            continue
        head = _LABEL_HEAD.match(source, line_start, colon)
        if head:
            who = head.group("who")
            side = seen[who] if who in seen else seen.setdefault(who, _side(who))
            if side:
                sides.add(side)
        colon = source.find(":", colon + 1)
    return sides


class Turn:
    """Where one of the other party's turns is in the source."""
    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


def other_party_turns(doc: Document) -> ByStart | None:
    """The other party's turns of a dialogue in `doc` (a support transcript, a call script), by
    source start, or None: the customer's or caller's words are quoted as they came, and no rule
    asks the writer to change them (check33, seed 332: 10 of its 12 false findings were a
    customer's words under "**Customer:**"). A dialogue has an agent's turn and another party's,
    each saying something; a label with words after it opens a turn that ends with its unit, a
    label alone on its line one that goes on to the next label or heading ("**Customer:**", the
    message's paragraphs, "**Agent:**", the reply). A field written "Customer: Choose one" in a
    page where no agent speaks is no turn."""
    if len(_sides_labelled(doc.source.text)) < 2:
        return None
    return doc.cached_for("agent_scripts.other_party_turns", None, lambda: _turns_of_dialogue(doc))


def _turns_of_dialogue(doc: Document) -> ByStart | None:
    spans, speaking = [], set()
    open_side = None  # the side whose label stood alone on its line, until the next label or heading
    for segment in _in_source_order(doc):
        text = segment.text
        if segment.scope == Scope.HEADING:
            open_side = None
            continue
        labels = [(match, side) for match in _LINE_LABEL_ANY.finditer(text) if (side := _side(match.group("who")))]
        ends = [match.start() for match, _ in labels] + [len(text)]
        turns = [(open_side, 0, ends[0])] if open_side and ends[0] > 0 else []
        turns += [(side, match.start("rest"), end) for (match, side), end in zip(labels, ends[1:])]
        for side, start, end in turns:
            if _SPEECH.search(text, start, end):
                speaking.add(side)
            if side == "other" and end > start:
                spans.append(segment.to_source(start, end))
        if labels:
            last, side = labels[-1]
            open_side = None if last.group("rest").strip() else side
    if speaking != {"agent", "other"} or not spans:
        return None
    return ByStart([Turn(span.start, span.end) for span in spans])


def _side(who: str) -> str | None:
    who = who.strip()
    return "agent" if is_agent(who) else "other" if _OTHER_PARTY.match(who) else None


def _in_source_order(doc: Document) -> list[Segment]:
    """The document's prose segments (not alt or title text) in the order of the source."""
    segments = [segment for segment in doc.segments if segment.text and segment.scope not in (Scope.ALT, Scope.TITLE)]
    return sorted(segments, key=lambda segment: segment.to_source(0, 1).start)
