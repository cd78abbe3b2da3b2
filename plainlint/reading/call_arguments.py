"""Where one argument of a helper call written in a template ends: Rails' `link_to "Text", url`
(reading.erb_links: the address after the text) and Laravel's `@component('mail::button', ['url' =>
$url])` (reading.blade: the URL expression). Both read an expression of the template's language up
to the first comma outside brackets and quotes, which a regular expression cannot do once a call
or an array nests inside it (`link_to "Help", help_path(anchor: "x", id: 1)`).
"""

from __future__ import annotations

import re


def argument_end(text: str, start: int, stop: re.Pattern | None = None) -> tuple[int, str]:
    """(where, what) for the expression at `start`: the first `,` outside brackets and quotes
    (what ','), a closing bracket no bracket after `start` opened (what: that bracket), a place
    outside brackets and quotes where `stop` matches (what 'stop'), or the end of `text` (what '').
    A backslash in a quoted string keeps the character after it in the string."""
    depth, quote, at = 0, None, start
    while at < len(text):
        char = text[at]
        if quote:
            if char == "\\":
                at += 2
                continue
            if char == quote:
                quote = None
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            if depth == 0:
                return at, char
            depth -= 1
        elif depth == 0 and char == ",":
            return at, ","
        elif depth == 0 and stop is not None and stop.match(text, at):
            return at, "stop"
        at += 1
    return len(text), ""
