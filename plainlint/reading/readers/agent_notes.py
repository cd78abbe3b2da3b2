"""What a macro library holds for its agents, not its customers (session 16, left16): read as
neither a reply nor an article.

Three classes, from the macro exports of both corpora (corpus macros-exports, held-out
fresh-exports) and the formats' own documentation:

- in a file of no known shape (readers/detect.py), a string under a key that says it is for
  agents: a map of macro names to replies whose name does ("KYC internal-increase", "Cancelation
  internal", "GDPR side conversation": a Zendesk side conversation goes to another team, not to
  the customer), an `internal_note`, `agent_instructions` or `private_note` field. "Internal
  error", "internal server error" name a customer's problem, not an audience. The title or
  subject of a known shape is not read so: "New Internal Note Alert" is osTicket's subject of an
  e-mail about a note, sent as any other (left16's corpus comparison);
- a Zendesk macro that makes its comment private (the action `comment_mode_is_public` set to
  false: Zendesk's API adds the comment as an internal note);
- a note block that opens with a label for agents ("NOTE TO AGENT:", "Internal:", "STEPS TO
  TAKE:"), up to the end of its paragraph or of the bold run holding it: blanked, the rest of
  the reply read as before.
"""

from __future__ import annotations

import re

from .structured import Mapping, Scalar, Sequence

# The words of a key or name that say "for agents" (the words are the key split at `_`, `-`,
# spaces and camelCase humps).
_AGENT_AUDIENCE = re.compile(
    r"\b(?:internal(?!\s+(?:server\s+)?errors?\b)|private(?=\s+(?:notes?|comments?|replies|reply)\b)|"
    r"side\s+conversations?|agents?\s+(?:notes?|instructions?|only|tips?|guidance)|"
    r"(?:notes?|instructions?|tips?|guidance)\s+(?:for|to)\s+(?:the\s+)?agents?)\b", re.I)
_KEY_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_MAY_NAME_AGENTS = re.compile(r"(?i)internal|private|side|agent")  # every name the above reads holds one

# A label that opens a note to agents inside a reply string, at the start of a line, a paragraph
# or an element (after `>`).
_NOTE_LABEL = re.compile(
    r"(?:^|(?<=\n)|(?<=>))[ \t]*(?:note\s+(?:to|for)\s+(?:the\s+)?agents?|agent'?s?\s+notes?|"
    r"internal(?:\s+notes?)?|for\s+agents?(?:\s+only)?|steps\s+to\s+take|agent\s+instructions?|"
    r"instructions\s+for\s+(?:the\s+)?agents?)[ \t]*:", re.I)
# Where a note's block ends: a blank line, two line breaks, the end of a paragraph or block.
_BLOCK_END = re.compile(r"\n[ \t]*\n|<br\s*/?>\s*<br\s*/?>|</(?:p|div|li|td)\s*>", re.I)
_BOLD_OPENED = re.compile(r"<(strong|b)\b[^<>]*>[ \t]*\Z", re.I)


def names_agents(name: str | None) -> bool:
    """Whether a reply's name or key says it is for agents ("KYC internal-increase", `internal_note`)."""
    if not name or not _MAY_NAME_AGENTS.search(str(name)):
        return False
    return _AGENT_AUDIENCE.search(" ".join(_KEY_WORDS.findall(str(name)))) is not None


def private_comment(macro: Mapping) -> bool:
    """A Zendesk macro whose actions set `comment_mode_is_public` to false: its comment is an
    internal note."""
    actions = macro.get("actions")
    for action in actions.items if isinstance(actions, Sequence) else ():
        if isinstance(action, Mapping) and _value(action.get("field")) == "comment_mode_is_public":
            return str(_value(action.get("value"))).strip().lower() in ("false", "0", "no")
    return False


def _value(node):
    return node.value if isinstance(node, Scalar) else None


def without_agent_notes(text: str) -> str:
    """`text` with each note to agents blanked (same length, line breaks kept: offsets stay exact)."""
    if ":" not in text:
        return text
    spans = []
    for label in _NOTE_LABEL.finditer(text):
        if spans and label.start() < spans[-1][1]:
            continue
        spans.append((label.start(), _note_end(text, label)))
    for start, end in reversed(spans):
        text = text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]
    return text


def _note_end(text: str, label: re.Match) -> int:
    """Where a note's block ends: the close of the bold run it opens, else its paragraph's end."""
    bold = _BOLD_OPENED.search(text, 0, label.start())
    if bold is not None:
        close = re.compile(rf"</{bold.group(1)}\s*>", re.I).search(text, label.end())
        if close is not None:
            return close.start()
    end = _BLOCK_END.search(text, label.end())
    return end.start() if end is not None else len(text)
