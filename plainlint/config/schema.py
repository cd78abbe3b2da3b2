"""The config file's schema: which keys it may hold and what values, checked in one place.

Rule options and word-list entries are checked against the rules' own declarations
(plainlint/config/options.py); a problem raises ConfigError with the dotted key path, and the loader
adds the file's line and column.
"""

from __future__ import annotations

import re

from ..reading.kinds import KINDS
from ..reading.docusaurus import FORMATS as MARKDOWN_FORMATS
from .options import did_you_mean, option_problem
from ..rules.base import SEVERITIES
from ..reading.readers.fenced import validate as validate_fence_languages
from .keys import CONFIG_KEYS
from .selection import rule_by_key, selector_matches


def rule_words():
    """Every name a rule answers to in a selector: its name, its code and its category."""
    from ..rules import all_rules

    return {word for rule in all_rules() for word in (rule.name, rule.code.lower(), str(rule.category))}


def rule_hint(word: str) -> str:
    """" (did you mean 'jargon'?)" for a misspelt rule name or category. A code is never guessed:
    'PL999' is a code that does not exist, not a slip for 'PL909' (user34)."""
    if re.fullmatch(r"pl\d*", word.strip().lower()):
        return ""
    return did_you_mean(word, {w for w in rule_words() if not re.fullmatch(r"pl\d+", w)}, 0.75)


TOP_KEYS = {
    "extend", "select", "ignore", "extend-select", "extend-ignore", "fail-level", "include", "exclude",
    "extend-exclude", "allow", "rules", "overrides", "language", "encoding", "templates",
    "translation-helpers", "respect-gitignore", "fields", "suppress", "max-file-size", "kind", "kinds", "lint-fenced", "vocabulary",
    "markdown-format", "vale-comments",
}
VOCABULARY_KEYS = ("accept", "reject")  # `vocabulary: {accept: [files], reject: [files]}` (plainlint/linting/vocabulary.py)
SUPPRESS_KEYS = {"files", "macros", "rules"}
OVERRIDE_KEYS = {"files", "select", "ignore", "extend-select", "allow", "rules", "language", "encoding", "templates",
                 "translation-helpers", "fields", "max-file-size", "kind", "lint-fenced", "markdown-format",
                 "vale-comments"}
KIND_KEYS = {"rules"}  # what `kinds: {reply: {...}}` may set
RULE_COMMON_KEYS = {"severity", "allow"}


class ConfigError(Exception):
    """One line naming the config file (and line:column for YAML) and the key at fault,
    printed as `WHERE: error: MESSAGE` like a file's errors."""

    def __init__(self, where: str, message: str, key: str | None = None, problem: str | None = None,
                 at_value: bool = True):
        super().__init__(f"{where}: error: {message}")
        self.key = key
        self.problem = problem
        self.at_value = at_value  # the position to report is the value's (else the key's)


_FIELD_STEP = r"(?:\[\]|\[[^=\[\]]+=[^\[\]]*\])"
FIELD_PATH = re.compile(rf"[^.\[\]=]+{_FIELD_STEP}*(?:\.[^.\[\]=]+{_FIELD_STEP}*)*")


def _fail(name: str, key: str, message: str, at_value: bool = True):
    raise ConfigError(name, f"{key}: {message}", key, message, at_value)


def string_list(value, name: str, key: str) -> list[str]:
    """The value of a key that takes one string or a list of strings, as a list (settings reads
    those keys through it too); a ConfigError naming `key` of file `name` otherwise."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        _fail(name, key, "expected a list of strings")
    return value


def validate(data, name: str) -> None:
    if not isinstance(data, dict):
        raise ConfigError(name, "the config must be a mapping of keys")
    _validate_section(data, name, TOP_KEYS, "")
    for key in ("extend", "respect-gitignore"):
        problem = option_problem(CONFIG_KEYS[key], data[key]) if key in data else None
        if problem:
            _fail(name, key, problem)
    if "fail-level" in data and data["fail-level"] not in SEVERITIES:
        _fail(name, "fail-level", f"must be one of {', '.join(SEVERITIES)} (got {data['fail-level']!r})"
              f"{did_you_mean(data['fail-level'], SEVERITIES)}")
    for key in ("include", "exclude", "extend-exclude"):
        if key in data:
            string_list(data[key], name, key)
    overrides = data.get("overrides", [])
    if not isinstance(overrides, list):
        _fail(name, "overrides", "expected a list of {files: [...], ...}")
    for i, override in enumerate(overrides):
        key = f"overrides[{i}]"
        if isinstance(override, dict):
            _validate_known_keys(override, name, OVERRIDE_KEYS, key + ".")
        if not isinstance(override, dict) or "files" not in override:
            _fail(name, key, "each override needs `files` (a list of globs)")
        string_list(override["files"], name, f"{key}.files")
        _validate_section(override, name, OVERRIDE_KEYS, key + ".")
    _validate_suppress(data.get("suppress", []), name)
    _validate_kinds(data.get("kinds", {}), name)
    _validate_vocabulary(data.get("vocabulary", {}), name)
    _lists_from_strings(data)


# Keys that take a list of strings or one string (the exported JSON Schema allows both).
_LIST_KEYS = ("include", "exclude", "extend-exclude", "select", "ignore", "extend-select", "extend-ignore",
              "allow", "fields", "templates", "translation-helpers", "files", "macros", "rules", "accept", "reject")


def _lists_from_strings(data: dict) -> None:
    """Make each valid one-string value a list of one, in place, so code that reads settings
    iterates values, not a string's characters (`exclude: "drafts/**"` excluded every file with
    its `*`, `include: "*.txt"` was an internal error, `templates: sendgrid` masked nothing)."""
    sections = [data, *data.get("overrides", []), *data.get("kinds", {}).values(),
                *data.get("suppress", []), data.get("vocabulary", {})]
    for section in sections:
        rules = section.get("rules")
        for settings in rules.values() if isinstance(rules, dict) else ():
            if isinstance(settings, dict) and isinstance(settings.get("allow"), str):
                settings["allow"] = [settings["allow"]]
        for key in _LIST_KEYS:
            if isinstance(section.get(key), str):
                section[key] = [section[key]]


def _validate_vocabulary(section, name: str) -> None:
    """`vocabulary: {accept: [files], reject: [files]}`: the files are read by the Resolver."""
    if not isinstance(section, dict):
        _fail(name, "vocabulary", "expected a mapping with accept and/or reject (lists of files)")
    for key in section:
        if key not in VOCABULARY_KEYS:
            _fail(name, f"vocabulary.{key}", "unknown key (known: accept, reject)", at_value=False)
    for key in VOCABULARY_KEYS:
        string_list(section.get(key, []), name, f"vocabulary.{key}")


def _validate_kinds(kinds, name: str) -> None:
    """`kinds: {reply: {rules: {...}}, article: {rules: {...}}}`: rule settings per kind of document."""
    if not isinstance(kinds, dict):
        _fail(name, "kinds", f"expected a mapping of kind ({', '.join(KINDS)}) to settings")
    for kind, section in kinds.items():
        if kind not in KINDS:
            _fail(name, f"kinds.{kind}", f"unknown kind (known: {', '.join(KINDS)})", at_value=False)
        if not isinstance(section, dict):
            _fail(name, f"kinds.{kind}", "expected a mapping such as {rules: {...}}")
        _validate_section(section, name, KIND_KEYS, f"kinds.{kind}.")


def _validate_suppress(entries, name: str) -> None:
    """`suppress: [{files: [globs], macros: [title/name/id], rules: [selectors]}]`."""
    if not isinstance(entries, list):
        _fail(name, "suppress", "expected a list of {files, macros, rules} mappings")
    for i, entry in enumerate(entries):
        key = f"suppress[{i}]"
        if isinstance(entry, dict):
            _validate_known_keys(entry, name, SUPPRESS_KEYS, key + ".")
        if not isinstance(entry, dict) or not entry:
            _fail(name, key, f"expected a mapping with some of: {', '.join(sorted(SUPPRESS_KEYS))}")
        for part in ("files", "macros", "rules"):
            if part in entry:
                string_list(entry[part], name, f"{key}.{part}")
        _validate_selectors(entry.get("rules", []), name, f"{key}.rules")


def _validate_selectors(value, name: str, key: str) -> None:
    """A list of rule selectors (name, code, code prefix or category), each matching some rule."""
    for selector in string_list(value, name, key):
        if not selector_matches(selector):
            _fail(name, key, f"no rule, code prefix or category matches {selector!r}{rule_hint(selector)}")


def _validate_section(data: dict, name: str, allowed: set[str], prefix: str) -> None:
    """One settings mapping (the top level, a `kinds:` entry or an override): its keys, then its
    `rules:`."""
    _validate_known_keys(data, name, allowed, prefix)
    _validate_section_values(data, name, prefix)
    rules = data.get("rules", {})
    if not isinstance(rules, dict):
        _fail(name, prefix + "rules", "expected a mapping of rule name to settings")
    for rule_key, settings in rules.items():
        _validate_rule_settings(str(rule_key), settings, name, f"{prefix}rules.{rule_key}")


def _validate_known_keys(data: dict, name: str, allowed: set[str], prefix: str) -> None:
    """Every key of a mapping is one it may hold; a near miss is named ('file' -> 'files')."""
    for key in data:
        if key not in allowed:
            _fail(name, f"{prefix}{key}", f"unknown key{did_you_mean(key, allowed)} (known: {', '.join(sorted(allowed))})",
                  at_value=False)


def _validate_choice(value, choices, name: str, key: str) -> None:
    if value not in choices:
        _fail(name, key, f"must be one of {', '.join(choices)} (got {value!r}){did_you_mean(str(value), choices)}")


def _validate_section_values(data: dict, name: str, prefix: str) -> None:
    """The values of a section's keys other than `rules:`."""
    for key in ("select", "ignore", "extend-select", "extend-ignore"):
        if key in data:
            _validate_selectors(data[key], name, prefix + key)
    if "allow" in data:
        string_list(data["allow"], name, prefix + "allow")
    if "fields" in data:
        for spec in string_list(data["fields"], name, prefix + "fields"):
            if not FIELD_PATH.fullmatch(spec):
                _fail(name, prefix + "fields", f"{spec!r} is not a key name or a path such as "
                      "'macros[].actions[field=comment_value].value'")
    if "kind" in data:
        _validate_choice(data["kind"], KINDS, name, prefix + "kind")
    if "markdown-format" in data:
        _validate_choice(data["markdown-format"], MARKDOWN_FORMATS, name, prefix + "markdown-format")
    if "lint-fenced" in data:
        validate_fence_languages(data["lint-fenced"], lambda message: _fail(name, prefix + "lint-fenced", message))
    if "vale-comments" in data and not isinstance(data["vale-comments"], bool):
        _fail(name, prefix + "vale-comments", f"expected true or false, got {data['vale-comments']!r}")
    if "language" in data and not isinstance(data["language"], str):
        _fail(name, prefix + "language", "expected a language code such as en or fr")
    if "encoding" in data:
        _validate_encoding(data["encoding"], name, prefix + "encoding")
    if "max-file-size" in data:
        parse_size(data["max-file-size"], name, prefix + "max-file-size")
    if "templates" in data:
        from ..reading.templates import ALL_SYNTAXES

        for syntax in string_list(data["templates"], name, prefix + "templates"):
            if syntax not in ALL_SYNTAXES:
                _fail(name, prefix + "templates", f"unknown template syntax {syntax!r} (known: {', '.join(ALL_SYNTAXES)})")
    if "translation-helpers" in data:
        from ..reading.translation_helpers import is_helper_name

        for helper in string_list(data["translation-helpers"], name, prefix + "translation-helpers"):
            if not is_helper_name(helper):
                _fail(name, prefix + "translation-helpers", f"{helper!r} is not a function name such as _fsdomain "
                      "(letters, digits, '_' and '.', not starting with a digit)")


def _validate_rule_settings(rule_key: str, settings, name: str, where: str) -> None:
    """`rules: {RULE: severity | off | {option: value}}`: the rule exists and each option is one
    it declares, with a value its declaration accepts."""
    rule = rule_by_key(rule_key)
    if rule is None:
        _fail(name, where, f"unknown rule{rule_hint(rule_key)}", at_value=False)
    if settings is None or settings is False:  # `jargon: off` in YAML 1.1 is false: off
        return
    if isinstance(settings, str):
        if settings not in SEVERITIES + ("off",):
            _fail(name, where, f"expected a severity ({', '.join(SEVERITIES)}, off) or a mapping (got {settings!r})")
        return
    if not isinstance(settings, dict):
        _fail(name, where, "expected a mapping of options")
    for option, value in settings.items():
        if option == "severity":
            if value is not False and value not in SEVERITIES + ("off",):
                _fail(name, f"{where}.severity", f"must be one of {', '.join(SEVERITIES)}, off (got {value!r})"
                      f"{did_you_mean(value, (*SEVERITIES, 'off'))}")
        elif option == "allow":
            string_list(value, name, f"{where}.allow")
        elif option not in rule.options:
            known = ", ".join(sorted(RULE_COMMON_KEYS | set(rule.options)))
            _fail(name, f"{where}.{option}", f"unknown option (known: {known})", at_value=False)
        else:
            problem = option_problem(rule.options[option], value)
            if problem:
                _fail(name, f"{where}.{option}", problem)
            if rule.options[option].kind == "entries":
                _validate_entries(value, name, f"{where}.{option}", getattr(rule, "entry_fields", {}))
            if option == "remove" and hasattr(rule, "ruleset") and value:
                _validate_removals(rule, value, name, f"{where}.remove")


def _validate_removals(rule, remove: list, name: str, key: str) -> None:
    """Each phrase of a word list's `remove` names a built-in entry: a typo would drop nothing
    and the finding it was meant to silence would stay, with no word why."""
    from ..linting.wordlists import ruleset_spellings, unknown_removals

    unknown = unknown_removals(rule.ruleset, remove, rule.entry_fields)
    if unknown:
        hint = did_you_mean(unknown[0], ruleset_spellings(rule.ruleset, rule.entry_fields))
        _fail(name, key, f"{unknown[0]!r} is no term of the built-in {rule.name} list{hint}")


def _validate_entries(raw_entries: list, name: str, key: str, fields: dict) -> None:
    """Word-list entries added in config are data, checked against the same schema as the
    rule's ruleset (common fields plus the rule's own), so a bad one is one clear line with
    its position before any file is read."""
    from ..linting.entries import EntryError, check_entry

    for i, raw in enumerate(raw_entries):
        try:
            check_entry(raw, fields)
        except EntryError as exc:
            _fail(name, f"{key}[{i}]" + (f".{exc.key}" if exc.key else ""), exc.message, exc.at_value)


def _validate_encoding(value, name: str, key: str) -> None:
    import codecs

    if not isinstance(value, str):
        _fail(name, key, "expected an encoding name")
    try:
        codecs.lookup(value)
    except LookupError:
        _fail(name, key, f"unknown encoding {value!r}")


_SIZE_UNITS = {"": 1, "b": 1, "kb": 1024, "k": 1024, "mb": 1024 ** 2, "m": 1024 ** 2, "gb": 1024 ** 3, "g": 1024 ** 3}


def parse_size(value, name: str = "", key: str = "max-file-size") -> int:
    """A byte count: an integer, or a string such as "512 KB" or "20MB" (binary units)."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", value) if isinstance(value, str) else None
    unit = match.group(2).lower() if match else ""
    if not match or unit not in _SIZE_UNITS or float(match.group(1)) <= 0:
        _fail(name, key, f"expected a size such as 10MB, 512KB or a number of bytes, got {value!r}")
    return int(float(match.group(1)) * _SIZE_UNITS[unit])
