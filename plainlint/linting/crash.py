"""A bug in plainlint while linting a file: the rule it happened in named, in one line.

The engine confines such a bug to the file (`engine.isolated`, the language server's lint):
the file gets one error instead of its findings, and the run or the server goes on. That error
line is all most users see, so it says which rule failed on this input.
"""

from __future__ import annotations

from collections.abc import Iterator


def checked(rule, doc, options) -> Iterator:
    """`rule.check(doc, options)`'s hits; a bug in the rule carries a note naming it."""
    try:
        yield from rule.check(doc, options)
    except Exception as exc:
        exc.add_note(f"in rule {rule.code} ({rule.name})")
        raise


def describe(exc: BaseException) -> str:
    """`internal error in rule PL101 (jargon): ValueError('...') (please report it)`, or without
    the rule when the bug was not in one (a reader, the engine)."""
    where = next((note for note in getattr(exc, "__notes__", ()) if note.startswith("in rule ")), None)
    return f"internal error{' ' + where if where else ''}: {exc!r} (please report it)"
