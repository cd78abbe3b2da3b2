"""The JSON Schema of the config file: generated from the declarations, committed and shipped up
to date, and in agreement with the validator on every config example in the docs."""

import json
import re
import tomllib
from pathlib import Path

import jsonschema
import pytest
import yaml

from plainlint.config import TOP_KEYS, ConfigError, validate
from plainlint.config.json_schema import SCHEMA_FILE, config_schema, entry_schema, schema_text, shipped_schema
from plhelpers import ROOT

FENCE = re.compile(r"^```(yaml|toml)\n(.*?)^```", re.M | re.S)


def validator():
    return jsonschema.Draft7Validator(config_schema())


def test_committed_and_shipped_schema_are_up_to_date():
    assert (ROOT / SCHEMA_FILE).read_text(encoding="utf-8") == schema_text(), \
        "run python -m plainlint.config.json_schema --write"
    assert shipped_schema() == schema_text()


def test_the_schema_is_a_valid_draft_7_schema():
    jsonschema.Draft7Validator.check_schema(config_schema())


def doc_examples() -> list[tuple[str, str, object]]:
    """(where, kind, data) for each config example (YAML or TOML) and word-list entry example."""
    found = []
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]:
        text = path.read_text(encoding="utf-8")
        for match in FENCE.finditer(text):
            where = f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, match.start()) + 1}"
            body = match.group(2)
            if match.group(1) == "toml":
                if "[tool.plainlint" in body:
                    found.append((where, "config", tomllib.loads(body)["tool"]["plainlint"]))
                continue
            data = yaml.safe_load(body)
            if isinstance(data, dict) and (body.startswith("# .plainlint.yaml") or set(data) <= TOP_KEYS | {"extend"}):
                found.append((where, "config", data))
            elif isinstance(data, list) and data and all(isinstance(e, dict) and "term" in e for e in data):
                found += [(where, "entry", entry) for entry in data]
    return found


def test_the_docs_hold_config_examples():
    kinds = [kind for _, kind, _ in doc_examples()]
    assert kinds.count("config") >= 8 and kinds.count("entry") >= 1


@pytest.mark.parametrize("where, kind, data", doc_examples(), ids=lambda v: v if isinstance(v, str) and ":" in v else "")
def test_every_config_example_in_the_docs_fits_the_schema_and_the_validator(where, kind, data):
    if kind == "entry":
        jsonschema.validate(data, entry_schema({}))
        return
    errors = [e.message for e in validator().iter_errors(data)]
    assert errors == [], where
    if "extend" not in data:
        validate(data, where)


@pytest.mark.parametrize("data", [
    {"rules": {"reading-level": {"formula": "flesh-kincaid"}}},
    {"rules": {"sentence-length": {"max-words": 0}}},
    {"rules": {"jargon": {"add": [{"term": "x", "uze": ["y"], "fixx": "safe"}]}}},
    {"rules": {"jargon": {"add": [{"term": "x", "not_before": ["y"]}]}}},
    {"rules": {"jargon": {"severity": "loud"}}},
    {"rules": {"nonsense": "off"}},
    {"selct": ["ALL"]},
    {"fail-level": "fatal"},
    {"overrides": [{"select": ["jargon"]}]},
    {"kinds": {"letter": {"rules": {}}}},
    {"templates": ["razor"]},
    {"translation-helpers": ["render text"]},
    {"translation-helpers": [3]},
    {"max-file-size": "ten"},
    {"suppress": [{"rulez": ["jargon"]}]},
])
def test_schema_and_validator_reject_the_same_mistakes(data):
    assert list(validator().iter_errors(data))
    with pytest.raises(ConfigError):
        validate(data, "x")


@pytest.mark.parametrize("data", [
    {"rules": {"blame": {"add": [{"term": "you never", "participle_next": True, "source": "a reason"}]}}},
    {"rules": {"PL101": "error", "jargon": {"add": ["leverage", {"term": "x", "use": "y", "fix": "safe"}]}}},
    {"rules": {"jargon": False}},
    {"max-file-size": "512 KB", "templates": "erb", "kind": "reply"},
    {"translation-helpers": ["_fsdomain", "macros.render_text"]},
    {"translation-helpers": "_fsdomain", "overrides": [{"files": ["*.html"], "translation-helpers": ["render_text"]}]},
])
def test_schema_and_validator_accept_the_same_configs(data):
    assert [e.message for e in validator().iter_errors(data)] == []
    validate(data, "x")
