"""Finding and loading the config file: `.plainlint.yaml` or `[tool.plainlint]` in pyproject.toml."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .schema import ConfigError, validate

CONFIG_FILES = (".plainlint.yaml", ".plainlint.yml")


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
        if exc.key is None:
            raise
        from ..positions import toml_position, yaml_position

        locate = toml_position if path.name == "pyproject.toml" else yaml_position
        where = locate(text, exc.key, exc.at_value)
        raise ConfigError(f"{name}{where}", f"{exc.key}: {exc.problem}", exc.key, exc.problem) from None
    return Config(path.resolve(), path.resolve().parent, data)


def _display(path: Path) -> str:
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:
        return path.as_posix()
