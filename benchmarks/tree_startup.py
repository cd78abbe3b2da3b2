"""bench.py's start-up rows for one file with spelling on inside a project (issue 33, spd10): a
config that selects spelling makes a one-file run count the words of the config's whole tree
(running/tree_pass.py). The project is a copy of corpus/bench/ms-iis-docs (2,171 files, 18 MB)
with `.plainlint.yaml` = `rules: {spelling: {mode: dictionary}}` (the dictionary check reads the tree, as
confident mode, the default since spell24, does), in a temporary folder.

Rows (the median of --startup-runs each):
  - cold: `--no-cache`, every file of the tree read and counted;
  - warm: the word counts and the page's result cached by an earlier run, nothing changed since
    (an editor's or pre-commit's re-run);
  - warm, the page linted: the word counts cached, the page piped in on standard input, which is
    never answered from the result cache (pre-commit or an editor on a page just edited);
  - for reference, the same page with `tree-evidence: false` and `--no-cache`.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

PROJECT = "ms-iis-docs"
PAGE = "iis/get-started/introduction-to-iis/iis-web-server-overview.md"  # 6.4 kB


def tree_start_up_rows(args, corpus: Path, plainlint_figure, plainlint_command, row) -> None:
    source = corpus / "bench" / PROJECT
    if not (source / PAGE).is_file():
        print(f"| one file in a {PROJECT} project: skipped ({source / PAGE} is missing) | | | | | | | |")
        return
    with tempfile.TemporaryDirectory(prefix="plainlint-tree-bench-") as folder:
        project = Path(folder) / PROJECT
        shutil.copytree(source, project)
        for path in [project, *project.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)  # the corpus copy is read-only
        config = project / ".plainlint.yaml"
        files = [path for path in project.rglob("*") if path.is_file()]
        label = f"plainlint one file in a {len(files):,}-file project with a config, spelling on"
        page = [project / PAGE]

        def figure(what, *command, shell=None):
            runs = args.startup_runs
            line = ["sh", "-c", shell] if shell else plainlint_command("check", *command)
            return row(plainlint_figure(f"{label}, {what}, median of {runs}", line, page, cwd=project, runs=runs))

        config.write_text("rules: {spelling: {mode: dictionary, tree-evidence: false}}\n", encoding="utf-8")
        print(figure("tree-evidence: false, --no-cache (reference)", "--no-cache", PAGE))
        config.write_text("rules: {spelling: {mode: dictionary}}\n", encoding="utf-8")  # the tree is read in this mode only
        print(figure("cold (--no-cache: the whole tree read)", "--no-cache", PAGE))
        plainlint_figure("fill the cache", plainlint_command("check", PAGE), page, cwd=project, runs=1)
        print(figure("warm (word counts and the page's result cached)", PAGE))
        piped = " ".join(plainlint_command("check", "--stdin-filename", PAGE, "-"))
        print(figure("warm word counts, the page linted (piped in)", shell=f"{piped} < {PAGE}"))
