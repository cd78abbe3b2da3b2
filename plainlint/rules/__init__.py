"""Rule registry: every Rule subclass with a code in a module of this package registers itself."""

from __future__ import annotations

import functools
import importlib
import pkgutil

from .base import CATEGORIES, Rule

# Modules of this package that define no rule (besides those named with a leading underscore):
# not imported to list the rules. passive_rewrite is imported by passive-voice, which is off by
# default, when it first sees a passive (2 ms of a one-file run otherwise).
_NOT_RULE_MODULES = {"base", "wordlist", "passive_rewrite"}


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
    """The rule whose code (in any case) or name is `code_or_name`, the first in code order."""
    return _rules_by_key().get(code_or_name.strip().lower())


@functools.lru_cache(maxsize=1)
def _rules_by_key() -> dict[str, Rule]:
    """Each rule under its lower-cased code and its name (a name is compared lower-cased, so one
    with a capital is never found by it), the first rule in code order kept for a key: the engine
    asks for five notices a file, and a walk over every rule cost 3 us each."""
    by_key: dict[str, Rule] = {}
    for rule in all_rules():
        by_key.setdefault(rule.code.lower(), rule)
        if rule.name == rule.name.lower():
            by_key.setdefault(rule.name, rule)
    return by_key
