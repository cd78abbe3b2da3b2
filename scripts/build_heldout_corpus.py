"""Rebuild the held-out corpus (`../shared/heldout-spelling`) from git clones of its sources.

The held-out labelled samples (tests/data/support/labels-heldout/ and the trials' fresh samples) are
drawn from sources kept apart from ../shared/corpus. The folder lives outside the project, so this
script is how to get it back on a new machine; its sources are tables in heldout_sources.py (help
centres and manuals: every .md and .mdx file of a clone's HEAD, or of one folder, copied under
`heldout/<folder>/`; owners, licences and folders other than the defaults in
heldout_source_origins.py) and heldout_file_sources.py (saved replies, e-mail templates and macro
exports: the listed files of each repository, copied under `heldout/fresh-*/<owner>-<name>/`).
MANIFEST.tsv records the commit and licence each folder came from.

    python scripts/build_heldout_corpus.py --out ../shared/heldout-spelling \\
        --clone OfficeDocs-Exchange=/path/to/OfficeDocs-Exchange ...        # every source of SOURCES
    python scripts/build_heldout_corpus.py --out ../shared/heldout-spelling --add \\
        --clone help=/work/.mirror/bitwarden+help/repo                      # only these; rows kept
    python scripts/build_heldout_corpus.py --out ../shared/heldout-spelling --replies \\
        --mirror /work/.mirror [--only OWNER/NAME ...] [--file-copy OWNER/NAME@COMMIT=DIR ...]

`--replies`, `--emails` and `--exports` read each repository's git directory under `--mirror`
(`<owner>+<name>/repo`, as the fetch tool leaves it) or a folder of its files saved at a stated
commit (`--file-copy`); without `--clone` they rebuild only their folders and keep the other
MANIFEST rows, and `--only` limits them to a session's new sources. On a new machine the whole
folder comes back in four runs, in this order: the full `--clone` build (or `--clones-from-mirror`:
each source's clone where the fetch tool leaves it under `--mirror`), then `--emails`,
`--replies` and `--exports`. Every session's additions and its exact commands, in order, are in
docs/heldout-corpus.md (this docstring until rev20b split the script, session 20).
"""

from __future__ import annotations

import argparse
import csv
import fnmatch
import subprocess
import sys
from pathlib import Path

# The tables, apart from the building; every name is kept here too, for the tests and scripts that
# load this file.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout_file_sources import (EMAIL_SOURCES, EMAILS_FOLDER, EXPORT_SOURCES,  # noqa: E402,F401
                                  EXPORTS_FOLDER, FILE_SETS, REPLIES_FOLDER, REPLY_SOURCES)
from heldout_source_origins import (FOLDERS, LICENCE_FILES, LICENCES, OWNERS,  # noqa: E402,F401
                                    REPOSITORY_NAMES, SUFFIXES)
from heldout_sources import SOURCES  # noqa: E402,F401

DEFAULT_OWNER = "MicrosoftDocs"

MANIFEST_FIELDS = ["folder_in_corpus", "repo", "commit_sha", "source_path_glob_or_list",
                   "licence_spdx", "licence_file_path", "file_count", "notes"]


def git(clone: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(clone), *args], check=True, capture_output=True).stdout


def copy_markdown(clone: Path, destination: Path, folder: str = "",
                  suffixes: tuple[str, ...] = (".md", ".mdx")) -> tuple[str, int]:
    """Copy every .md and .mdx blob (or other `suffixes`) of HEAD under `folder`, and the Docusaurus
    configs that decide how they are read (`site_configs`); return the commit and the file count
    (the configs are not counted: nothing in them is linted)."""
    commit = git(clone, "rev-parse", "HEAD").decode().strip()
    tree = git(clone, "ls-tree", "-r", "-z", "--name-only", "HEAD").decode().split("\0")
    names = [n for n in tree if n.endswith(suffixes) and n.startswith(folder)]
    for name in names + site_configs(tree, names):
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(git(clone, "show", f"HEAD:{name}"))
    return commit, len(names)


def site_configs(tree: list[str], copied: list[str]) -> list[str]:
    """The `docusaurus.config.*` files of `tree` in a folder above a copied file: a Docusaurus site
    compiles its `.md` files as MDX unless its config says otherwise (plainlint/reading/docusaurus.py),
    so the copy needs them to be read as the site reads them (docu32). Docusaurus's generated
    `.docusaurus/` copy is not a site."""
    from posixpath import basename, dirname

    configs = [n for n in tree if basename(n) in DOCUSAURUS_CONFIGS and "/.docusaurus/" not in f"/{n}"]
    folders = {dirname(name) for name in copied}
    return [config for config in configs
            if any(f"{folder}/".startswith(f"{dirname(config)}/" if dirname(config) else "") and folder != dirname(config)
                   for folder in folders)]


DOCUSAURUS_CONFIGS = tuple(f"docusaurus.config.{ext}" for ext in ("js", "ts", "mjs", "cjs"))


def file_source_reader(repository: str, mirror: Path, copies: dict[str, tuple[str, Path]]):
    """(commit, read(path) -> bytes, every file's path) for a repository of a file set: its saved
    copy if given, else its git directory under `mirror`."""
    if repository in copies:
        commit, folder = copies[repository]
        paths = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
        return commit, lambda name: (folder / name).read_bytes(), paths
    clone = mirror / repository.replace("/", "+") / "repo"
    if (clone / ".git").is_dir():  # a snapshot fetched with a work tree
        clone = clone / ".git"
    if not clone.is_dir():
        sys.exit(f"{repository}: no git directory at {clone}; fetch it or give --file-copy")
    paths = git(clone, "ls-tree", "-r", "-z", "--name-only", "HEAD").decode().split("\0")
    return (git(clone, "rev-parse", "HEAD").decode().strip(), lambda name: git(clone, "show", f"HEAD:{name}"),
            [p for p in paths if p])


def expand_names(names: list[str], paths: list[str]) -> list[str]:
    """The listed names, each `*` pattern replaced by the paths it matches (sorted)."""
    expanded = []
    for name in names:
        expanded += sorted(fnmatch.filter(paths, name)) if "*" in name else [name]
    return expanded


def copy_listed_files(out: Path, mirror: Path, copies: dict[str, tuple[str, Path]], file_set: str,
                      only: set[str] | None = None) -> list[dict]:
    """Copy each listed file of a file set (replies, emails) to <folder>/<owner>-<name>/<path>;
    one MANIFEST row per repository (only the repositories in `only`, when given)."""
    sources, set_folder, note = FILE_SETS[file_set]
    rows = []
    for repository, (licence, licence_file, patterns) in sources.items():
        if only is not None and repository not in only:
            continue
        commit, read, paths = file_source_reader(repository, mirror, copies)
        names = expand_names(patterns, paths)
        folder = f"{set_folder}/{repository.replace('/', '-')}"
        for name in names:
            target = out / folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(read(name))
        rows.append({"folder_in_corpus": folder, "repo": repository, "commit_sha": commit,
                     "source_path_glob_or_list": ",".join(patterns), "licence_spdx": licence,
                     "licence_file_path": licence_file, "file_count": len(names), "notes": note})
        print(f"{folder}: {len(names)} files at {commit[:12]}")
    return rows


def parse_file_copies(pairs: list[str]) -> dict[str, tuple[str, Path]]:
    copies = {}
    for pair in pairs:
        source, _, path = pair.partition("=")
        repository, _, commit = source.partition("@")
        if repository not in REPLY_SOURCES | EMAIL_SOURCES | EXPORT_SOURCES or len(commit) != 40 or not path:
            sys.exit(f"--file-copy wants OWNER/NAME@COMMIT=DIR with OWNER/NAME one of REPLY_SOURCES, "
                     f"EMAIL_SOURCES or EXPORT_SOURCES: {pair!r}")
        copies[repository] = (commit, Path(path))
    return copies


def kept_rows(out: Path, rebuilt: list[dict]) -> list[dict]:
    """The MANIFEST rows of folders not rebuilt now, in their order."""
    manifest = out / "MANIFEST.tsv"
    if not manifest.exists():
        return []
    folders = {row["folder_in_corpus"] for row in rebuilt}
    with open(manifest, encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle, delimiter="\t") if row["folder_in_corpus"] not in folders]


def parse_clones(pairs: list[str], only_these: bool = False) -> dict[str, Path]:
    """NAME=PATH pairs -> {name: clone}; every source is wanted unless `only_these`."""
    clones = {}
    for pair in pairs:
        name, _, path = pair.partition("=")
        if name not in SOURCES or not path:
            sys.exit(f"--clone wants NAME=PATH with NAME one of {', '.join(SOURCES)}: {pair!r}")
        clones[name] = Path(path)
    missing = sorted(set(SOURCES) - set(clones))
    if missing and not only_these:
        sys.exit(f"missing --clone for {', '.join(missing)}")
    return clones


def clones_in_mirror(mirror: Path) -> list[str]:
    """NAME=PATH for every SOURCES name, each at `<owner>+<repository>/repo` under `mirror` (where the
    fetch tool leaves it), so a rebuild needs no hand-kept list of --clone arguments."""
    return [f"{name}={mirror / f'{OWNERS.get(name, DEFAULT_OWNER)}+{REPOSITORY_NAMES.get(name, name)}' / 'repo'}"
            for name in SOURCES]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--clone", action="append", default=[], metavar="NAME=PATH")
    parser.add_argument("--replies", action="store_true", help="also (or, without --clone, only) copy REPLY_SOURCES")
    parser.add_argument("--emails", action="store_true", help="also (or, without --clone, only) copy EMAIL_SOURCES")
    parser.add_argument("--exports", action="store_true", help="also (or, without --clone, only) copy EXPORT_SOURCES")
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"),
                        help="folder of fetched git directories, <owner>+<name>/repo")
    parser.add_argument("--file-copy", action="append", default=[], metavar="OWNER/NAME@COMMIT=DIR",
                        help="a REPLY_SOURCES or EMAIL_SOURCES repository's files saved under DIR at their paths")
    parser.add_argument("--clones-from-mirror", action="store_true",
                        help="every help source's clone from --mirror (<owner>+<name>/repo), as --clone NAME=PATH each")
    parser.add_argument("--add", action="store_true",
                        help="build only the sources given with --clone; other folders and MANIFEST rows are kept")
    parser.add_argument("--only", action="append", metavar="OWNER/NAME",
                        help="with --replies/--emails/--exports: copy only these repositories of the file sets "
                             "(a session's new sources); other folders and MANIFEST rows are kept")
    args = parser.parse_args(argv)
    if args.clones_from_mirror:
        args.clone += clones_in_mirror(args.mirror)
    only = set(args.only) if args.only else None
    unknown = sorted((only or set()) - set(REPLY_SOURCES) - set(EMAIL_SOURCES) - set(EXPORT_SOURCES))
    if unknown:
        sys.exit(f"--only wants a repository of REPLY_SOURCES, EMAIL_SOURCES or EXPORT_SOURCES: {', '.join(unknown)}")
    rows = []
    file_sets = [name for name in FILE_SETS if getattr(args, name)]
    for file_set in file_sets:
        rows += copy_listed_files(args.out, args.mirror, parse_file_copies(args.file_copy), file_set, only)
    if file_sets and not args.clone:
        rows = kept_rows(args.out, rows) + rows
    for name, clone in (parse_clones(args.clone, args.add).items() if args.clone or not file_sets else ()):
        folder = f"heldout/{SOURCES[name]}"
        commit, count = copy_markdown(clone, args.out / folder, FOLDERS.get(name, ""),
                                      SUFFIXES.get(name, (".md", ".mdx")))
        repository = f"{OWNERS.get(name, DEFAULT_OWNER)}/{REPOSITORY_NAMES.get(name, name)}"
        kinds = "|".join(SUFFIXES.get(name, (".md(x)",)))
        rows.append({"folder_in_corpus": folder, "repo": repository,
                     "commit_sha": commit, "source_path_glob_or_list": f"{FOLDERS.get(name, '')}**/*{kinds}",
                     "licence_spdx": LICENCES.get(name, "CC-BY-4.0"),
                     "licence_file_path": LICENCE_FILES.get(name, "LICENSE"), "file_count": count,
                     "notes": "held out from ../shared/corpus"})
        print(f"{folder}: {count} files at {commit[:12]}")
    if args.add:
        rows = kept_rows(args.out, rows) + rows
    with open(args.out / "MANIFEST.tsv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, MANIFEST_FIELDS, delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
