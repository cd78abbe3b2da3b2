"""Compare plainlint's JSON output at another commit with the working tree's, byte for byte.

    python scripts/compare_output.py BASE [--corpus ../shared/corpus] [--keep DIR]

Refactors promise "no change to what users see": this checks it. BASE is checked out with
`git worktree` into a temporary folder and run with this interpreter (the same dependencies),
its own rulesets included; the working tree runs as installed. Both run
`plainlint check --select ALL --format json --no-cache` over the whole corpus, from inside it, so
paths are the same. Prints both reports' SHA-256 and exits 0 when they are equal, 1 otherwise
(with the first differing findings).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Runs plainlint from a source folder given first; its rulesets are copied in as a package.
LAUNCH = "import sys; sys.path.insert(0, sys.argv.pop(1)); from plainlint.cli import main; main()"


def check_args(report: Path) -> list[str]:
    return ["check", "--select", "ALL", "--format", "json", "--no-cache", "--exit-zero", "-o", str(report), "."]


def run_commit(commit: str, corpus: Path, work: Path) -> Path:
    """The report of `commit`, run from a worktree of it."""
    tree = work / "tree"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), commit], check=True)
    try:
        package_rulesets = tree / "plainlint" / "rulesets"
        if not package_rulesets.exists():
            shutil.copytree(tree / "rulesets", package_rulesets)
        report = work / "base.json"
        subprocess.run([sys.executable, "-P", "-c", LAUNCH, str(tree), *check_args(report)],
                       cwd=corpus, check=True, stdout=subprocess.DEVNULL)
        return report
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)


def run_working_tree(corpus: Path, work: Path) -> Path:
    report = work / "head.json"
    subprocess.run([sys.executable, "-P", "-c", LAUNCH, str(ROOT), *check_args(report)],
                   cwd=corpus, check=True, stdout=subprocess.DEVNULL)
    return report


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def first_differences(base: Path, head: Path, limit: int = 5) -> list[str]:
    old, new = json.loads(base.read_text()), json.loads(head.read_text())
    out = [f"findings: {len(old)} before, {len(new)} after"]
    for index, (a, b) in enumerate(zip(old, new)):
        if a != b:
            out.append(f"#{index}\n  before: {json.dumps(a)}\n  after:  {json.dumps(b)}")
            if len(out) > limit:
                break
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", help="commit to compare with (e.g. main~3)")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--keep", type=Path, help="keep both reports in this folder")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        base, head = run_commit(args.base, corpus, work), run_working_tree(corpus, work)
        before, after = sha256(base), sha256(head)
        print(f"{args.base}: {before}\nworking tree: {after}")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(base, args.keep / "base.json")
            shutil.copy(head, args.keep / "head.json")
        if before == after:
            print("identical")
            return 0
        print("\n".join(first_differences(base, head)))
        return 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
