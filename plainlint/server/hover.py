"""Hover on a finding (issue 35): the rule's `plainlint explain` summary, the finding's message
and its rewrite (the fix, or the suggestions), an example from the rule, a link to its page."""

from __future__ import annotations

from lsprotocol import types

from ..output.rule_pages import rule_doc_url
from ..linting.findings import Finding
from ..rules import find_rule


def hover(linted, position: types.Position) -> types.Hover | None:
    """Markdown for every finding under `position` (their start to their end, both included),
    the narrowest first: a flagged word before the long sentence or hard paragraph around it."""
    if linted.source is None or not linted.findings:
        return None
    text = linted.snapshot.text
    offset = text.offset(position)
    under = sorted((f for f in linted.findings if f.start <= offset <= f.end), key=lambda f: f.end - f.start)
    if not under:
        return None
    start, end = min(f.start for f in under), max(f.end for f in under)
    body = "\n\n---\n\n".join(finding_markdown(f) for f in under)
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=body),
                       range=text.range(start, end))


def finding_markdown(finding: Finding) -> str:
    rule = find_rule(finding.code)
    lines = [f"**{finding.code} {finding.rule}** ({finding.severity})"]
    if rule is not None:
        lines.append(rule.summary)
    lines.append(finding.message)
    rewrite = rewrite_line(finding)
    if rewrite:
        lines.append(rewrite)
    if rule is not None and rule.bad and rule.good:
        lines.append(f"Instead of: {quoted(rule.bad[0])}  \nWrite: {quoted(rule.good[0])}")
        lines.append(f"[{finding.code} documentation]({rule_doc_url(rule)})")
    return "\n\n".join(lines)


def rewrite_line(finding: Finding) -> str:
    if finding.fix is not None:
        kind = "safe fix" if finding.fix.applicability == "safe" else "rewrite to review"
        return f"Rewrite ({kind}): {finding.fix.message}"
    if finding.suggestions:
        return "Rewrite: " + ", ".join(f"`{s}`" for s in finding.suggestions)
    return ""


def quoted(example: str) -> str:
    """A rule example on one line, in code so Markdown and HTML in it show as written."""
    flat = " ".join(example.split())
    fence = "``" if "`" in flat else "`"
    return f"{fence}{flat}{fence}" if fence == "`" else f"{fence} {flat} {fence}"
