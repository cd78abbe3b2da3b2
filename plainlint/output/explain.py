"""Rule documentation from the rule itself: `plainlint explain`, docs/rules, SARIF help."""

from __future__ import annotations

import json
import textwrap

from ..rules.base import Rule


def severity_text(rule: Rule) -> str:
    """The default severity, with the kinds of document that differ: "warning (article: info)"."""
    by_kind = [f"{kind}: {d['severity']}" for kind, d in rule.per_kind.items() if "severity" in d]
    return rule.severity + (f" ({', '.join(by_kind)})" if by_kind else "")


def kind_default_lines(rule: Rule) -> list[str]:
    """One line per kind of document whose defaults differ from the rule's own."""
    return [f"{kind}: " + ", ".join(f"{key} {json.dumps(value) if key != 'severity' else value}"
                                    for key, value in defaults.items())
            for kind, defaults in rule.per_kind.items()]


KINDS_HELP = ("plainlint tells replies (macros, saved replies, e-mail templates) from articles (help-centre "
              "pages) by their structure; `kind:` in an override forces it, and `kinds: {reply: {rules: "
              "{...}}}` in config sets a rule's options for one kind, over these defaults.")


def explain_text(rule: Rule) -> str:
    lines = [f"{rule.code} {rule.name}", "", rule.summary, ""]
    lines += [f"Category: {rule.category}    Default severity: {severity_text(rule)}"
              + ("" if rule.enabled_by_default else "    (off by default: enable with --extend-select)"), ""]
    lines += ["Why it matters", *_wrapped(rule.rationale), ""]
    if rule.bad:
        lines += ["Example (flagged)", _examples(rule.bad), ""]
    if rule.good:
        lines += ["Use instead", _examples(rule.good), ""]
    lines += ["Fix safety", *_wrapped(rule.fix_safety), ""]
    if rule.options:
        lines.append("Options")
        for key, option in rule.options.items():
            lines.append(f"  {key} (default {json.dumps(option.default)}): {option.help}")
        lines.append("")
    if rule.per_kind:
        lines += ["Defaults by kind of document", *("  " + line for line in kind_default_lines(rule)),
                  *_wrapped(KINDS_HELP, initial_indent="  ", subsequent_indent="  "), ""]
    return "\n".join(lines).rstrip() + "\n"


def _wrapped(text: str, **indents) -> list[str]:
    """Lines of at most 88 columns that never split a hyphenated word or a long name: a reader
    copies `extend-select` or a URL from here."""
    return textwrap.wrap(text, 88, break_on_hyphens=False, break_long_words=False, **indents)


def _examples(texts: tuple[str, ...]) -> str:
    """One example a line; when any example runs over several lines (a whole reply), a blank
    line between examples, so one reply does not read as the end of the last."""
    separator = "\n\n" if any("\n" in text.rstrip("\n") for text in texts) else "\n"
    return separator.join(_example(text) for text in texts)


def _example(text: str) -> str:
    return "\n".join("    " + line for line in text.rstrip("\n").splitlines())
