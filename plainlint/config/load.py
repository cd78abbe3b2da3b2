"""Finding and loading the config file: `.plainlint.yaml` or `[tool.plainlint]` in pyproject.toml."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
import re
from pathlib import Path

from .schema import ConfigError, validate

CONFIG_FILES = (".plainlint.yaml", ".plainlint.yml")


@dataclass
class Config:
    path: Path | None = None  # the config file, None for defaults
    root: Path = field(default_factory=Path.cwd)  # globs are relative to this
    data: dict = field(default_factory=dict)
    extends: tuple[Path, ...] = ()  # the files `extend:` pulled in, nearest first
    origins: dict = field(default_factory=dict)  # top-level key -> the file it came from
    entry_origins: dict = field(default_factory=dict)  # "overrides"/"suppress" -> the file of each entry

    def get(self, key, default=None):
        return self.data.get(key, default)

    def glob_root(self, key: str, index: int) -> Path:
        """The folder the `files` globs of entry `index` of `key` (overrides, suppress) are
        relative to. An entry written in this config, or in a config it extends from this folder
        or a folder above (a nested help centre's `extend: ../.plainlint.yaml`), keeps the folder
        it was written in, so extending a parent changes nothing the parent decided (user34). An
        entry from a shared base elsewhere (`extend: ../team/base.yaml`) is a template: its globs
        are relative to the config that decides, as ESLint's shareable configs are."""
        return self._glob_folder(self.entry_place(key, index)[1])

    def key_root(self, key: str) -> Path:
        """The folder the globs of a list key (`include`, `exclude`, `extend-exclude`) are
        relative to: the folder of the file that set it, as Config.glob_root."""
        return self._glob_folder(self.origins.get(key, self.path))

    def _glob_folder(self, origin: Path | None) -> Path:
        folder = origin.parent if origin is not None else self.root
        return folder if self.root.is_relative_to(folder) else self.root

    def entry_place(self, key: str, index: int) -> tuple[int, Path | None]:
        """Where entry `index` of the merged `key` list was written: its index in that file's
        own list, and the file (an extended file's entries come first in the merged list)."""
        origins = self.entry_origins.get(key, ())
        if index >= len(origins):
            return index, self.path
        origin = origins[index]
        return origins[:index].count(origin), origin


def find_config(start: Path) -> Path | None:
    """The first config upward from `start`; `.plainlint.yaml` wins over pyproject.toml."""
    for folder in (start, *start.parents):
        found = config_in(folder)
        if found is not None:
            return found
    return None


def config_in(folder: Path) -> Path | None:
    """The config file in `folder` itself, if any."""
    for name in CONFIG_FILES:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file() and _has_tool_section(pyproject):
        return pyproject
    return None


# What a ruff user writes first (ruff reads `ruff.toml` and `.ruff.toml`): read with --config
# (load_config), but not found by discovery, which says so (unread_warning).
UNREAD_CONFIG_FILES = ("plainlint.toml", ".plainlint.toml")


def unread_configs(folder: Path) -> list[Path]:
    """The TOML configs in `folder` that discovery does not read."""
    return [folder / name for name in UNREAD_CONFIG_FILES if (folder / name).is_file()]


def unread_warning(unread: Path, read: Path | None) -> str:
    """One line for a `plainlint.toml` discovery passes over, naming what it reads instead."""
    instead = f"{read.name} beside it is" if read is not None else \
        "plainlint reads .plainlint.yaml, .plainlint.yml or pyproject.toml's [tool.plainlint]"
    return f"{_display(unread)}: warning: config not read: {instead} (or pass --config {_display(unread)})"


# Every way TOML can write the [tool.plainlint] table: its header, a [tool] table (which may
# hold `plainlint = {...}`), dotted keys, or an inline `tool = {...}`. A file without any of
# them has no plainlint section; one with them is parsed to be sure.
_MAYBE_TOOL_SECTION = re.compile(r"""^[ \t]*(?:\[[ \t]*tool[ \t]*(?:\]|\.[ \t]*["']?plainlint)|tool[ \t]*(?:=|\.[ \t]*["']?plainlint))""",
                                 re.MULTILINE)


# A [tool.plainlint] header or a `tool.plainlint.` dotted key: a pyproject.toml that writes one
# is meant as a plainlint config even when it is not valid TOML (a typo must not drop the config).
_NAMES_PLAINLINT_TABLE = re.compile(r"""^[ \t]*(?:\[[ \t]*)?tool[ \t]*\.[ \t]*["']?plainlint["']?[ \t]*(?:[].=]|$)""",
                                    re.MULTILINE)


def _has_tool_section(pyproject: Path) -> bool:
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    if not _MAYBE_TOOL_SECTION.search(text):  # most pyproject.toml files: no TOML parser to load
        return False
    import tomllib

    try:
        return "plainlint" in tomllib.loads(text).get("tool", {})
    except tomllib.TOMLDecodeError:  # ours when it names the table: load_config says where it breaks
        return bool(_NAMES_PLAINLINT_TABLE.search(text))


_TOML_AT = re.compile(r" \(at line (\d+), column (\d+)\)$")  # how tomllib ends every message


def _toml_error_position(exc: Exception) -> str:
    """`:line:col` of a TOML error, as YAML errors and bad values have (empty at end of file)."""
    match = _TOML_AT.search(str(exc))
    return f":{match.group(1)}:{match.group(2)}" if match else ""


def load_config(path: Path | None, _chain: tuple[Path, ...] = ()) -> Config:
    """The config in `path` (defaults for None), validated, with what it `extend`s merged under it."""
    if path is None:
        return Config()
    name = _display(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(name, f"cannot read config: {exc.strerror or exc}") from None
    if path.suffix.lower() == ".toml":
        import tomllib

        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{name}{_toml_error_position(exc)}", f"invalid TOML: {_TOML_AT.sub('', str(exc))}") from None
        if path.name == "pyproject.toml":
            data = data.get("tool", {}).get("plainlint", {})
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
        where = _locator(path)(text, exc.key, exc.at_value)
        problem = _pyproject_table_elsewhere(path, exc.key) or exc.problem
        raise ConfigError(f"{name}{where}", f"{exc.key}: {problem}", exc.key, problem) from None
    config = Config(path.resolve(), path.resolve().parent, data, origins=dict.fromkeys(data, path.resolve()),
                    entry_origins=_written_in(data, path.resolve()))
    if "extend" in data:
        config = _extended(config, text, _chain)
    return config


# Keys whose entries merge with the extended config's (a rule or kind named here replaces that
# rule's or kind's settings there; overrides and suppress entries apply after the base's).
_MERGED_BY_KEY = ("rules", "kinds")
_APPENDED = ("overrides", "suppress")


def _extended(config: Config, text: str, chain: tuple[Path, ...]) -> Config:
    """`config` on top of the config it names in `extend:` (a path relative to its folder)."""
    name = _display(config.path)
    where = f"{name}{_locator(config.path)(text, 'extend')}"
    target = (config.root / config.data["extend"]).resolve()
    if target in chain or target == config.path:
        raise ConfigError(where, f"extend: {config.data['extend']!r} extends this file again (a cycle)")
    if not target.is_file():
        raise ConfigError(where, f"extend: no config file at {config.data['extend']!r}")
    base = load_config(target, (*chain, config.path))
    data = {key: value for key, value in base.data.items() if key != "extend"}
    origins = {key: origin for key, origin in base.origins.items() if key != "extend"}
    entry_origins = dict(base.entry_origins)
    for key, value in config.data.items():
        if key == "extend":
            continue
        own = config.entry_origins.get(key, ())
        if key in _MERGED_BY_KEY and isinstance(data.get(key), dict):
            value = {**data[key], **value}
        elif key in _APPENDED and isinstance(data.get(key), list):
            value, own = [*data[key], *value], (*entry_origins.get(key, ()), *own)
        data[key] = value
        origins[key] = config.path
        if key in _APPENDED:
            entry_origins[key] = own
    return Config(config.path, config.root, data, (target, *base.extends), origins, entry_origins)


def _pyproject_table_elsewhere(path: Path, key: str) -> str | None:
    """What to say of a `tool` key in a TOML config other than pyproject.toml: its
    `[tool.plainlint]` table, copied from a pyproject.toml, is read there only (fixu37a's leftover)."""
    if key != "tool" or path.suffix.lower() != ".toml" or path.name == "pyproject.toml":
        return None
    return (f"unknown key: a [tool.plainlint] table is read in pyproject.toml only; {path.name} holds "
            "the same keys at its top, as ruff.toml holds ruff's (select = [...], not [tool.plainlint])")


def _locator(path: Path):
    """How a config file's keys are found in its text: YAML; pyproject.toml's [tool.plainlint]
    table; or, in any other TOML file (`--config plainlint.toml`, what a ruff user writes), the
    same keys at the top, as `ruff.toml` holds ruff's."""
    from .positions import toml_position, yaml_position

    if path.suffix.lower() != ".toml":
        return yaml_position
    if path.name == "pyproject.toml":
        return toml_position
    return lambda text, key, at_value=True: toml_position(text, key, at_value, table_of_keys=())


def _written_in(data: dict, path: Path) -> dict:
    """`path` once for each entry of the config's own `overrides` and `suppress` lists."""
    return {key: (path,) * len(data[key]) for key in _APPENDED if isinstance(data.get(key), list)}


def _display(path: Path) -> str:
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:
        return path.as_posix()
