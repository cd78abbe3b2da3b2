"""shouting (PL207): what a run of capitals is when it is no shouting (a placeholder, a value,
a list of names, part of a product's name), and how it reads lowered; split out of shouting.py."""

from __future__ import annotations

import re


def lowered_keeping_acronyms(text: str, run, start: int) -> str:
    """The run in lower case except its acronyms: 'ENTER CNAME RECORD' -> 'enter CNAME record'."""
    out, pos = [], start
    for word_start, word_end, kind in run:
        out.append(text[pos:word_start].lower())
        word = text[word_start:word_end]
        out.append(word if kind == "acronym" else word.lower())
        pos = word_end
    return "".join(out)


_PLACEHOLDER_AROUND = {"<<": ">>", "[[": "]]", "[": "]", "{": "}", "<": ">", "(": ")"}


def is_placeholder(text: str, run, openers: set[str]) -> bool:
    """Capitals an agent replaces before sending: inside << >>, [[ ]], [ ] or { } ('<< PASTE
    TRACKING NUMBER >>', '[[FILL IN]]'), or a short run opening with 'YOUR', 'INSERT', 'PASTE' ...
    ('YOUR NAME')."""
    before = text[max(0, run[0][0] - 3):run[0][0]].rstrip()
    after = text[run[-1][1]:run[-1][1] + 3].lstrip()
    for opener, closer in _PLACEHOLDER_AROUND.items():
        if before.endswith(opener) and after.startswith(closer):
            return True
    first = text[run[0][0]:run[0][1]].lower()
    return first in openers and len(run) <= 3


# A naming noun, a linking verb, then the capitals: the value the product shows, written as it
# shows it ("the status is ACTIVE", "its status value is either ACTIVE or DRAINING", "the mode
# changes to READ ONLY"); sample B.
_VALUE_OF = re.compile(r"\b([A-Za-z]+)(?:\s+values?)?\s+(?:is|are|was|were|becomes?|became|equals?|reads?|shows?|"
                       r"returns?|changes?\s+to|switches\s+to|set\s+to|of)\s+(?:either\s+|one\s+of\s+|now\s+|still\s+)?$")


def value_of_a_name(text: str, start: int, value_nouns: set[str]) -> bool:
    match = _VALUE_OF.search(text[max(0, start - 60):start])
    return bool(match) and match.group(1).lower() in value_nouns


_COORDINATION = re.compile(r"^(?:\s*[,/&]\s*|\s+(?:or|and)\s+|\s*,\s*(?:or|and)\s+)$")


def list_with_acronyms(text: str, run) -> bool:
    """A run whose words are coordinated ('and', 'or', commas) and hold an acronym is a list of
    names of one kind: "CNAME or TEXT and MX records", "PDF, WORD or CSV". (Capitals joined by
    spaces, "DO NOT", are a phrase, not a list.)"""
    if len(run) < 2 or not any(kind == "acronym" for _, _, kind in run):
        return False
    return all(_COORDINATION.match(text[a[1]:b[0]]) for a, b in zip(run, run[1:]))


def after_a_product_name(text: str, start: int) -> bool:
    """Right after a word with a capital inside ('IntelliJ IDEA', 'SharePoint ONLINE'): part of a name."""
    match = re.search(r"([A-Za-z]+)\s+$", text[max(0, start - 40):start])
    return bool(match) and re.fullmatch(r"[A-Z]?[a-z]+[A-Z][A-Za-z]*", match.group(1)) is not None


# Between two words of a run that reads as prose: spaces on one line, or a dash between spaces
# ("INTERNET - WEB"); not a comma, slash, bar or line break, which join names in a list.
_PROSE_GAP = re.compile(r"[ \t\u00a0]+(?:[-–—][ \t\u00a0]+)?")


def holds_an_emphatic_word(text: str, run, emphatic_words: set[str]) -> bool:
    """The emphatic tier (articles' default) reports capitals a reader hears as a raised voice:
    a run holding one of the emphatic words ("NEVER", "HIGHLY", "FREE"; rulesets/shouting.yaml),
    or `reads_as_prose`. A single other word in capitals (a value, a keyword, a name met once:
    "SENSOR", "METHOD") is left: on documentation pages those were most of shouting's false
    alarms (shout23's blind seeds 251/252/258)."""
    return any(text[start:end].lower().replace("’", "'") in emphatic_words for start, end, _ in run)


def reads_as_prose(text: str, run, rfc_keywords: set[str]) -> bool:
    """Two or more capitalised English words joined as prose ("DO NOT", "SEE ALSO", "BE VERY
    CAREFUL"; an acronym may stand between them: "ENTER CNAME RECORD"). A hyphenated compound
    (ONE-TIME, NON-ASIAN) is no such word and ends a stretch: each stretch between compounds is read on its
    own, so one compound between two names ("FOREIGN NON-ASIAN MOVIES") does not make prose."""
    return any(_stretch_reads_as_prose(text, stretch, rfc_keywords) for stretch in _between_compounds(text, run))


def _between_compounds(text: str, run):
    """The run's stretches between hyphenated compounds, English (ONE-TIME) or not (USB-C)."""
    stretch = []
    for item in run:
        if "-" in text[item[0]:item[1]]:
            yield stretch
            stretch = []
        else:
            stretch.append(item)
    yield stretch


def _stretch_reads_as_prose(text: str, run, rfc_keywords: set[str]) -> bool:
    english = sum(1 for start, end, kind in run
                  if end - start > 1 and (kind != "acronym" or text[start:end].lower() in rfc_keywords))
    return english >= 2 and all(_PROSE_GAP.fullmatch(text, a[1], b[0]) for a, b in zip(run, run[1:]))


def split_at_lowercase(text: str, run):
    """The run in parts joined only by spaces or punctuation: "ACTIVE or DRAINING" is two parts.
    (The whole run still decides whether it is a label or a name: "the VALUE or POINTS TO field".)"""
    parts = [[run[0]]] if run else []
    for previous, item in zip(run, run[1:]):
        if any(ch.islower() for ch in text[previous[1]:item[0]]):
            parts.append([item])
        else:
            parts[-1].append(item)
    return parts


def previous_word(text: str, start: int) -> str:
    match = re.search(r"([A-Za-z]+)\s+$", text[max(0, start - 40):start])
    return match.group(1).lower() if match else ""


def next_word(text: str, end: int) -> str:
    match = re.match(r"\s+([A-Za-z]+)", text[end:end + 40])
    return match.group(1).lower() if match else ""
