"""Rule documentation from the rule itself: `plainlint explain`, docs/rules, SARIF help."""

from __future__ import annotations

import json
import textwrap

from ..reading.audience import STAFF
from ..rules.base import Rule


def severity_text(rule: Rule) -> str:
    """The default severity, with the kinds of document that differ: "warning (article: info)"."""
    by_kind = [f"{kind}: {d['severity']}" for kind, d in rule.per_kind.items() if "severity" in d]
    by_kind += [f"article for {audience}: {d['severity']}" for audience, d in rule.per_audience.items() if "severity" in d]
    return rule.severity + (f" ({', '.join(by_kind)})" if by_kind else "")


def kind_default_lines(rule: Rule) -> list[str]:
    """One line per kind of document (and per audience of an article) whose defaults differ from
    the rule's own."""
    by_kind = [(kind, defaults) for kind, defaults in rule.per_kind.items()]
    by_kind += [(AUDIENCE_NAMES[audience], defaults) for audience, defaults in rule.per_audience.items()]
    return [f"{kind}: " + ", ".join(f"{key} {json.dumps(value) if key != 'severity' else value}"
                                    for key, value in defaults.items())
            for kind, defaults in by_kind]


# How `explain` names an article's audience (reading/audience.py).
AUDIENCE_NAMES = {STAFF: "article for staff (SOP, escalation matrix, title marked internal, a team's playbook, "
                         "the support team's procedures)"}


KINDS_HELP = ("plainlint tells replies (macros, saved replies, e-mail templates) from articles (help-centre "
              "pages) by their structure; `kind:` in an override forces it, and `kinds: {reply: {rules: "
              "{...}}}` in config sets a rule's options for one kind, over these defaults.")
AUDIENCE_HELP = ("An article written for the support team (SOP in its title or path, an escalation matrix, a "
                 "title marked internal, a team's playbook such as \"HR Playbook\", the support team's procedures "
                 "such as \"Customer Support Procedures\") takes the article's defaults, "
                 "then its own.")


def kinds_help(rule: Rule) -> str:
    """What the defaults by kind mean, and by audience when the rule has any."""
    return KINDS_HELP + (" " + AUDIENCE_HELP if rule.per_audience else "")


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
    if rule.per_kind or rule.per_audience:
        lines += ["Defaults by kind of document", *("  " + line for line in kind_default_lines(rule)),
                  *_wrapped(kinds_help(rule), initial_indent="  ", subsequent_indent="  "), ""]
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


def category_rules(category: str) -> str | None:
    """The rules of a category, one a line, and how to read one (None when no rule has it)."""
    from ..rules import all_rules

    mine = [rule for rule in all_rules() if str(rule.category) == category]
    if not mine:
        return None
    width = max(len(rule.name) for rule in mine)
    lines = [f"'{category}' is a category of findings, not a rule; its rules:"]
    lines += [f"  {rule.code}  {rule.name:<{width}}  {rule.summary}" for rule in mine]
    return "\n".join(lines + ["Run `plainlint explain CODE` for one of them."])
