"""What a reader produces for one file: prose segments plus structure for the accessibility rules."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import TYPE_CHECKING, Mapping, NamedTuple

from .offsets import Segment
from .segment_list import SegmentList
from .source import Source

if TYPE_CHECKING:
    from .templates import Tag


def source_offset(where: str):
    """A field holding a source offset: composition moves it into the file (`where` is "start",
    for the first character of something, or "end", for just past its last)."""
    return field(default=None, metadata={"offset": where})


NO_ATTRIBUTES: Mapping[str, str] = MappingProxyType({})


@dataclass(eq=False, slots=True)
class Element:
    """A structural element with a source span: image, link, heading, table, media, ...

    Readers fill what they know; rules read fields, never string keys. Every field holding a
    source offset is declared with `source_offset`, so `compose_elements` (macros: elements read
    from a decoded JSON/YAML string) moves all of them, including ones added later.
    """

    kind: str  # image, link, heading, or the HTML tag of a structural element (table, video, ...)
    start: int
    end: int  # end of the start tag (HTML) or of the whole construct (Markdown)
    syntax: str  # "html", "markdown" or "docfx"
    tag: str | None = None  # the HTML tag name, for elements read from HTML (and DocFX players)
    # The HTML attributes as written; elements read from Markdown share one read-only empty mapping.
    html: Mapping[str, str] = field(default_factory=lambda: NO_ATTRIBUTES)
    parent: Element | None = None  # the innermost HTML element open when this one started
    text_segment: Segment | None = None  # the segment holding its visible text (alt text)
    alt: str | None = None
    src: str = ""
    title: str | None = None
    href: str = ""
    text: str = ""  # a link's text (HTML: once the link is closed)
    has_image: bool = False
    # The syntax marks the image as decoration: Microsoft Learn's `:::image type="icon":::`, written with no
    # alt-text and rendered alt="" (Learn Markdown reference, "Images"; user34: 259 PL401 findings on icons)
    decorative: bool = False
    level: int | None = None  # a heading's level
    macro: str | None = None  # the macro (reply) the element was read from
    content_end: int | None = source_offset("end")  # where a closed element's content ends
    close_end: int | None = source_offset("end")  # just past its end tag
    alt_start: int | None = source_offset("start")
    alt_end: int | None = source_offset("end")
    text_start: int | None = source_offset("start")
    text_end: int | None = source_offset("end")
    field_start: int | None = source_offset("start")  # start of the JSON/YAML string it came from

    @property
    def end_of_content(self) -> int:
        """End of the element's content, or of its start tag when it was never closed."""
        return self.content_end if self.content_end is not None else self.end

    def ancestors(self):
        """The HTML elements around this one, innermost first."""
        element = self.parent
        while element is not None:
            yield element
            element = element.parent


OFFSET_FIELDS = tuple((f.name, f.metadata["offset"]) for f in fields(Element) if "offset" in f.metadata)


class Comment(NamedTuple):
    """A comment in the source (HTML, Markdown, YAML `#`), where suppression directives live."""

    start: int
    end: int
    body: str


class MacroSpan(NamedTuple):
    """The source span of one reply string of a macro export, and the reply's name."""

    start: int
    end: int
    name: str


class MacroAliases(NamedTuple):
    """Other names (ids, titles) of the reply whose string spans start..end, for `suppress`."""

    start: int
    end: int
    aliases: frozenset[str]


@dataclass
class Document:
    """What readers hand the rules: prose segments, structural elements, and what else the file
    showed (every field is filled by the readers; rules and the engine only read them)."""

    source: Source
    format: str
    # The prose segments (a list, or any iterable of them, given here becomes a SegmentList).
    segments: SegmentList = field(default_factory=tuple)
    elements: list[Element] = field(default_factory=list)
    language: str | None = None
    language_origin: str = ""
    template_tags: list[Tag] = field(default_factory=list)  # every {{ }}, {% %}, merge tag, ... found
    comments: list[Comment] = field(default_factory=list)  # in the order the readers met them
    front_matter: tuple[int, int, str, int] | None = None  # Markdown: (start, end, body, shift)
    front_matter_problem: tuple[int, str] | None = None  # invalid TOML front matter: (source offset, why)
    html_lang: str | None = None  # the lang of an <html> element
    shape: str | None = None  # JSON/YAML: the export's detected shape (zendesk, freshdesk, ..., "empty": no words)
    fields_found: int | None = None  # JSON/YAML: how many reply strings were recognised
    macro_spans: list[MacroSpan] = field(default_factory=list)
    macro_aliases: list[MacroAliases] = field(default_factory=list)
    # (start, end) of each string that is its macro's own name (a title): agents find the macro by
    # it and `suppress` names it, so no fix is offered there
    macro_names: list[tuple[int, int]] = field(default_factory=list)
    # (start, end) of each panel of a set of tabs (MyST's `{tab-item}`): the page shows one at a time
    tab_panels: list[tuple[int, int]] = field(default_factory=list)
    # JSON/YAML: (start, end, language) of each reply string whose record names its own language
    record_languages: list[MacroSpan] = field(default_factory=list)
    detected_keys: str | None = None  # JSON/YAML: keys of the strings found by what they are (PL907)
    kind: str | None = None  # "reply" or "article" (plainlint.reading.kinds), set by the engine after reading
    audience: str | None = None  # "staff": an article written for the support team (reading.audience), else None
    vocabulary: object = None  # the config's vocabulary.Vocabulary (issue 32), set by the engine
    tree_terms: frozenset | None = None  # spelling's terms from the file's tree (nlp/tree_words.py), set by the engine
    # with tree_terms deferred: what run_rules leaves for the parent to settle (linting/tree_deferral.py)
    tree_deferred: tuple | str | None = None
    _cache: dict = field(default_factory=dict, repr=False)

    def __post_init__(self):
        if not isinstance(self.segments, SegmentList):
            self.segments = SegmentList(self.source.text, self.segments)

    def cached(self, key: str, compute):
        """Per-document cache so rules share sentence and word splitting."""
        cache = self._cache
        try:
            return cache[key]
        except KeyError:
            value = cache[key] = compute()
            return value

    def forget_cached(self) -> None:
        """Drop what the rules worked out and shared (`cached`, `cached_for`), once every rule
        has run: whatever reads it later works it out again. A 10 MB table's word-list
        candidates and per-segment memos were about 10 MB of its peak, the findings' sort."""
        self._cache = {}
        self.segments.forget_last_read()

    def cached_for(self, name: str, key, compute):
        """`compute()` kept by `key` in the document's table `name`: what a rule works out for a
        segment, sentence or line, worked out once there, not again for each finding in it (per
        finding, a long paragraph's findings each read all of it: quadratic)."""
        table = self.cached(name, dict)
        try:
            return table[key]
        except KeyError:
            value = table[key] = compute()
            return value

    def reply_at(self, offset: int) -> str | None:
        """The name of the export's reply whose string holds source `offset`: each reply of a
        macro export is sent on its own (None outside the reply strings, or in any other file)."""
        if not self.macro_spans:
            return None
        from .spans import ByStart

        span = self.cached("reply-spans", lambda: ByStart(self.macro_spans)).holding(offset)
        return span.name if span is not None else None

    def tab_panel_at(self, offset: int) -> int:
        """1 + the index of the innermost tab panel holding source `offset`, 0 outside them: two
        panels of one set are alternatives (one per OS), never shown together."""
        from .spans import InnermostSpan

        return self.cached("tab panels", lambda: InnermostSpan(self.tab_panels)).number_at(offset)
