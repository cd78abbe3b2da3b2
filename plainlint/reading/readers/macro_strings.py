"""Reading the customer-facing strings of a macro or canned-reply file (macros.py says which they
are): each with the reader for its content (HTML, Markdown or text), composed into the file's
document; a reply's plain copy is left out when its HTML copy says the same."""

from __future__ import annotations

import re

from ..document import Comment, Document, MacroAliases, MacroSpan
from ..offsets import PLACEHOLDER
from ..source import Source
from .agent_notes import without_agent_notes
from .macros import Field
from .structured import compose_elements, compose_segment

_HTML = re.compile(r"<(?:p|div|br|a|ul|ol|li|h[1-6]|strong|em|b|i|span|table|img|blockquote|pre|code)\b[^>]*>", re.I)
# A backslash ending a line is a Markdown hard break (it means nothing in plain text).
_MARKDOWN = re.compile(r"\]\(|^#{1,6} |^\s*[-*] |\*\*|^```|^> |\\$", re.M)
_SPACE_BEFORE_PUNCTUATION = re.compile(r" (?=[,.;:!?)])")
_BACKTICK_CODE = re.compile(r"`[^`\n]+`")


def kind_of(text: str, kind: str) -> str:
    if kind != "auto":
        return kind
    return "html" if _HTML.search(text) else "markdown" if _MARKDOWN.search(text) else "text"


def read_field(item: Field, path: str, template_syntaxes, read_document) -> Document:
    """One string read with the reader for its content (`read_document`: readers.read_document,
    passed in because the readers package imports this module)."""
    inner_source = Source(path, without_agent_notes(item.node.value))  # same length: offsets stay
    return read_document(inner_source, kind_of(item.node.value, item.kind), template_syntaxes, detect_language=False)


def prose_words(doc: Document) -> str:
    """A document's prose as one line: template placeholders and inline code left out (Markdown
    turns `code` into a placeholder, HTML drops <code>), white space collapsed, none before
    punctuation."""
    parts = []
    for segment in doc.segments:
        parts.extend(segment.text[p.start:p.end] for p in segment.map.pieces if p.kind != PLACEHOLDER)
        parts.append(" ")
    # A plain-text copy read as text keeps `code` in backticks, which the HTML copy's <code> and
    # Markdown's placeholders leave out; a backslash on its own is a line-break mark (CommonMark
    # shows one that ends a paragraph), never a word.
    words = _BACKTICK_CODE.sub(" ", "".join(parts)).split()
    return _SPACE_BEFORE_PUNCTUATION.sub("", " ".join(word for word in words if word != "\\"))


def same_prose(plain: Document, html: Document) -> bool:
    """True when two copies of a reply (Freshdesk `content`/`content_html`, Intercom `body_text`/
    `body`, Zendesk `comment_value`/`comment_value_html`, Help Scout `chatText`/`text`) read as the
    same prose, so linting both would report every finding twice (differing copies are both linted)."""
    return prose_words(plain) == prose_words(html)


def read_fields(doc: Document, fields: list[Field], template_syntaxes, read_document) -> None:
    """Read each string with the reader for its content; compose the maps into the file.

    The plain copy of a reply is left out when its HTML copy says the same (`same_prose`)."""
    inner_docs = {id(item): read_field(item, doc.source.path, template_syntaxes, read_document) for item in fields}
    for item in fields:
        twin = item.html_copy
        if twin is not None and same_prose(inner_docs[id(item)], inner_docs[id(twin)]):
            continue
        add_field(doc, item, inner_docs[id(item)])


def add_field(doc: Document, item: Field, inner: Document) -> None:
    """Compose one field's segments, elements, tags and comments into the file's document."""
    from ..templates import Tag

    outer = item.node.map
    for segment in inner.segments:
        composed = compose_segment(segment, outer, item.node.escape)
        if item.macro:
            composed.with_context(macro=item.macro)
        doc.segments.append(composed)
    for composed in compose_elements(inner.elements, outer):
        composed.field_start = item.node.start  # each field is its own document
        composed.macro = item.macro or None
        doc.elements.append(composed)
    for tag in inner.template_tags:
        span = outer.to_source(tag.start, tag.end)
        doc.template_tags.append(Tag(span.start, span.end, tag.kind, tag.text))
    for comment in inner.comments:
        span = outer.to_source(comment.start, comment.end)
        doc.comments.append(Comment(span.start, span.end, comment.body))
    if item.macro:
        doc.macro_spans.append(MacroSpan(item.node.start, item.node.end, item.macro))
        if item.node.value == item.macro:  # the macro's title itself
            doc.macro_names.append((item.node.start, item.node.end))
    if item.language is not None:
        doc.record_languages.append(MacroSpan(item.node.start, item.node.end, item.language))
    if item.aliases:
        doc.macro_aliases.append(MacroAliases(item.node.start, item.node.end, item.aliases))
