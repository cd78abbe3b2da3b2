"""Rebuild the held-out corpus (`../shared/heldout-spelling`) from git clones of its sources.

The held-out labelled samples (tests/data/support/labels-heldout/) were drawn from Microsoft
Learn repositories kept apart from ../shared/corpus, because every corpus document with a finding
of the rules they measure had already been read: five at first, then OfficeDocs-Support (Microsoft
365 troubleshooting articles, the closest to support content) once every spelling finding of the
five had been labelled, and PowerShell-Docs for the next fresh sample. The folder lives outside the
project (about 8,400 files of CC-BY-4.0 text), so this script is how to get it back on a new machine:

    python scripts/build_heldout_corpus.py --out ../shared/heldout-spelling \\
        --clone OfficeDocs-Exchange=/path/to/OfficeDocs-Exchange ...

Each clone may be a bare repository or a work tree; every `.md` file of its HEAD is copied under
`heldout/<folder>/`, and MANIFEST.tsv records the commit each folder came from (the labels'
text hashes then tell whether a file changed since it was labelled).
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
from pathlib import Path

SOURCES = {
    # repository on github.com/MicrosoftDocs -> folder under heldout/
    "OfficeDocs-Exchange": "ms-exchange-docs",
    "OfficeDocs-ProjectServer": "ms-projectserver-docs",
    "OfficeDocs-O365ITPro": "ms-o365itpro-docs",
    "OfficeDocs-MicrosoftSearch": "ms-microsoftsearch-docs",
    "OfficeDocs-OfficeOnlineServer": "ms-officeonlineserver-docs",
    # added for the spelling seed-47 sample (issue 33); CC-BY-4.0 per its LICENSE and README
    "OfficeDocs-Support": "ms-office-support-docs",
    # added for the spelling seed-48 sample (issue 33): the PowerShell documentation (docs CC-BY-4.0
    # in LICENSE.md, code MIT in LICENSE-CODE.md, per its README)
    "PowerShell-Docs": "ms-powershell-docs",
    # added for the undefined-acronym samples of issue 30 (CC-BY-4.0 per their LICENSE). The same
    # commits are in ../shared/corpus as bench/ms-sharepoint-docs and bench/ms-deployoffice-docs,
    # so a sample from them must leave out the documents earlier bench/ samples read.
    "OfficeDocs-SharePoint": "ms-sharepoint-docs",
    "OfficeDocs-DeployOffice": "ms-deployoffice-docs",
    # added for the sensory-directions seed-43 sample (issue 30): Dynamics 365 Contact Center agent
    # and admin help (CC-BY-4.0 per its LICENSE and README, code MIT in LICENSE-CODE) and Business
    # Central user help (CC-BY-4.0 per its LICENSE). Not OfficeDocs-SharePoint or -DeployOffice:
    # those are ../shared/corpus bench/ folders.
    "dynamics-365-contact-center": "ms-contact-center-docs",
    "dynamics365smb-docs": "ms-business-central-docs",
    # added for the sensory-directions seed-44 sample (issue 30): Microsoft Desktop Optimization
    # Pack docs, fetched by the lead for held-out use (CC-BY-4.0 in LICENSE, code MIT in LICENSE-CODE)
    "mdop-docs": "ms-mdop-docs",
}
# The licence file of a source whose file is not LICENSE.
LICENCE_FILES = {"PowerShell-Docs": "LICENSE.md"}
MANIFEST_FIELDS = ["folder_in_corpus", "repo", "commit_sha", "source_path_glob_or_list",
                   "licence_spdx", "licence_file_path", "file_count", "notes"]


def git(clone: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(clone), *args], check=True, capture_output=True).stdout


def copy_markdown(clone: Path, destination: Path) -> tuple[str, int]:
    """Copy every .md blob of HEAD; return the commit and the number of files."""
    commit = git(clone, "rev-parse", "HEAD").decode().strip()
    names = [n for n in git(clone, "ls-tree", "-r", "-z", "--name-only", "HEAD").decode().split("\0")
             if n.endswith(".md")]
    for name in names:
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(git(clone, "show", f"HEAD:{name}"))
    return commit, len(names)


def parse_clones(pairs: list[str]) -> dict[str, Path]:
    clones = {}
    for pair in pairs:
        name, _, path = pair.partition("=")
        if name not in SOURCES or not path:
            sys.exit(f"--clone wants NAME=PATH with NAME one of {', '.join(SOURCES)}: {pair!r}")
        clones[name] = Path(path)
    missing = sorted(set(SOURCES) - set(clones))
    if missing:
        sys.exit(f"missing --clone for {', '.join(missing)}")
    return clones


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--clone", action="append", default=[], metavar="NAME=PATH")
    args = parser.parse_args(argv)
    rows = []
    for name, clone in parse_clones(args.clone).items():
        folder = f"heldout/{SOURCES[name]}"
        commit, count = copy_markdown(clone, args.out / folder)
        rows.append({"folder_in_corpus": folder, "repo": f"MicrosoftDocs/{name}", "commit_sha": commit,
                     "source_path_glob_or_list": "**/*.md (all)", "licence_spdx": "CC-BY-4.0",
                     "licence_file_path": LICENCE_FILES.get(name, "LICENSE"), "file_count": count,
                     "notes": "Microsoft Learn documentation; held out from ../shared/corpus"})
        print(f"{folder}: {count} files at {commit[:12]}")
    with open(args.out / "MANIFEST.tsv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, MANIFEST_FIELDS, delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
