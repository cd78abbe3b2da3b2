"""Markdown: what every parser shares (dialect masking, MDX, DocFX, front matter prose), then the
parse itself, on pulldown-cmark by default (`markdown_native.py`).

The markdown-it-py reader (`markdown_it.py`) is kept only to measure agreement (see
`reader_name`). Either parser sees a same-length copy of the source (template tags masked, front
matter blanked, CRLF as ' \\n'), so its offsets are source offsets.
"""

from __future__ import annotations

import os
import re

from ..document import Comment, Document, Element
from ..kinds import path_signals
from ...enums import Scope
from ..offsets import CONTROL_MASK, OUTPUT_MASK, EscapeRefused
from ..segment_builder import SegmentBuilder, hyphens_as_ascii
from ..source import Source
from . import common
from .common import escape_markdown
from ..spans import span_holding
from .mdx import mask_mdx, mdx_comments, name_expression_sources
from .mdx_flow import flow_components, read_prose_attributes
from .grav_notices import mask_notices
from .mkdocs_blocks import dedent_block_bodies
from .myst import add_myst_parts, is_myst, myst_view
from .starlight import is_starlight, starlight_view
from .vitepress import HOME_BLOCK, home_page_prose, is_home_page, vitepress_view


def reader_name() -> str:
    """The Markdown parser: pulldown-cmark (pyromark), or markdown-it-py when the environment sets
    PLAINLINT_MARKDOWN_READER=markdown-it, kept to measure agreement between the two (tests and
    scripts/compare_readers.py); markdown-it-py is then needed (the `test` extra installs it)."""
    return os.environ.get("PLAINLINT_MARKDOWN_READER", "pulldown-cmark")


def _escape_docfx_alt(text: str) -> str:
    if '"' in text or "'" in text:
        raise EscapeRefused("a quote would end the DocFX alt-text attribute")
    return text


# kramdown/Jekyll inline attribute lists: `{:target="_blank"}`, `{: .note}`.
_IAL = re.compile(r"\{:[^{}\n]{0,300}\}")


# Alert and callout markers at the start of a quote: GitHub's and DocFX's `> [!NOTE]`, `> [!WARNING]`,
# and Obsidian's callouts of any type, folded or not (`> [!info]`, `> [!todo]-`, `> [!example]+`).
_ALERT = re.compile(r"(?m)^([ \t]*>[ \t]*)(\[![A-Za-z][\w-]*\][+-]?)")


# Docusaurus and VitePress admonitions (remark-directive's container syntax): `:::note`, `::::tip Title`,
# and the closing `:::`. The colons and the type are markup; a title after them is prose. DocFX's
# `:::zone pivot="x"`, `:::moniker range="y"`, `:::row:::` and `:::code source="z":::` hold only
# attributes after the type: markup to the end of the line.
_COLON_FENCE = re.compile(r"[ \t]*(:{3,}[ \t]*(?:[A-Za-z][\w-]*)?)"
                          r"((?:[ \t]+[A-Za-z][\w-]*[ \t]*=[ \t]*\"[^\"\n]*\")*[ \t]*(?::{3,})?[ \t]*(?=\r?$))?", re.M)


# Obsidian, Foam and Logseq: `![[note#section|alias]]` shows another note (or an image) in place.
# Not `![[1]](chart.png)`, a Markdown image whose alt text is `[1]`.
_EMBED = re.compile(r"!\[\[[^\[\]\n]{1,500}\]\](?!\()")


# A wiki link `[[target|shown text]]` (Obsidian, Foam, Logseq, Dendron) or `[[shown text|target]]`
# (GitHub and Gollum wikis); `\|` is the pipe inside a table. Not `[[ -f x ]]` (a shell test: the
# inside starts with a space), nor `![[embed]]` nor `[[1]](url)` (a link whose text is `[1]`).
_WIKILINK = re.compile(r"(?<!!)\[\[(?! )([^\[\]\n|]{1,300}?)(?:(\\?\|)([^\[\]\n]{1,300}))?\]\](?!\()")
_TARGET_MARK = re.compile(r"[#/]|\.md\Z")
_SHOWN_PART = re.compile(r"[^/#]*\Z")


# DocFX: `[!INCLUDE [title](path.md)]` renders another file in place; `[!div class="..."]`.
_DOCFX_INCLUDE = re.compile(r"\[!INCLUDE\s*\[[^\]\n]*\]\([^)\n]*\)\]", re.I)
_DOCFX_DIV = re.compile(r"\[!div[^\]\n]*\]", re.I)


# Adobe Flavored Markdown (Adobe Experience League; AdobeDocs/markdown-it-adobe-plugin, README
# "User Interface Localization"): `[!DNL Fastly]` (do not localise) and `[!UICONTROL Save]` (a
# label on screen) render as the text inside, without the keyword or the brackets.
_ADOBE_INLINE = re.compile(r"(\[!(?:DNL|UICONTROL)[ \t]+)[^\[\]\n]*(\])")


def _mask_markdown_extensions(text: str, wiki_links: bool = True) -> str:
    """Markup of common Markdown dialects that CommonMark would read as text. `wiki_links`: False
    in a saved reply or e-mail template, where `[[...]]` is a placeholder the agent fills in
    ('[[FILL IN]]', '[[minimized|deleted]]': one word or the other), read as written."""
    def blank(match: re.Match) -> str:
        return CONTROL_MASK * len(match.group())

    if "{:" in text:
        text = _IAL.sub(blank, text)
    if "[!" in text:
        text = _mask_alerts(text)
        text = _DOCFX_INCLUDE.sub(lambda m: OUTPUT_MASK * len(m.group()), text)
        text = _DOCFX_DIV.sub(blank, text)
        text = _ADOBE_INLINE.sub(_adobe_inline_text, text)
    if ":::" in text:
        text = _mask_colon_fences(text)
    if "![[" in text:
        text = _EMBED.sub(blank, text)
    if wiki_links and "[[" in text:
        text = _WIKILINK.sub(_wikilink_shown_text, text)
    return text


def _adobe_inline_text(match: re.Match) -> str:
    """The text inside an Adobe `[!DNL ...]` or `[!UICONTROL ...]`, its keyword and brackets masked."""
    opening, closing = match.group(1), match.group(2)
    inside = match.group()[len(opening):-len(closing)]
    return CONTROL_MASK * len(opening) + inside + CONTROL_MASK * len(closing)


def _wikilink_shown_text(link: re.Match) -> str:
    """The link with everything but its shown text masked. The target is the side marked as one
    ('#', '/', '.md'), else the first (Obsidian's order); without shown text, the last part of
    the target shows: its heading, else its page (not a block id '#^...'), without '.md'. A link
    of capitals only, with no shown text, is read as written: a placeholder an agent fills in."""
    first, pipe, second = link.group(1, 2, 3)
    if not pipe and not any(ch.islower() for ch in first):
        return link.group()  # the same words either way; '[[ORDER NUMBER]]' is a placeholder
    if pipe:
        shown = 1 if _TARGET_MARK.search(second) and not _TARGET_MARK.search(first) else 3
        start, end = link.span(shown)
    else:
        page, _, heading = first.partition("#")
        shows_heading = bool(heading) and not heading.startswith("^")
        part = heading if shows_heading else page
        offset = link.start(1) + (len(page) + 1 if shows_heading else 0)
        last = _SHOWN_PART.search(part)
        start, end = offset + last.start(), offset + last.end()
        if not shows_heading and page.endswith(".md"):
            end -= 3
    whole = link.group()
    start, end = start - link.start(), end - link.start()
    return CONTROL_MASK * start + whole[start:end] + CONTROL_MASK * (len(whole) - end)


def _mask_colon_fences(text: str) -> str:
    """Each admonition marker masked, read only on the lines that start with ':::' (after spaces)."""
    pieces, done = [], 0
    at = text.find(":::")
    while at >= 0:
        match = _COLON_FENCE.match(text, text.rfind("\n", 0, at) + 1)
        if match is not None and match.start(1) == at:
            pieces += [text[done:at], CONTROL_MASK * (match.end() - at)]
            done = match.end()
        line_end = text.find("\n", at)
        at = text.find(":::", line_end) if line_end >= 0 else -1
    return "".join(pieces) + text[done:] if pieces else text


def _mask_alerts(text: str) -> str:
    """`_ALERT.sub` masking each alert marker, read only on the lines that hold '[!': a match
    starts a line and ends on it, and the multi-line `^` made the regex try every character."""
    pieces, done = [], 0
    at = text.find("[!")
    while at >= 0:
        match = _ALERT.match(text, text.rfind("\n", 0, at) + 1)
        if match is not None:
            pieces += [text[done:match.start(2)], CONTROL_MASK * len(match.group(2))]
            done = match.end()
        line_end = text.find("\n", at)
        at = text.find("[!", line_end) if line_end >= 0 else -1
    return "".join(pieces) + text[done:] if pieces else text


def prepare(source: Source, masked: str) -> tuple[str, tuple[int, int, str] | None]:
    """The text the parser sees: masked tags, blanked front matter, same length as the source."""
    masked = mask_notices(_mask_markdown_extensions(masked, wiki_links=not path_signals(source.path)), source.path)
    front = common.front_matter_span(masked)
    text = masked
    if front:
        text = common.blank_out(text, front[0], front[1])
    return dedent_block_bodies(common.normalise_newlines(text)), front


_DOCFX_IMAGE = re.compile(r":::image\b(?P<body>[^:]*?(?::(?!::)[^:]*?)*):::", re.S)
_DOCFX_ALT = re.compile(r"""alt-text\s*=\s*(["'])(.*?)\1""", re.S)


def fenced_code_spans(text: str) -> list[tuple[int, int]]:
    """Source spans of fenced code blocks, from the parser's block structure."""
    if "```" not in text and "~~~" not in text:
        return []
    text = common.normalise_newlines(text)
    if reader_name() != "markdown-it":
        from .markdown_events import fenced_code_spans as native_spans

        return native_spans(text)
    from .markdown_it import block_parser

    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    spans = []
    for token in block_parser().parse(text):
        if token.type == "fence" and token.map:
            first, last = token.map
            spans.append((starts[first], starts[last] if last < len(starts) else len(text)))
    return spans


def docfx_images(source: Source, text: str, doc: Document) -> str:
    """`:::image ... alt-text="...":::` feeds the alt-text rules; the block itself is markup."""
    if ":::image" not in text:
        return text
    for match in _DOCFX_IMAGE.finditer(text):
        alt = _DOCFX_ALT.search(match.group())
        image = Element("image", match.start(), match.end(), "docfx")
        if alt:
            alt_start, alt_end = match.start() + alt.start(2), match.start() + alt.end(2)
            image.alt, image.alt_start, image.alt_end = hyphens_as_ascii(source.text[alt_start:alt_end]), alt_start, alt_end
            builder = SegmentBuilder(source.text, text, Scope.ALT)
            builder.literal(alt_start, alt_end)
            image.text_segment = builder.build(_escape_docfx_alt)
            if image.text_segment is not None:
                doc.segments.append(common.mask_non_prose_tokens(image.text_segment))
        image.decorative = not alt and re.search(r"""\btype\s*=\s*["']icon["']""", match.group(), re.I) is not None
        src = re.search(r"""source\s*=\s*(["'])(.*?)\1""", match.group())
        image.src = src.group(2) if src else ""
        doc.elements.append(image)
    return _DOCFX_IMAGE.sub(lambda m: re.sub(r"[^\r\n]", CONTROL_MASK, m.group()), text)


FRONT_MATTER_PROSE = {"title": Scope.HEADING, "label": Scope.HEADING, "description": Scope.PARAGRAPH,
                      "summary": Scope.PARAGRAPH, "excerpt": Scope.PARAGRAPH}  # label: Drupal help topics


def front_matter_prose(source: Source, doc: Document, front: tuple[int, int, str, int], read_nested) -> None:
    """`title` (or `label`), `description` (and `summary`/`excerpt`) in YAML or TOML front matter
    are read as prose; `front` is as the parser's same-length view of the source has it. Invalid
    YAML is left alone (site generators report it), invalid TOML reported (PL909, readers.toml_front).
    `read_nested` is readers.read_document, passed in (the readers package imports this module)."""
    from .compose import compose_elements
    from .structured import Scalar, compose_segment

    if source.text.startswith("+++"):
        from .toml_front import toml_front_matter_nodes

        nodes = toml_front_matter_nodes(source.text, front, doc, FRONT_MATTER_PROSE)
    elif source.text.startswith("---"):
        nodes = _yaml_front_matter_nodes(source, front)
    else:
        return
    shift = front[3]
    for key, node, scope in nodes:
        if not isinstance(node, Scalar) or not isinstance(node.value, str) or node.map is None or not node.value.strip():
            continue  # absent, or a list or a mapping ('title: [Topic name]' in a page template)
        value = _ADOBE_INLINE.sub(_adobe_inline_text, node.value) if "[!" in node.value else node.value
        inner = read_nested(Source(source.path, value), _value_format(value), None, detect_language=False)
        outer = node.map.shifted(shift)
        for segment in inner.segments:
            if segment.scope == Scope.ALT:
                continue  # an image typed into a value ('![login_panel.png](assets/...)') is shown as no text
            composed = compose_segment(segment, outer, node.escape)
            composed.scope = scope
            composed.with_context(front_matter=key)  # linted, but not part of the page's reading grade
            doc.segments.append(composed)
        # Its links, as the body's: link-text reads them, and bare-url and the capitals rules see
        # their text as a link's (an image in a value is shown as no text, so not one).
        doc.elements.extend(element for element in compose_elements(inner.elements, outer) if element.kind == "link")


def _yaml_front_matter_nodes(source: Source, front: tuple[int, int, str, int]) -> list:
    """(key, node, scope) of each prose key of YAML front matter (none when it is not YAML)."""
    from ..source import SourceError
    from .simple_yaml import simple_mapping
    from .structured import Mapping, parse_yaml

    body = prose_keys_only(source.text[front[3]:front[3] + len(front[2])])
    if not body.strip():
        return []
    try:
        root = simple_mapping(body) or parse_yaml(body, source.path)
    except SourceError:
        return []
    if not isinstance(root, Mapping):
        return []
    return [(key, root.get(key), scope) for key, scope in FRONT_MATTER_PROSE.items()] + home_page_prose(root)


# What Markdown reads other than as the plain text it is: inline marks, brackets, tags, entities,
# escapes, and a line that opens a block (a list item, a quote, a heading, a setext underline).
_MARKDOWN_MARKS = re.compile(r"[`*_\[\]<>&\\~|]|^[ \t]*(?:[-+*>#=]|\d{1,9}[.)])", re.M)


def _value_format(value: str) -> str:
    """How a prose value of front matter is read: as Markdown, as the body is, since that is what
    writers put there (links, `code`, **bold**, entities and escapes in the descriptions and titles
    of the corpus: Hugo's docs render `.Description | markdownify`); a value with no Markdown mark
    reads the same as plain text, which is quicker to read."""
    return "markdown" if _MARKDOWN_MARKS.search(value) else "text"


_PROSE_KEY = re.compile(r"(?:" + "|".join(FRONT_MATTER_PROSE) + r")\s*:")


def prose_keys_only(body: str) -> str:
    """The front matter with every line outside a prose key's block blanked (same length).

    Front matter often holds dozens of keys (authors, dates, tags); composing only the blocks of
    the keys read as prose keeps pure-Python YAML from costing more than the Markdown parse.
    """
    lines = body.splitlines(keepends=True)
    keep, home = False, is_home_page(body)  # a VitePress home page: its hero and features too
    out = []
    for line in lines:
        if line[:1] not in (" ", "\t", "\r", "\n"):  # a new top-level key (or other line)
            keep = _PROSE_KEY.match(line) is not None or (home and HOME_BLOCK.match(line) is not None)
        if keep:
            out.append(line)
        else:
            content = line.rstrip("\r\n")
            out.append(" " * len(content) + line[len(content):])
    return "".join(out)


# DocFX / Microsoft Learn: `> [!VIDEO https://www.microsoft.com/videoplayer/embed/...]`.
_DOCFX_VIDEO = re.compile(r"\[!VIDEO\s+([^\s\]]+)\s*\]", re.I)


def docfx_videos(text: str, doc: Document) -> str:
    """`[!VIDEO url]` embeds a player: an element for the media rules, markup for the prose."""
    if "[!" not in text:
        return text
    for match in _DOCFX_VIDEO.finditer(text):
        doc.elements.append(Element("iframe", match.start(), match.end(), "docfx", tag="iframe",
                                    src=match.group(1), html={"src": match.group(1)}))
    return _DOCFX_VIDEO.sub(lambda m: CONTROL_MASK * len(m.group()), text)


def read_markdown(source: Source, masked: str, doc: Document, read_nested, mdx: bool = False,
                  lint_fenced: tuple[str, ...] = ()) -> None:
    """Markdown or MDX into `doc`; `read_nested` (readers.read_document) reads front matter prose;
    `lint_fenced` names the fence languages read as prose (readers.fenced)."""
    comments = []
    if mdx:
        fenced = fenced_code_spans(masked)
        comments = mdx_comments(masked, fenced)
        masked = mask_mdx(masked, comments, fenced)
    masked, myst = (masked, None) if mdx else myst_view(source.text, masked)
    if mdx or not is_myst(masked):  # Starlight's asides (MDX too), else VitePress's containers
        masked, parts = starlight_view(masked) if is_starlight(source.path, source.text) else \
            (masked, None) if mdx else vitepress_view(masked)
        myst = parts or myst
    masked = docfx_images(source, masked, doc)
    masked = docfx_videos(masked, doc)
    text, front = prepare(source, masked)
    text, flow_attributes = flow_components(text, fenced) if mdx else (text, [])
    if front:
        doc.front_matter = front
        front_matter_prose(source, doc, front, read_nested)
    if reader_name() == "markdown-it":
        from .markdown_it import read_tokens

        code_spans = read_tokens(source, text, doc)
    else:
        from .markdown_native import read_events

        code_spans = read_events(doc, text, escape_markdown, lint_fenced)
    read_prose_attributes(doc, text, flow_attributes)
    if mdx and "src={" in source.text:
        name_expression_sources(doc.elements, source.text)
    if myst is not None:
        add_myst_parts(doc, myst)
    if comments:  # a comment inside inline code is code, as in MDX
        code_spans.sort()
        doc.comments.extend(c for c in comments if span_holding(code_spans, c.start) is None)
    if not mdx:
        doc.comments.extend(row_end_comments(text, doc))


# An HTML comment after a table row's last pipe (`| a | b | <!-- ... -->`): a cell beyond the
# header's count, which GFM drops, so neither parser reports the comment.
_ROW_END_COMMENT = re.compile(r"\|[ \t]*(<!--(.*?)-->)[ \t]*\|?[ \t]*$", re.M)


def row_end_comments(text: str, doc: Document) -> list[Comment]:
    """Comments at the end of table rows that the parser dropped, so that a suppression
    directive there applies to its row as at the end of any other line."""
    if "<!--" not in text or "|" not in text:
        return []
    candidates = [m for m in _ROW_END_COMMENT.finditer(text) if "plainlint-" in m.group(2)]
    if not candidates:
        return []
    known = {comment.start for comment in doc.comments}
    row_lines = set()
    for segment in doc.segments:
        if segment.scope == Scope.TABLE_CELL and segment.text:
            start = segment.source_span().start
            row_lines.add(text.rfind("\n", 0, start) + 1)
    found = []
    for match in candidates:
        start, end = match.span(1)
        if start not in known and text.rfind("\n", 0, start) + 1 in row_lines:
            found.append(Comment(start, end, match.group(2)))
    return found


