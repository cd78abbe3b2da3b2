"""Readers turn one source file into a Document of prose segments and elements."""

from __future__ import annotations

from pathlib import PurePosixPath

from .. import templates
from ..document import Document
from ..source import Source
from . import common

MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt",)
FORMATS = {".md": "markdown", ".markdown": "markdown", ".txt": "text"}


def format_for(path: str) -> str | None:
    """The reader for a file name, or None when plainlint does not read that kind of file."""
    name = PurePosixPath(path).name.lower()
    for suffix, fmt in FORMATS.items():
        if name.endswith(suffix):
            return fmt
    return None


def read_document(source: Source, fmt: str, template_syntaxes=templates.DEFAULT_SYNTAXES) -> Document:
    doc = Document(source, fmt)
    tags = templates.find_tags(source.text, tuple(template_syntaxes))
    doc.meta["template_tags"] = tags
    masked = templates.mask(source.text, tags)
    if fmt == "markdown":
        from .markdown import read_markdown

        read_markdown(source, masked, doc)
    elif fmt == "text":
        from .text import read_text

        read_text(masked, doc)
    else:
        raise ValueError(f"no reader for format {fmt!r}")
    _detect_language(doc)
    return doc


def _detect_language(doc: Document) -> None:
    front = doc.meta.get("front_matter")
    if front:
        lang = common.language_from_front_matter(front[2])
        if lang:
            doc.language, doc.language_origin = lang, "front matter"
            return
    stem = PurePosixPath(doc.source.path).name.split(".")[0] if doc.source.path else ""
    full_stem = PurePosixPath(doc.source.path).stem
    lang = common.language_from_filename(stem) or common.language_from_filename(full_stem)
    if lang:
        doc.language, doc.language_origin = lang, "file name"
