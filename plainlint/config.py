"""Configuration: `.plainlint.yaml` or `[tool.plainlint]` in pyproject.toml, validated, merged.

Selection follows ruff: a selector is ALL, a code (PL101), a code prefix (PL1), a rule name
(jargon) or a category (a name that is both selects the category). For each rule the most
specific matching selector wins; on a tie `ignore` wins. Per-path overrides apply on top.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from .kinds import KINDS
from .rules import all_rules
from .rules.base import CATEGORIES, SEVERITIES, Rule
from .source import DEFAULT_MAX_FILE_SIZE

CONFIG_FILES = (".plainlint.yaml", ".plainlint.yml")
TOP_KEYS = {
    "select", "ignore", "extend-select", "extend-ignore", "fail-level", "include", "exclude",
    "extend-exclude", "allow", "rules", "overrides", "language", "encoding", "templates",
    "respect-gitignore", "fields", "suppress", "max-file-size", "kind", "kinds",
    "vocabulary",  # issue 32: {accept: [files], reject: [files]} (plainlint/vocabulary.py)
}
VOCABULARY_KEYS = ("accept", "reject")
SUPPRESS_KEYS = {"files", "macros", "rules"}
OVERRIDE_KEYS = {"files", "select", "ignore", "extend-select", "allow", "rules", "language", "encoding", "templates",
                 "fields", "max-file-size", "kind"}
KIND_KEYS = {"rules"}  # what `kinds: {reply: {...}}` may set
RULE_COMMON_KEYS = {"severity", "allow"}


class ConfigError(Exception):
    """One line naming the config file (and line:column for YAML) and the key at fault,
    printed as `WHERE: error: MESSAGE` like a file's errors."""

    def __init__(self, where: str, message: str, key: str | None = None, problem: str | None = None):
        super().__init__(f"{where}: error: {message}")
        self.key = key
        self.problem = problem


@dataclass
class Config:
    path: Path | None = None  # the config file, None for defaults
    root: Path = field(default_factory=Path.cwd)  # globs are relative to this
    data: dict = field(default_factory=dict)

    def get(self, key, default=None):
        return self.data.get(key, default)


def find_config(start: Path) -> Path | None:
    """The first config upward from `start`; `.plainlint.yaml` wins over pyproject.toml."""
    for folder in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_section(pyproject):
            return pyproject
    return None


def _has_tool_section(pyproject: Path) -> bool:
    try:
        return "plainlint" in tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return False


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    name = _display(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(name, f"cannot read config: {exc.strerror or exc}") from None
    if path.name == "pyproject.toml":
        try:
            data = tomllib.loads(text).get("tool", {}).get("plainlint", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(name, f"invalid TOML: {exc}") from None
    else:
        import yaml  # only a YAML config pays for the YAML parser

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise ConfigError(f"{name}{where}", f"invalid YAML: {problem}") from None
        data = {} if data is None else data
    try:
        validate(data, name)
    except ConfigError as exc:
        if exc.key is None or path.name == "pyproject.toml":
            raise
        where = _key_position(text, exc.key)
        raise ConfigError(f"{name}{where}", f"{exc.key}: {exc.problem}", exc.key, exc.problem) from None
    return Config(path.resolve(), path.resolve().parent, data)


def _key_position(text: str, key: str) -> str:
    """":line:column" of a dotted key path such as `rules.jargon.add[2]` in YAML text, or ""."""
    import re

    import yaml

    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return ""
    mark = None
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", key):
        if isinstance(node, yaml.MappingNode):
            found = [(k, v) for k, v in node.value if str(k.value) == part]
            if not found:
                break
            mark, node = found[0][0].start_mark, found[0][1]
        elif isinstance(node, yaml.SequenceNode) and part.startswith("["):
            index = int(part[1:-1])
            if index >= len(node.value):
                break
            node = node.value[index]
            mark = node.start_mark
        else:
            break
    return f":{mark.line + 1}:{mark.column + 1}" if mark else ""


def _display(path: Path) -> str:
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:
        return path.as_posix()


_FIELD_STEP = r"(?:\[\]|\[[^=\[\]]+=[^\[\]]*\])"
FIELD_PATH = re.compile(rf"[^.\[\]=]+{_FIELD_STEP}*(?:\.[^.\[\]=]+{_FIELD_STEP}*)*")


def _fail(name: str, key: str, message: str):
    raise ConfigError(name, f"{key}: {message}", key, message)


def _string_list(value, name: str, key: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        _fail(name, key, "expected a list of strings")
    return value


def validate(data, name: str) -> None:
    if not isinstance(data, dict):
        raise ConfigError(name, "the config must be a mapping of keys")
    _validate_section(data, name, TOP_KEYS, "")
    if "fail-level" in data and data["fail-level"] not in SEVERITIES:
        _fail(name, "fail-level", f"must be one of {', '.join(SEVERITIES)}")
    for key in ("include", "exclude", "extend-exclude"):
        if key in data:
            _string_list(data[key], name, key)
    overrides = data.get("overrides", [])
    if not isinstance(overrides, list):
        _fail(name, "overrides", "expected a list of {files: [...], ...}")
    for i, override in enumerate(overrides):
        key = f"overrides[{i}]"
        if not isinstance(override, dict) or "files" not in override:
            _fail(name, key, "each override needs `files` (a list of globs)")
        _string_list(override["files"], name, f"{key}.files")
        _validate_section(override, name, OVERRIDE_KEYS, key + ".")
    _validate_suppress(data.get("suppress", []), name)
    _validate_kinds(data.get("kinds", {}), name)
    _validate_vocabulary(data.get("vocabulary", {}), name)


def _validate_vocabulary(section, name: str) -> None:
    """`vocabulary: {accept: [files], reject: [files]}`: the files are read by the Resolver."""
    if not isinstance(section, dict) or set(section) - set(VOCABULARY_KEYS):
        _fail(name, "vocabulary", "expected a mapping with accept and/or reject (lists of files)")
    for key in VOCABULARY_KEYS:
        _string_list(section.get(key, []), name, f"vocabulary.{key}")


def load_vocabulary(config: Config):
    """The project vocabulary named in config, files relative to the config file's folder; a bad
    file is a ConfigError naming the file and line."""
    from .vocabulary import EMPTY, VocabularyError, load

    section = config.get("vocabulary") or {}
    if not section:
        return EMPTY
    files = {key: [(config.root / f, f) for f in _string_list(section.get(key, []), "", "")] for key in VOCABULARY_KEYS}
    try:
        return load(files["accept"], files["reject"])
    except VocabularyError as exc:
        raise ConfigError(str(exc).split(": ", 1)[0], str(exc).split(": ", 1)[1]) from None


def _validate_kinds(kinds, name: str) -> None:
    """`kinds: {reply: {rules: {...}}, article: {rules: {...}}}`: rule settings per kind of document."""
    if not isinstance(kinds, dict):
        _fail(name, "kinds", f"expected a mapping of kind ({', '.join(KINDS)}) to settings")
    for kind, section in kinds.items():
        if kind not in KINDS:
            _fail(name, f"kinds.{kind}", f"unknown kind (known: {', '.join(KINDS)})")
        if not isinstance(section, dict):
            _fail(name, f"kinds.{kind}", "expected a mapping such as {rules: {...}}")
        _validate_section(section, name, KIND_KEYS, f"kinds.{kind}.")


def _validate_suppress(entries, name: str) -> None:
    """`suppress: [{files: [globs], macros: [title/name/id], rules: [selectors]}]`."""
    if not isinstance(entries, list):
        _fail(name, "suppress", "expected a list of {files, macros, rules} mappings")
    for i, entry in enumerate(entries):
        key = f"suppress[{i}]"
        if not isinstance(entry, dict) or not entry or set(entry) - SUPPRESS_KEYS:
            _fail(name, key, f"expected a mapping with some of: {', '.join(sorted(SUPPRESS_KEYS))}")
        for part in ("files", "macros", "rules"):
            if part in entry:
                _string_list(entry[part], name, f"{key}.{part}")
        for selector in _string_list(entry.get("rules", []), name, f"{key}.rules"):
            if not selector_matches(selector):
                _fail(name, f"{key}.rules", f"no rule, code prefix or category matches {selector!r}")


def _validate_section(data: dict, name: str, allowed: set[str], prefix: str) -> None:
    for key in data:
        if key not in allowed:
            _fail(name, f"{prefix}{key}", f"unknown key (known: {', '.join(sorted(allowed))})")
    for key in ("select", "ignore", "extend-select", "extend-ignore"):
        if key in data:
            for selector in _string_list(data[key], name, prefix + key):
                if not selector_matches(selector):
                    _fail(name, f"{prefix}{key}", f"no rule, code prefix or category matches {selector!r}")
    if "allow" in data:
        _string_list(data["allow"], name, prefix + "allow")
    if "fields" in data:
        for spec in _string_list(data["fields"], name, prefix + "fields"):
            if not FIELD_PATH.fullmatch(spec):
                _fail(name, prefix + "fields", f"{spec!r} is not a key name or a path such as "
                      "'macros[].actions[field=comment_value].value'")
    if "kind" in data:
        if data["kind"] not in KINDS:
            _fail(name, prefix + "kind", f"must be one of {', '.join(KINDS)} (got {data['kind']!r})")
    if "language" in data and not isinstance(data["language"], str):
        _fail(name, prefix + "language", "expected a language code such as en or fr")
    if "encoding" in data:
        _validate_encoding(data["encoding"], name, prefix + "encoding")
    if "max-file-size" in data:
        parse_size(data["max-file-size"], name, prefix + "max-file-size")
    if "templates" in data:
        from .templates import ALL_SYNTAXES

        for syntax in _string_list(data["templates"], name, prefix + "templates"):
            if syntax not in ALL_SYNTAXES:
                _fail(name, prefix + "templates", f"unknown template syntax {syntax!r} (known: {', '.join(ALL_SYNTAXES)})")
    rules = data.get("rules", {})
    if not isinstance(rules, dict):
        _fail(name, prefix + "rules", "expected a mapping of rule name to settings")
    for rule_key, settings in rules.items():
        rule = rule_by_key(str(rule_key))
        where = f"{prefix}rules.{rule_key}"
        if rule is None:
            _fail(name, where, "unknown rule")
        if settings is None:
            continue
        if isinstance(settings, str):
            if settings not in SEVERITIES + ("off",):
                _fail(name, where, f"expected a severity ({', '.join(SEVERITIES)}, off) or a mapping")
            continue
        if not isinstance(settings, dict):
            _fail(name, where, "expected a mapping of options")
        for option, value in settings.items():
            if option == "severity":
                if value not in SEVERITIES + ("off",):
                    _fail(name, f"{where}.severity", f"must be one of {', '.join(SEVERITIES)}, off")
            elif option == "allow":
                _string_list(value, name, f"{where}.allow")
            elif option == "add" and hasattr(rule, "ruleset"):
                _validate_entries(value, name, f"{where}.add")
            elif option not in rule.options:
                known = ", ".join(sorted(RULE_COMMON_KEYS | set(rule.options)))
                _fail(name, f"{where}.{option}", f"unknown option (known: {known})")
            else:
                default = rule.options[option].default
                if default is not None and not _same_kind(default, value):
                    _fail(name, f"{where}.{option}", f"expected {type(default).__name__}, got {type(value).__name__}")


def _validate_entries(entries, name: str, key: str) -> None:
    """Word-list entries added in config are data: plain terms, checked here with the position
    of the entry at fault, so a bad one is one clear line before any file is read."""
    from .wordlists import RulesetError, parse_entry

    if not isinstance(entries, list):
        _fail(name, key, "expected a list of entries (a term string or {term, use, ...})")
    for i, raw in enumerate(entries):
        try:
            parse_entry(raw, "")
        except RulesetError as exc:
            _fail(name, f"{key}[{i}]", str(exc).removeprefix(": "))


def _same_kind(default, value) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, type(default))


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
    import re

    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", value) if isinstance(value, str) else None
    unit = match.group(2).lower() if match else ""
    if not match or unit not in _SIZE_UNITS or float(match.group(1)) <= 0:
        _fail(name, key, f"expected a size such as 10MB, 512KB or a number of bytes, got {value!r}")
    return int(float(match.group(1)) * _SIZE_UNITS[unit])


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


@dataclass(frozen=True)
class RuleTable:
    """The rules, options, severities and allow lists for one kind of document."""

    codes: list[str]  # the active rules' codes, in rule order
    options: dict[str, dict]
    severities: dict[str, str]
    allow: dict[str, list[str]]


@dataclass(frozen=True)
class FileSettings:
    """Everything the engine needs to lint one file, after overrides. Frozen: one object is
    shared by every file with the same overrides (and by cache keys), so nobody may change it;
    an `--encoding` given on the command line is applied by the Resolver when it is built.

    `rules`, `options`, `severities` and `allow` are the settings before the document's kind is
    known (no per-kind default or `kinds:` section applied); `by_kind` holds them per kind, and
    the engine lints with `for_kind(doc.kind)` once the file is read."""

    rules: list[Rule]
    options: dict[str, dict]
    severities: dict[str, str]
    allow: dict[str, list[str]]  # rule code -> allowed phrases ("*" = every rule)
    language: str | None
    encoding: str | None
    templates: tuple[str, ...] | None
    fields: list[str] | None = None
    suppress: list = field(default_factory=list)  # suppress.ConfigSuppression entries for this path
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    kind: str | None = None  # forced by config (`kind:`), else detected from the document
    by_kind: dict[str, RuleTable] = field(default_factory=dict)
    vocabulary: object = None  # vocabulary.Vocabulary of the config (issue 32), None when it has none

    def for_kind(self, kind: str | None) -> FileSettings:
        """These settings with the rule table of `kind` (themselves when there is none)."""
        table = self.by_kind.get(kind or "")
        if table is None:
            return self
        memo = self.__dict__.setdefault("_for_kind", {})  # one object per kind: the cache digests it once
        if kind not in memo:
            by_code = {rule.code: rule for rule in all_rules()}
            memo[kind] = dataclasses.replace(
                self, rules=[by_code[code] for code in table.codes], options=table.options,
                severities=table.severities, allow=table.allow, kind=kind)
        return memo[kind]


def safe_resolve(path: Path) -> Path:
    """`path.resolve()`, or its absolute form when a symlink loop makes resolving impossible."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: symlink loop on Python < 3.13
        return Path(os.path.abspath(path))


def matches_glob(relative: str, patterns: list[str]) -> bool:
    return _spec(tuple(patterns)).match_file(relative)


@functools.lru_cache(maxsize=256)
def _spec(patterns: tuple[str, ...]):
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(patterns)


class Resolver:
    """Computes FileSettings per path from the config and the command-line selection."""

    def __init__(self, config: Config, cli: Selection | None = None, encoding: str | None = None):
        self.config = config
        self.cli = cli or Selection()
        self.encoding = encoding  # --encoding: wins over the config's
        self._cache: dict[tuple, FileSettings] = {}
        self._folders: dict[str, Path] = {}  # folder -> resolved, for this run
        self.vocabulary = load_vocabulary(config) or None

    def relative(self, path: Path) -> str:
        try:
            return self._resolve(path).relative_to(self.config.root).as_posix()
        except ValueError:
            return PurePosixPath(path.as_posix()).as_posix()

    def _resolve(self, path: Path) -> Path:
        """safe_resolve(path), resolving each folder once: a file that is not a symlink
        resolves to its resolved folder plus its name."""
        text = str(path)
        folder, name = os.path.split(text)
        if name in ("", ".", "..") or os.path.islink(text):
            return safe_resolve(path)
        resolved = self._folders.get(folder)
        if resolved is None:
            resolved = self._folders[folder] = safe_resolve(Path(folder))
        return resolved / name

    def overrides_for(self, path: Path) -> list[tuple[int, dict]]:
        if not self.config.get("overrides"):
            return []  # no path to resolve (a warm, cached run spent a fifth of its time here)
        rel = self.relative(path)
        return [
            (i, o) for i, o in enumerate(self.config.get("overrides", []))
            if matches_glob(rel, _string_list(o["files"], "", ""))
        ]

    def settings(self, path: Path) -> FileSettings:
        overrides = self.overrides_for(path)
        suppress = self.suppress_for(path)
        key = (tuple(i for i, _ in overrides), tuple(i for i, _ in suppress))
        if key not in self._cache:
            settings = replace(self._compute([o for _, o in overrides]), suppress=[entry for _, entry in suppress])
            if self.encoding:
                settings = replace(settings, encoding=self.encoding)
            self._cache[key] = settings
        return self._cache[key]

    def suppress_for(self, path: Path) -> list[tuple[int, object]]:
        if not self.config.get("suppress"):
            return []  # no path to resolve
        from .suppress import ConfigSuppression, resolve_selector

        rel = self.relative(path)
        out = []
        for i, entry in enumerate(self.config.get("suppress", [])):
            files = _string_list(entry.get("files", []), "", "")
            if files and not matches_glob(rel, files):
                continue
            rules = _string_list(entry.get("rules", []), "", "")
            macros = _string_list(entry.get("macros", []), "", "")
            codes = frozenset().union(*(resolve_selector(r) for r in rules)) if rules else None
            out.append((i, ConfigSuppression(frozenset(macros) if macros else None, codes)))
        return out

    def _compute(self, overrides: list[dict]) -> FileSettings:
        data = self.config.data
        layers = [
            Selection(
                _opt_list(data.get("select")),
                _string_list(data.get("extend-select", []), "", ""),
                _string_list(data.get("ignore", []), "", "") + _string_list(data.get("extend-ignore", []), "", ""),
            )
        ]
        for override in overrides:
            layers.append(Selection(None, _string_list(override.get("select", []), "", "")
                                    + _string_list(override.get("extend-select", []), "", ""),
                                    _string_list(override.get("ignore", []), "", "")))
        cli = self.cli
        if cli.select is not None or cli.extend_select or cli.ignore:
            if cli.select is not None:
                layers = [Selection(cli.select, cli.extend_select, cli.ignore)]
            else:
                layers.append(Selection(None, cli.extend_select, cli.ignore))
        rules = enabled_rules(layers)
        base = _rule_table(rules, _rule_layers(data, overrides, None), None, data, overrides)
        by_kind = {kind: _rule_table(rules, _rule_layers(data, overrides, kind), kind, data, overrides)
                   for kind in KINDS}
        kind = data.get("kind")
        language = data.get("language")
        encoding = data.get("encoding")
        templates = data.get("templates")
        fields = data.get("fields")
        max_size = data.get("max-file-size", DEFAULT_MAX_FILE_SIZE)
        for override in overrides:
            max_size = override.get("max-file-size", max_size)
            language = override.get("language", language)
            encoding = override.get("encoding", encoding)
            templates = override.get("templates", templates)
            fields = override.get("fields", fields)
            kind = override.get("kind", kind)
        by_code = {rule.code: rule for rule in rules}
        return FileSettings([by_code[code] for code in base.codes], base.options, base.severities, base.allow,
                            language, encoding, None if templates is None else tuple(templates),
                            None if fields is None else _string_list(fields, "", ""),
                            max_file_size=parse_size(max_size), kind=kind, by_kind=by_kind,
                            vocabulary=self.vocabulary)


def _rule_layers(data: dict, overrides: list[dict], kind: str | None) -> list[dict]:
    """Rule settings in the order they apply: the top-level `rules`, then `kinds.<kind>.rules`,
    then each matching override's `rules` (a path is more specific than a kind)."""
    layers = [data.get("rules") or {}]
    if kind is not None:
        layers.append(((data.get("kinds") or {}).get(kind) or {}).get("rules") or {})
    layers += [override.get("rules") or {} for override in overrides]
    return layers


def _merged_rule_settings(layers: list[dict]) -> dict:
    """One mapping of rule key -> settings dict; a bare severity string becomes {severity: ...}."""
    merged: dict = {}
    for layer in layers:
        for key, value in layer.items():
            if isinstance(value, str):
                value = {"severity": value}
            merged.setdefault(key, {}).update(copy.deepcopy(value) or {})
    return merged


def _rule_table(rules: list[Rule], layers: list[dict], kind: str | None, data: dict,
                overrides: list[dict]) -> RuleTable:
    """Options, severities and allow lists of the selected rules: each rule's defaults (for
    `kind`, when known), then the config's rule settings."""
    rule_settings = _merged_rule_settings(layers)
    options, severities, allow = {}, {}, {"*": list(data.get("allow", []))}
    for override in overrides:
        allow["*"] += override.get("allow", [])
    codes = []
    for rule in rules:
        settings = {**rule.kind_defaults(kind), **_settings_for(rule, rule_settings)}
        severity = settings.get("severity", rule.severity)
        if severity == "off":
            continue
        codes.append(rule.code)
        severities[rule.code] = severity
        merged = rule.default_options()
        merged.update({k: v for k, v in settings.items() if k in rule.options})
        options[rule.code] = merged
        allow[rule.code] = list(settings.get("allow", []))
    return RuleTable(codes, options, severities, allow)


def _opt_list(value):
    return None if value is None else _string_list(value, "", "")


def _settings_for(rule: Rule, rule_settings: dict) -> dict:
    merged: dict = {}
    for key in (rule.code, rule.name, rule.code.lower()):
        value = rule_settings.get(key)
        if isinstance(value, str):
            merged["severity"] = value
        elif isinstance(value, dict):
            merged.update(value)
    return merged
