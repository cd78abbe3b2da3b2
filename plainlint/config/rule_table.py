"""The rule table of one kind of document: which rules run, with what severity, options and
allow lists, from the config's rule settings layer by layer (settings.Resolver builds one per
kind for each set of matching overrides)."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from ..rules import all_rules
from ..rules.base import Rule


@dataclass(frozen=True)
class RuleTable:
    """The rules, options, severities and allow lists for one kind of document."""

    codes: list[str]  # the active rules' codes, in rule order
    options: dict[str, dict]
    severities: dict[str, str]
    allow: dict[str, list[str]]
    # judging_options: with PL905 on, (options, allow list) of the rules left out
    judging: dict[str, tuple[dict, list[str]]] = field(default_factory=dict)


def rule_layers(data: dict, overrides: list[dict], kind: str | None) -> list[dict]:
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
            if value is False:  # `jargon: off`, which YAML 1.1 reads as false
                value = "off"
            if isinstance(value, str):
                value = {"severity": value}
            merged.setdefault(key, {}).update(copy.deepcopy(value) or {})
    return merged


def rule_table(rules: list[Rule], layers: list[dict], kind: str | None, data: dict,
                overrides: list[dict], run_rules: dict, audience: str | None = None) -> RuleTable:
    """Options, severities and allow lists of the selected rules (`_configured`), and the
    options unused-directive judges the others with."""
    rule_settings = _merged_rule_settings(layers)
    options, severities, allow = {}, {}, {"*": list(data.get("allow", []))}
    for override in overrides:
        allow["*"] += override.get("allow", [])
    codes = []
    for rule in rules:
        severity, options[rule.code], allow[rule.code] = _configured(rule, rule_settings, run_rules, kind, audience)
        if severity == "off" or severity is False:  # `severity: off` read by YAML 1.1
            del options[rule.code], allow[rule.code]
            continue
        codes.append(rule.code)
        severities[rule.code] = severity
    return RuleTable(codes, options, severities, allow, judging_options(codes, rule_settings, run_rules, kind, audience))


def judging_options(codes: list[str], rule_settings: dict, run_rules: dict, kind: str | None,
                    audience: str | None) -> dict[str, tuple[dict, list[str]]]:
    """With unused-directive (PL905) among `codes`, the options and allow list of each rule left
    out that the config does not turn off: a directive naming it is judged by running it with the options a
    full run gives it (linting.engine), so `--select PL905` agrees with `--extend-select PL905`."""
    if "PL905" not in codes:
        return {}
    judging = {}
    for rule in all_rules():
        if rule.code not in codes:
            severity, options, allow = _configured(rule, rule_settings, run_rules, kind, audience)
            if severity != "off" and severity is not False:
                judging[rule.code] = (options, allow)
    return judging


def _configured(rule: Rule, rule_settings: dict, run_rules: dict, kind: str | None,
                audience: str | None) -> tuple[str, dict, list[str]]:
    """A rule's severity, options and allow list: its defaults (for `kind` and `audience`, when
    known), then the config's rule settings, then the run's (`Selection.rules`: after the
    config's whether either names the rule by code or by name)."""
    settings = {**rule.kind_defaults(kind, audience), **_settings_for(rule, rule_settings), **_settings_for(rule, run_rules)}
    options = rule.default_options()
    options.update({k: v for k, v in settings.items() if k in rule.options})
    return settings.get("severity", rule.severity), options, list(settings.get("allow", []))


def _settings_for(rule: Rule, rule_settings: dict) -> dict:
    merged: dict = {}
    for key in (rule.code, rule.name, rule.code.lower()):
        value = rule_settings.get(key)
        if value is False:
            merged["severity"] = "off"
        elif isinstance(value, str):
            merged["severity"] = value
        elif isinstance(value, dict):
            merged.update(value)
    return merged
