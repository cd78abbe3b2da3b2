"""heading-case (PL504, off by default): headings in sentence case (or title case), knowing the
product names of rulesets/terminology.yaml and the project vocabulary."""

from __future__ import annotations

import functools
import re
from typing import Iterator

from ..enums import Applicability, Category, Scope
from ..reading.offsets import PLACEHOLDER
from ..linting.vocabulary import EMPTY
from .base import Hit, Option, Rewrite, Rule, inside_any, quoted_spans
from .terminology import terminology_data
from ..regex_cache import longest_first

_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*")
_CLAUSE_END = re.compile(r"[:.!?—–]\s*\Z")
STYLES = ("sentence", "title")


class HeadingCase(Rule):
    code = "PL504"
    name = "heading-case"
    category = Category.TERMINOLOGY
    enabled_by_default = False
    summary = "Headings not in the house case: sentence case (default) or title case"
    rationale = (
        "Most support style guides (Microsoft, Google, GOV.UK, Mailchimp) write headings in "
        "sentence case: it reads faster, and product names stand out because they are the only "
        "capitals. Mixed styles across a help centre look unfinished. The rule knows the product "
        "names of the terminology list and the project vocabulary; add your own names to the "
        "vocabulary's accept list. Off by default: turn it on with `extend-select: [heading-case]`."
    )
    bad = ("# Reset Your Password\n", "## How To Connect Your Account To Slack\n")
    good = ("# Reset your password\n", "## Connect your GitHub account to Google Drive\n")
    fix_safety = "Unsafe: the case of each word is changed; a name the rule does not know would be changed too."
    fix_levels = (Applicability.UNSAFE,)
    flags_unit = True
    options = {
        "style": Option("sentence", "sentence or title", choices=("sentence", "title")),
        "names": Option([], "more words and names that keep their capitals"),
    }

    def check(self, doc, options) -> Iterator[Hit]:
        style = options.get("style", "sentence")
        if style not in STYLES:
            style = "sentence"
        vocabulary = doc.vocabulary or EMPTY
        protected = protected_pattern(tuple(options.get("names") or []), vocabulary.accept)
        for segment in doc.segments:
            if segment.scope != Scope.HEADING:
                continue
            hit = heading_hit(segment, style, protected)
            if hit is not None:
                yield hit


@functools.lru_cache(maxsize=16)
def protected_pattern(extra: tuple[str, ...], accepted: tuple[str, ...]) -> re.Pattern:
    data = terminology_data()
    names = [raw["name"] for raw in data.get("names", [])] + list(data["heading_case"]["always_capitalised"])
    names += list(extra) + list(accepted)
    body = "|".join(r"\s+".join(map(re.escape, n.split())) for n in longest_first(set(names)))
    return re.compile(rf"(?<![\w'’-])(?:{body})(?![\w'’]|-\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def minor_words() -> frozenset[str]:
    return frozenset(terminology_data()["heading_case"]["minor_words"])


def _keeps_case(word: str) -> bool:
    """Acronyms, words with inner capitals or digits: written as their owners write them."""
    letters = word.replace("’", "'")
    return (sum(c.isupper() for c in letters) > 1) or any(c.isdigit() for c in letters) or \
        any(c.isupper() for c in letters[1:])


def heading_hit(segment, style: str, protected: re.Pattern) -> Hit | None:
    text = segment.text
    words = [m for m in _WORD.finditer(text)]
    letters = [c for c in text if c.isalpha()]
    if len(words) < 2 or (letters and all(c.isupper() for c in letters)):
        return None  # one word, or ALL CAPS (shouting's business)
    skip = [m.span() for m in protected.finditer(text)] + quoted_spans(segment)
    placeholders = [(p.start, p.end) for p in segment.map.pieces_in(0, len(text)) if p.kind == PLACEHOLDER]
    wrong = []
    for index, match in enumerate(words):
        word = match.group()
        start, end = match.span()
        if inside_any(start, end, skip) or any(lo < end and start < hi for lo, hi in placeholders):
            continue
        if _keeps_case(word):
            continue
        opens = index == 0 or bool(_CLAUSE_END.search(text, 0, start))
        last = index == len(words) - 1
        if style == "sentence":
            if not opens and word[:1].isupper():
                wrong.append((start, end, word[0].lower() + word[1:]))
        else:
            minor = word.lower() in minor_words() and not opens and not last
            want = word.lower() if minor else word[0].upper() + word[1:]
            if want != word:
                wrong.append((start, end, want))
    if not wrong:
        return None
    first, last_end = wrong[0][0], wrong[-1][1]
    pieces, pos = [], first
    for start, end, want in wrong:
        pieces += [text[pos:start], want]
        pos = end
    replacement = "".join(pieces)
    shown = ", ".join(f"'{text[s:e]}'" for s, e, _ in wrong[:5])
    message = (f"Heading not in sentence case: lower-case {shown} (names keep their capitals)" if style == "sentence"
               else f"Heading not in title case: {shown}")
    hit = Hit(first, last_end, message, segment, [replacement])
    hit.rewrite = Rewrite(replacement, Applicability.UNSAFE, "Change the case of the heading's words")
    return hit
