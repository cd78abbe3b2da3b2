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
    offsets, paths, _ = _walk(tags)
    return offsets, paths


def _walk(tags: list[Tag]) -> tuple[list[int], list[tuple], frozenset[int]]:
    """branch_paths, and the numbers of the blocks that are loops (`_LOOPS`)."""
    offsets, paths = [0], [()]
    stack: list[list[int]] = []  # [block number, branch number] of each open block
    blocks, loops = 0, set()
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
            if _LOOPS.match(text):
                loops.add(blocks)
        else:
            continue
        offsets.append(tag.end)
        paths.append(tuple(tuple(entry) for entry in stack))
    return offsets, paths, frozenset(loops)


# Blocks whose first branch is sent once per item: Liquid's and Jinja's `for`, Handlebars'
# `{{#each}}` and a Mustache section (`{{#items}}` repeats for a list; only if/unless/with do not),
# ERB's loops and `do` blocks, FreeMarker's `<#list>`.
_LOOPS = re.compile(r"\{%-?\s*for\b|\{\{~?\s*#\s*(?!(?:if|unless|with)\b)|<%-?\s*(?:while|until|for)\b"
                    r"|<%.*\bdo\s*(?:\|[^|]*\|)?\s*-?%>\Z|[<\[]#list(?![\w-])", re.DOTALL)


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
    offsets, paths, _ = _document_walk(doc)
    return offsets, paths


def _document_walk(doc) -> tuple[list[int], list[tuple], frozenset[int]]:
    """One walk of a document's template tags, shared by its branch paths and its loop blocks."""
    return doc.cached("template branch walk", lambda: _walk(doc.template_tags))


def never_sent_together(first: tuple, second: tuple, loops: frozenset[int]) -> bool:
    """Whether two places are alternatives that no one message holds both of: in different
    branches of one block, and not both inside the body of a loop around that block, which is sent
    once per item, one item taking one branch and the next the other (a list of collectives, each
    with a subscription or not: opencollective's monthly report)."""
    for (block_a, branch_a), (block_b, branch_b) in zip(first, second):
        if block_a != block_b:
            return False
        if branch_a != branch_b:
            return True
        if block_a in loops:
            return False
    return False


def document_loops(doc) -> frozenset[int]:
    """The numbers of a document's loop blocks (as `branch_paths` numbers blocks), once per document."""
    return _document_walk(doc)[2]
