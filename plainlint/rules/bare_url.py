"""bare-url (PL411): a URL typed into the prose of a format that could have linked it with words."""

from __future__ import annotations

import functools
import re

from .base import Hit, Rule
from .link_text import BARE_DOMAIN, HTML_TAG, LOOK_BACK, URL_TEXT, URL_TO_COPY, names_no_web_page
from .link_text_spans import link_text_spans
from ..enums import Category, Scope
from ..linting.ruleset_data import load_ruleset_file
from ..reading.readers.common import URL

# Formats whose readers can follow a link with words: a URL typed into their prose could have
# been one. A plain-text e-mail shows the URL itself, so it is never reported there (issue 29).
_LINKING_FORMATS = {"markdown", "mdx", "html"}
# A link as the writer of each format types it.
_LINK_EXAMPLE = {"markdown": "[Billing settings](https://...)", "mdx": "[Billing settings](https://...)",
                 "html": '<a href="https://...">Billing settings</a>'}
_PROSE_SCOPES = {Scope.PARAGRAPH, Scope.LIST_ITEM, Scope.BLOCKQUOTE, Scope.TABLE_CELL}
_STAND_IN = re.compile(r"(?<![\w])X(?![\w])")
# Words just before a URL in prose that make it a value rather than a place to go (issue 29,
# corpus): an example ("for example https://...", "such as http://..."), or a setting's value
# ("Base URL: https://...", "point the origin URL to https://...", "the API at https://...").
# A sentence that opens with 'For example,' shows its URL as the example ('For example, the PPA at
# https://... is also written ppa:...': seed 221's FP, Ubuntu Server's automatic updates page).
_EXAMPLE_BEFORE = re.compile(r"(?:\be\.g\.|\bi\.e\.|\bfor (?:example|instance)|\bexamples?|\bsuch as|\blike)"
                             r"[\s,:]*[\"'“‘(*_]*\Z|(?:^|[.!?:]\s+)for (?:example|instance),[^.!?\n]{0,40}\Z", re.I)
# A lead-in that names the URL and ends in a colon ('You can use the following URL to test:') makes
# the URL on the next line a value too (check20's FP, Homarr's sample video address).
_VALUE_BEFORE = re.compile(r"\b(?:URLs?|URIs?|API|endpoint|host(?:name)?|address)\b(?:[^.!?\n]{0,30}|[^.!?\n]{0,30}:\s*)\Z")
# Marks or tags right before a URL that set it apart as a value: quotes, emphasis, code, or a
# word or bracket glued to it ('[alt]http://...' is a value to type).
_SET_APART = re.compile(r"(?:[\"'“‘*_`\w\]]|<(?:em|strong|b|i|code|kbd|var|samp|tt)\b[^>]*>)\Z", re.I)
# Markdown's link syntax shown as text, its brackets escaped: '\\[Link\\](https://...)', a reference
# definition '\\[1\\]: https://...' or an autolink '\\<https://...\\>' on a cheat sheet is an example
# of what to type (check17's FP, Lemmy's formatting table).
_ESCAPED_LINK_SYNTAX = re.compile(r"(?:\\\](?:\(|:[ \t]*)|\\<)\Z")


def bare_urls_in_prose(doc):
    """(source start, source end, url) of each URL written as plain text in a paragraph, list item,
    quote or table cell of a Markdown, MDX or HTML document: not a link, not code (readers put a
    one-letter stand-in where a URL or code was; only a stand-in whose source is exactly a URL
    with a scheme or path counts), not a bare domain, not a URL meant to be copied."""
    if doc.format not in _LINKING_FORMATS:
        return
    links = link_text_spans(doc)
    for segment in doc.segments:
        if segment.scope not in _PROSE_SCOPES or "X" not in segment.text:
            continue
        for stand_in in _STAND_IN.finditer(segment.text):
            span = segment.source_of_match(stand_in)
            url = _ascii_part(doc.source.text[span.start:span.end])
            if not URL.fullmatch(url) or not URL_TEXT.match(url) or BARE_DOMAIN.match(url) or names_no_web_page(url):
                continue
            holder = links.holding(span.start)
            if holder is not None and span.end <= holder.end:
                continue  # the text of a link: reported as a URL as link text
            if _url_is_a_value(doc.source.text[max(0, span.start - LOOK_BACK):span.start]) \
                    or _argument_of_a_command(doc.source.text, span.start) \
                    or not segment.text.replace("X", "", 1).strip(" .,:;()"):
                continue  # a URL meant to be seen, or one on its own (a list of addresses)
            yield span.start, span.start + len(url), url


def _ascii_part(url: str) -> str:
    """The URL up to its first non-ASCII character: in 'https://sourceforge.net에' (Korean, a
    particle glued to the address) only the address is the URL."""
    for index, char in enumerate(url):
        if ord(char) > 127:
            return url[:index]
    return url


@functools.lru_cache(maxsize=1)
def _command_line() -> re.Pattern:
    """A line that opens with a program fetching a URL (rulesets/accessibility.yaml, url_commands),
    after any tags, a list marker, a shell prompt or sudo, and holds only its words up to the URL."""
    programs = "|".join(sorted(map(re.escape, load_ruleset_file("accessibility")["url_commands"]),
                               key=len, reverse=True))
    return re.compile(r"[ \t]*(?:<[^<>\n]*>[ \t]*)*(?:[-*+][ \t]+|\d{1,2}[.)][ \t]+)?(?:[$%>#][ \t]*)?"
                      r"(?:sudo[ \t]+)?(?:" + programs + r")(?:[ \t]+\S*[^\s.!?,;:]){0,6}?[ \t]+\Z")


def _argument_of_a_command(text: str, url_start: int) -> bool:
    """Whether the URL is an argument typed on a command line ('curl https://... | bash', '$ git
    clone https://...') outside code: its line opens with the program (check27's FP, seed 315)."""
    window = max(0, url_start - LOOK_BACK)  # (a longer line is no command; a bounded look keeps one long line linear)
    line_start = text.rfind("\n", window, url_start) + 1
    if line_start == 0 and window > 0:
        return False
    return _command_line().match(text, line_start, url_start) is not None


def _url_is_a_value(before: str) -> bool:
    """Whether the source text before a URL in prose shows it is meant to be seen: copied or typed
    (URL_TO_COPY), an example, a setting's value, set apart in quotes, emphasis or code, or shown in
    escaped link syntax."""
    if _SET_APART.search(before) or _ESCAPED_LINK_SYNTAX.search(before):
        return True
    text = HTML_TAG.sub(" ", before)
    return bool(URL_TO_COPY.search(text) or _EXAMPLE_BEFORE.search(text) or _VALUE_BEFORE.search(text))


class BareUrl(Rule):
    code = "PL411"
    name = "bare-url"
    category = Category.LINK_TEXT
    english_only = False
    summary = "A URL written in the prose of Markdown, MDX or HTML instead of a link with words"
    rationale = (
        "A screen reader reads a URL out piece by piece ('h t t p s colon slash slash ...'), and where "
        "the format does not turn it into a link the reader has to copy it. Markdown, MDX and HTML can "
        "link words instead: 'visit https://example.com/account/reset' becomes 'visit [your account "
        "settings](https://example.com/account/reset)'. A URL that is meant to be seen is left alone: an "
        "example ('for example https://...'), a setting's value ('Base URL: https://...'), one set apart "
        "in quotes, emphasis or code, one to copy or type or named in a lead-in ending in a colon ('use the "
        "following URL to test:'), an argument on a line that starts with a program fetching it, outside "
        "code ('curl https://... | bash', '$ git clone https://...'; rulesets/accessibility.yaml), a URL that is the whole of its paragraph, list item or table cell (shown to be "
        "seen, as in a list of addresses: not reported), a bare domain "
        "('duckduckgo.com'), which screen readers say as words, and a URL that names no web page: an "
        "address on the reader's own machine or network (http://localhost:8080/, or a host of one "
        "label such as http://router/), a placeholder for the reader's own host (https://your.domain.com/), an XML namespace or claim-type URI. Plain-text e-mails show the URL itself, "
        "so they are never checked (WCAG 2.4.4 Link Purpose; GOV.UK style guide, links)."
    )
    bad = ("To reset your password, visit https://example.com/account/reset and sign in.\n",)
    good = (
        "To reset your password, go to [your account settings](https://example.com/account/reset).\n",
        "For example, https://example.com/not-found is the address of your 404 page.\n",
    )

    def check(self, doc, options):
        for start, end, _url in bare_urls_in_prose(doc):
            yield Hit(start, end, (
                "A URL written in prose is read out piece by piece, scheme and path included: make it a link "
                f"whose words name the page (for example '{_LINK_EXAMPLE.get(doc.format, _LINK_EXAMPLE['markdown'])}')"))
