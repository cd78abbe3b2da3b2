"""html-lang (PL408): an HTML page needs a lang attribute."""

from __future__ import annotations

from ..reading.readers.common import primary_subtag
from .base import Hit, Rule, html_attrs
from ..enums import Category


class HtmlLang(Rule):
    code = "PL408"
    name = "html-lang"
    category = Category.ACCESSIBILITY
    english_only = False
    example_format = "html"
    summary = "A full HTML document whose <html> has no lang attribute, or lang=\"und\""
    rationale = (
        "Screen readers pick their voice and pronunciation from the page language. Without "
        "lang on <html>, an English email may be read with a French voice on a French phone, and "
        "the words become hard to follow. Partials and fragments without an <html> element are "
        "skipped: the page that includes them sets the language. lang=\"und\" (language "
        "undetermined) is flagged too: it tells the screen reader nothing."
    )
    bad = ("<!DOCTYPE html>\n<html>\n<body><p>Your invoice is ready.</p></body>\n</html>\n",)
    good = ("<!DOCTYPE html>\n<html lang=\"en\">\n<body><p>Your invoice is ready.</p></body>\n</html>\n",)

    def check(self, doc, options):
        for element in doc.elements:
            if element.tag != "html":
                continue
            attrs = html_attrs(element)
            lang = attrs.get("lang", "").strip() or attrs.get("xml:lang", "").strip()
            if not lang and doc.source.text.startswith("<mjml", element.start):
                yield Hit(element.start, element.end, (
                    "<mjml> has no lang attribute: MJML renders <html lang=\"und\"> (undetermined), so screen "
                    "readers cannot pick the right voice. Add lang to <mjml> (lang=\"en\", or the language "
                    "code a translated e-mail is sent in)"))
            elif not lang:
                yield Hit(element.start, element.end, (
                    "<html> has no lang attribute: screen readers cannot pick the right voice. "
                    + _add_lang(doc)))
            elif primary_subtag(lang) == "und":
                yield Hit(element.start, element.end, (
                    f"<html lang=\"{lang}\"> says the language is undetermined: screen readers cannot "
                    "pick the right voice. Use the page's language, such as lang=\"en\""))


def _add_lang(doc) -> str:
    """The language to add: the one the file name or front matter gives ('help-de-DE.html'), else
    English, the language plainlint checks."""
    if doc.language and doc.language_origin in ("file name", "front matter"):
        return f"Add lang=\"{doc.language}\" (the language the {doc.language_origin} gives)"
    return "Add lang=\"en\" (or the page's language)"
