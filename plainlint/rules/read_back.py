"""Reading the words before a place back from it: an expression anchored at a match's start
(`...\\Z`) that spans a bounded number of words is searched from that many words back, not from
the text's start, so a long text's matches do not each search all of it again (rev26, lin27)."""

from __future__ import annotations

import re


def start_of_words_before(text: str, end: int, count: int, runs: re.Pattern | None = None) -> int:
    """Where the `count`-th word (run of \\w, or a match of `runs`) before `end` starts, or 0 when
    fewer come before it. An expression anchored at `end` (`...\\Z`) that starts at a word boundary
    and spans at most `count` words finds from here what it finds from the text's start, without
    the whole text before each match being searched again for every match (rev26: the square of a
    long sentence's hovers). Read in windows before `end` that double until the window holds one
    run more than `count` (its first may be cut) or reaches the text's start."""
    if count <= 0:
        return end
    runs, width = runs or _WORD_RUN, 16 * (count + 1)
    while True:
        start = max(0, end - width)
        starts = [m.start() for m in runs.finditer(text, start, end)]
        if len(starts) > count or start == 0:
            return starts[-count] if len(starts) >= count else 0
        width *= 2


_WORD_RUN = re.compile(r"\w+")
