"""Checking a value against an Option declaration, and an Option as JSON Schema.

Rule options in config and the fields of word-list entries in rulesets are both declared as
`Option`s (rules/base.py); this module is the one place that says whether a value fits one, so
the config file, the rulesets and the generated JSON Schema cannot disagree.
"""

from __future__ import annotations

import math
import re

from ..rules.base import Option

_KIND_NAMES = {
    "boolean": "true or false", "integer": "a whole number", "number": "a number", "string": "a string",
    "strings": "a list of strings", "phrases": "a string or a list of strings",
    "term": "a term (words and (a|b) groups)", "entries": "a list of entries (a term string or {term, use, ...})",
    "names": "a list of names (a string or {name, variants, source})",
}


def option_problem(option: Option, value) -> str | None:
    """Why `value` does not fit `option`, or None when it does."""
    kind = option.kind
    if kind == "boolean" and not isinstance(value, bool):
        return f"expected {_KIND_NAMES[kind]}, got {_shown(value)}"
    if kind in ("integer", "number"):
        if not _is_number(value, whole=kind == "integer"):
            return f"expected {_KIND_NAMES[kind]}, got {_shown(value)}"
        return _range_problem(option, value)
    if kind == "string":
        if not isinstance(value, str):
            return f"expected {_KIND_NAMES[kind]}, got {_shown(value)}"
        if option.choices and value not in option.choices:
            return f"must be one of {', '.join(option.choices)} (got {value!r}){did_you_mean(value, option.choices)}"
    if kind == "strings" and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        return f"expected {_KIND_NAMES[kind]}"
    if kind == "phrases" and not (isinstance(value, str) or (
            isinstance(value, list) and all(isinstance(v, str) for v in value))):
        return f"expected {_KIND_NAMES[kind]}"
    if kind == "term":
        return term_problem(value.strip()) if isinstance(value, str) else f"expected {_KIND_NAMES[kind]}"
    if kind == "entries" and not isinstance(value, list):
        return f"expected {_KIND_NAMES[kind]}"
    if kind == "names" and not (isinstance(value, list) and all(_is_name(v) for v in value)):
        return f"expected {_KIND_NAMES[kind]}"
    return None


_NAME_KEYS = {"name", "variants", "source"}


def _is_name(value) -> bool:
    """A product name as the terminology rule takes it: "AcmeDesk" or {name, variants, source}."""
    if isinstance(value, str):
        return bool(value.strip())
    return (isinstance(value, dict) and isinstance(value.get("name"), str) and set(value) <= _NAME_KEYS
            and all(isinstance(v, str) for v in value.get("variants", [])))


_TERM_CHARS = re.compile(r"^[\w\s'’().,|&/!?:;*+-]+$")


def term_problem(term: str) -> str | None:
    """Why `term` is not word-list term syntax (plain words, `(a|b)` groups), or None."""
    if not term or not _TERM_CHARS.match(term) or term.count("(") != term.count(")"):
        return f"term {term!r} may hold words, spaces, punctuation and (a|b) groups only"
    if "(" in term and re.search(r"\([^()]*\(", term):
        return f"term {term!r} nests groups"
    return None


def _is_number(value, whole: bool) -> bool:
    if isinstance(value, bool):
        return False
    if whole:
        return isinstance(value, int)
    return isinstance(value, (int, float)) and math.isfinite(value)


def _range_problem(option: Option, value) -> str | None:
    low, high = option.minimum, option.maximum
    if low is not None and value < low:
        return f"must be at least {_number(low)}" + (f" and at most {_number(high)}" if high is not None else "") \
            + f" (got {value!r})"
    if high is not None and value > high:
        return f"must be at most {_number(high)} (got {value!r})"
    return None


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _shown(value) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true or false"
    return {int: "a whole number", float: "a number", str: f"{value!r}", list: "a list",
            dict: "a mapping"}.get(type(value), type(value).__name__)


def option_schema(option: Option) -> dict:
    """The JSON Schema of one option's values (with its help as the description)."""
    kind = option.kind
    schema: dict = {"description": option.help, "default": option.default}
    if kind == "strings":
        schema.update(type="array", items={"type": "string"})
    elif kind == "phrases":
        schema["anyOf"] = [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]
    elif kind == "term":
        schema["type"] = "string"
    elif kind == "entries":
        schema["type"] = "array"
    elif kind == "names":
        name = {"type": "object", "required": ["name"], "additionalProperties": False,
                "properties": {"name": {"type": "string"}, "variants": {"type": "array", "items": {"type": "string"}},
                               "source": {"type": "string"}}}
        schema.update(type="array", items={"anyOf": [{"type": "string"}, name]})
    else:
        schema["type"] = kind
        if option.choices:
            schema["enum"] = list(option.choices)
        if option.minimum is not None:
            schema["minimum"] = option.minimum
        if option.maximum is not None:
            schema["maximum"] = option.maximum
    return schema


def did_you_mean(word: str, choices, cutoff: float = 0.6) -> str:
    """" (did you mean 'select'?)" for a near miss among `choices`, as ruff and cargo say it.
    The default lets one slip in a short key through ('uze' -> 'use'); rule names ask for more
    (0.75), and codes are never guessed (schema.rule_hint)."""
    import difflib

    names = [getattr(choice, "value", choice) for choice in choices]  # (a Severity by its name)
    close = difflib.get_close_matches(str(word).lower(), names, n=1, cutoff=cutoff)
    return f" (did you mean {close[0]!r}?)" if close else ""
