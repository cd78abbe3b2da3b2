"""Licence and legal boilerplate (LICENSE.md, COPYING.txt, NOTICE*) is not support content: skipped
in walks and under --force-exclude like tooling files, linted when named (issue 27). A licence file
is named in capitals, or sits at a repository's root; a `license.mdx` or `notice.md` in a docs
folder is a help page and is linted (user33: 12 such pages in the held-out folder)."""

from __future__ import annotations

import json

from plainlint.reading.tooling_files import is_legal_boilerplate
from plhelpers import run_cli as run

# Invented text in the style of licence files: long sentences, "shall", "herein", capitals.
LEGAL = ("THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND. In no event shall the "
         "authors be liable for any claim, damages or other liability arising from, out of or in "
         "connection with the software or the use or other dealings in the software, whether in an "
         "action of contract, tort or otherwise, as utilized herein.\n")
FILES = ["LICENSE.md", "LICENCE.txt", "COPYING.txt", "NOTICE.md", "docs/legal/LICENSE.md", "COPYING.LESSER.txt",
         "LICENSE-MIT.md"]
PAGES = ["docs/License.md", "docs/license.mdx", "docs/notice.md"]  # help pages about licences or notices


def _project(tmp_path):
    for name in FILES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(LEGAL, encoding="utf-8")
    for name in PAGES:
        (tmp_path / name).write_text("Please utilize your licence key.\n", encoding="utf-8")
    (tmp_path / "docs" / "refunds.md").write_text("Please utilize the refund form.\n", encoding="utf-8")
    (tmp_path / "docs" / "licensing.md").write_text("Please utilize your licence key.\n", encoding="utf-8")
    (tmp_path / "docs" / "notices-and-alerts.md").write_text("Please utilize the alert page.\n", encoding="utf-8")
    return tmp_path


def paths_of(done) -> list[str]:
    return sorted({entry["path"] for entry in json.loads(done.stdout)})


def test_walks_skip_licence_files_but_not_pages_about_licences(tmp_path):
    project = _project(tmp_path)
    done = run(["check", "--format", "json", "."], project)
    assert paths_of(done) == ["docs/License.md", "docs/license.mdx", "docs/licensing.md", "docs/notice.md",
                              "docs/notices-and-alerts.md", "docs/refunds.md"]


def test_a_licence_file_in_lower_case_is_skipped_at_a_repository_root(tmp_path):
    """`license.md` at the root of a repository is its licence (where GitHub looks for one); the
    same name in a docs folder is a page."""
    project = _project(tmp_path)
    (project / "license.md").write_text(LEGAL, encoding="utf-8")
    assert "license.md" in paths_of(run(["check", "--format", "json", "."], project))
    (project / ".git").mkdir()
    walked = paths_of(run(["check", "--format", "json", "."], project))
    assert "license.md" not in walked and "docs/license.mdx" in walked


def test_named_licence_files_are_linted_unless_force_exclude(tmp_path):
    project = _project(tmp_path)
    named = paths_of(run(["check", "--format", "json", "LICENSE.md", "COPYING.txt", "docs/refunds.md"], project))
    assert named == ["COPYING.txt", "LICENSE.md", "docs/refunds.md"]
    forced = paths_of(run(["check", "--force-exclude", "--format", "json", *FILES, "docs/refunds.md"], project))
    assert forced == ["docs/refunds.md"]


def test_names_recognised():
    for name in ("LICENSE", "LICENSE.md", "license.txt", "LICENCE", "COPYING", "COPYING.LESSER", "NOTICE",
                 "NOTICE.txt", "LICENSE-APACHE", "docs/legal/LICENSE.rst"):
        assert is_legal_boilerplate(name), name
    for name in ("licensing.md", "notices.md", "license-keys.md", "copying-files.md", "noticeboard.html",
                 "how-to-renew-your-license.md"):
        assert not is_legal_boilerplate(name), name
    for name in ("license.mdx", "License.md", "notice.md", "copying.md"):
        assert not is_legal_boilerplate(name, at_root=False), name
    for name in ("LICENSE.md", "COPYING", "NOTICE.txt", "LICENSE-MIT"):
        assert is_legal_boilerplate(name, at_root=False), name
