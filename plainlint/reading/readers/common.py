"""Pieces every reader shares: front matter, language from file names, URL masking."""

from __future__ import annotations

import functools
import re

from ..masking import mask_spans
from ...nlp.sentences import HARD_BREAK
from ..offsets import CONTROL_MASK, DECODED, OUTPUT_MASK, Segment

FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n(.*?)(?:^|\n)(---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|\Z)", re.DOTALL)

URL = re.compile(r"(?:\b(?:https?|ftp|mailto|file)://|\bwww\.)[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]]")
# An e-mail address is found from its "@" (see email_spans): a regex that may start at every word
# boundary retries along a long hyphenated token (a-b-c-...) and is quadratic in it.
_LOCAL_PART_CHAR = re.compile(r"[\w.+-]")
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+\b")

_REGION_LOCALE = re.compile(r"(?:^|[-_.])([a-z]{2,3})[-_]([A-Z]{2}|Han[st])$")
_BARE_LOCALE = re.compile(r"[_.]([a-z]{2})$")
LANGUAGE_CODES = set(
    "ar bg bn ca cs da de el es et eu fa fi fr ga gl he hi hr hu hy id is it ja ka kk ko lt lv mk "
    "ms mt nb nl nn no pl pt ro ru sk sl sq sr sv sw ta th tr uk ur uz vi zh".split()
)


# ISO 639 codes that name no one language: undetermined, multiple languages, no linguistic
# content. A file declaring one is treated as declaring nothing (its other signals, then English).
NO_LANGUAGE_CODES = frozenset({"und", "mul", "zxx"})


@functools.lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """Languages' names a front matter value may give for a code (`French`, `Deutsch`), lower case:
    rulesets/language-names.yaml, its sources there."""
    from ...linting.ruleset_data import load_ruleset_file

    data = load_ruleset_file("language-names")
    return frozenset(str(name) for key in ("english", "own") for name in data[key])


def primary_subtag(code: str) -> str:
    """`fr` of `fr-CA` / `fr_CA` / ` FR `."""
    return code.strip().lower().replace("_", "-").split("-")[0]


_MASKED = re.compile("[" + OUTPUT_MASK + CONTROL_MASK + "]")


def declared_language(code: str | None) -> str | None:
    """`code` when it names a language; None when it is empty or und/mul/zxx (BCP 47), or a template
    tag, filled in when the e-mail is sent (`<html lang="{{ trans('config.html_language') }}">`,
    Firefly III's e-mail header, trial11: its masked value was taken for a language not English)."""
    if code is None or not code.strip() or primary_subtag(code) in NO_LANGUAGE_CODES or _MASKED.search(code):
        return None
    return code


def front_matter_span(text: str) -> tuple[int, int, str, int] | None:
    """(start, end, body, where the body starts) of YAML (---) or TOML (+++) front matter at the
    top of a file."""
    match = FRONT_MATTER.match(text)
    if not match or (match.group(1) == "+++") != (match.group(3) == "+++"):
        return None
    return 0, match.end(), match.group(2), match.start(2)


def language_from_filename(stem: str) -> str | None:
    """Locale in a file name: `guide-fr-FR`, `faq_pt_BR`, `help_de`, `page.ja` (not English)."""
    match = _REGION_LOCALE.search(stem)
    if match and match.group(1) in LANGUAGE_CODES | {"en"}:
        return f"{match.group(1)}-{match.group(2)}"
    match = _BARE_LOCALE.search(stem)
    if match and match.group(1) in LANGUAGE_CODES:
        return match.group(1)
    return None


def language_from_front_matter(body: str) -> str | None:
    """The whole value of a `lang`, `language` or `locale` key: a code (`fr`, `pt_BR`) or a name
    (`English`, `Deutsch`), never the first letters of a name ('Eng' of 'English')."""
    match = re.search(r"^(?:lang|language|locale)\s*[:=]\s*[\"']?([^\W\d_]+(?:[-_][^\W_]+)*)\b", body, re.M)
    return declared_language(match.group(1)) if match else None


# An emoji shortcode (`:tada:`, `:white_check_mark:`, `:+1:`, Material for MkDocs' `:material-pencil:`),
# which GitHub, Slack, Zendesk messaging and MkDocs show as an emoji or icon: its name is no prose
# (user30: inclusive flagged `:policeman:`). Lower case, as the shortcode lists spell them; never
# inside a word, a time (10:30:45) or a path.
EMOJI_SHORTCODE = re.compile(r"(?<![\w:/]):(?:[a-z][a-z0-9_+-]*[a-z0-9]|\+1|-1):(?![\w:/])")
EMOJI_STAND_IN = "\U0001F642"  # what the reader sees: an emoji, so a run of them reads as one (bad-news-tone)


def mask_non_prose_tokens(segment: Segment) -> Segment:
    """URLs and e-mail addresses as one placeholder word each; emoji shortcodes as an emoji."""
    if "@" in segment.text or "://" in segment.text or "www." in segment.text:
        spans = url_and_email_spans(segment.text)
        ends = _sentence_ends_after_urls(segment.text, spans)
        if ends:  # one character for one: the spans stay where they are
            segment = mask_spans(segment, [(at, at + 1) for at in ends], [HARD_BREAK] * len(ends), DECODED)
        segment = mask_spans(segment, spans)
    if ":" not in segment.text:
        return segment
    shortcodes = [match.span() for match in EMOJI_SHORTCODE.finditer(segment.text)]
    return mask_spans(segment, shortcodes, [EMOJI_STAND_IN] * len(shortcodes), DECODED) if shortcodes else segment


# A line that ends in a bare URL with no full stop, and a next line of the paragraph that opens
# with a capital: the URL ended the sentence ("... using this link: https://ups.com/track" then
# "We will update you ..."; check33, fix34). Writers leave the stop off so it does not join the
# link. A next line in lower case goes on with the sentence ("saved-replies-list" then "and ...").
_LINE_END_BEFORE_A_CAPITAL = re.compile(r"[ \t]*(\n)(?=[ \t]*[\"'“‘(\[]*[A-Z])")


def _sentence_ends_after_urls(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Offsets of the line breaks that end a sentence after a line-final URL (see above); `spans`
    are the text's URLs and e-mail addresses."""
    ends = []
    for start, end in spans:
        line_end = _LINE_END_BEFORE_A_CAPITAL.match(text, end)
        if line_end and URL.match(text, start):
            ends.append(line_end.start(1))
    return ends


def url_and_email_spans(text: str) -> list[tuple[int, int]]:
    """URLs and e-mail addresses, leftmost first and never overlapping (a URL wins a tie): what
    `finditer` of the alternation URL|e-mail gives, in time linear in the text."""
    spans: list[tuple[int, int]] = []
    pos = 0
    url = URL.search(text)
    at = text.find("@")
    while True:
        if url is not None and url.start() < pos:
            url = URL.search(text, pos)
        email, at = next_email(text, pos, at)
        if url is not None and (email is None or url.start() <= email[0]):
            spans.append(url.span())
        elif email is not None:
            spans.append(email)
        else:
            return spans
        pos = spans[-1][1]


def next_email(text: str, pos: int, at: int) -> tuple[tuple[int, int] | None, int]:
    """The first e-mail address starting at or after `pos`, as `\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b`
    finds it, and the "@" to resume from. Found from each "@" (at or after `at`) by walking back
    over the local part: a regex that may start at every word boundary retries along a long
    hyphenated token (a-b-c-...) and is quadratic in it."""
    while at != -1:
        if at > pos:
            start = _local_part_start(text, max(pos, 0), at)
            domain = _DOMAIN.match(text, at + 1)
            if start is not None and domain:
                return (start, domain.end()), at
        at = text.find("@", at + 1)
    return None, -1


def _local_part_start(text: str, lo: int, at: int) -> int | None:
    """The leftmost word boundary in the run of [\\w.+-] before `at`, not before `lo`."""
    start = at
    while start > lo and _LOCAL_PART_CHAR.match(text, start - 1):
        start -= 1
    for p in range(start, at):
        if _is_word(text[p]) != (p > 0 and _is_word(text[p - 1])):
            return p
    return None


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def only_links(text: str, link_ranges: list[tuple[int, int]]) -> bool:
    """True when every word of `text` sits in one of the (start, end) link ranges."""
    kept, pos = [], 0
    for start, end in link_ranges:
        kept.append(text[pos:start])
        pos = end
    kept.append(text[pos:])
    return not any(char.isalnum() for char in "".join(kept))


def blank_out(text: str, start: int, end: int, mask: str = " ") -> str:
    """Replace text[start:end] with `mask` (spaces, or a mask character readers skip as markup),
    keeping line breaks (offsets stay put)."""
    return text[:start] + re.sub(r"[^\r\n]", mask, text[start:end]) + text[end:]


def normalise_newlines(text: str) -> str:
    """CRLF -> ' \\n' and lone CR -> LF: same length, so parser offsets equal source offsets."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def escape_markdown(text: str) -> str:
    """Replacement prose for Markdown: characters that could start markup are backslash-escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
