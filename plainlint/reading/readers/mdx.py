"""MDX: what of an MDX page is code, masked before the Markdown parse (Markdown's reader,
markdown.py, then reads JSX tags as inline HTML): ESM `import`/`export` blocks, `{/* comments */}`
(where suppression directives live), `{expressions}`, and fenced code inside JSX elements that
CommonMark would read as HTML-block text."""

from __future__ import annotations

import re

from ..document import Comment
from ..offsets import CONTROL_MASK
from ..spans import span_holding
from . import common

_MDX_ESM = re.compile(r"(?m)^(?:import|export)\b[^\n]*$")
_MDX_EXPRESSION = re.compile(r"(?<!\{)\{(?!\{)[^{}\n]{0,500}\}(?!\})")
_MDX_COMMENT_OPEN = re.compile(r"(?<!\{)\{[ \t]*/\*")
_MDX_COMMENT_CLOSE = re.compile(r"\*/\s*\}")


def mask_mdx(text: str, comments: list[Comment], fenced: list[tuple[int, int]]) -> str:
    """MDX: ESM import/export blocks, {/* comments */}, {expressions} and fenced code inside JSX
    elements are code (JSX tags read as inline HTML). `fenced`: the parser's fenced code spans.
    Masks keep the length and the line breaks, so positions stay exact."""
    text = _mask_spans(text, [(start, end) for start, end, _ in comments])
    text = _mask_spans(text, esm_blocks(text, fenced))
    text = _MDX_ESM.sub(lambda m: CONTROL_MASK * len(m.group()), text)
    text = _MDX_EXPRESSION.sub(lambda m: CONTROL_MASK * len(m.group()), text)
    return _mask_spans(text, fences_inside_jsx(text, fenced))


def _mask_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with every character but line breaks in the sorted, disjoint `spans` masked."""
    if not spans:
        return text
    pieces, pos = [], 0
    for start, end in spans:
        pieces += [text[pos:start], re.sub(r"[^\r\n]", CONTROL_MASK, text[start:end])]
        pos = end
    return "".join(pieces) + text[pos:]


# MDX ESM starts with an unindented `import` or `export` and a space, where a paragraph could start
# (not continuing one), and ends at a blank line (micromark-extension-mdxjs-esm; past a blank line
# only while the JavaScript is unfinished, which brackets left open stand in for here).
_MDX_ESM_START = re.compile(r"(?m)^(?:import|export)[ \t]")


def esm_blocks(text: str, fenced: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the MDX ESM blocks of `text`: a component or object written over several lines is
    code up to its blank line, not HTML and prose (Hoppscotch's `export const PrimaryButton = ...`).
    An `export` line inside fenced code (a shell example) is that code's, and must not hide its
    closing fence."""
    blocks, pos = [], 0
    for match in _MDX_ESM_START.finditer(text):
        if match.start() < pos or not _starts_a_block(text, match.start()):
            continue
        if span_holding(fenced, match.start()) is not None:
            continue
        pos = _esm_end(text, match.start())
        blocks.append((match.start(), pos))
    return blocks


def _starts_a_block(text: str, start: int) -> bool:
    """The line at `start` opens the file or follows a blank line or front matter's closing `---`."""
    if start == 0:
        return True
    previous = text[text.rfind("\n", 0, start - 1) + 1:start].strip()
    return previous in ("", "---")


def _esm_end(text: str, start: int) -> int:
    """The end of the ESM block at `start`: the line break before its blank line (or the text's end)."""
    depth, pos = 0, start
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end]
        if not line.strip() and depth <= 0:
            return max(start, pos - 1)
        depth += bracket_balance(line)
        pos = line_end + 1
    return len(text)


_CODE_TOKENS = re.compile(r"""//.*|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|`(?:[^`\\\n]|\\.)*`?|[()\[\]{}]""")
_OPENS = frozenset("([{")


def bracket_balance(line: str) -> int:
    """Brackets a line of JavaScript opens minus those it closes, outside strings and `//`
    comments: `export const face = ":-("` leaves none open (counted in the string, its bracket
    kept the block open to the end of the page, and nothing after it was linted)."""
    balance = 0
    for token in _CODE_TOKENS.findall(line):
        if len(token) == 1:
            balance += 1 if token in _OPENS else -1
    return balance


_FENCE_LINE = re.compile(r"(?m)^[ \t]*(`{3,}|~{3,})([^\n]*)$")


def fences_inside_jsx(text: str, parsed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the fenced code blocks the Markdown parser does not see: those inside a JSX element
    whose opening tag has no blank line after it (`<CodeGroup>` then an indented fence). CommonMark
    reads the tag as the start of an HTML block, whose lines are raw text; MDX reads the element's
    children as Markdown, so the fence is code. `parsed`: the fenced code spans the parser saw."""
    if "```" not in text and "~~~" not in text:
        return []
    found, pos = [], 0
    while (opening := _FENCE_LINE.search(text, pos)) is not None:
        held = span_holding(parsed, opening.start())
        fence, info = opening.group(1), opening.group(2)
        if held is not None or (fence[0] == "`" and "`" in info):  # the parser's fence, or inline code
            pos = held if held is not None else opening.end()
            continue
        closing = re.compile(rf"(?m)^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*\r?$").search(text, opening.end())
        if closing is None:
            break
        found.append((opening.start(), closing.end()))
        pos = closing.end()
    return found


def mdx_comments(text: str, fenced: list[tuple[int, int]]) -> list[Comment]:
    """(start, end, body) of each `{/* ... */}` comment, the only comment MDX 2 and 3 accept
    (they reject `<!-- -->`), where suppression directives live. Comments may span lines; none
    is looked for in front matter or fenced code (`fenced`), where MDX reads the braces literally."""
    if "/*" not in text:
        return []
    front = common.front_matter_span(text)
    pos = front[1] if front else 0
    found = []
    while (opening := _MDX_COMMENT_OPEN.search(text, pos)) is not None:
        fence_end = span_holding(fenced, opening.start())
        if fence_end is not None:
            pos = fence_end
            continue
        closing = _MDX_COMMENT_CLOSE.search(text, opening.end())
        if closing is None:
            break  # no later comment can close either
        found.append(Comment(opening.start(), closing.end(), text[opening.end():closing.start()]))
        pos = closing.end()
    return found


# A JSX expression that names its file in a string: Docusaurus's `src={useBaseUrl('img/a.webp')}`,
# webpack's `src={require('./a.png').default}`. Only a string that ends in a file extension.
_SRC_EXPRESSION = re.compile(r"""\bsrc\s*=\s*\{[^{}\n]*?(["'`])([^"'`\n]{1,300}?\.[A-Za-z0-9]{2,5})\1[^{}\n]*\}""")


def name_expression_sources(elements, text: str) -> None:
    """Each image whose `src` was a JSX expression (masked: it names nothing) gets the file its
    expression's string names, so two different pictures with one alt text are told apart (the
    alt-text rules read `src`; plausible's docs, docu32). `text`: the source."""
    for element in elements:
        if element.kind != "image" or element.syntax != "html" or not _masked_only(element.src):
            continue
        found = _SRC_EXPRESSION.search(text, element.start, element.end)
        if found:
            element.src = found.group(2)


def _masked_only(value: str) -> bool:
    return bool(value) and not value.strip(CONTROL_MASK + " ")
