"""`lint-fenced`: fenced code blocks whose language says they hold prose (saved replies kept as
```` ```md ```` blocks in one Markdown file) are read as Markdown or plain text.

Off by default: a fence is code unless the config names its language. The fence's content is
read from a same-length view of the file in which everything but the content (the fences, the
rest of the file, the `> ` and indentation of containers) is blanked, so every offset the inner
read produces is already a source offset.
"""

from __future__ import annotations

import re

# Fence languages the option accepts, and the reader each one selects.
FENCED_FORMATS = {"md": "markdown", "markdown": "markdown", "text": "text", "txt": "text",
                  "plain": "text", "plaintext": "text"}
_NOT_LINE_BREAK = re.compile(r"[^\r\n]")


def validate(value, fail) -> None:
    """`lint-fenced` is a list of fence languages from FENCED_FORMATS; `fail(message)` raises."""
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        fail("expected a list of fence languages, such as [md, markdown, text]")
    unknown = [item for item in value if item.lower() not in FENCED_FORMATS]
    if unknown:
        fail(f"unknown fence language {unknown[0]!r} (known: {', '.join(FENCED_FORMATS)})")


def fence_language(info: str) -> str:
    """The language word of a fence's info string: `md` of ```` ```md title="Refund" ````."""
    words = info.strip().lstrip("{.").split()
    return words[0].rstrip("}").lower() if words else ""


class FencedProse:
    """The views of the selected fences of one file, built from its blanked copy."""

    def __init__(self, text: str, languages: tuple[str, ...]):
        self.text = text
        self.formats = {language.lower(): FENCED_FORMATS[language.lower()] for language in languages}
        self._blank: str | None = None

    def format_of(self, info: str) -> str | None:
        return self.formats.get(fence_language(info))

    def view(self, spans: list[tuple[int, int]]) -> str:
        """The text with everything outside `spans` (the content lines) blanked; line breaks
        stay, so line numbers and offsets do too. Ends after the last span."""
        if self._blank is None:
            self._blank = _NOT_LINE_BREAK.sub(" ", self.text)
        parts, pos = [], 0
        for start, end in spans:
            parts.append(self._blank[pos:start])
            parts.append(self.text[start:end])
            pos = end
        return "".join(parts)
