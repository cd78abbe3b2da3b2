"""`plainlint check --show-settings FILE`: the effective settings for one file, and where each
came from (a rule's default, its default for the kind of document, a key of which config file,
an override, the command line)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..rules import all_rules
from ..rules.base import Rule
from .settings import FileSettings, Resolver
from .tree import ConfigTree


def show_settings(tree: ConfigTree, path: Path) -> list[str]:
    """Lines describing the settings that decide `path` (may raise ConfigError)."""
    resolver = tree.resolver_for(path)
    config = resolver.config
    settings = resolver.settings(path)
    kind, kind_origin = _kind(path, settings)
    audience = _audience(path, settings) if kind == "article" else None
    final = settings.for_kind(kind, audience)
    overrides = resolver.overrides_for(path)
    lines = [f"Settings for {_shown(path)}", f"  config: {_config_line(tree, config)}"]
    lines += [f"  extends: {_shown(extended)}" for extended in config.extends]
    lines.append(f"  kind: {kind or 'neither reply nor article'} ({kind_origin})")
    if audience:
        lines.append(f"  audience: {audience} (detected from the title or path: reading/audience.py)")
    lines += [f"  override: {_override_line(resolver, i, o)}" for i, o in overrides]
    for key, value in (("language", settings.language), ("encoding", settings.encoding),
                       ("templates", settings.templates),
                       ("translation-helpers", settings.translation_helpers), ("fields", settings.fields),
                       ("max-file-size", settings.max_file_size), ("lint-fenced", settings.lint_fenced),
                       ("vale-comments", settings.vale_comments)):
        lines.append(f"  {key}: {_value(value)} ({_origin(resolver, key, overrides, tree)})")
    lines.append(f"  markdown-format: {_value(settings.markdown_format)} ({_markdown_format_origin(resolver, path, overrides, tree)})")
    lines.append(f"Rules ({len(final.rules)} of {len(all_rules())} on):")
    layers = _labelled_layers(resolver, overrides, kind)
    for rule in final.rules:
        severity = final.severities[rule.code]
        lines.append(f"  {rule.code} {rule.name}: {severity} ({_rule_origin(rule, 'severity', layers, kind, audience)})")
        for option, value in final.options[rule.code].items():
            origin = _rule_origin(rule, option, layers, kind, audience)
            if origin != "default":
                lines.append(f"      {option}: {_value(value)} ({origin})")
    off = [rule.name for rule in all_rules() if rule not in final.rules]
    if off:
        lines.append(f"Off: {', '.join(off)}")
    return lines


def _shown(path: Path) -> str:
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _config_line(tree: ConfigTree, config) -> str:
    if config.path is None:
        return "none (the defaults)"
    if tree.forced:
        return f"{_shown(config.path)} (--config: decides every file)"
    return f"{_shown(config.path)} (the nearest config above the file)"


def _kind(path: Path, settings: FileSettings) -> tuple[str | None, str]:
    if settings.kind:
        return settings.kind, "set by config `kind`"
    if not path.is_file():
        return None, "no such file: detected when it is linted"
    from ..linting.engine import lint_file

    result = lint_file(path, path.as_posix(), settings)
    if result.document is None:
        return None, "the file could not be read"
    return result.document.kind, "detected from the document"


def _audience(path: Path, settings: FileSettings) -> str | None:
    """The audience the engine detects for an article (None when the file cannot be read)."""
    from ..linting.engine import lint_file

    result = lint_file(path, path.as_posix(), settings) if path.is_file() else None
    return result.document.audience if result is not None and result.document is not None else None


def _value(value) -> str:
    if value is None:
        return "not set"
    return json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)


def _where(resolver: Resolver, key: str) -> str:
    origin = resolver.config.origins.get(key, resolver.config.path)
    return _shown(origin) if origin is not None else "defaults"


def _origin(resolver: Resolver, key: str, overrides: list, tree: ConfigTree) -> str:
    if key == "encoding" and tree.encoding:
        return "--encoding"
    for i, override in reversed(overrides):
        if key in override:
            return _entry_name(resolver, i)
    if key in resolver.config.data:
        return f"`{key}` in {_where(resolver, key)}"
    return "default"


def _entry_name(resolver: Resolver, index: int, key: str = "overrides", part: str = "") -> str:
    """`overrides[i]{part} in FILE`, i its index in the file that wrote it."""
    at, origin = resolver.config.entry_place(key, index)
    return f"{key}[{at}]{part} in {_shown(origin) if origin is not None else 'defaults'}"


def _override_line(resolver: Resolver, index: int, override: dict) -> str:
    """An override that matched: its globs, and the file and folder they are relative to when
    it was written in an extended file (Config.glob_root)."""
    files = json.dumps(override["files"])
    at, origin = resolver.config.entry_place("overrides", index)
    if origin == resolver.config.path:
        return f"overrides[{at}] (files: {files})"
    root = resolver.config.glob_root("overrides", index)
    return f"{_entry_name(resolver, index)} (files: {files}, relative to {_shown(root)})"


def _markdown_format_origin(resolver: Resolver, path: Path, overrides: list, tree: ConfigTree) -> str:
    """Where `markdown-format` came from: the config, else the Docusaurus site the file is in."""
    origin = _origin(resolver, "markdown-format", overrides, tree)
    site = resolver.sites.site_config(str(path)) if origin == "default" else None
    return f"Docusaurus site: {_shown(Path(site))}" if site else origin


def _labelled_layers(resolver: Resolver, overrides: list, kind: str | None) -> list[tuple[str, dict]]:
    """(label, rule settings) in the order they apply, as rule_table.rule_layers, then the
    command line's."""
    data = resolver.config.data
    name = _shown(resolver.config.path) if resolver.config.path else ""
    layers = [("rules.{key} in {origin}", data.get("rules") or {})]
    if kind is not None:
        layers.append((f"kinds.{kind}.rules.{{key}} in {name}", ((data.get("kinds") or {}).get(kind) or {}).get("rules") or {}))
    layers += [(_entry_name(resolver, i, part=".rules.{key}"), override.get("rules") or {}) for i, override in overrides]
    layers.append(("--rule-option {key}", resolver.cli.rules))
    return [(label.replace("{origin}", _where(resolver, "rules")), layer) for label, layer in layers]


def _rule_origin(rule: Rule, option: str, layers: list[tuple[str, dict]], kind: str | None,
                 audience: str | None = None) -> str:
    origin = f"default for kind {kind}" if option in rule.kind_defaults(kind) else "default"
    if audience and option in rule.per_audience.get(audience, {}):
        origin = f"default for an article for {audience}"
    for label, layer in layers:
        for key in (rule.code, rule.name, rule.code.lower()):
            value = layer.get(key)
            if value is False or isinstance(value, str):
                value = {"severity": value}
            if isinstance(value, dict) and option in value:
                origin = label.format(key=key)
    return origin
