"""Selection semantics, as in ruff: a selector is ALL, a code (PL101), a code prefix (PL1), a
rule name (jargon) or a category (a name that is both selects the category). For each rule the
most specific matching selector wins; on a tie `ignore` wins. Later layers beat earlier ones.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from ..rules import all_rules
from ..rules.base import CATEGORIES, Rule

@functools.lru_cache(maxsize=None)
def rule_by_key(key: str) -> Rule | None:
    for rule in all_rules():
        if key.upper() == rule.code or key.lower() == rule.name:
            return rule
    return None


def selector_specificity(selector: str, rule: Rule) -> int:
    """How specifically `selector` names `rule` (0 = not at all)."""
    sel = selector.strip()
    if sel.upper() == "ALL":
        return 1
    if sel.upper() == rule.code or sel.lower() == rule.name:
        if sel.lower() in CATEGORIES and sel.lower() == rule.category:
            return 2  # a name that is also a category selects the category
        return 100
    if sel.lower() in CATEGORIES:
        return 2 if rule.category == sel.lower() else 0
    if rule.code.startswith(sel.upper()) and sel.upper().startswith("PL"):
        return 2 + len(sel)
    return 0


def selector_matches(selector: str) -> bool:
    return any(selector_specificity(selector, rule) for rule in all_rules())


@dataclass
class Selection:
    select: list[str] | None = None  # None: the rules' defaults
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    # Rule settings the run sets (`plainlint vocabulary` runs spelling's dictionary check whatever
    # the config's `mode`): rule key -> {option: value}, applied after every config layer.
    rules: dict = field(default_factory=dict)


def enabled_rules(layers: list[Selection]) -> list[Rule]:
    """Resolve selection layers in order; a later layer's selectors beat earlier ones.

    Within a layer the most specific selector decides; on a tie `ignore` wins. A layer with an
    explicit `select` turns off every rule it does not name (like ruff's `select`).
    """
    enabled = []
    for rule in all_rules():
        best, state = -1, rule.enabled_by_default
        for depth, layer in enumerate(layers):
            bonus = depth * 1000
            if layer.select is not None and bonus >= best:
                best, state = bonus, False
            for selector in (layer.select or []) + layer.extend_select:
                spec = selector_specificity(selector, rule)
                if spec and bonus + spec > best:
                    best, state = bonus + spec, True
            for selector in layer.ignore:
                spec = selector_specificity(selector, rule)
                if spec and bonus + spec >= best:
                    best, state = bonus + spec, False
        if state:
            enabled.append(rule)
    return enabled
