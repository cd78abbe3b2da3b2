"""image-of-text (PL405): images whose alt text or file name says they hold text."""

from __future__ import annotations

import functools
import re

from .alt_text import data, file_stem
from .base import Hit, Rule
from ..enums import Category
from ..nlp.english import english_function_words


_SPLIT_NAME = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")
_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z-]*)\b")
NOUN_PHRASE_REACH = 4  # words after a text word in which an interface noun ends its noun phrase


def _alt_phrase(lowered: str, words) -> str | None:
    """The first text_image_alt entry in the alt text that is not part of an interface's name:
    'a screenshot of the code block menu' shows a menu; 'a screenshot of the code in the editor',
    '... of the error message after sign-in' and 'the text reads Welcome' show text."""
    for phrase in words["text_image_alt"]:
        if phrase not in lowered:  # (most alt texts hold none of the phrases: no pattern run)
            continue
        for match in _phrase_pattern(phrase).finditer(lowered):
            if phrase.rsplit(" ", 1)[-1] in words["text_image_alt_verbs"] \
                    or not _names_an_interface_part(lowered, match.end(), words):
                return phrase
    return None


@functools.lru_cache(maxsize=None)
def _phrase_pattern(phrase: str) -> re.Pattern:
    """`phrase` as a whole-word pattern, compiled once per process, not once per image."""
    return re.compile(rf"\b{re.escape(phrase)}\b")


def _names_an_interface_part(lowered: str, end: int, words) -> bool:
    """Whether the words right after `end` (no punctuation, no function word between) reach an
    interface noun: 'code block autocomplete menu', 'email tab'."""
    interface, function_words = words["text_image_interface_nouns"], english_function_words()
    for _ in range(NOUN_PHRASE_REACH):
        following = _NEXT_WORD.match(lowered, end)
        if following is None or following.group(1) in function_words:
            return False
        if following.group(1) in interface:
            return True
        end = following.end()
    return False


class ImageOfText(Rule):
    code = "PL405"
    name = "image-of-text"
    category = Category.ACCESSIBILITY
    english_only = False
    summary = "Images that seem to be pictures of text (flagged for review)"
    rationale = (
        "Text inside an image cannot be resized, restyled, translated, searched or read by most "
        "assistive technology, and it blurs when zoomed. When an image's alt text or file name says "
        "it shows text ('Screenshot of the error message', 'quote-banner.png'), put the words in "
        "the page as text and keep the image for what only a picture can show. Logos are exempt. "
        "The rule cannot see the pixels: each finding is a prompt to check the image."
    )
    bad = (
        "![Screenshot of the error message that says Access denied](error.png)\n",
        "![Our promise](customer-promise-quote.png)\n",
    )
    good = (
        "The error message says **Access denied**.\n\n![The sign-in page with the error under the password box](error.png)\n",
    )

    def check(self, doc, options):
        words = data()
        file_words = set(words["text_image_file_words"])
        for element in doc.elements:
            if element.kind != "image":
                continue
            alt = " ".join((element.alt or "").split())
            lowered = alt.lower()
            phrase = _alt_phrase(lowered, words)
            stem_words = {w.lower() for w in _SPLIT_NAME.split(file_stem(element.src)) if w}
            if stem_words & set(words["price_quote_words"]):
                stem_words -= {"quote", "quotes", "quotation"}  # a price quote, not a quotation
            if phrase:
                reason = f"its alt text says it shows text ('{phrase}')"
            elif len(alt) > 2 and alt[0] in "\"“'‘" and alt[-1] in "\"”'’":
                reason = "its alt text is a quotation"
            elif stem_words & file_words:
                reason = f"its file name suggests text ('{sorted(stem_words & file_words)[0]}')"
            else:
                continue
            yield Hit(element.start, element.end, (
                f"This image may be a picture of text: {reason}. Text in images cannot be resized, "
                "translated or read by most assistive technology: put the words in the page as text"))
