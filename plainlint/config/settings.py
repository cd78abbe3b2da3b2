"""Settings per file: the config's layers (top level, `kinds:`, matching overrides) and the
command line resolved into one frozen FileSettings per (path, document kind)."""

from __future__ import annotations

import dataclasses
import functools
import os
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from ..reading.audience import AUDIENCES
from ..reading.docusaurus import SiteFinder
from ..reading.kinds import ARTICLE, KINDS
from ..rules import all_rules
from ..rules.base import Rule
from ..reading.source import DEFAULT_MAX_FILE_SIZE
from .load import Config
from .schema import VOCABULARY_KEYS, ConfigError, parse_size
from .rule_table import RuleTable, rule_layers, rule_table
from .selection import Selection, enabled_rules

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
    translation_helpers: tuple[str, ...] = ()  # config `translation-helpers` (reading.translation_helpers)
    suppress: list = field(default_factory=list)  # suppress.ConfigSuppression entries for this path
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    kind: str | None = None  # forced by config (`kind:`), else detected from the document
    lint_fenced: tuple[str, ...] | None = None  # `lint-fenced` (None: not set): fence languages read as prose (readers.fenced)
    # `markdown-format` (mdx, md, detect), else a Docusaurus site's (reading/docusaurus.py); None: by extension
    markdown_format: str | None = None
    vale_comments: bool = False  # `vale-comments`: Vale's `vale off` / `vale on` comments read (linting.suppress)
    judging: dict[str, tuple[dict, list[str]]] = field(default_factory=dict)  # RuleTable.judging
    by_kind: dict[str, RuleTable] = field(default_factory=dict)
    vocabulary: object = None  # vocabulary.Vocabulary of the config (issue 32), None when it has none
    root: str = ""  # the config's folder (else the current one): kind detection reads folders below it only
    # Spelling's terms from the tree the file belongs to, only those the file writes
    # (running/tree_pass.py; None: no first pass ran). A field, so a cached result is reused only
    # while the terms the page writes are the same.
    tree_terms: frozenset | None = None

    def for_kind(self, kind: str | None, audience: str | None = None) -> FileSettings:
        """These settings with the rule table of `kind` (and of an article's `audience`, when
        detected), themselves when there is none."""
        key = table_key(kind or "", audience)
        table = self.by_kind.get(key)
        if table is None:
            return self
        memo = self.__dict__.setdefault("_for_kind", {})  # one object per table: the cache digests it once
        if key not in memo:
            by_code = {rule.code: rule for rule in all_rules()}
            memo[key] = dataclasses.replace(
                self, rules=[by_code[code] for code in table.codes], options=table.options,
                severities=table.severities, allow=table.allow, judging=table.judging, kind=kind)
        return memo[key]


def table_key(kind: str, audience: str | None) -> str:
    """The key of a rule table in `FileSettings.by_kind`: the kind, or "article/staff" for an
    article written for the support team (reading.audience)."""
    return f"{kind}/{audience}" if audience else kind


def safe_resolve(path: Path) -> Path:
    """`path.resolve()`, or its absolute form when a symlink loop makes resolving impossible."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: symlink loop on Python < 3.13
        return Path(os.path.abspath(path))


def matches_glob(relative: str, patterns: list[str]) -> bool:
    return config_glob_spec(tuple(patterns)).match_file(relative)


@functools.lru_cache(maxsize=256)
def config_glob_spec(patterns: tuple[str, ...]):
    """A matcher for a config's globs (`files`, `include`, `exclude`), in gitignore syntax."""
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines([_dot_slash_anchored(pattern) for pattern in patterns])


def _dot_slash_anchored(pattern: str) -> str:
    """'./emails/**' as '/emails/**': the folder beside the config, as ruff and a shell read it
    (in gitignore syntax, which has no './', it would match nothing)."""
    negation = "!" if pattern.startswith("!") else ""
    body = pattern[len(negation):]
    if not body.startswith("./"):
        return pattern
    while body.startswith("./"):
        body = body[2:]
    return f"{negation}/{body}"


# Keys of the top level that an override may set too, and that are not about rules.
_FILE_KEYS = ("language", "encoding", "templates", "fields", "translation-helpers", "kind", "lint-fenced",
              "markdown-format", "vale-comments", "max-file-size")


class Resolver:
    """Computes FileSettings per path from the config and the command-line selection."""

    def __init__(self, config: Config, cli: Selection | None = None, encoding: str | None = None):
        self.config = config
        self.cli = cli or Selection()
        self.encoding = encoding  # --encoding: wins over the config's
        self._cache: dict[tuple, FileSettings] = {}
        self._folders: dict[str, Path] = {}  # folder -> resolved, for this run
        self.vocabulary = load_vocabulary(config) or None
        # spelling's terms each page of the run writes (absolute path -> terms), set by the run's
        # first pass when spelling is selected (running/tree_pass.py)
        self.page_terms: dict[str, frozenset] | None = None
        self.sites = SiteFinder()  # Docusaurus sites, each folder looked up once

    def relative(self, path: Path, root: Path | None = None) -> str:
        """`path` relative to `root` (default: the config's folder), POSIX; as given if outside it."""
        try:
            return self._resolve(path).relative_to(root or self.config.root).as_posix()
        except ValueError:
            return PurePosixPath(path.as_posix()).as_posix()

    def _matching(self, key: str, path: Path, entries: list[dict]) -> list[int]:
        """The indexes of `key`'s entries whose `files` globs match `path`, each glob relative to
        its entry's folder (Config.glob_root). A suppress entry with no `files` is for every
        file; an override with none is for no file."""
        relative: dict[Path, str] = {}  # each folder's path asked once
        found = []
        for i, entry in enumerate(entries):
            if files := _as_list(entry.get("files", [])):
                root = self.config.glob_root(key, i)
                relative[root] = relative.get(root) or self.relative(path, root)
            if matches_glob(relative[root], files) if files else key == "suppress":
                found.append(i)
        return found

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
        overrides = self.config.get("overrides", [])
        return [(i, overrides[i]) for i in self._matching("overrides", path, overrides)]

    def settings(self, path: Path) -> FileSettings:
        overrides = self.overrides_for(path)
        suppress = self.suppress_for(path)
        key = (tuple(i for i, _ in overrides), tuple(i for i, _ in suppress))
        if key not in self._cache:
            settings = replace(self._compute([o for _, o in overrides]), suppress=[entry for _, entry in suppress])
            if self.encoding:
                settings = replace(settings, encoding=self.encoding)
            self._cache[key] = settings
        settings = self._with_site_format(key, path)
        terms = self.page_terms.get(os.path.abspath(path)) if self.page_terms is not None else None
        if terms is None:
            return settings
        # pages writing the same terms (and read alike: a Docusaurus site's format) share one object
        terms_key = (key, settings.markdown_format, terms)
        with_terms = self._cache.get(terms_key)
        if with_terms is None:
            with_terms = self._cache[terms_key] = replace(settings, tree_terms=terms)
        return with_terms

    def _with_site_format(self, key, path: Path) -> FileSettings:
        """The settings cached under `key` with the Markdown format of the Docusaurus site `path`
        is in, when the config sets none; the settings themselves otherwise (one object per key
        and site format, kept in the same cache)."""
        settings = self._cache[key]
        if settings.markdown_format is not None:
            return settings
        config = self.sites.site_config(str(path))
        if config is None:
            return settings
        site_format = self.sites.markdown_format(config)
        site_key = (key, "markdown-format", site_format)
        if site_key not in self._cache:
            self._cache[site_key] = replace(settings, markdown_format=site_format)
        return self._cache[site_key]

    def settings_for(self, path: Path, kind: str | None) -> FileSettings:
        """The frozen settings for `path` once its document's kind is known (reply, article,
        or None when it is neither)."""
        return self.settings(path).for_kind(kind)

    def suppress_for(self, path: Path) -> list[tuple[int, object]]:
        if not self.config.get("suppress"):
            return []  # no path to resolve
        from ..linting.suppress import ConfigSuppression, resolve_selector

        entries = self.config.get("suppress", [])
        out = []
        for i in self._matching("suppress", path, entries):
            entry = entries[i]
            rules = _as_list(entry.get("rules", []))
            macros = _as_list(entry.get("macros", []))
            codes = frozenset().union(*(resolve_selector(r) for r in rules)) if rules else None
            out.append((i, ConfigSuppression(frozenset(macros) if macros else None, codes)))
        return out

    def _compute(self, overrides: list[dict]) -> FileSettings:
        data = self.config.data
        rules = enabled_rules(self._selection_layers(overrides))
        run_rules = self.cli.rules
        base = rule_table(rules, rule_layers(data, overrides, None), None, data, overrides, run_rules)
        by_kind = {kind: rule_table(rules, rule_layers(data, overrides, kind), kind, data, overrides, run_rules)
                   for kind in KINDS}
        for audience in AUDIENCES:  # an article for staff: the article's settings, then the audience's defaults
            by_kind[table_key(ARTICLE, audience)] = rule_table(
                rules, rule_layers(data, overrides, ARTICLE), ARTICLE, data, overrides, run_rules, audience)
        # the file keys, each from the last layer that sets it (the top level, then each override)
        value = {key: data[key] for key in _FILE_KEYS if key in data}
        for override in overrides:
            value.update((key, override[key]) for key in _FILE_KEYS if key in override)
        templates, fields, lint_fenced = value.get("templates"), value.get("fields"), value.get("lint-fenced")
        by_code = {rule.code: rule for rule in rules}
        return FileSettings([by_code[code] for code in base.codes], base.options, base.severities, base.allow,
                            value.get("language"), value.get("encoding"),
                            None if templates is None else tuple(templates),
                            None if fields is None else _as_list(fields), tuple(value.get("translation-helpers", ())),
                            max_file_size=parse_size(value.get("max-file-size", DEFAULT_MAX_FILE_SIZE)),
                            kind=value.get("kind"), by_kind=by_kind,
                            # lint-fenced None: not set (readers.fenced.fence_languages decides)
                            lint_fenced=None if lint_fenced is None else tuple(lint_fenced), vocabulary=self.vocabulary,
                            root=str(self.config.root), markdown_format=value.get("markdown-format") or None,
                            vale_comments=value.get("vale-comments", False), judging=base.judging)


    def _selection_layers(self, overrides: list[dict]) -> list[Selection]:
        """Which rules run, layer by layer: the config's top level, each matching override, then
        the command line (whose `--select` replaces every layer before it)."""
        data = self.config.data
        layers = [
            Selection(
                _opt_list(data.get("select")),
                _as_list(data.get("extend-select", [])),
                _as_list(data.get("ignore", [])) + _as_list(data.get("extend-ignore", [])),
            )
        ]
        for override in overrides:
            layers.append(Selection(_opt_list(override.get("select")),  # only these, as at the top level
                                    _as_list(override.get("extend-select", [])),
                                    _as_list(override.get("ignore", []))))
        cli = self.cli
        if cli.select is not None or cli.extend_select or cli.ignore:
            if cli.select is not None:
                layers = [Selection(cli.select, cli.extend_select, cli.ignore)]
            else:
                layers.append(Selection(None, cli.extend_select, cli.ignore))
        return layers


def _as_list(value) -> list[str]:
    """A list-of-strings setting as a list. `schema.validate` already made each one-string value
    a list of one in a loaded file; a config built in code (the tests, the labelling scripts)
    may still hold a bare string."""
    return [value] if isinstance(value, str) else list(value)


def _opt_list(value):
    return None if value is None else _as_list(value)


def input_files(config: Config) -> list[Path]:
    """The files a config reads besides itself: those it `extend`s and its vocabulary files.
    They are plainlint's input, never content (`check .` skips them)."""
    return [*config.extends, *vocabulary_files(config)]


def vocabulary_files(config: Config) -> list[Path]:
    """The vocabulary files the config names (accept and reject), relative to its folder. They
    are plainlint's input, never content: a reject list is made of the words it flags."""
    section = config.get("vocabulary") or {}
    if not isinstance(section, dict):
        return []
    folder = vocabulary_folder(config)
    return [folder / name for key in VOCABULARY_KEYS for name in _as_list(section.get(key, []))]


def vocabulary_folder(config: Config) -> Path:
    """The folder of the config file that names the vocabulary: a file `extend:` pulls in names
    its files relative to itself (a shared team config beside its word lists)."""
    origin = config.origins.get("vocabulary")
    return Path(origin).parent if origin is not None else config.root


def load_vocabulary(config: Config):
    """The project vocabulary named in config, files relative to the config file's folder; a bad
    file is a ConfigError naming the file and line."""
    from ..linting.vocabulary import EMPTY, VocabularyError, load

    section = config.get("vocabulary") or {}
    if not section:
        return EMPTY
    folder = vocabulary_folder(config)
    files = {key: [(folder / f, f) for f in _as_list(section.get(key, []))] for key in VOCABULARY_KEYS}
    try:
        return load(files["accept"], files["reject"])
    except VocabularyError as exc:
        raise _vocabulary_config_error(exc.problems) from None


def _vocabulary_config_error(problems: list[str]) -> ConfigError:
    """A vocabulary's bad lines (`FILE:LINE: message` each) as one ConfigError printing a line per
    problem, `FILE:LINE: error: message`, as the run prints a file's errors: ConfigError writes
    the first line's `error:`, the others are written here."""
    (where, message), *rest = (problem.split(": ", 1) for problem in problems)
    return ConfigError(where, message + "".join(f"\n{at}: error: {text}" for at, text in rest))
