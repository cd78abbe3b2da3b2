"""Check that each finding's line/column points at the text it quotes, in the file on disk.

    PYTHONPATH=. python scripts/positions_audit.py PATH... [--sample N --seed S] [--select RULES] [--show K]

Lints the files (a folder: every file plainlint would lint in it; with --sample, N of them drawn
at random with the seed), then for every finding with a quoted text (`flagged`) takes the text
between (line, column) and (end_line, end_column) of the file's own bytes, as an editor counts
them (code points, lines split at LF, CRLF or CR, no byte-order mark), and compares it with the
quote. A span can hold what the reader decoded away, so the comparison is tried in steps:

  exact      the span is the quote
  decoded    equal once entities (&amp;), JSON/YAML escapes (\\u00e9, \\n, '') and Markdown
             backslash escapes are decoded and white space is collapsed
  markup     equal once inline markup between the words is dropped too (**, _, `, <b>,
             [text](url), a masked template tag counted as one word)
  mismatch   none of these: the position is wrong (or the quote is not from this span)

Only `mismatch` is a defect; the others are the reader doing its job. Prints the counts and the
first K mismatches; exits 1 when there is any.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from plainlint.config import ConfigTree, Selection, find_config, load_config
from plainlint.linting.engine import lint_file_isolated
from plainlint.reading.readers import format_for

ROOT = Path(__file__).resolve().parent.parent
LINT_SUFFIXES = {".md", ".markdown", ".mdx", ".html", ".htm", ".txt", ".json", ".yaml", ".yml",
                 ".hbs", ".handlebars", ".mustache", ".liquid", ".j2", ".jinja", ".erb", ".twig"}
_JSON_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}(?:\\u[0-9a-fA-F]{4})?|x[0-9a-fA-F]{2}|.)", re.S)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "/": "/", "\\": "\\",
                   '"': '"', "'": "'", "0": "\0", " ": " ", "N": "\x85", "_": "\xa0", "L": "\u2028",
                   "P": "\u2029", "\n": ""}
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_INCLUDE = re.compile(r"\[!INCLUDE\s*\[[^\]]*\]\([^)]*\)\]")
_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_IMAGE = re.compile(r"!\[[^\]]*\]\((?:[^()\n]|\([^()\n]*\))*\)")
_LINK_TAIL = re.compile(r"\]\((?:[^()\n]|\([^()\n]*\))*\)|\]\[[^\]]*\]")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LINK = re.compile(r"!?\[([^\]]*)\]\((?:[^()\n]|\([^()\n]*\))*\)|\[([^\]]*)\]\[[^\]]*\]")
_TAG = re.compile(r"</?[A-Za-z!][^>]{0,400}>|\{\{.{0,400}?\}\}|\{%.{0,400}?%\}|%%.{0,80}?%%|\*\|.{0,80}?\|\*|%\{[^}]{0,80}\}", re.S)
_HTML_CODE = re.compile(r"<(code|kbd|pre|script|style)\b[^>]*>.*?</\1>", re.S | re.I)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_ALERT = re.compile(r"((?:^|\n)[ \t]*>)[ \t]*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]")
_LINE_MARKS = re.compile(r"\n[ \t]*(?:(?:[>#|]|[-*+](?=\s)|\d+[.)](?=\s))[ \t]*)+")
_MARKS = re.compile(r"[*_`~\u00ad\[\]]")
_SPACE = re.compile(r"\s+")


def original_lines(path: Path, source) -> list[str]:
    """The file's lines as an editor shows them (a file that is not UTF-8 in the encoding
    plainlint decoded it with)."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        text = source.text
    text = text.removeprefix("\ufeff")
    return re.split(r"\r\n|\r|\n", text)


def span_text(lines: list[str], line: int, column: int, end_line: int, end_column: int) -> str | None:
    """The text between two 1-based positions (end exclusive), or None when one is off the file."""
    if not (1 <= line <= end_line <= len(lines)):
        return None
    if line == end_line:
        return lines[line - 1][column - 1:end_column - 1]
    middle = lines[line:end_line - 1]
    return "\n".join([lines[line - 1][column - 1:], *middle, lines[end_line - 1][:end_column - 1]])


def _unescape_backslashes(text: str) -> str:
    """JSON and YAML backslash escapes decoded (`\\u00e9`, a surrogate pair, `\\x41`, `\\n`)."""
    def one(match: re.Match) -> str:
        body = match.group(1)
        if body[0] == "u":
            units = [int(part, 16) for part in re.findall(r"[0-9a-fA-F]{4}", body)]
            return "".join(chr(u) for u in units).encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        if body[0] == "x":
            return chr(int(body[1:], 16))
        return _SIMPLE_ESCAPES.get(body, match.group(0))

    return _JSON_ESCAPE.sub(one, text)


def unescaped(text: str, fmt: str) -> str:
    """The span with the escapes of its format decoded (JSON/YAML backslashes, Markdown's)."""
    if fmt in ("json", "yaml"):
        return _unescape_backslashes(text).replace("''", "'")
    if fmt == "markdown":  # (an escaped < is text, never a tag)
        return _MD_ESCAPE.sub(lambda m: {"<": "&lt;", ">": "&gt;"}.get(m.group(1), m.group(1)), text)
    return text


def decoded(text: str, fmt: str) -> str:
    """What a reader of `fmt` makes of the span's characters (escapes, then entities)."""
    return _SPACE.sub(" ", html.unescape(unescaped(text, fmt))).strip()


def _without_kramdown_attributes(text: str) -> str:
    """Drop kramdown's inline attribute lists ({:target="_blank"}), which Jekyll sites write
    after links and which the Markdown reader leaves out of the sentence."""
    return re.sub(r"\{:[^}\n]{0,200}\}", "", text)


def without_markup(text: str, fmt: str, drop_code: bool = True) -> str:
    """The words of a span with Markdown/HTML markup dropped, and what a reader puts in the
    sentence as X or leaves out (code, template tags, an [!INCLUDE], an address). With
    `drop_code` False, backtick code stays (a reply read as plain text keeps it)."""
    text = _COMMENT.sub(" ", text)
    if fmt == "markdown":
        text = _ALERT.sub(r"\1", _without_kramdown_attributes(text))
    text = _INCLUDE.sub(" ", text)
    if drop_code:
        text = _CODE.sub(" ", text)
    text = _HTML_CODE.sub(" ", text)
    text = _IMAGE.sub(" ", text)
    text = _LINK.sub(lambda m: m.group(1) or m.group(2) or "", text)
    text = _LINK_TAIL.sub("", text)
    text = _EMAIL.sub(" ", text)
    text = _TAG.sub(" ", text)
    if fmt == "markdown":
        text = _MARKS.sub("", text)
        text = _LINE_MARKS.sub("\n", text)  # quote, heading, list marks (the span begins at its quote)
        text = text.replace("|", " ")  # table cells
    return _SPACE.sub(" ", text).strip()


def same_words(span: str, quote: str) -> bool:
    """The span's characters are the quote's, an X in the quote standing for anything a reader
    replaced (dropped from the span already); white space and markup marks are not compared."""
    def squeeze(text: str) -> str:
        return re.sub(r"[\s\u200b|]+", "", _MARKS.sub("", text)).casefold()

    pieces = re.split(r"\bX+\b", _SPACE.sub(" ", quote).strip())  # XX: two code spans side by side
    pattern = ".*?".join(re.escape(squeeze(piece)) for piece in pieces)
    return re.fullmatch(pattern, squeeze(span), re.S) is not None


def verdict(span: str | None, quote: str, fmt: str) -> str:
    """How the span on disk compares with the text the finding quotes: "exact", "decoded" (equal
    once escapes and entities are decoded), "markup" (the same words once markup is dropped) or
    "mismatch" (the position is wrong; also a span that is not in the file)."""
    if span is None:
        return "mismatch"
    if span == quote:
        return "exact"
    plain_quote = _SPACE.sub(" ", quote).strip()
    if decoded(span, fmt) == plain_quote:
        return "decoded"
    for drop_code in (True, False):
        words = html.unescape(without_markup(unescaped(span, fmt), fmt, drop_code))  # &lt;b&gt; is text
        if same_words(_SPACE.sub(" ", words), plain_quote):
            return "markup"
    return "mismatch"


def files_under(paths: list[Path]) -> list[Path]:
    """The files named, and those under the folders named with a suffix plainlint reads."""
    found = []
    for path in paths:
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in LINT_SUFFIXES)
        elif path.is_file():
            found.append(path)
    return found


def audit_file(path: Path, tree: ConfigTree) -> list[tuple[str, object, str | None]]:
    """(verdict, finding, span text) for each finding of `path` that quotes its text."""
    settings = tree.resolver_for(path).settings(path)
    result = lint_file_isolated(path, str(path), settings)
    if result.error is not None or not result.findings:
        return []
    fmt = format_for(str(path)) or "text"
    lines = original_lines(path, result.source)
    rows = []
    for finding in result.findings:
        if not finding.flagged or (finding.line, finding.column) == (finding.end_line, finding.end_column):
            continue
        span = span_text(lines, finding.line, finding.column, finding.end_line, finding.end_column)
        rows.append((verdict(span, finding.flagged, fmt), finding, span))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--sample", type=int, default=0, help="audit N files drawn at random")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--select", default=None, help="comma-separated rules (default: the defaults)")
    parser.add_argument("--show", type=int, default=20, help="mismatches to print")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = parser.parse_args(argv)

    files = files_under(args.paths)
    if args.sample:
        files = sorted(random.Random(args.seed).sample(files, min(args.sample, len(files))))
    select = args.select.split(",") if args.select else None
    tree = ConfigTree(load_config(find_config(Path.cwd())), Selection(select, [], []))
    counts: Counter = Counter()
    by_rule: Counter = Counter()
    mismatches = []
    for path in files:
        for kind, finding, span in audit_file(path, tree):
            counts[kind] += 1
            if kind == "mismatch":
                by_rule[finding.rule] += 1
                mismatches.append((finding, span))
    summary = {"files": len(files), "findings_checked": sum(counts.values()), **dict(counts),
               "mismatch_by_rule": dict(by_rule)}
    if args.json:
        print(json.dumps(summary, sort_keys=True))
    else:
        print(" ".join(f"{key}={value}" for key, value in summary.items()))
    for finding, span in mismatches[:args.show]:
        print(f"{finding.path}:{finding.line}:{finding.column}-{finding.end_line}:{finding.end_column} "
              f"[{finding.rule}] quotes {finding.flagged!r}, the file has {span!r}", file=sys.stderr)
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
