"""`lint-fenced`: fenced code blocks whose language says they hold prose (saved replies kept as
```` ```md ```` blocks in one Markdown file) are read as Markdown or plain text.

A fence is code unless the config names its language, except in a file whose path says it holds
saved replies (`SAVED_REPLIES.md`, `replies/*.md`: kinds.path_signals) or that config makes a
reply (session 12, replies3): GitHub's saved-replies convention (angular/angular's
`SAVED_REPLIES.md`, copied by angular-cli, nx, 10up and their followers) keeps each reply in a
fence with no language, so a first run linted only the file's headings and introduction. There,
with no `lint-fenced` set, REPLY_FENCES are read: the prose languages, and a fence with no
language when its content reads as a reply (detect.reads_as_prose once Markdown links and inline
code are left out), so a shell command in a bare fence stays code. `lint-fenced: []` turns it off.

The fence's content is read from a same-length view of the file in which everything but the
content (the fences, the rest of the file, the `> ` and indentation of containers) is blanked, so
every offset the inner read produces is already a source offset.
"""

from __future__ import annotations

import re

from ..kinds import REPLY, path_signals, project_path
from .detect import reads_as_prose

# Fence languages the option accepts, and the reader each one selects.
FENCED_FORMATS = {"md": "markdown", "markdown": "markdown", "text": "text", "txt": "text",
                  "plain": "text", "plaintext": "text"}
_NOT_LINE_BREAK = re.compile(r"[^\r\n]")
# A fence with no info string: read as Markdown, and only when its content reads as a reply.
BARE = ""
# Fence languages read as prose, unless `lint-fenced` is set, in a file that is a saved reply by
# its path or by config.
REPLY_FENCES = (BARE, "md", "markdown", "text", "txt", "plain", "plaintext")
# Elsewhere, unless `lint-fenced` is set: a fence with no info string whose content is an e-mail
# (reads_as_email), which the customer is sent whatever page keeps it (check34: a procedure's
# check-in e-mail, a team's incident notices; 20 fences in five held-out support sources).
EMAIL = "(e-mail)"
# An e-mail as a page shows it: its subject line first, then a greeting on a line of its own.
_SUBJECT_FIRST = re.compile(r"\A\s*Subject:[ \t]*\S")
_GREETING_LINE = re.compile(r"^[ \t]*(?:Hi|Hello|Dear|Hey|Good (?:morning|afternoon|evening))\b", re.M | re.I)
# What a reader sees of Markdown link syntax and inline code when judging a bare fence.
_MARKDOWN_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*\)")
_INLINE_CODE = re.compile(r"`[^`\n]+`")
# A template's fill-in in square brackets ("[what you'll learn]", "[Name]"), which the agent
# replaces before sending: words, not code marks (replies5: a call script of two sentences with
# three fill-ins read as code).
_FILL_IN = re.compile(r"(?<![\w\]])\[[A-Za-z][^\[\]\n=;{}$|\\]{0,79}\](?![(\[:])")
# A line of a terminal session or a log, not of a reply: a shell prompt, a log level ("ERROR in",
# "WARN:", "[INFO]"), a stack frame ("at render (app.js:3:9)"). A root prompt `#` is one only before
# a command (_ROOT_PROMPT): `# Thanks for the report` is a reply's Markdown h1.
_CONSOLE_LINE = re.compile(r"^[ \t]*(?:[$%] \S|\[?(?:ERROR|ERR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL)\b[\]:]?(?:\s+in\b|:|\])|"
                           r"at \S+ \(\S+:\d+)", re.M)
# A root shell prompt: `#` and a command, whose name is written in lower case ('# apt install
# nginx', '# systemctl restart app', '# ./install.sh', '# /usr/sbin/nginx -t'); a heading's first
# word is not ('# Thanks for the report', '# iPhone setup', '# 2FA codes').
_ROOT_PROMPT = re.compile(r"^[ \t]*#[ \t]+(?:[./~]|[a-z][a-z0-9._+-]*(?:[ \t]|$))", re.M)


def validate(value, fail) -> None:
    """`lint-fenced` is a list of fence languages from FENCED_FORMATS; `fail(message)` raises."""
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        fail("expected a list of fence languages, such as [md, markdown, text]")
    unknown = [item for item in value if item.lower() not in FENCED_FORMATS]
    if unknown:
        fail(f"unknown fence language {unknown[0]!r} (known: {', '.join(FENCED_FORMATS)})")


def fence_languages(configured: tuple[str, ...] | None, kind: str | None, path: str) -> tuple[str, ...]:
    """The fence languages read as prose in the file at `path` (relative to its project):
    `lint-fenced` when set, else REPLY_FENCES in a saved reply (by config `kind`, else its path)."""
    if configured is not None:
        return configured
    if kind == REPLY or (kind is None and any("saved-reply" in signal for signal in path_signals(path))):
        return REPLY_FENCES
    return (EMAIL,)


def prose_fences(settings, path: str, project: str | None = None) -> tuple[str, ...]:
    """fence_languages for the file at `path` under a config's FileSettings (the linter's read and
    the language server's re-read of a file must agree). `project`: `path` from the project's
    root (kinds.project_path) when the caller has it; the path is read only when neither
    `lint-fenced` nor `kind` is configured."""
    if settings.lint_fenced is not None or settings.kind is not None:
        return fence_languages(settings.lint_fenced, settings.kind, path)  # (the path is not read)
    return fence_languages(None, None, project if project is not None else project_path(path, settings.root))


def reads_as_reply(content: str) -> bool:
    """Whether a bare fence's content is a reply: prose once links show their words, inline
    code is left out and a fill-in's brackets are dropped, with no line of a terminal session or a log (a command, a log level, a
    stack frame), so not a command, a log or a code sample. A `#` line is a root prompt before a
    command only: before words ('# Thanks for the report') it is the reply's heading."""
    if _CONSOLE_LINE.search(content) or _ROOT_PROMPT.search(content):
        return False
    return reads_as_prose(_FILL_IN.sub(_fill_in_words, _INLINE_CODE.sub(" ", _MARKDOWN_LINK.sub(r"\1", content))))


def reads_as_email(content: str) -> bool:
    """Whether a bare fence's content is an e-mail: a subject line first, a greeting line, and a
    reply's prose (reads_as_reply). Headers before the subject ('From:') make a raw message."""
    return _SUBJECT_FIRST.match(content) is not None and _GREETING_LINE.search(content) is not None \
        and reads_as_reply(content)


def _fill_in_words(match: re.Match) -> str:
    return " " + match.group()[1:-1].replace("/", " ") + " "


def fence_language(info: str) -> str:
    """The language word of a fence's info string: `md` of ```` ```md title="Refund" ````."""
    words = info.strip().lstrip("{.").split()
    return words[0].rstrip("}").lower() if words else ""


class FencedProse:
    """The views of the selected fences of one file, built from its blanked copy."""

    def __init__(self, text: str, languages: tuple[str, ...]):
        self.text = text
        self.formats = {language.lower(): FENCED_FORMATS.get(language.lower(), "markdown") for language in languages}
        # (EMAIL,): bare fences only, and only those that read as an e-mail
        self.emails_only = EMAIL.lower() in self.formats
        if self.emails_only:
            self.formats = {BARE: "markdown"}
        self._blank: str | None = None

    def format_of(self, info: str) -> str | None:
        return self.formats.get(fence_language(info))

    @staticmethod
    def is_bare(info: str) -> bool:
        return fence_language(info) == BARE

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

    def dedented_view(self, spans: list[tuple[int, int]]) -> str:
        """view(), with each content line's blanked container prefix (a list item's indentation,
        a block quote's '> ') moved to the end of the line before it, as tabs: the inner Markdown
        read sees the reply's own indentation, not four columns or more of blanks that would make
        it an indented code block ('- Billing' / '  - Refund' / '    ```md'). Tabs at a line's
        end make no hard break, and a blank line stays blank; offsets of the content are kept."""
        view = self.view(spans)
        parts, pos = [], 0
        for start, _ in spans:
            line_break = view.rfind("\n", pos, start)
            if line_break < 0 or view[line_break + 1:start].strip(" "):
                continue  # not the start of a line, or text before it on its line
            break_start = line_break - 1 if line_break > 0 and view[line_break - 1] == "\r" else line_break
            parts += [view[pos:break_start], "\t" * (start - line_break - 1), view[break_start:line_break + 1]]
            pos = start
        parts.append(view[pos:])
        return "".join(parts)
