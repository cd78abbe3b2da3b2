"""What the tone rules read around a hit: the next word and the sentence."""

from __future__ import annotations

from bisect import bisect_right

from ..nlp.sentences import sentences_of
from .base import Hit


def next_word(hit: Hit) -> str:
    following = hit.segment.text[hit.end:hit.end + 40].split()
    return following[0].strip(".,;:!?)\"'”’").lower() if following else ""


def sentence_of(doc, hit: Hit) -> str:
    """The sentence holding the hit (found by bisection: a long paragraph has many hits)."""
    sentences = sentences_of(doc, hit.segment)
    starts = doc.cached_for("sentence_starts", hit.segment.key, lambda: [sentence.start for sentence in sentences])
    position = bisect_right(starts, hit.start) - 1
    if position >= 0 and hit.start < sentences[position].end:
        return sentences[position].text
    return hit.segment.text
