"""shouting (PL207): names an article gives in capitals in its own title or a link text, and names
any document quotes in capitals.

A product or project that spells its name in capitals (COSMIC, NVIDIA, a maker's BASE System)
shows it where the page names things: its title ('title: COSMIC', 'muzi works BASE System') or a
link to it ('[COSMIC Desktop](https://system76.com/cosmic)', '[NVIDIA License System](...)').
There the capitals stand right before another capitalised word of the name, or are the title's
only word; a title or link text that shouts ('Why you should NEVER reuse it', 'labeled as SPAM')
has lower-case words around its capitals. Such a name is one on the whole page, body included.
Counted before it was built (docs/accuracy.md, "shouting: names in capitals"): 17 labelled FPs,
no TP. Read in articles only: a reply's title or link shouts at the reader it is sent to.
"""

from __future__ import annotations

import re

from ..enums import Scope

_CAPITALS = r"[A-Z][A-Z0-9'’-]*[A-Z0-9]"
_BEFORE_A_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])(" + _CAPITALS + r")(?=[ \t]+[A-Z][a-z])")
_ONE_WORD = re.compile(r"\s*(" + _CAPITALS + r")\s*")
_TITLE_KEYS = ("title", "label")  # the front-matter keys read as the page's title (readers/markdown.py)


def names_the_page_gives(doc) -> set[str]:
    """Lower-cased words in capitals that the article's title or link texts give as a name."""
    def compute() -> set[str]:
        if doc.kind != "article":
            return set()
        names: set[str] = set()
        for text in _titles(doc):
            if (alone := _ONE_WORD.fullmatch(text)) is not None:
                names.add(alone.group(1).lower())
            names |= _names_in(text)
        for element in doc.elements:
            if element.kind == "link" and element.text:
                names |= _names_in(element.text)
        return names
    return doc.cached("names the page gives in capitals", compute)


def _titles(doc):
    """The page's title as its front matter or HTML gives it (and title attributes)."""
    for segment in doc.segments:
        if segment.scope == Scope.TITLE or segment.context.get("front_matter") in _TITLE_KEYS:
            yield segment.text


# A title or link text that is a sentence or headline ('DROP Your Old Tracker. Try ...!'), and a
# word in capitals right after a capitalised one ('Things You Should NEVER Share'): capitals
# stressing a word of a title-case phrase, not a name (held-out compare, shout23; examples in
# our words, rev23: the pages they came from are not permissively licensed).
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_TITLE_CASE_WORD_BEFORE = re.compile(r"[A-Z][a-z][\w'’]*[ \t]+\Z")


def _names_in(text: str) -> set[str]:
    if _SENTENCE_END.search(text):
        return set()
    return {match.group(1).lower() for match in _BEFORE_A_CAPITALISED_WORD.finditer(text)
            if not _TITLE_CASE_WORD_BEFORE.search(text, 0, match.start())}


# A run of words in capitals inside quotation marks or backticks, the opening mark not inside a
# word ("DON'T" holds no quote): '"LINK" keyword', '`IN PROGRESS` section', "the 'ORDER BY' clause".
# (The mark first, then the look-behind over it and the character before: the same matches, tried
# only at marks; speed29.)
_QUOTED_CAPITALS = re.compile(r"[\"'“‘`](?<![\w'’].)(" + _CAPITALS + r"(?:[ \t]+" + _CAPITALS + r"){0,5})[\"'”’`](?![\w])")


def names_the_page_quotes(doc, emphatic_words) -> set[str]:
    """Lower-cased words in capitals that the document writes inside quotation marks or backticks:
    a keyword, status, button or event mentioned by its name, which is a name wherever the document
    writes it (check27's FP, seed 316: a subject's LINK that the body calls the "LINK" keyword).
    Emphatic words stay shouts even quoted ('our "FREE" tier')."""
    def compute() -> set[str]:
        words = {word.lower() for match in _QUOTED_CAPITALS.finditer(doc.source.text) for word in match.group(1).split()}
        return words - emphatic_words
    return doc.cached("names the page quotes in capitals", compute)
