"""link-text: links whose text says nothing out of context, bare URLs, one text for two places."""

from __future__ import annotations

import functools
import os
import re
from urllib.parse import quote

from .alt_text import data
from ._shown_link_syntax import shown_beside_its_syntax
from .link_child_names import anchor_attributes, name_from_children
from .link_context import context_key
from .link_destinations import PAGE_SUFFIX, same_page
from .link_image_references import names_a_container_image
from .link_literals import literal_in_code
from .link_names import markdown_link_title
from .link_text_prefix import vague_opening
from .base import Hit, RelatedSpan, Rule
from ..enums import Category
from ..reading.offsets import MASKS, OUTPUT_MASK, as_read
from ..reading.template_branches import document_branches, document_loops, never_sent_together, path_at

URL_TEXT = re.compile(r"^(?:https?://|ftp://|www\.)\S+$|^\S+\.(?:com|org|net|io|dev|co|gov|edu)(?:/\S*)?$", re.I)
# A domain name alone ("duckduckgo.com", "Clubset.com"): it names the site, and screen readers
# say it as words ("duckduckgo dot com"), "www." included (issue 26: a footer's "www.example.com" was
# a false alarm every time on the labelled sample). A scheme or a path still makes it a URL.
BARE_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}/?$", re.I)
# Words before a link that say its URL is meant to be seen: a copy-and-paste fallback for a
# button ("If the button does not work, copy and paste this link into your browser") or a value
# to type ("In the Location box, enter the app store URL, <https://...>").
URL_TO_COPY = re.compile(r"\b(?:copy|paste|enter|type)\b[^.!?]{0,120}\Z|\b(?:copy|paste)\b.{0,300}\Z", re.I | re.S)
HTML_TAG = re.compile(r"<[^>]*>")
LOOK_BACK = 600  # source characters before a URL searched for words that ask to copy or type it
_TEMPLATE_IN_HREF = re.compile(r"\{\{|\{%|%\{|\*\||\[\[|<%|\$\{")
# A template tag in a destination is masked by the readers (offsets.MASKS), and the Markdown
# parser percent-encodes the mask (%EE%80%80): decoded back, '<a href="{{ url }}">' and
# '[...]({{ url }})' are one destination, and '{{ root }}/ui/a' and '{{ root }}/ui/b' still two.
_ENCODED_MASK = {quote(mask).lower(): mask for mask in MASKS}
_ENCODED_MASKS = re.compile("|".join(re.escape(quote(mask)) for mask in MASKS), re.I)
_MASK_RUN = re.compile(f"[{MASKS}]+")
_HREF_OPENER = re.compile(r"\bhref\s*=\s*", re.I)


def _with_its_tags(doc, element, href: str) -> str:
    """`href` with each run of masks read back as the template tags it hides, spaces dropped
    ('{{help}}' is '{{ help }}', percent-encoded). A mask run is as long as its tags, so compared
    as masks, '{{ help }}' and '{{ faqs }}' were one page and '{{help}}' and '{{ help }}' two. The tags are
    those of the link's source outside its text (in HTML from its href on), in order; a run no
    tags fit stays masks."""
    href = _ENCODED_MASKS.sub(lambda m: _ENCODED_MASK[m.group().lower()], href)
    if not _MASK_RUN.search(href):
        return href
    from ..reading.spans import ByStart

    text_start = element.text_start if element.text_start is not None else element.end
    text_end = element.text_end if element.text_end is not None else element.end
    opener = _HREF_OPENER.search(doc.source.text, element.start, min(text_start, element.end))  # an <a> tag's
    after = opener.end() if opener is not None else element.start  # not a class="{{ ... }}" before it
    tags = [t for t in doc.cached("template-tags-by-start", lambda: ByStart(doc.template_tags))
            .between(after, element.end - 1) if t.end <= text_start or t.start >= text_end]
    position = 0

    def read_back(run: re.Match) -> str:
        nonlocal position
        for first in range(position, len(tags)):
            length, last = 0, first
            while last < len(tags) and length < len(run.group()) \
                    and (last == first or tags[last].start == tags[last - 1].end):
                length += tags[last].end - tags[last].start
                last += 1
            if length == len(run.group()):
                position = last
                return quote("".join("".join(t.text.split()) for t in tags[first:last]), safe="")  # no '#' or '?' to split on
        return run.group()
    return _MASK_RUN.sub(read_back, href)


def destination(href: str) -> str:
    """Compare destinations without the fragment, query order, an empty query ('symbols?' is
    'symbols', trial9: BugSplat's docs) or a trailing slash, with a
    masked template tag read the same whether percent-encoded or not. A relative
    path also without `.md`/`.html` and a final `index`: `../billing/index.md`, `../billing/`
    and `../billing.html` are the same page."""
    href = _ENCODED_MASKS.sub(lambda m: _ENCODED_MASK[m.group().lower()], href)
    href = href.strip().split("#")[0].rstrip("?").rstrip("/")
    if not re.match(r"^[a-z][a-z0-9+.-]*:|^//", href, re.I):
        href = PAGE_SUFFIX.sub("", href).rstrip("/")
    return href.lower()


# URLs that name no page on the web, so no words could name one (trial4, held-out Bitwarden and
# Standard Notes help): an address on the reader's own machine or network, which the reader must
# see to type (localhost and loopback, RFC 6761; private IPv4 ranges, RFC 1918; `.local`, RFC 6762),
# a placeholder host the reader replaces with their own ("your.domain.com", "yourcompany.example"),
# and an XML namespace or claim-type URI, a name that is not meant to be fetched (W3C Namespaces in
# XML 1.0, section 2.2; "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name"). A host of one
# label, with no dot ("https://pikvm/", "http://router/"), is a machine on the reader's own network,
# found by its local name, never a page on the public web (trial8, held-out PiKVM docs).
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^/@\s]*@)?(\[[^\]]*\]|[^/:?#\s]+)", re.I)
_OWN_MACHINE_HOST = re.compile(
    r"^(?:localhost|(?:[\w-]+\.)+(?:localhost|local)|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]"
    r"|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2})$", re.I)
_PLACEHOLDER_HOST = re.compile(r"(?:^|\.)your(?:[-_]?(?:domain|server|site|website|company|org|organi[sz]ation"
                               r"|instance|host|hostname|app|store|shop|team|tenant|workspace|subdomain|project"
                               r"|bucket|account|portal))?\.", re.I)
_NAMESPACE_URI = re.compile(r"^https?://(?:schemas\.[\w.-]+|www\.w3\.org/(?:19|20)\d\d/|purl\.org/|xmlns\.com/"
                            r"|ns\.adobe\.com/)", re.I)


def names_no_web_page(url: str) -> bool:
    """Whether a URL is an address on the reader's own machine or network, a placeholder for the
    reader's own host, or a namespace name: seen or typed as it is, never linked with words."""
    if _NAMESPACE_URI.match(url):
        return True
    host = _HOST.match(url)
    name = host.group(1) if host else ""
    single_label = bool(name) and "." not in name and not name.startswith("[")  # 'https://pikvm/' (trial8)
    return bool(single_label or _OWN_MACHINE_HOST.match(name) or _PLACEHOLDER_HOST.search(name + "."))


def _url_meant_to_be_seen(doc, element, text: str) -> bool:
    """A URL to copy, one that names no web page ('http://localhost:81', trial8) or a container image's
    name ('ghcr.io/org/app', link_image_references): seen, not named."""
    before = HTML_TAG.sub(" ", doc.source.text[max(0, element.start - LOOK_BACK):element.start])
    bare = text.strip("`'\"<>()[]*_")
    return URL_TO_COPY.search(before) is not None or names_no_web_page(bare) or names_a_container_image(bare)


def link_text_key(text: str) -> str:
    """Link text compared with the vague list: lower case, '-' and '_' read as spaces
    ('click-here', 'click_here' are 'click here'), other punctuation dropped ('here's how')."""
    text = re.sub(r"[-_]+", " ", text.lower())
    return " ".join(re.sub(r"[^\w\s]", "", text).split())


@functools.lru_cache(maxsize=1)
def vague_keys() -> frozenset[str]:
    """The vague link texts (accessibility ruleset), as link_text_key reads them: worked out once,
    not once per document."""
    return frozenset(link_text_key(v) for v in data()["vague_link_text"])


def _names_its_page(key: str, href: str, text: str = "") -> bool:
    """A one-word link to the page about that word ('[open](/glossary/opens/)'): a defined term.
    A capitalised word that is a whole part of a name in the path names it too: '[Go](.../sendgrid-go/...)'
    in a list of SDKs is the language, not 'go'."""
    parts = [part for part in re.split(r"[/#?]", href.lower()) if part]
    if not parts or " " in key:
        return False
    if parts[-1].split(".")[0].startswith(key):
        return True
    return text[:1].isupper() and any(key in re.split(r"[-_.]", part) for part in parts[1:])


_PATH_PARTS = re.compile(r"[/#?]")


def neighbour_links(doc, element) -> list:
    """The links with an address just before and just after `element` in the document, looked up
    by position (cached per document: rev17, a scan per link made 16,000 'Here' links take 74 s)."""
    def compute():
        links = [e for e in doc.elements if e.kind == "link" and e.href]
        return links, {id(link): index for index, link in enumerate(links)}
    links, index_of = doc.cached("link-text links", compute)
    index = index_of.get(id(element))
    if index is None:
        return []
    return links[max(0, index - 1):index] + links[index + 1:index + 2]


def _one_of_parallel_names(doc, element, text: str, vague) -> bool:
    """A capitalised one-word link beside a link whose address differs only in its last part,
    after a shared stem ending in '-', '_' or '.', and whose text is no vague word: a list of names,
    as in an SDK list's '[Go](.../kagi-api-golang)' next to '[Python](.../kagi-api-python)' (check16)."""
    if " " in text or not text[:1].isupper() or not element.href:
        return False
    mine = _PATH_PARTS.split(element.href)
    for other in neighbour_links(doc, element):
        theirs = _PATH_PARTS.split(other.href)
        if len(theirs) != len(mine) or theirs[:-1] != mine[:-1] or theirs[-1] == mine[-1]:
            continue
        stem = os.path.commonprefix([mine[-1], theirs[-1]])
        if len(stem) >= 3 and stem[-1] in "-_." and link_text_key(" ".join(other.text.split())) not in vague:
            return True
    return False


class LinkText(Rule):
    code = "PL403"
    name = "link-text"
    category = Category.LINK_TEXT
    english_only = False
    summary = "Link text that means nothing out of context ('click here', a bare URL, one text for two places)"
    rationale = (
        "Screen-reader users often jump from link to link or pull up a list of every link on the page. "
        "Out of context, 'click here', 'read more' or 'this link' say nothing, a URL with a scheme or "
        "path is read out piece by piece ('h t t p s colon slash slash ...'), and two links with the same text but different destinations cannot "
        "be told apart. Link text should name where the link goes or what it does, and start with those words "
        "('Click here to view the invitation' is flagged on 'Click here'; so is 'here on Steam'); a link with no text is "
        "announced as just 'link'. An image map's <area> is named by its alt (WCAG technique H24), and a link with no text by its aria-label or title. A domain name alone "
        "('duckduckgo.com') is not reported: it names the site, and screen readers say it as words "
        "('duckduckgo dot com'), so it is acceptable text for a link to that site's home. A URL that is "
        "meant to be seen is not reported either: a copy-and-paste fallback for a button, or a value to "
        "type ('enter the app store URL, <https://...>'), or an address that names no web page: on the "
        "reader's own machine or network (http://localhost:8080, http://router/), a placeholder for the "
        "reader's own host. Relative links to the same page count as one "
        "destination ('billing/index.md', 'billing/', 'billing.html'), and so does a page linked by its file "
        "and by its site URL when the URL's path (two parts or more) ends the file's path from this document "
        "('billing.md' and 'https://example.com/docs/billing' in docs/setup.md), or one file by two paths: "
        "relative ones that resolve to the same file ('send.md' and '../../api/calls/send.md' in api/calls/), "
        "or a root-relative one (two parts or more) that ends the other's resolved path. In a table of contents (a "
        "Markdown file of headings and list items that are each one link, as GitBook's and mdBook's "
        "SUMMARY.md) a link is told apart by its group heading and the list items it is nested in (WCAG "
        "H80, H81): 'Guides' under two groups is two names."
    )
    bad = (
        "To reset your password, [click here](https://example.com/reset).\n",
        "See <https://example.com/billing/invoices>.\n",
    )
    good = ("[Reset your password](https://example.com/reset) from the sign-in page.\n",)

    def check(self, doc, options):
        vague = vague_keys()
        seen: dict[tuple, dict] = {}  # (reply, link text) -> {branch path: first destination and where}
        links = {(e.start, e.end) for e in doc.elements if e.kind == "link"}
        for element in doc.elements:
            if element.kind == "area":
                yield from _image_map_area(element, vague)
            if element.kind != "link" or _text_is_one_inner_link(element, links):
                continue
            text, start, end = _link_text_and_span(doc, element)
            if not text:
                yield from _textless(doc, element, vague)
                continue
            yield from _unhelpful_text(doc, element, text, start, end, vague)
            yield from _text_reused(doc, element, text, start, end, vague, seen)


def _link_text_and_span(doc, element) -> tuple[str, int, int]:
    """The link's text (white space folded) and where it stands: inline code (or a template tag)
    read as "X" is compared as the code itself."""
    text = " ".join(element.text.split())
    start = element.text_start if element.text_start is not None else element.start
    end = element.text_end if element.text_end is not None else element.end
    start, end = _without_outer_space(doc.source.text, start, end)  # "[ Master page](...)": check23
    if end <= start:
        start, end = element.start, element.end
    if text == "X" and element.text_start is not None and element.text_end is not None:
        text = " ".join(doc.source.text[start:end].split())
    return text, start, end


def _without_outer_space(source: str, start: int, end: int) -> tuple[int, int]:
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    return start, end


def _textless(doc, element, vague):
    """A link with no text: named by its attributes, or announced only as 'link'."""
    name = _name_from_attributes(element, doc)
    if name is None and not element.has_image and element.href and not _heading_anchor(doc, element):
        yield Hit(element.start, element.end, (
            "Link has no text: a screen reader announces only 'link'. Give it text that names "
            "where it goes"))
    elif name and link_text_key(name) in vague:
        yield _vague(element.start, element.end, name)


def _unhelpful_text(doc, element, text: str, start: int, end: int, vague):
    """Text that means nothing out of context, or a URL read out piece by piece."""
    href = element.href
    # "View {{ room.title }}": an output tag fills the link's name in (session 13, replies4)
    if shown_beside_its_syntax(doc, element, text):
        return  # a cheat sheet's rendered example: its words are the example's, not a link's name
    key = link_text_key(text)
    if key in vague and OUTPUT_MASK not in text and not _names_its_page(key, href, text) \
            and not _one_of_parallel_names(doc, element, text, vague) and not literal_in_code(doc, element, key):
        yield _vague(start, end, text)
    elif (URL_TEXT.match(text) and not BARE_DOMAIN.match(text) and "@" not in text
          and not href.startswith("mailto:") and not _url_meant_to_be_seen(doc, element, text)):
        yield Hit(start, end, (
            "A URL as link text is read out piece by piece, scheme and path included: use words that name the "
            "page (for example 'Billing settings')"))
    elif (opening := vague_opening(doc.source.text, start, end)) is not None:  # 'Click here to ...'
        yield opening


def _text_reused(doc, element, text: str, start: int, end: int, vague, seen: dict):
    """The same text for a different destination earlier in the reply: `seen` keeps, per text, the
    first link at each place in the template's conditionals, and a link is compared with the first
    of them it can be sent with. Two links in different branches of
    one if-chain (`{% if %}` / `{% elif %}` / `{% else %}`, `{{#if}}` / `{{else}}`) are never sent
    together (template_branches, as heading-levels reads them), so they are not compared (user38:
    pretalx's 'Log in' per branch, Shopify's notices written once per language)."""
    href, key = element.href, link_text_key(text)
    if not href or href.startswith(("#", "mailto:", "tel:")) or not key or _TEMPLATE_IN_HREF.search(href):
        return
    target = destination(_with_its_tags(doc, element, href))
    heard = (_heard_text_key(doc, element, text, key), context_key(doc, element.start))
    path = path_at(*document_branches(doc), start) if doc.template_tags else ()
    places = seen.setdefault((doc.reply_at(start), heard), {})
    places.setdefault(path, (target, start, end, text))
    loops = document_loops(doc) if doc.template_tags else frozenset()
    previous, first_start, first_end, first_text = next(
        first for place, first in places.items() if not never_sent_together(place, path, loops))  # (its own place is one)
    if (previous != target and key not in vague and not _filled_in_when_sent(doc, element, start, end)
            and not same_page(previous, target, doc.source.path)):
        yield Hit(start, end, (
            f"Link text '{as_read(text)}' is also used for a different destination in this document: "
            "screen-reader users cannot tell the links apart. Make each text name its page"),
            related=[RelatedSpan(first_start, first_end, f"the other link with the text '{as_read(first_text)}'")])


def _filled_in_when_sent(doc, element, start: int, end: int) -> bool:
    """Whether an output tag fills the link's text in ('View {{ room.title }}', '[<%= doc.path %>](...)'
    in a loop): its words are known only when the message is sent, so two such links cannot be
    told to share a text (check18's FP, CodeTriage's daily e-mail)."""
    if OUTPUT_MASK in element.text:
        return True
    from ..reading.spans import ByStart

    tags = doc.cached("template-tags-by-start", lambda: ByStart(doc.template_tags))
    return any(tag.kind == "output" and start <= tag.start and tag.end <= end for tag in tags.between(start, end))


def _text_is_one_inner_link(element, links: set[tuple[int, int]]) -> bool:
    """A link whose whole text is an autolink ('[<https://...>](https://...)') is two links to
    pulldown-cmark and cmark-gfm alike: the inner one (text = address) is judged once (check15)."""
    text_span = (element.text_start, element.text_end)
    return text_span != (element.start, element.end) and text_span in links


def _vague(start: int, end: int, text: str) -> Hit:
    text = as_read(text)  # `{% trans "Open" %}`: 'Open' (react24)
    return Hit(start, end, f"Link text '{text}' means nothing out of context: screen-reader users hear a list of "
               "links. Name the destination or action instead (for example 'Download the invoice')")


def _heading_anchor(doc, element) -> bool:
    """An empty HTML link in Markdown whose href points at its own id (`<a href="#setup"
    id="setup"></a>`) is the custom anchor GitBook writes after a heading: GitBook renders it as
    the heading's id, no link is shown or announced (trial9: 97 findings in three GitBook help
    sites, one in the seed-184 sample, labelled FP)."""
    if doc.format not in ("markdown", "mdx"):
        return False
    own_id = _ID_ATTRIBUTE.search(doc.source.text, element.start, element.end)  # the Markdown reader keeps no attributes
    return own_id is not None and bool(own_id.group(1).strip()) and element.href.strip() == f"#{own_id.group(1).strip()}"


_ID_ATTRIBUTE = re.compile(r"""(?<![\w-])id\s*=\s*["']([^"']*)["']""")


def _name_from_attributes(element, doc) -> str | None:
    """The name an empty link gets (the accessible name computation): its aria-labelledby ('',
    named elsewhere) or aria-label, else its children's names (link_child_names), else its title
    (a Markdown link's too); None when nothing names it."""
    attributes = element.html or markdown_link_title(doc, element) or anchor_attributes(doc, element)
    if attributes.get("aria-labelledby", "").strip():
        return ""
    label = " ".join(attributes.get("aria-label", "").split())
    if label:
        return label
    from_children = name_from_children(doc, element)
    if from_children:
        return from_children
    return " ".join(attributes.get("title", "").split()) or from_children


def _image_map_area(area, vague) -> list[Hit]:
    """An image map's <area href> is a link whose text is its alt (WCAG technique H24): with no alt
    a screen reader says 'link' or the image's file name (left15)."""
    attributes = area.html or {}
    if "href" not in attributes:
        return []
    alt = " ".join((attributes.get("alt") or attributes.get("aria-label") or "").split())
    if not alt:
        return [Hit(area.start, area.end, (
            "Image-map area has no alt text: a screen reader announces only 'link' or the image's file name. "
            "Give it alt text that names where it goes"))]
    return [_vague(area.start, area.end, alt)] if link_text_key(alt) in vague else []


_PLACEHOLDER_WORD = re.compile(r"\bX\b")


def _heard_text_key(doc, element, text: str, key: str) -> str:
    """The key two links are told apart by: a link text holding inline code reads it as "X", but a
    screen reader says the code, so "open an issue in the `a/b` repository" and "... the `c/d`
    repository" are two texts (the source between the text's ends, markup and all, tells them apart;
    trial5)."""
    if not _PLACEHOLDER_WORD.search(text) or element.text_start is None or element.text_end is None:
        return key
    return link_text_key(" ".join(doc.source.text[element.text_start:element.text_end].split()))
