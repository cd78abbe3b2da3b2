"""Rule registry: every Rule subclass with a code in a module of this package registers itself."""

from __future__ import annotations

import functools
import importlib
import pkgutil

from .base import CATEGORIES, Rule

_NOT_RULE_MODULES = {"base", "wordlist"}


@functools.lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for module_info in pkgutil.iter_modules(__path__):
        if module_info.name in _NOT_RULE_MODULES or module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Rule)
                and value.__module__ == module.__name__
                and getattr(value, "code", None)
            ):
                rules.append(value())
    rules.sort(key=lambda rule: rule.code)
    _check_unique(rules)
    return tuple(rules)


def _check_unique(rules: list[Rule]) -> None:
    seen: dict[str, str] = {}
    for rule in rules:
        for key in (rule.code, rule.name):
            if key in seen:
                raise RuntimeError(f"rule {key} defined twice ({seen[key]} and {rule.code})")
            seen[key] = rule.code
        if rule.category not in CATEGORIES:
            raise RuntimeError(f"rule {rule.code} has unknown category {rule.category}")


def find_rule(code_or_name: str) -> Rule | None:
    wanted = code_or_name.strip()
    for rule in all_rules():
        if rule.code.lower() == wanted.lower() or rule.name == wanted.lower():
            return rule
    return None
