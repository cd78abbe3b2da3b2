"""What a run must leave alone: the files a config reads (they are input, not content) and
the content a file the run writes would replace (`-o a.md a.md`)."""

from __future__ import annotations

import os
from pathlib import Path

from .artefacts import is_artefact
from ..config import ConfigError, ConfigTree

STDIN = Path("-")


def is_config_input(tree: ConfigTree, path: Path) -> bool:
    """Whether `path` is a file the config that decides it (or the run's config) reads: one it
    `extend`s, a vocabulary file (vocabulary.accept/reject). A config that cannot be loaded
    says nothing here: the lint reports it."""
    from ..config.settings import input_files

    try:
        configs = [tree.config, tree.resolver_for(path).config]
    except ConfigError:
        configs = [tree.config]
    files = [file for config in configs for file in input_files(config)]
    if not files:
        return False
    target = os.path.normcase(os.path.abspath(path))
    return any(os.path.normcase(os.path.abspath(file)) == target for file in files)



def written_files(opts) -> list[tuple[str, Path]]:
    """(option, path) of each file a run writes besides the ones it fixes."""
    named = [("--output-file", opts.output_file), ("--write-baseline", opts.write_baseline),
             *(("--output", path) for path in opts.report_outputs)]
    return [(option, path) for option, path in named if path is not None]


def replaces_content(written: Path, discovery, paths: list[Path]) -> bool:
    """Whether a file the run writes (`written_files`) is content it lints (`-o
    a.md a.md`, or a page inside a folder given): writing would replace the page. A file
    plainlint wrote before is no content (it is replaced run after run), nor is an empty one."""
    if not written.is_file() or written.stat().st_size == 0 or is_artefact(written, any_suffix=True):
        return False
    target = written.resolve()
    for given in paths:
        if given == STDIN:
            continue
        if given.resolve() == target:
            return True
        if given.is_dir() and target.is_relative_to(given.resolve()) and discovery.is_wanted(target) \
                and not discovery.is_excluded(target):
            return True
    return False


def make_parent_folders(report: Path) -> None:
    """Create the folders --output-file names, as ruff does (astral-sh/ruff#11550): a CI job
    writing `reports/lint.sarif` into a fresh checkout is not a usage error."""
    from ..fixing.atomic import WriteError

    try:
        report.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(f"cannot create its folder: {exc.strerror or exc}") from None
