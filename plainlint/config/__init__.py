"""Configuration, in modules by job: `load` (finding and reading the file), `schema` (what it
may hold, checked in one place; `keys` declares the top-level keys), `selection` (which rules a
selector names), `settings` (the frozen FileSettings resolved per path and kind of document) and
`tree` (the config nearest each file).

Selection follows ruff: a selector is ALL, a code (PL101), a code prefix (PL1), a rule name
(jargon) or a category (a name that is both selects the category). For each rule the most
specific matching selector wins; on a tie `ignore` wins. Per-path overrides apply on top.
"""

from __future__ import annotations

from .load import CONFIG_FILES, Config, find_config, load_config
from .schema import (FIELD_PATH, KIND_KEYS, OVERRIDE_KEYS, RULE_COMMON_KEYS, SUPPRESS_KEYS, TOP_KEYS, ConfigError,
                     parse_size, validate)
from .selection import Selection, enabled_rules, rule_by_key, selector_matches, selector_specificity
from .settings import FileSettings, Resolver, RuleTable, matches_glob, safe_resolve
from .tree import ConfigTree

__all__ = [
    "CONFIG_FILES", "Config", "ConfigError", "ConfigTree", "FIELD_PATH", "FileSettings", "KIND_KEYS", "OVERRIDE_KEYS",
    "RULE_COMMON_KEYS", "Resolver", "RuleTable", "SUPPRESS_KEYS", "Selection", "TOP_KEYS", "enabled_rules",
    "find_config", "load_config", "matches_glob", "parse_size", "rule_by_key", "safe_resolve", "selector_matches",
    "selector_specificity", "validate",
]
