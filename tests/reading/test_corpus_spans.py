"""Every Markdown article of the corpus lints, and every finding's span holds the flagged text.

"Holds" is checked independently of the reader: the source text at the reported span, with
markup dropped (tags, emphasis, link destinations, template tags), entities decoded and white
space collapsed, must equal the flagged prose. This runs over the whole folder, not a sample.
"""

import html
import json
import re

import pytest

from plainlint.linting.engine import lint_file
from plainlint.reading.readers import format_for
from plhelpers import settings_for

_TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_TAG = re.compile(r"<[^>]*>")
_LINK_DEST = re.compile(r"\]\([^)]*\)|\]\[[^\]]*\]")
_CODE = re.compile(r"`+[^`]*`+")


_IAL = re.compile(r"\{:[^{}\n]*\}")
_URL = re.compile(r"(?:https?|ftp|mailto|file)://[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]]|\bwww\.[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


_KEPT = {"*": "\ue010", "_": "\ue011", "[": "\ue012", "]": "\ue013"}
_RESTORED = str.maketrans({v: k for k, v in _KEPT.items()})


def read_back(raw: str) -> str:
    text = _IAL.sub("", raw)
    text = re.sub(r"\[!INCLUDE\s*\[[^\]]*\]\([^)]*\)\]", "X", text, flags=re.I)
    text = text.replace("\\<", "&lt;").replace("\\>", "&gt;")
    text = _TEMPLATE.sub("X", text)
    text = _CODE.sub("X", text)
    text = _LINK_DEST.sub("", text)
    text = _TAG.sub("", text)
    # Escaped markers (`2.\\*`) are text: kept apart while emphasis and brackets are dropped.
    text = re.sub(r"\\([*_\[\]])", lambda m: _KEPT[m.group(1)], text)
    text = re.sub(r"(?<!\w)[*_]+|[*_]+(?!\w)|[\[\]]|~~", "", text)
    text = text.translate(_RESTORED)
    text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)
    text = html.unescape(text)
    text = _URL.sub("X", text)
    return " ".join(text.split())


def counted_line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and code-point column counted here, not by Source (CRLF, CR and LF end lines)."""
    lines = re.split(r"\r\n|\r|\n", text[:offset])
    return len(lines), len(lines[-1]) + 1


def normalise_flagged(flagged: str) -> str:
    """Flagged prose as read_back leaves it (plain-text strings keep brackets that Markdown drops)."""
    return " ".join(re.sub(r"[\[\]]", "", flagged).split())


SPAN_CATEGORIES = {"readability", "sentence-length"}
# Element rules point at the element itself (an <img> without alt, a link).
ELEMENT_CATEGORIES = {"alt-text", "link-text", "accessibility"}


def corpus_files(root, folder, formats):
    for path in sorted((root / folder).rglob("*")):
        if path.is_file() and format_for(path.name) in formats:
            yield path


_SCRIPT_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
_ANY_TAG = re.compile(r"<[A-Za-z!/][^>]*>")
_ALT_TITLE = re.compile(r"""\s(?:alt|title)\s*=\s*("[^"]*"|'[^']*')""", re.I)


def forbidden_regions(text: str, fmt: str) -> list[tuple[int, int]]:
    """Where a finding may never be: template tags, script/style, HTML tags (but alt/title values)."""
    regions = [m.span() for m in _TEMPLATE.finditer(text)]
    if fmt == "html":
        regions += [m.span() for m in _SCRIPT_STYLE.finditer(text)]
        for tag in _ANY_TAG.finditer(text):
            cursor = tag.start()
            for attr in _ALT_TITLE.finditer(tag.group()):
                regions.append((cursor, tag.start() + attr.start(1) + 1))
                cursor = tag.start() + attr.end(1) - 1
            regions.append((cursor, tag.end()))
    return regions


FOLDERS = {
    "articles": ({"markdown", "text"}, 800),
    "articles-html": ({"html"}, 170),
    "emails": ({"html", "text", "template"}, 480),
    "macros": ({"markdown", "text", "json", "yaml"}, 60),
    "macros-exports": ({"json", "yaml"}, 30),
}


def unescape_structured(raw: str, fmt: str) -> str:
    """The string value behind a JSON or YAML source span (escapes undone, YAML quotes folded)."""
    if fmt == "json":
        return json.loads('"' + raw + '"')
    if fmt == "yaml":
        raw = raw.replace("''", "'")
        return re.sub(r'\\(["\\/])', r"\1", raw)
    return raw


@pytest.mark.corpus
@pytest.mark.parametrize("folder", sorted(FOLDERS))
def test_every_file_lints_and_every_span_holds_the_flagged_text(corpus, folder):
    formats, minimum = FOLDERS[folder]
    files = list(corpus_files(corpus, folder, formats))
    assert len(files) > minimum
    checked = 0
    problems = []
    for path in files:
        # Every rule, those off by default (passive-voice, spelling) too: each one's spans must hold.
        result = lint_file(path, str(path), settings_for(str(path), select=["ALL"]))
        assert result.error is None, f"{path}: {result.error and result.error.message}"
        regions = forbidden_regions(result.source.text, format_for(path.name)) if result.source else []
        for finding in result.findings:
            if finding.code >= "PL900":
                continue
            checked += 1
            for lo, hi in regions:
                if finding.start >= lo and finding.end <= hi and finding.category not in SPAN_CATEGORIES | ELEMENT_CATEGORIES:
                    problems.append(f"{path}:{finding.line}:{finding.column} inside markup {result.source.text[lo:hi][:60]!r}")
            raw = result.source.text[finding.start:finding.end]
            fmt = format_for(path.name)
            assert (finding.line, finding.column) == counted_line_col(result.source.text, finding.start), path
            if finding.category in ELEMENT_CATEGORIES:
                continue
            if finding.category in SPAN_CATEGORIES:
                # Sentence and paragraph spans: the span starts and ends on the flagged text
                # (allowing for markup such as `**` or `[` at either edge).
                first = next((c for c in finding.flagged if c.isalnum()), "")
                last = next((c for c in reversed(finding.flagged) if c.isalnum()), "")
                head = html.unescape(raw[:80])[:40]
                if (first != "X" and first not in head) or (last != "X" and last not in raw):
                    problems.append(f"{path}:{finding.line}:{finding.column} {raw[:40]!r}..{raw[-40:]!r}")
            elif read_back(unescape_structured(raw, fmt)) != normalise_flagged(finding.flagged):
                problems.append(f"{path}:{finding.line}:{finding.column} {raw!r} != {finding.flagged!r}")
    assert checked > 100
    assert not problems, "\n".join(problems[:20])
