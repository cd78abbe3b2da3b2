"""The closed vocabularies shared by readers, rules, the engine and reporters.

Each is a `StrEnum`: a member is equal to its string and prints and serialises as it (JSON
output is unchanged), while code names the values it means and a typo is an AttributeError
instead of a comparison that is silently never true.
"""

from __future__ import annotations

from enum import StrEnum


class Scope(StrEnum):
    """What kind of text a segment is: rules choose the scopes they read."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list-item"
    BLOCKQUOTE = "blockquote"
    TABLE_CELL = "table-cell"
    CAPTION = "caption"
    TITLE = "title"  # an HTML title attribute or <title>
    ALT = "alt"  # an image's text alternative


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Applicability(StrEnum):
    """Whether `--fix` applies a fix (safe) or only `--unsafe-fixes` does (unsafe)."""

    SAFE = "safe"
    UNSAFE = "unsafe"


class Category(StrEnum):
    """The closed list of finding categories (a public interface: add, never rename)."""

    JARGON = "jargon"
    PASSIVE = "passive"
    READABILITY = "readability"
    SENTENCE_LENGTH = "sentence-length"
    ALT_TEXT = "alt-text"
    LINK_TEXT = "link-text"
    ACCESSIBILITY = "accessibility"
    CLICHE = "cliche"
    ASSUMPTIVE = "assumptive"
    INCLUSIVE = "inclusive"
    TONE = "tone"
    OTHER = "other"
    TERMINOLOGY = "terminology"  # issue 32: product names, house style, project vocabulary, heading case
    SPELLING = "spelling"  # issue 32: repeated words (and spelling rules to come)
