"""Reading the shipped rulesets (rulesets/*.yaml, installed as the package plainlint.rulesets).

Kept apart from the word-list matcher so that anything needing ruleset data (the inflection
tables, the passive-voice lexicon, the rules) can read it without importing the matcher.
"""

from __future__ import annotations

import functools
import importlib.resources

import yaml

# libyaml's safe loader when PyYAML has it (ten times faster: rulesets load at every start).
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class RulesetError(Exception):
    pass


def ruleset_path(name: str) -> str:
    """How errors name a ruleset file: its path in the repository."""
    return f"rulesets/{name}.yaml"


@functools.lru_cache(maxsize=None)
def ruleset_text(name: str) -> str:
    resource = importlib.resources.files("plainlint.rulesets") / f"{name}.yaml"
    try:
        return resource.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulesetError(f"no ruleset named {name!r}") from None


@functools.lru_cache(maxsize=None)
def load_ruleset_file(name: str) -> dict:
    return yaml.load(ruleset_text(name), Loader=SAFE_LOADER) or {}
