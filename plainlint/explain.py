"""Rule documentation from the rule itself: `plainlint explain`, docs/rules, SARIF help."""

from __future__ import annotations

import json
import textwrap

from .rules.base import Rule


def explain_text(rule: Rule) -> str:
    lines = [f"{rule.code} {rule.name}", "", rule.summary, ""]
    lines += [f"Category: {rule.category}    Default severity: {rule.severity}"
              + ("" if rule.enabled_by_default else "    (off by default: enable with --extend-select)"), ""]
    lines += ["Why it matters", *textwrap.wrap(rule.rationale, 88), ""]
    if rule.bad:
        lines += ["Example (flagged)", *(_example(e) for e in rule.bad), ""]
    if rule.good:
        lines += ["Use instead", *(_example(e) for e in rule.good), ""]
    lines += ["Fix safety", *textwrap.wrap(rule.fix_safety, 88), ""]
    if rule.options:
        lines.append("Options")
        for key, option in rule.options.items():
            lines.append(f"  {key} (default {json.dumps(option.default)}): {option.help}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _example(text: str) -> str:
    return "\n".join("    " + line for line in text.rstrip("\n").splitlines())
