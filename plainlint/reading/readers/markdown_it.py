"""The markdown-it-py Markdown reader, kept only to measure agreement with the pulldown-cmark one
(PLAINLINT_MARKDOWN_READER=markdown-it; see markdown.reader_name).

markdown-it gives line ranges on block tokens only, so inline text is located by walking the
block's source with a cursor: each text token is found at or after the cursor, and markup
tokens (emphasis markers, link brackets and destinations, code spans) move the cursor past
themselves. The parser sees a same-length copy of the source, so its offsets are source offsets.
"""

from __future__ import annotations

import functools
import re

from ..document import Comment, Document, Element
from ...enums import Scope
from ...nlp.sentences import HARD_BREAK
from ..segment_builder import SegmentBuilder
from ..source import Source
from . import common
from .common import escape_markdown

_BLOCK_SCOPES = {
    "heading_open": Scope.HEADING,
    "list_item_open": Scope.LIST_ITEM,
    "blockquote_open": Scope.BLOCKQUOTE,
    "th_open": Scope.TABLE_CELL,
    "td_open": Scope.TABLE_CELL,
}
_BLOCK_SCOPE_CLOSERS = {kind.replace("_open", "_close") for kind in _BLOCK_SCOPES}
_SKIPPED_INLINE_MARKUP = {"em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"}


MAX_MARKDOWN_NESTING = 100


@functools.lru_cache(maxsize=1)
def parser():
    return parser_with(inline=True)


def parser_with(inline: bool):
    from markdown_it import MarkdownIt

    # text_join would merge escapes and entities into plain text and lose their source spelling.
    # maxNesting: markdown-it's default (20) silently drops deeper quotes and lists; renderers
    # such as cmark-gfm keep them, so plainlint reads as deep as recursion safely allows.
    md = MarkdownIt("commonmark", {"maxNesting": MAX_MARKDOWN_NESTING}).enable(["table", "strikethrough"]).disable("text_join")
    return md if inline else md.disable("inline")


@functools.lru_cache(maxsize=1)
def block_parser():
    """`parser()` without its inline pass: enough to find fenced code, at a fraction of the cost."""
    return parser_with(inline=False)


class InlineWalker:
    """Builds one prose segment from an inline token, locating every piece in the source."""

    def __init__(self, doc: Document, text: str, start: int, limit: int, scope: str):
        self.doc = doc
        self.text = text  # the parser's view: masked, same length as the source
        self.cursor = start
        self.limit = limit
        self.builder = SegmentBuilder(doc.source.text, text, scope)
        self.link_stack: list[dict] = []
        self.link_ranges: list[tuple[int, int]] = []
        self.code_spans: list[tuple[int, int]] = []  # source spans of inline code

    def only_links(self) -> bool:
        """True when the unit's words all sit in links (a list of links is not prose)."""
        return common.only_links(self.builder.text, self.link_ranges) if self.link_ranges else False

    def find(self, needle: str) -> int:
        return self.text.find(needle, self.cursor, self.limit)

    def walk(self, tokens, builder: SegmentBuilder | None = None) -> None:
        builder = builder or self.builder
        skip_until_close = False
        for token in tokens:
            kind = token.type
            if skip_until_close:
                if kind == "link_close":
                    skip_until_close = False
                continue
            if kind == "text":
                self.text_piece(token.content, builder)
            elif kind == "text_special":
                self.special_piece(token, builder)
            elif kind in ("softbreak", "hardbreak"):
                pos = self.find("\n")
                if kind == "hardbreak":
                    builder.separator(HARD_BREAK, self.cursor)  # ends the sentence, as <br> does
                if pos >= 0:
                    builder.literal(pos, pos + 1)
                    self.cursor = pos + 1
                else:
                    builder.separator(" ", self.cursor)
            elif kind in _SKIPPED_INLINE_MARKUP:
                pos = self.find(token.markup)
                if pos >= 0:
                    self.cursor = pos + len(token.markup)
            elif kind == "code_inline":
                self.code_span(token, builder)
            elif kind == "html_inline":
                self.inline_html(token.content, builder)
            elif kind == "link_open":
                if token.markup == "autolink" or token.info == "auto":
                    self.autolink(token, builder)
                    skip_until_close = True
                else:
                    self.link_open(token, builder)
            elif kind == "link_close":
                self.link_close(builder)
            elif kind == "image":
                self.image(token)

    def inline_html(self, content: str, builder: SegmentBuilder) -> None:
        """Inline tags are markup; `<img>` feeds the alt-text rules and `<a>` the link rules."""
        pos = self.find(content)
        if pos < 0:
            return
        self.cursor = pos + len(content)
        lowered = content.lower()
        if lowered.startswith("<!--"):
            self.doc.comments.append(Comment(pos, pos + len(content), content[4:-3]))
        elif re.match(r"<br\s*/?>", lowered):
            builder.separator(HARD_BREAK, pos)
        elif re.match(r"<(?:img|iframe|video|audio|track|source|embed)\b", lowered):
            from .html import read_html

            read_html(self.text, self.doc, pos, pos + len(content))
            if lowered.startswith("<img") and self.link_stack:
                self.link_stack[-1]["has_image"] = True  # the image's alt names the link
        elif re.match(r"<a[\s>]", lowered):
            from .html import attribute_span

            href_span = attribute_span(content, "href")
            href = content[href_span[0]:href_span[1]] if href_span else ""
            self.link_stack.append({"start": pos, "href": href, "text_from": builder.length,
                                    "pieces_from": len(builder.pieces), "html": True})
        elif lowered.startswith("</a") and self.link_stack and self.link_stack[-1].get("html"):
            self.close_link(self.link_stack.pop(), builder, self.cursor)
        else:
            from .html import ends_a_unit_inline

            if ends_a_unit_inline(content):
                builder.split()  # `<li>`, `</p>`: a unit of its own, as in an HTML file

    def text_piece(self, content: str, builder: SegmentBuilder) -> None:
        pos = self.find(content)
        if pos >= 0:
            builder.literal(pos, pos + len(content))
            self.cursor = pos + len(content)
        else:
            self.align(content, builder)

    def align(self, content: str, builder: SegmentBuilder) -> None:
        """Locate text the parser rewrote (a table cell's `\\|`): match it char by char."""
        text = self.text
        pos = text.find(content[0], self.cursor, self.limit) if content else -1
        if pos < 0:
            builder.decoded(content, self.cursor, self.cursor)
            return
        run_start = None
        for char in content:
            while pos < self.limit and text[pos] != char and text[pos] in "\\ \t":
                if run_start is not None:
                    builder.literal(run_start, pos)
                    run_start = None
                pos += 1
            if pos >= self.limit or text[pos] != char:
                if run_start is not None:
                    builder.literal(run_start, pos)
                rest = content[content.index(char):] if char in content else content
                builder.decoded(rest, self.cursor, self.cursor)
                return
            if run_start is None:
                run_start = pos
            pos += 1
        if run_start is not None:
            builder.literal(run_start, pos)
        self.cursor = pos

    def special_piece(self, token, builder: SegmentBuilder) -> None:
        pos = self.find(token.markup)
        if pos < 0:
            builder.decoded(token.content, self.cursor, self.cursor)
            return
        end = pos + len(token.markup)
        if token.markup == token.content:
            builder.literal(pos, end)
        else:
            builder.decoded(token.content, pos, end)
        self.cursor = end

    def code_span(self, token, builder: SegmentBuilder) -> None:
        fence = token.markup
        pos = self.find(fence)
        if pos < 0:
            return
        close = self.text.find(fence, pos + len(fence), self.limit)
        while close >= 0 and self.text.startswith("`", close + len(fence)):
            close = self.text.find(fence, close + len(fence) + 1, self.limit)
        end = close + len(fence) if close >= 0 else pos + len(fence)
        builder.placeholder(pos, end)
        self.code_spans.append((pos, end))
        self.cursor = end

    def autolink(self, token, builder: SegmentBuilder) -> None:
        pos = self.find("<")
        end = self.text.find(">", pos, self.limit) + 1 if pos >= 0 else 0
        if pos >= 0 and end > 0:
            builder.placeholder(pos, end)
            self.cursor = end
            self.doc.elements.append(Element(
                "link", pos, end, "markdown", href=token.attrs.get("href", ""),
                text=self.doc.source.text[pos + 1:end - 1], text_start=pos + 1, text_end=end - 1))

    def link_open(self, token, builder: SegmentBuilder) -> None:
        pos = self.find("[")
        if pos >= 0:
            self.cursor = pos + 1
        self.link_stack.append(
            {"start": pos if pos >= 0 else self.cursor, "href": token.attrs.get("href", ""),
             "text_from": builder.length, "pieces_from": len(builder.pieces)}
        )

    def link_close(self, builder: SegmentBuilder) -> None:
        if not self.link_stack:
            return
        link = self.link_stack.pop()
        close = self.find("]")
        if close >= 0:
            self.cursor = close + 1
            self.skip_destination()
        self.close_link(link, builder, self.cursor, close if close >= 0 else self.cursor)

    def close_link(self, link: dict, builder: SegmentBuilder, end: int, text_end: int | None = None) -> None:
        pieces = builder.pieces[link["pieces_from"]:]
        text = builder.text_since(link["text_from"])
        if builder is self.builder:
            self.link_ranges.append((link["text_from"], builder.length))
        fallback = text_end if text_end is not None else end
        self.doc.elements.append(Element(
            "link", link["start"], end, "markdown", href=link["href"], text=" ".join(text.split()),
            text_start=pieces[0].src_start if pieces else fallback,
            text_end=pieces[-1].src_end if pieces else fallback,
            has_image=link.get("has_image", False)))

    def skip_destination(self) -> None:
        """Move the cursor past `(dest "title")` or `[ref]` right after a link's `]`."""
        text, pos = self.text, self.cursor
        if pos < self.limit and text[pos] == "[":
            end = text.find("]", pos, self.limit)
            self.cursor = end + 1 if end >= 0 else pos
            return
        if pos >= self.limit or text[pos] != "(":
            return
        depth, quote, i = 0, None, pos
        while i < self.limit:
            char = text[i]
            if char == "\\":
                i += 2
                continue
            if quote:
                if char == quote:
                    quote = None
            elif char in "\"'" and depth == 1 and text[i - 1] in " \t\n":
                quote = char
            elif char == "<" and i == pos + 1:
                close = text.find(">", i, self.limit)
                i = close if close >= 0 else i
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
                if depth == 0:
                    self.cursor = i + 1
                    return
            i += 1

    def image(self, token) -> None:
        pos = self.find("![")
        if pos < 0:
            return
        self.cursor = pos + 2
        alt_builder = SegmentBuilder(self.doc.source.text, self.text, Scope.ALT)
        self.walk(token.children or [], alt_builder)
        close = self.find("]")
        alt_end = close if close >= 0 else self.cursor
        if close >= 0:
            self.cursor = close + 1
            self.skip_destination()
        alt_pieces = alt_builder.pieces
        alt_segment = common.mask_non_prose_tokens(alt_builder.build(escape_markdown)) if alt_builder.text.strip() else None
        if alt_segment:
            self.doc.segments.append(alt_segment)
        if self.link_stack:
            self.link_stack[-1]["has_image"] = True
        self.doc.elements.append(Element(
            "image", pos, self.cursor, "markdown", text_segment=alt_segment, alt=alt_builder.text,
            src=token.attrs.get("src", ""), title=token.attrs.get("title"),
            alt_start=alt_pieces[0].src_start if alt_pieces else pos + 2,
            alt_end=alt_pieces[-1].src_end if alt_pieces else alt_end))


def heading_element(text: str, line_starts: list[int], token) -> Element:
    """A heading spans its first line without the newline (`## Title`, or setext's text line)."""
    start = line_starts[token.map[0]]
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    return Element("heading", start, end, "markdown", level=int(token.tag[1]))


def read_tokens(source: Source, text: str, doc: Document) -> list[tuple[int, int]]:
    """The markdown-it reader's pass over the token list (kept for comparison: see reader_name)."""
    tokens = parser().parse(text)
    line_starts = source.line_starts
    scopes: list[str] = []
    row_cursor: dict[tuple[int, int], int] = {}
    code_spans: list[tuple[int, int]] = []
    for token in tokens:
        kind = token.type
        if kind in _BLOCK_SCOPES:
            scopes.append(_BLOCK_SCOPES[kind])
            if kind == "heading_open":
                doc.elements.append(heading_element(text, line_starts, token))
        elif kind in _BLOCK_SCOPE_CLOSERS:
            if scopes:
                scopes.pop()
        elif kind == "inline" and token.map:
            first, last = token.map
            start = line_starts[first]
            limit = line_starts[last] if last < len(line_starts) else len(text)
            start = row_cursor.get((first, last), start)
            walker = InlineWalker(doc, text, start, limit, scopes[-1] if scopes else Scope.PARAGRAPH)
            walker.walk(token.children or [])
            row_cursor[(first, last)] = walker.cursor
            code_spans.extend(walker.code_spans)
            link_only = walker.only_links()
            for segment in walker.builder.build_all(escape=escape_markdown):
                segment.with_context(link_only=link_only)
                doc.segments.append(common.mask_non_prose_tokens(segment))
        elif kind == "html_block" and token.map:
            from .html_blocks import read_html_block_of_markdown

            first, last = token.map
            end = line_starts[last] if last < len(line_starts) else len(text)
            read_html_block_of_markdown(text, doc, line_starts[first], end)
    return code_spans
