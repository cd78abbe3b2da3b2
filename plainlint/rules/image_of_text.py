"""image-of-text (PL405): images whose alt text or file name says they hold text."""

from __future__ import annotations

import re

from .alt_text import data, file_stem
from .base import Hit, Rule
from ..enums import Category


_SPLIT_NAME = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")


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
            phrase = next((p for p in words["text_image_alt"] if re.search(rf"\b{re.escape(p)}\b", lowered)), None)
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
