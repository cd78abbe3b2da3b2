"""Reply strings of an export whose shape plainlint does not know, found by what they are.

Django fixtures (`[{"model": ..., "fields": {"subject", "html", "plain_text", "locale"}}]`), a
template set whose body sits under `body_html`, a mapping of snippet names to strings: when no
known shape matches and the usual reply keys hold nothing, a string is read as a reply when it
reads as prose, with its HTML and template tags left out:

- at least MIN_WORDS words, and sentence punctuation (`.`, `!`, `?` ending a sentence);
- not an identifier, URL, path, e-mail address or code (letters must make most of it);
- not under a key that describes the record for its maintainers (`description`, `$comment`, ...),
  and not in a JSON Schema or a bill of materials.

The `subject` or `title` next to a detected reply is read too (a subject line has no full stop).
The keys used are listed in an `info` notice (PL907), so `fields` can pin them down. A record's
own `locale`, `lang` or `language` is kept with its strings: the English rules skip records in
another language. `scripts/measure_detection.py` measures the precision on real exports.
"""

from __future__ import annotations

import re

from .agent_notes import names_agents
from .common import declared_language
from .structured import Mapping, Scalar, Sequence

MIN_WORDS = 4
MAX_DEPTH = 50
COMPANION_KEYS = ("subject", "title")  # read next to a detected reply: a subject has no full stop
LANGUAGE_KEYS = ("locale", "lang", "language")
# Keys that describe a record for the people and tools maintaining it, never shown to a customer:
# the prose of config files (a package's or a JSON Schema's `description`, `$comment`). Keys
# starting with `$` or `_` are metadata too (`$comment`, `$$description`, `_note`).
METADATA_KEYS = frozenset({"description", "comment", "comments", "help", "note", "notes", "doc", "docs",
                           "documentation", "remark", "remarks", "todo", "changelog"})
# Root keys of specification and inventory files (JSON Schema, CycloneDX and SPDX bills of
# materials): their prose documents software, so nothing in them is detected.
SPEC_ROOT_KEYS = ("$schema", "$id", "bomFormat", "spdxVersion")

# Markup a reader would not show as words: HTML and template tags, merge tags (%{x}, *|X|*),
# Markdown link targets and inline code.
_TAG = re.compile(r"<[^<>]{0,2000}>|\{\{.{0,2000}?\}\}|\{%.{0,2000}?%\}|<%.{0,2000}?%>|%\{[^{}\s]{1,80}\}|"
                  r"\*\|[^|\s]{1,80}\|\*|\]\([^()\s]{0,2000}\)|`[^`\n]{0,200}`", re.S)
_ENTITY = re.compile(r"&#?\w{1,10};")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?…](?=[\s\"'”’)\]]|$)")
_URL = re.compile(r"\b(?:https?|ftp|mailto|file)://\S+|\bwww\.\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+")
_PATH_LIKE = re.compile(r"^[\w.~-]*(?:[/\\][\w.@~ -]*)+$")
_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")
_CODE_MARKS = re.compile(r"[{};=$()\[\]|\\]|=>|->|::|&&")


def visible_text(value: str) -> str:
    """The words a reader would see: tags, template tags and entities left out."""
    return " ".join(_ENTITY.sub(" ", _TAG.sub(" ", value)).split())


def reads_as_prose(value: str) -> bool:
    """Whether a string is a reply by what it is (see the module docstring)."""
    stripped = value.strip()
    if not stripped or (" " not in stripped and "\n" not in stripped):
        return False  # one token: an identifier, URL, path, key or number
    if _PATH_LIKE.match(stripped):
        return False
    text = _URL.sub(" ", visible_text(stripped))
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS or not _SENTENCE_END.search(text):
        return False
    letters = sum(len(word) for word in words)
    code_marks = len(_CODE_MARKS.findall(text))
    return letters >= 0.6 * len(text.replace(" ", "")) and code_marks <= len(words) // 4


def is_companion(value: str) -> bool:
    """A subject or title next to a detected reply: some words, no URL, path or code."""
    text = visible_text(value)
    return len(_WORD.findall(text)) >= 2 and not _URL.search(text) and not _PATH_LIKE.match(value.strip()) \
        and not _CODE_MARKS.search(text)


def record_language(mapping: Mapping, inherited: str | None) -> str | None:
    """The record's `locale`/`lang`/`language` (a language code), else the enclosing record's."""
    for key in LANGUAGE_KEYS:
        value = mapping.get(key)
        if isinstance(value, Scalar) and isinstance(value.value, str) and _LANGUAGE_CODE.fullmatch(value.value.strip()):
            return declared_language(value.value.strip())
    return inherited


class Detected:
    """One detected string: the node, the key it sits under, the record's name and language."""

    __slots__ = ("node", "key", "name", "language", "record")

    def __init__(self, node: Scalar, key: str, name: str | None, language: str | None, record: int = 0):
        self.node, self.key, self.name, self.language = node, key, name, language
        self.record = record  # id() of the mapping it sits in (0 in a list): copies of one reply share it


def detect_strings(root, name_of) -> list[Detected]:
    """Reply strings anywhere in `root`, in document order; `name_of(mapping)` names a record."""
    found: list[Detected] = []
    if isinstance(root, Mapping) and any(root.get(key) is not None for key in SPEC_ROOT_KEYS):
        return found
    _walk(root, None, None, None, name_of, found, 0)
    found.sort(key=lambda item: item.node.start)  # companions were added after their reply
    return _without_previews(found)


def _without_previews(found: list[Detected]) -> list[Detected]:
    """Drop a string whose words begin another string of the same record (a `preview` or
    `excerpt`: the reply's first line, cut short), so the reply's words are read once."""
    by_record: dict[int, list[tuple[str, Detected]]] = {}
    for item in found:
        if item.record:
            by_record.setdefault(item.record, []).append((_words_of(item.node.value), item))
    kept = []
    for item in found:
        words = _words_of(item.node.value)
        cut = words.rstrip(".… ")
        if item.record and len(cut) >= 20 and any(
                _is_copy(cut, words, item, other_words, other) for other_words, other in by_record[item.record]):
            continue
        kept.append(item)
    return kept


def _is_copy(cut: str, words: str, item: Detected, other_words: str, other: Detected) -> bool:
    """`item` is a cut-short copy of `other`, or the same words with less markup (an HTML copy wins)."""
    if other is item:
        return False
    if other_words == words:
        return len(other.node.value) > len(item.node.value)
    return len(other_words) > len(cut) and other_words.startswith(cut)


def _words_of(value: str) -> str:
    return " ".join(_WORD.findall(visible_text(value)))


def _walk(node, key, name, language, name_of, found, depth) -> None:
    if depth > MAX_DEPTH:
        return
    if isinstance(node, Mapping):
        language = record_language(node, language)
        name = name_of(node) or name
        here: set[int] = set()
        for child_key, child in node.items:
            if is_metadata_key(child_key):
                continue
            if _is_string(child) and child_key not in LANGUAGE_KEYS and reads_as_prose(child.value):
                found.append(Detected(child, child_key, name or child_key, language, id(node)))
                here.add(id(child))
            elif isinstance(child, (Mapping, Sequence)):
                _walk(child, child_key, name, language, name_of, found, depth + 1)
        if here:
            _companions(node, here, name, language, found)
    elif isinstance(node, Sequence):
        for child in node.items:
            if _is_string(child) and reads_as_prose(child.value):
                found.append(Detected(child, f"{key}[]" if key else "[]", name, language))
            elif isinstance(child, (Mapping, Sequence)):
                _walk(child, key, name, language, name_of, found, depth + 1)


def _companions(mapping: Mapping, taken: set[int], name, language, found) -> None:
    for key in COMPANION_KEYS:
        value = mapping.get(key)
        if _is_string(value) and id(value) not in taken and is_companion(value.value):
            found.append(Detected(value, key, name or key, language, id(mapping)))


def is_metadata_key(key) -> bool:
    key = str(key)
    return key[:1] in ("$", "_") or key.lower() in METADATA_KEYS or names_agents(key)


def _is_string(node) -> bool:
    return isinstance(node, Scalar) and isinstance(node.value, str) and node.map is not None


def keys_used(found: list[Detected], limit: int = 10) -> str:
    """The keys the strings sat under, most used first: `html (12), subject (12), ...`."""
    counts: dict[str, int] = {}
    for item in found:
        counts[item.key] = counts.get(item.key, 0) + 1
    ordered = sorted(counts.items(), key=lambda pair: -pair[1])
    shown = ", ".join(f"{key} ({count})" for key, count in ordered[:limit])
    return shown + (f" and {len(ordered) - limit} more" if len(ordered) > limit else "")
