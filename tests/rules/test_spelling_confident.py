"""spelling's `mode: confident` (spell21, rules/spelling_confident.py): which unlisted words count
as confident slips, and the tree's part (a word another file writes is not one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plainlint.rules.spelling_confident import edit_kind, slip_edit
from plhelpers import run_cli


@pytest.mark.parametrize("word, right, kind", [
    ("wrok", "work", "swap"), ("acount", "account", "doubled"), ("untill", "until", "doubled"),
    ("documet", "document", "dropped"), ("isort", "sort", "added"), ("relevent", "relevant", "replaced"),
    ("logits", "logins", "replaced"), ("wkro", "work", "farther"), ("wrko", "work", "farther"),
])
def test_edit_kind(word, right, kind):
    assert edit_kind(word, right) == kind


@pytest.mark.parametrize("word, right, slip", [
    ("wrok", "work", True), ("pasword", "password", True), ("relevent", "relevant", True),
    ("existance", "existence", True), ("accessable", "accessible", True), ("extention", "extension", False),
    ("isort", "sort", False), ("logits", "logins", False), ("corpo", "corps", False),
])
def test_slip_edits_are_the_kinds_writers_make(word, right, slip):
    assert slip_edit(word, right) is slip


PAGES = {
    "pyproject.toml": '[tool.plainlint]\nselect = ["PL502"]\n[tool.plainlint.rules.spelling]\nmode = "confident"\n',
    "alerts.md": "# Alerts\n\nOpen the setings page to choose an alert.\n",
    "email.md": "# Email\n\nEvery alert is also sent by email.\n",
}


def spelling(folder: Path) -> str:
    result = run_cli(["check", "--format", "concise", "--no-cache", "."], folder)
    assert result.returncode in (0, 1), result.stderr
    return result.stdout


def write(folder: Path, pages: dict[str, str]) -> None:
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_a_slip_no_other_file_writes_is_reported(tmp_path):
    write(tmp_path, PAGES)
    assert "'setings'" in spelling(tmp_path)


def test_a_word_another_file_writes_too_is_not_a_confident_slip(tmp_path):
    write(tmp_path, {**PAGES, "mobile.md": "# Mobile\n\nThe setings of the app are on your phone.\n"})
    assert "'setings'" not in spelling(tmp_path)


def editor_codes(folder: Path, name: str) -> list[str]:
    """The spelling findings the language server gives the page `name` of `folder`."""
    from plainlint.server.linting import Snapshot, lint
    from plainlint.server.settings import SettingsCache
    from plainlint.server.text import LspText

    page = folder / name
    snapshot = Snapshot(page.as_uri(), 1, LspText(page.read_text(encoding="utf-8")), "markdown", page)
    return [d.message for d in lint(snapshot, SettingsCache()).diagnostics]


def test_the_editor_leaves_a_word_another_file_writes_as_check_does(tmp_path):
    # rev21b: the server's tree terms held no shared words, so the editor reported what check did not
    write(tmp_path, {**PAGES, "mobile.md": "# Mobile\n\nThe setings of the app are on your phone.\n"})
    assert not [message for message in editor_codes(tmp_path, "alerts.md") if "'setings'" in message]


def test_the_editor_reports_a_slip_no_other_file_writes(tmp_path):
    write(tmp_path, PAGES)
    assert [message for message in editor_codes(tmp_path, "alerts.md") if "'setings'" in message]


def test_the_feature_script_measures_the_edits_the_mode_judges():
    # rev21b: scripts/spelling_features.py kept its own copy, which called 'tex' for 'tae' a swap
    from plhelpers import import_script

    assert import_script("spelling_features").edit_kind("tex", "tae") == "farther"


def test_a_page_confident_by_an_override_asks_what_other_files_write(tmp_path):
    # rev21b: whether to ask was read from the run's first page (here in dictionary mode)
    config = ('[tool.plainlint]\nselect = ["PL502"]\n[tool.plainlint.rules.spelling]\nmode = "dictionary"\n\n'
              '[[tool.plainlint.overrides]]\nfiles = ["b-*.md"]\nrules = {spelling = {mode = "confident"}}\n')
    write(tmp_path, {"pyproject.toml": config, "a-mobile.md": "# Mobile\n\nThe setings of the app are on your phone.\n",
                     "b-alerts.md": PAGES["alerts.md"]})
    assert "b-alerts.md" not in spelling(tmp_path)


@pytest.mark.parametrize("text, word, in_series", [
    ("existing backup tooling (Borg, restic, Duplicati, ZFS snapshots, etc.)", "restic", True),
    ("Markdown, Org mode, AsciiDoc, reStructuredText, mmark, and HTML.", "mmark", True),
    ("Use restic or `borg` and Kopia.", "restic", True),
    ("Upgrade and indext 2013 content farm", "indext", False),  # one capitalised word before it
    ("For exmaple, OneCollector", "exmaple", False),
    ("Windows and Mac users open the setings page.", "setings", False),  # the names are not its series' items
])
def test_a_word_in_a_series_of_names(text, word, in_series):
    from plainlint.rules.spelling_confident import in_series_of_names

    start = text.index(word)
    assert in_series_of_names(text, start, start + len(word)) is in_series


def test_rare_words_hold_scowl_80_words_and_no_listed_slip():
    from plainlint.nlp.spelling import dictionary
    from plainlint.rules.spelling_confident import rare_words

    words, known = rare_words(), dictionary()
    assert {"colorimetry", "muxing", "lenience", "implementor"} <= words
    assert not {"architecure", "discrepencies", "familarity"} & words  # SCOWL 95's slips: not read
    assert not any(known.knows(word) for word in ("colorimetry", "muxing"))  # the dictionary check still asks


def test_python_terms_hold_package_names_and_no_listed_slip():
    from plainlint.nlp.spelling import dictionary
    from plainlint.rules.spelling_confident import python_terms

    words, known = python_terms(), dictionary()
    assert {"scipy", "certifi", "asyncio"} <= words
    assert not any(known.known_fixes(word) for word in words)  # a listed slip is reported before the list is asked
    assert not any(known.knows(word) for word in ("scipy", "certifi"))  # the dictionary check still asks
