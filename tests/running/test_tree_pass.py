"""spelling's tree evidence inside `plainlint check` (issue 33, session 16): a first pass over the
project's words takes a word the tree writes three times or more, in two files or more, with no
word one edit away written as often, for a term (nlp/tree_words.py, running/tree_pass.py).
The pages are this project's own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from plainlint.nlp.tree_words import TreeWords, count_texts, spelling_terms
from plhelpers import DICTIONARY_MODE, DICTIONARY_RULES, check_in_a_process, run_cli



# A video term the dictionary lacks (a stream multiplexer), on two pages, three times in all.
TERM_PAGES = {
    "recording.md": "# Recording\n\nThe muxer joins the audio and video streams into one file.\n",
    "streams.md": "# Streams\n\nPick a muxer for each camera. A muxer that fails stops the recording.\n",
}
# A slip copied onto three pages whose correct form two other pages write.
SLIP_PAGES = {
    "alerts.md": "# Alerts\n\nOpen the notifcation settings.\n",
    "rules.md": "# Rules\n\nEach rule sends one notifcation.\n",
    "mobile.md": "# Mobile\n\nA notifcation shows on your phone.\n",
    "email.md": "# Email\n\nEvery notification is also sent by email.\n",
    "quiet.md": "# Quiet hours\n\nNo notification is sent at night.\n",
}


def write(folder: Path, pages: dict[str, str]) -> None:
    for name, text in pages.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def spelling(folder: Path, *args: str) -> str:
    result = run_cli(["check", *DICTIONARY_MODE, "--select", "PL502", "--format", "concise", *args], folder)
    assert result.returncode in (0, 1), result.stderr
    return result.stdout


def test_a_term_the_tree_writes_on_two_pages_is_not_reported(tmp_path):
    write(tmp_path, TERM_PAGES)
    assert "'muxer'" not in spelling(tmp_path, "--no-cache", ".")


def test_a_slip_copied_onto_pages_is_reported_when_the_tree_writes_its_correct_form(tmp_path):
    write(tmp_path, SLIP_PAGES)
    assert spelling(tmp_path, "--no-cache", ".").count("'notifcation'") == 3


def test_a_known_misspelling_copied_onto_pages_is_always_reported(tmp_path):
    write(tmp_path, {f"page{n}.md": "# Refunds\n\nYou will recieve an email when the refund is sent.\n"
                     for n in range(3)})
    assert spelling(tmp_path, "--no-cache", ".").count("'recieve'") == 3


def test_tree_evidence_false_reports_the_term(tmp_path):
    write(tmp_path, TERM_PAGES)
    (tmp_path / ".plainlint.yaml").write_text("rules: {spelling: {tree-evidence: false, mode: dictionary}}\n", encoding="utf-8")
    assert spelling(tmp_path, "--no-cache", ".").count("'muxer'") == 3


def test_without_a_config_one_file_named_is_its_own_tree(tmp_path):
    """No config file: the tree is the run's files, and one page is not two."""
    write(tmp_path, TERM_PAGES)
    assert spelling(tmp_path, "--no-cache", "streams.md").count("'muxer'") == 2


def test_with_a_config_one_file_named_reads_the_config_folder(tmp_path):
    """pre-commit and `check page.md` get what `check .` gets: the tree is the config's folder
    (less what it excludes and what a nearer config decides)."""
    write(tmp_path, TERM_PAGES)
    (tmp_path / ".plainlint.yaml").write_text("select: [PL502]\n" + DICTIONARY_RULES, encoding="utf-8")
    assert "'muxer'" not in spelling(tmp_path, "--no-cache", "streams.md")
    (tmp_path / ".plainlint.yaml").write_text("select: [PL502]\nexclude: [recording.md]\n" + DICTIONARY_RULES, encoding="utf-8")
    assert spelling(tmp_path, "--no-cache", "streams.md").count("'muxer'") == 2


def test_a_nearer_config_makes_its_folder_another_tree(tmp_path):
    write(tmp_path, {"streams.md": TERM_PAGES["streams.md"], "sub/recording.md": TERM_PAGES["recording.md"]})
    (tmp_path / ".plainlint.yaml").write_text("select: [PL502]\n" + DICTIONARY_RULES, encoding="utf-8")
    (tmp_path / "sub" / ".plainlint.yaml").write_text("select: [PL502]\n" + DICTIONARY_RULES, encoding="utf-8")
    assert spelling(tmp_path, "--no-cache", ".").count("'muxer'") == 3


def test_the_cache_relints_a_page_when_another_page_changes_the_terms(tmp_path):
    """The terms are part of each file's settings, so an unchanged page's cached result is not
    reused once another page makes its word a slip (the correct form written often)."""
    write(tmp_path, TERM_PAGES)
    (tmp_path / ".plainlint.yaml").write_text("select: [PL502]\n" + DICTIONARY_RULES, encoding="utf-8")
    assert "'muxer'" not in spelling(tmp_path, "recording.md")
    (tmp_path / "mixing.md").write_text("# Mixing\n\nThe mixer sets each level. Open the mixer.\n",
                                        encoding="utf-8")
    assert spelling(tmp_path, "recording.md").count("'muxer'") == 1
    (tmp_path / "mixing.md").unlink()
    assert "'muxer'" not in spelling(tmp_path, "recording.md")


def test_lone_needs_three_uses_in_two_files_and_no_near_word_as_frequent():
    counts = count_texts(["muxer muxer", "muxer"])
    assert counts.lone("muxer")
    assert not count_texts(["muxer muxer muxer"]).lone("muxer")  # one file
    assert not count_texts(["muxer", "muxer"]).lone("muxer")  # twice
    assert not count_texts(["muxer muxer", "muxer mixer"]).lone("muxer")  # a near word 1/3 as often
    assert count_texts(["libretro " * 30, "libretro alibretro"]).lone("libretro")  # 1/31: its own derivative


# Two printer kinematics, each a term the dictionary lacks, one edit apart, written often in two
# pages each (Klipper's docs write 'corexy' 32 times beside 'corexz' 15: spelling seed 112).
FAMILY_PAGES = {
    "kinematics.md": "# Kinematics\n\nSet corexy or corexz. A corexy printer moves two belts; corexz moves Z.\n",
    "config.md": "# Config\n\nFor corexy use this section. For corexz use the other. Then corexy again.\n",
}


def test_two_unknown_words_one_edit_apart_both_written_often_are_a_family_of_terms(tmp_path):
    write(tmp_path, FAMILY_PAGES)
    assert "'corex" not in spelling(tmp_path, "--no-cache", ".")


def test_a_page_writing_one_word_of_a_family_gets_the_term_the_whole_tree_gives(tmp_path):
    """The terms a one-file run decides for a page are the whole tree's (nlp/page_terms.py):
    the sibling test must not ask whether the page writes the sibling too (rev19a: `among`
    made 'corexz' look known, so a page writing only 'corexy' got no term)."""
    counts = count_texts(["corexy corexy corexz corexz", "corexy corexz corexy"])
    assert "corexy" in spelling_terms(counts)
    assert spelling_terms(counts, among=frozenset({"corexy"})) == {"corexy"}
    belts = {"belts.md": "# Belts\n\nA corexy frame needs two belts.\n", ".plainlint.yaml": "select: [PL502]\n" + DICTIONARY_RULES}
    write(tmp_path, {**FAMILY_PAGES, **belts})
    assert "'corexy'" not in spelling(tmp_path, "--no-cache", "belts.md")


def test_a_family_needs_both_words_unknown_and_neither_far_more_frequent():
    unknown = {"corexy", "corexz", "mglen", "mlgen"}.__contains__
    counts = count_texts(["corexy corexy corexz corexz", "corexy corexz corexy"])
    assert counts.lone("corexy", unknown=unknown) and counts.lone("corexz", unknown=unknown)
    assert not counts.lone("corexy")  # without the dictionary, the near word counts as before
    # a slip copied six times beside a product's term written 63 times stays a slip (seed 55)
    slips = count_texts(["mlgen " * 60 + "mglen mglen mglen", "mlgen mlgen mlgen mglen mglen mglen"])
    assert not slips.lone("mglen", unknown=unknown)
    # a near word the dictionary knows is a correct form, however often either is written
    assert not count_texts(["muxer muxer mixer", "muxer mixer"]).lone("muxer", unknown=unknown)


# A maker's name one letter from a common word the tree writes too: one page opens a sentence with
# it (where the rule cannot tell a name from a slip), two write it with a capital inside sentences.
NAME_PAGES = {
    "boards.md": "# Boards\n\nSeeed boards ship with a case. Plant the seed in spring.\n",
    "kits.md": "# Kits\n\nThe kit from Seeed has a case. Boards by Seeed are small.\n",
    "more.md": "# More\n\nAsk Seeed about the seed kit.\n",
}


def test_a_word_the_tree_writes_with_a_capital_inside_sentences_is_a_name(tmp_path):
    write(tmp_path, NAME_PAGES)
    assert "'Seeed'" not in spelling(tmp_path, "--no-cache", ".")


def test_names_are_counted_the_same_from_the_kept_word_counts(tmp_path):
    """With a config, a file's words are kept between runs (running/tree_counts.py): its names'
    uses must be kept with them, and taken out when the file changes (spd10 and spell17 met here)."""
    write(tmp_path, {**NAME_PAGES, ".plainlint.yaml": "extend-select: [spelling]\n" + DICTIONARY_RULES})
    for _ in range(2):  # cold, then from the kept counts
        assert "'Seeed'" not in spelling(tmp_path, "boards.md")
    write(tmp_path, {"kits.md": "# Kits\n\nThe kit has a case. Boards are small, and more of them fit.\n"})
    assert "'Seeed'" in spelling(tmp_path, "boards.md")  # now written inside sentences in one file and one other place


def test_a_name_needs_three_capitals_inside_sentences_in_two_files_and_never_counts_a_sentence_start():
    unknown = {"seeed", "plase"}.__contains__
    seeds = "seed " * 100  # the common word one edit away, so 'seeed' is no lone term
    assert "seeed" in count_texts(["made by Seeed and Seeed", "from Seeed, Seeed", seeds]).terms(unknown)
    assert "seeed" not in count_texts(["made by Seeed and Seeed", "Seeed.", seeds]).terms(unknown)  # two inside
    assert "seeed" not in count_texts(["made by Seeed and Seeed Seeed", seeds]).terms(unknown)  # one file
    # a slip opening sentences is capitalised by its place: 'Plase' after a full stop is no name
    slips = count_texts(["Plase wait. Plase note. Please go.", "Plase wait. Please go. Please stay please"])
    assert "plase" not in slips.terms(unknown)


def test_spelling_terms_are_unknown_words_only_and_never_a_known_misspelling():
    counts = count_texts(["muxer recieve recieve the the", "muxer muxer recieve the"])
    assert spelling_terms(counts) == frozenset({"muxer"})


def test_counting_keeps_one_entry_per_distinct_word_however_much_text():
    """Memory is bounded by the tree's vocabulary, not its size (a counting test of linearity:
    each file's words are counted once)."""
    page = "Pick a muxer for each camera. " * 50
    counts = TreeWords()
    for _ in range(400):
        counts.add(page)
    assert len(counts.uses) == len(counts.files) == 6
    assert counts.uses["muxer"] == 400 * 50 and counts.files["muxer"] == 400


@pytest.mark.process
def test_a_run_without_spelling_reads_no_tree(tmp_path):
    """No cost otherwise: neither the counting module nor the dictionary is imported without
    spelling; known mode (the default from spell20b to spell23) reads its list and no tree; the
    dictionary check and confident mode (the default since spell24) read both."""
    write(tmp_path, TERM_PAGES)
    report, modules = check_in_a_process(tmp_path, "--no-cache", "--ignore", "spelling", ".")
    assert "plainlint.nlp.tree_words" not in modules and "plainlint.nlp.spelling" not in modules, report
    report, modules = check_in_a_process(tmp_path, "--no-cache", "--rule-option", "spelling.mode=known", ".")
    assert "plainlint.nlp.tree_words" not in modules and "plainlint.nlp.spelling_known" in modules, report
    report, modules = check_in_a_process(tmp_path, "--no-cache", ".")
    assert "plainlint.nlp.tree_words" in modules and "plainlint.nlp.spelling" in modules, report
    report, modules = check_in_a_process(tmp_path, "--no-cache", *DICTIONARY_MODE, ".")
    assert "plainlint.nlp.tree_words" in modules, report


def editor_findings(path: Path, cache) -> list[str]:
    from plainlint.server.linting import Snapshot, lint
    from plainlint.server.text import LspText

    text = path.read_text(encoding="utf-8")
    return [f.flagged for f in lint(Snapshot(path.as_uri(), 1, LspText(text), "markdown", path), cache).findings]


def test_the_editor_reads_the_config_folder_as_check_does_and_again_when_it_changes(tmp_path):
    from plainlint.server.settings import SettingsCache

    write(tmp_path, TERM_PAGES)
    cache = SettingsCache({"select": ["PL502"], "rules": {"spelling": {"mode": "dictionary"}}})  # the client's options, with no config file
    assert editor_findings(tmp_path / "streams.md", cache) == ["muxer", "muxer"]  # no config: no tree
    (tmp_path / ".plainlint.yaml").write_text("select: [PL502]\n" + DICTIONARY_RULES, encoding="utf-8")
    cache = SettingsCache()
    assert editor_findings(tmp_path / "streams.md", cache) == []
    (tmp_path / "mixing.md").write_text("# Mixing\n\nThe mixer sets each level. Open the mixer.\n", encoding="utf-8")
    assert editor_findings(tmp_path / "streams.md", cache) == ["muxer", "muxer"]


def test_a_config_folder_with_too_many_files_is_not_read_whole(tmp_path, monkeypatch):
    """A config in a home folder must not make every run read the home folder: past the limit
    the tree is the run's files, as without a config."""
    from plainlint.running import tree_pass

    write(tmp_path, TERM_PAGES)
    (tmp_path / ".plainlint.yaml").write_text("select: [PL502]\n" + DICTIONARY_RULES, encoding="utf-8")
    monkeypatch.setattr(tree_pass, "TREE_FILES_MAX", 1)
    assert spelling(tmp_path, "--no-cache", "streams.md").count("'muxer'") == 2
    assert "'muxer'" not in spelling(tmp_path, "--no-cache", ".")  # the run's two files are its tree


def test_the_editor_lists_a_tree_found_too_large_again_only_when_the_settings_change(tmp_path, monkeypatch):
    """rev16: past the limit the editor read no terms but listed the tree again on every lint."""
    from plainlint.running import tree_pass
    from plainlint.server.settings import SettingsCache

    write(tmp_path, TERM_PAGES)
    (tmp_path / ".plainlint.yaml").write_text("select: [PL502]\n" + DICTIONARY_RULES, encoding="utf-8")
    monkeypatch.setattr(tree_pass, "TREE_FILES_MAX", 1)
    listed = []
    project_files = tree_pass.project_files
    monkeypatch.setattr(tree_pass, "project_files", lambda *args: listed.append(1) or project_files(*args))
    cache = SettingsCache()
    for _ in range(3):
        assert editor_findings(tmp_path / "streams.md", cache) == ["muxer", "muxer"]
    assert len(listed) == 1
    cache.forget()  # a config saved
    monkeypatch.setattr(tree_pass, "TREE_FILES_MAX", 20_000)
    assert editor_findings(tmp_path / "streams.md", cache) == [] and len(listed) == 2


def test_standard_input_stands_for_its_file_in_the_config_folder(tmp_path):
    """An editor's buffer piped in (`--stdin-filename`) counts instead of its file on disk: the
    saved page writes the word twice, the buffer once, so the tree writes it twice in all (with the
    other page's once): not a term, and reported in the buffer. Counting both would make it one."""
    write(tmp_path, TERM_PAGES)
    (tmp_path / ".plainlint.yaml").write_text("select: [PL502]\n" + DICTIONARY_RULES, encoding="utf-8")
    buffer = "# Streams\n\nPick a muxer for each camera.\n"
    result = run_cli(["check", *DICTIONARY_MODE, "--format", "concise", "--no-cache", "--stdin-filename", "streams.md", "-"],
                     tmp_path, stdin=buffer)
    assert result.stdout.count("'muxer'") == 1
    saved = run_cli(["check", *DICTIONARY_MODE, "--format", "concise", "--no-cache", "--stdin-filename", "streams.md", "-"],
                    tmp_path, stdin=TERM_PAGES["streams.md"])
    assert "'muxer'" not in saved.stdout  # the saved text piped in: three uses in two files, a term


@pytest.mark.parametrize("config", [False, True], ids=["the run's files", "the config's folder"])
def test_a_page_and_its_symlink_are_one_page_of_the_tree(tmp_path, config):
    """fix33: a symlink beside its page made one page two, so a word written twice on one page
    became a term written four times on "two pages", and was not reported."""
    write(tmp_path, {"recording.md": "# Recording\n\nThe muxer joins the streams. Pick a muxer for each camera.\n"})
    (tmp_path / "recording-link.md").symlink_to("recording.md")
    if config:
        (tmp_path / ".plainlint.yaml").write_text("select: [PL502]\n" + DICTIONARY_RULES, encoding="utf-8")
    assert spelling(tmp_path, "--no-cache", ".").count("'muxer'") == 2
