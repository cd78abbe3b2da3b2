"""link-text's vague opening words: a link whose text starts 'Click here' and goes on ('Click here
to view the invitation', trial17's seed-254 miss) is judged on those words (react24). link-text
judges whole link texts against the vague list; these words say nothing either, and the rest of
the text names the link. So is a lone 'here' before a preposition ('here on Steam', 'here for
iOS'): the words after it name the place. Not 'Here is ...' or 'Here's ...' (a sentence that opens
the link's text: 'Here's how' is a whole vague text already), nor a 'here' in the middle."""

from __future__ import annotations

import re

from .base import Hit

# Between the words: white space, or a no-break space written as an entity in HTML (rev24).
_GAP = r"(?:\s|&nbsp;|&#160;|&#x[aA]0;)+"
_OPENING = re.compile(rf"(?:click|tap|press){_GAP}(?:here|this{_GAP}link)\b|here(?={_GAP}(?:on|for|in|to|at)\b)", re.I)
_WORD_AFTER = re.compile(r"\W*\w")


def vague_opening(source: str, start: int, end: int) -> Hit | None:
    """The link text source[start:end]'s vague opening words, when more words follow them."""
    opening = _OPENING.match(source, start, end)
    if opening is None or _WORD_AFTER.match(source, opening.end(), end) is None:
        return None
    words = " ".join(re.sub(_GAP, " ", opening.group()).split())
    return Hit(opening.start(), opening.end(), (
        f"Link text starts with '{words}', which says nothing out of context: screen-reader users hear "
        "the list of links. Start with the words that name the destination or action ('View the "
        "invitation', not 'Click here to view the invitation')"))
