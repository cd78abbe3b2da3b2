"""Rule settings given on the command line: `--rule-option RULE.OPTION=VALUE` (ruff's
`--config KEY=VALUE`, narrowed to rule options: plainlint's `--config` names a file).

They apply after every config's rule settings, to every file of the run, in every worker
(config/selection.py `Selection.rules`), and are checked as a config's `rules:` are."""

from __future__ import annotations

from .schema import ConfigError

WHERE = "command line"


def parse_rule_options(values: tuple[str, ...] | list[str]) -> dict:
    """{'spelling': {'mode': 'dictionary'}} from ('spelling.mode=dictionary',). VALUE is read as a
    YAML value, as in a config file: `true`, `3`, `[a, b]`."""
    settings: dict = {}
    for value in values:
        key, equals, text = value.partition("=")
        rule, dot, option = key.strip().partition(".")
        if not (equals and dot and rule and option.strip()):
            raise ConfigError(WHERE, f"--rule-option {value!r}: expected RULE.OPTION=VALUE "
                                     "(spelling.mode=dictionary)")
        settings.setdefault(rule, {})[option.strip()] = _yaml_value(text, value)
    return settings


def _yaml_value(text: str, given: str):
    import yaml  # only a run given --rule-option reads YAML here

    try:
        return yaml.safe_load(text) if text.strip() else ""
    except yaml.YAMLError:
        raise ConfigError(WHERE, f"--rule-option {given!r}: the value is not a YAML value") from None
