"""The tree pass asks each file's settings once (speed34): the size limit its stamp holds is the
one reading the file needs, so neither the stamp nor the read asks `Resolver.settings` again
(three asks a file before: about 0.2 s of bench/'s pass). The terms stay the same."""

from __future__ import annotations

from pathlib import Path

from plainlint.config import ConfigTree, Selection, load_config
from plainlint.config.settings import Resolver
from plainlint.running.discovery import Candidate
from plainlint.running.tree_pass import first_pass

PAGES = {f"page{n}.md": f"# Page {n}\n\nThe muxer joins the streams. Pick a muxer.\n" for n in range(6)}


def _first_pass(folder: Path, config_text: str | None, monkeypatch) -> tuple[int, dict]:
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    if config_text is not None:
        (folder / ".plainlint.yaml").write_text(config_text, encoding="utf-8")
    monkeypatch.chdir(folder)
    config = load_config(folder / ".plainlint.yaml" if config_text is not None else None)
    tree = ConfigTree(config, Selection(["PL502"], [], [], {"spelling": {"mode": "dictionary"}}))
    asked = []
    original = Resolver.settings

    def counted(self, path):
        asked.append(path)
        return original(self, path)

    monkeypatch.setattr(Resolver, "settings", counted)
    jobs = [(Candidate(folder / name, name, False), None) for name in sorted(PAGES)]
    first_pass(tree, jobs)
    return len(asked), tree.resolver_for(folder / "page0.md").page_terms


def test_each_file_of_the_run_is_asked_once(tmp_path, monkeypatch):
    asked, terms = _first_pass(tmp_path, None, monkeypatch)
    assert asked == len(PAGES)  # three times each before
    assert all("muxer" in found for found in terms.values())


def test_with_a_config_each_file_is_asked_once(tmp_path, monkeypatch):
    asked, terms = _first_pass(tmp_path, "select: [PL502]\n", monkeypatch)
    assert asked == len(PAGES)
    assert all("muxer" in found for found in terms.values())
