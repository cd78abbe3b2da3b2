"""Reading the shipped rulesets (rulesets/*.yaml, installed as the package plainlint.rulesets).

Kept apart from the word-list matcher so that anything needing ruleset data (the inflection
tables, the passive-voice lexicon, the rules) can read it without importing the matcher.
"""

from __future__ import annotations

import functools
from pathlib import Path

from .. import datacache


class RulesetError(Exception):
    pass


def ruleset_path(name: str) -> str:
    """How errors name a ruleset file: its path in the repository."""
    return f"rulesets/{name}.yaml"


@functools.lru_cache(maxsize=None)
def _path(name: str) -> Path | None:
    return datacache.package_file("plainlint.rulesets", f"{name}.yaml")


@functools.lru_cache(maxsize=None)
def ruleset_text(name: str) -> str:
    path = _path(name)
    try:
        if path is not None:
            return path.read_text(encoding="utf-8")
        import importlib.resources  # a package not in a folder (a zip): 13 ms of imports

        return (importlib.resources.files("plainlint.rulesets") / f"{name}.yaml").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulesetError(f"no ruleset named {name!r}") from None


@functools.lru_cache(maxsize=None)
def load_ruleset_file(name: str) -> dict:
    """The parsed ruleset; from its marshal copy in rulesets/__pycache__/ when that was made
    from the same text (plainlint.datacache), so a run parses no YAML and imports no PyYAML."""
    return datacache.load(_path(name), ruleset_text(name), parse_yaml) or {}


def check_sections(name: str, data: dict, keys: dict[str, set[str]]) -> None:
    """A ruleset of sections of entries (`section: [{key: value}, ...]`) checked against the keys each
    section's entries may have: an unknown section or key is a mistake in the data, said with the file's
    name (code-blocks, translation-helpers)."""
    for section, entries in data.items():
        if section not in keys:
            raise RulesetError(f"{ruleset_path(name)}: unknown section {section!r}")
        for entry in entries:
            if unknown := sorted(set(entry) - keys[section]):
                raise RulesetError(f"{ruleset_path(name)}: {section}: {entry!r}: unknown {unknown}")


def parse_yaml(text: str):
    import yaml

    # libyaml's safe loader when PyYAML has it (ten times faster than the Python one).
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
