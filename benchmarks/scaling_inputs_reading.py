"""Scaling inputs for session 17's readings (rev17): translation helpers' English read in place
(plainlint/reading/translation_strings.py), the agent lines of an article
(plainlint/rules/agent_lines.py) and link-text's parallel names."""

from __future__ import annotations

LINES = (
    "Let me put you on hold while I check that order.",
    "One moment please, I'm looking into it.",
    "Your refund was declined!",
    "I can see the payment went through this morning.",
)


def make_translation_calls(n: int) -> tuple[str, bytes]:
    """A Handlebars e-mail of n distinct translation calls, each with its English default, an
    escape and a placeholder (the issue's 1 MB template of 20,000 helper calls)."""
    parts = [f'<p>{{{{t "Mail.Line{i}" "Hi {{name}}, we can\\\'t ship order {i} yet. '
             f'{LINES[i % len(LINES)]}" name=customer.name}}}}</p>\n' for i in range(n)]
    return "email.hbs", ("<html><body>\n" + "".join(parts) + "</body></html>\n").encode()


def make_agent_line_article(n: int) -> tuple[str, bytes]:
    """A long training article: n sections, each a heading (every other one naming lines to say),
    a customer's lead with a list of their words, and a list of the agent's lines."""
    parts = []
    for i in range(n):
        heading = "What to say" if i % 2 else f"Handling question {i}"
        parts.append(f"## {heading}\n\nIf the customer says:\n\n- \"My order {i} is late.\"\n"
                     f"- \"I was charged twice.\"\n\n1. \"{LINES[i % len(LINES)]}\"\n"
                     f"2. {LINES[(i + 1) % len(LINES)]}\n\nThe agent then writes a note.\n\n")
    return "training.md", "".join(parts).encode()


def make_vague_links(n: int) -> tuple[str, bytes]:
    """n list items, each a capitalised one-word vague link ("[Here](...)"): link-text's reading of
    parallel names (left17) looks at each one's neighbouring links."""
    parts = [f"- [Here](https://help.example.com/docs/page-{i}) for plan {i}.\n" for i in range(n)]
    return "links.md", ("# Plans\n\n" + "".join(parts)).encode()


def make_mkdocs_blocks(n: int) -> tuple[str, bytes]:
    """An MkDocs Material page of n content tabs, each holding admonitions nested three deep (one
    indented with a tab) with prose, a fence and a hard break in their bodies
    (plainlint/reading/readers/mkdocs_blocks.py; rev18a)."""
    parts = []
    for i in range(n):
        parts.append(f'=== "Board {i}"\n\n    {LINES[i % len(LINES)]}\n\n    !!! note "Before you start"\n'
                     f"        Check the cable for board {i}.  \n        Then restart the hub.\n\n"
                     f'        ??? tip "Older boards"\n\n\t\t\tUse the spare port.\n'
                     f"\t\t\t```console\n\t\t\treboot --board {i}\n\t\t\t```\n"
                     f"\t\t\t!!! warning\n\t\t\t\t{LINES[(i + 1) % len(LINES)]}\n\n")
    return "boards.md", ("# Boards\n\n" + "".join(parts)).encode()
