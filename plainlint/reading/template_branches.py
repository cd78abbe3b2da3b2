"""Which branch of a template conditional each offset of a file is in.

`{{#if x}} A {{else}} B {{/if}}`, `{% if %} A {% elsif %} B {% else %} C {% endif %}`, `<% if %> A
<% else %> B <% end %>`, `<#if x> A <#else> B </#if>`: a template sends exactly one branch of each block, so two places in
different branches of one block never meet in a message. A rule that compares elements across a
document (a second h1, a heading-level skip) compares only elements that can be sent together.

A place's `path` is a tuple of (block number, branch number) pairs, outermost block first. Two
paths are alternatives when, at the first block they share, they are in different branches.
Blocks are matched by the template's own open and close tags; a file whose tags do not balance
keeps what it has read (an unclosed block stays open to the end of the file).
"""

from __future__ import annotations

import bisect
import re

from .templates import Tag

# Tags that open a block whose branches are alternatives, and the tags that close one.
# Handlebars/Mustache: {{#name ...}} and {{^name}} open, {{/name}} closes.
# Liquid, Jinja, Django, Twig, Nunjucks: if/unless/case/for open, endif/endunless/endcase/endfor close.
# ERB: if/unless/case, while/until/for/begin and a `do` block open, `end` closes (every Ruby
# block that `end` closes is counted, so an inner loop's `end` never closes the `if` around it).
# FreeMarker, either tag syntax: <#if>, <#list> (whose <#else> is its empty branch), <#switch>,
# <#attempt> (whose <#recover> runs when the first branch fails) open; </#if> and the like close.
_OPENS = re.compile(
    r"\{\{~?\s*[#^]\s*[^\s}]"
    r"|\{%-?\s*(?:if|unless|case|for)\b"
    r"|<%-?\s*(?:if|unless|case|while|until|for|begin)\b|<%.*\bdo\s*(?:\|[^|]*\|)?\s*-?%>\Z"
    r"|[<\[]#(?:if|list|switch|attempt)(?![\w-])", re.DOTALL)
_CLOSES = re.compile(r"\{\{~?\s*/|\{%-?\s*end(?:if|unless|case|for)\b|<%-?\s*end\b"
                     r"|[<\[]/#(?:if|list|switch|attempt)(?![\w-])")


def branch_paths(tags: list[Tag]) -> tuple[list[int], list[tuple]]:
    """(offsets, paths): from offsets[i] on, until the next offset, the place is in paths[i]."""
    offsets, paths = [0], [()]
    stack: list[list[int]] = []  # [block number, branch number] of each open block
    blocks = 0
    for tag in tags:
        text = tag.text
        if tag.kind == "branch" and stack:
            stack[-1][1] += 1
        elif _CLOSES.match(text):
            if stack:
                stack.pop()
        elif _OPENS.match(text):
            blocks += 1
            stack.append([blocks, 0])
        else:
            continue
        offsets.append(tag.end)
        paths.append(tuple(tuple(entry) for entry in stack))
    return offsets, paths


def path_at(offsets: list[int], paths: list[tuple], offset: int) -> tuple:
    return paths[bisect.bisect_right(offsets, offset) - 1]


def alternatives(first: tuple, second: tuple) -> bool:
    """Whether two places are in different branches of one block (never sent together)."""
    for (block_a, branch_a), (block_b, branch_b) in zip(first, second):
        if block_a != block_b:
            return False
        if branch_a != branch_b:
            return True
    return False


def document_branches(doc):
    """`branch_paths` of a document's template tags, computed once per document."""
    return doc.cached("template branch paths", lambda: branch_paths(doc.template_tags))
