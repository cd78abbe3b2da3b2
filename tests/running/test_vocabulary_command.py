"""`plainlint vocabulary`: project-vocabulary terms proposed from what spelling reports (issue 33)."""

from __future__ import annotations

import os
import signal
import stat
from pathlib import Path

import pytest

from plainlint.linting.vocabulary import parse_lines
from plhelpers import require_corpus, run_cli

# A term the dictionary lacks (Markdown's underlined headings), a known misspelling with a safe fix,
# and a long slip copied from page to page; the sentences are this project's own.
TERM_PAGE = "# Headings\n\nA setext heading is underlined with equals signs.\n"
KNOWN_SLIP_PAGE = "# Refunds\n\nYou will recieve an e-mail when the refund is sent.\n"
COPIED_SLIP_PAGE = "# Single sign-on\n\nUpload the certifiation file from your identity provider.\n"


def write_pages(folder: Path, text: str, count: int, stem: str = "page") -> None:
    for number in range(count):
        (folder / f"{stem}{number}.md").write_text(text, encoding="utf-8")


def test_a_word_spelling_reports_in_enough_files_is_proposed(tmp_path):
    write_pages(tmp_path, TERM_PAGE, 3)
    result = run_cli(["vocabulary", "."], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("setext  # written in 3 files: page0.md:3, page1.md:3, page2.md:3")


def test_files_that_write_the_word_where_it_is_not_reported_count(tmp_path):
    """A term is often reported on one page and written in code or a name on others."""
    write_pages(tmp_path, TERM_PAGE, 1)
    write_pages(tmp_path, "# Options\n\nSet `markup: setext` in the config file.\n", 2, stem="code")
    result = run_cli(["vocabulary", "."], tmp_path)
    assert result.stdout == "setext  # written in 3 files: page0.md:3\n"


def test_a_word_in_fewer_files_than_min_files_is_not_proposed(tmp_path):
    write_pages(tmp_path, TERM_PAGE, 2)
    assert run_cli(["vocabulary", "."], tmp_path).stdout == ""
    assert run_cli(["vocabulary", ".", "--min-files", "2"], tmp_path).stdout.startswith("setext  # written in 2 files")


def test_a_known_misspelling_is_never_proposed(tmp_path):
    write_pages(tmp_path, KNOWN_SLIP_PAGE, 4)
    result = run_cli(["vocabulary", "."], tmp_path)
    assert "recieve" not in result.stdout
    assert "1 known misspelling(s) left out" in result.stderr


# A page that writes the copied slip's correct form, as a real tree does somewhere.
CORRECT_FORM_PAGE = "# Certificates\n\nAsk your administrator for the certification file.\n"


def test_a_long_word_copied_to_many_pages_is_listed_as_a_typo_not_proposed(tmp_path):
    write_pages(tmp_path, COPIED_SLIP_PAGE, 3)
    write_pages(tmp_path, CORRECT_FORM_PAGE, 1, stem="certificates")
    result = run_cli(["vocabulary", "."], tmp_path)
    assert "certifiation" not in result.stdout
    assert "certifiation -> certification  (written in 3 files" in result.stderr


# A music service's term in three inflected forms (this project's own sentences).
FAMILY_PAGE = ("# Listening history\n\nScrobbling sends each track you play to your profile. A scrobbled "
               "track shows there within a minute, and you can turn scrobbles off in the settings.\n")


def test_a_long_word_in_three_inflected_forms_is_a_term_and_proposed(tmp_path):
    """A term is inflected as the text needs it; a slip is copied as it stands. 'Scrobbling'
    opening a sentence is not reported, but is written: a form of the family all the same."""
    write_pages(tmp_path, FAMILY_PAGE, 3)
    result = run_cli(["vocabulary", "."], tmp_path)
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["scrobbled", "scrobbles"]
    assert "look like typos" not in result.stderr


def test_a_long_word_in_two_forms_is_still_listed_as_a_typo(tmp_path):
    """Two forms are not enough when the tree also writes a word one edit away."""
    write_pages(tmp_path, FAMILY_PAGE.replace(", and you can turn scrobbles off in the settings", ""), 3)
    write_pages(tmp_path, "# Notes\n\nThe notes scribbled in the margin are not imported.\n", 1, stem="notes")
    result = run_cli(["vocabulary", "."], tmp_path)
    assert result.stdout == ""
    assert "scrobbled -> scribbled" in result.stderr


def test_the_printed_proposals_are_an_accept_file_that_silences_them(tmp_path):
    write_pages(tmp_path, TERM_PAGE, 3)
    proposed = run_cli(["vocabulary", "."], tmp_path).stdout
    assert parse_lines(proposed, "accept.txt", reject=False) == [("setext", "")]
    (tmp_path / "styles").mkdir()
    (tmp_path / "styles" / "accept.txt").write_text(proposed, encoding="utf-8")
    # The tree evidence off: it would take the word for a term without the accept file (below).
    no_tree = "rules: {spelling: {mode: dictionary, tree-evidence: false}}\n"  # the check the proposals are for
    (tmp_path / ".plainlint.yaml").write_text(no_tree, encoding="utf-8")
    before = run_cli(["check", "--select", "PL502", "--no-cache", "."], tmp_path)
    assert "'setext'" in before.stdout
    (tmp_path / ".plainlint.yaml").write_text(no_tree + "vocabulary: {accept: [styles/accept.txt]}\n",
                                              encoding="utf-8")
    after = run_cli(["check", "--select", "PL502", "--no-cache", "."], tmp_path)
    assert "'setext'" not in after.stdout


def test_check_takes_what_the_vocabulary_step_proposes_for_a_term_on_its_own(tmp_path):
    """spelling's tree evidence inside check (session 16): the word the step proposes for its
    tree-wide use is not reported by `check .` either, and the step still proposes it."""
    write_pages(tmp_path, TERM_PAGE, 3)
    assert "setext" in run_cli(["vocabulary", "."], tmp_path).stdout
    assert "'setext'" not in run_cli(["check", "--select", "PL502", "--no-cache", "."], tmp_path).stdout


def test_write_adds_only_new_terms_and_keeps_the_file_as_it_was(tmp_path):
    write_pages(tmp_path, TERM_PAGE, 3)
    write_pages(tmp_path, "# Cards\n\nA cloze card hides one word.\n", 3, stem="card")
    accept = tmp_path / "accept.txt"
    original = "\ufeff# Our terms\r\nSetext\r\nAcme Cloud"  # a BOM, CRLF, a comment, no final newline
    accept.write_bytes(original.encode("utf-8"))
    result = run_cli(["vocabulary", ".", "--write", "accept.txt"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert accept.read_bytes().decode("utf-8") == original + "\r\ncloze  # written in 3 files: card0.md:3, card1.md:3, card2.md:3\r\n"
    assert "Added 1 of 2 proposed term(s) to accept.txt" in result.stderr
    assert "not in your config's vocabulary yet" in result.stderr


def test_write_makes_the_file_and_says_nothing_of_the_config_when_it_names_the_file(tmp_path):
    write_pages(tmp_path, TERM_PAGE, 3)
    (tmp_path / ".plainlint.yaml").write_text("vocabulary: {accept: [styles/accept.txt]}\n", encoding="utf-8")
    result = run_cli(["vocabulary", ".", "--write", "styles/accept.txt"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "styles" / "accept.txt").read_text(encoding="utf-8").startswith("setext  # written in 3 files")
    assert "not in your config's vocabulary" not in result.stderr


def test_write_leaves_a_file_that_is_not_an_accept_file_unchanged(tmp_path):
    write_pages(tmp_path, TERM_PAGE, 3)
    reject_list = tmp_path / "reject.txt"
    reject_list.write_bytes(b"whitelist -> allowlist\n")
    result = run_cli(["vocabulary", ".", "--write", "reject.txt"], tmp_path)
    assert result.returncode == 2
    assert reject_list.read_bytes() == b"whitelist -> allowlist\n"
    assert "reject.txt is not an accept file, left unchanged" in result.stderr


def test_a_missing_path_is_one_error_line_and_the_run_goes_on(tmp_path):
    write_pages(tmp_path, TERM_PAGE, 3)
    result = run_cli(["vocabulary", ".", "no-such-folder"], tmp_path)
    assert result.returncode == 2
    assert "no-such-folder: error: no such file or directory" in result.stderr
    assert result.stdout.startswith("setext  # written in 3 files")


@pytest.mark.corpus
def test_a_typo_copied_between_real_articles_is_listed_for_fixing_not_proposed():
    """SendGrid's support docs (MIT) write one misspelling of 'partnership' on two DMARC pages."""
    folder = require_corpus() / "articles" / "sendgrid-docs"
    result = run_cli(["vocabulary", str(folder), "--min-files", "2", "--jobs", "1"], folder)
    assert "partership" not in result.stdout
    assert "partership -> partnership  (written in 2 files" in result.stderr


def test_standard_input_is_read_as_one_file(tmp_path):
    """`-` names standard input, as in `plainlint check -`; the run read nothing from it before."""
    write_pages(tmp_path, TERM_PAGE, 2)
    result = run_cli(["vocabulary", "-", "page0.md", "page1.md"], tmp_path, stdin=TERM_PAGE)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "setext  # written in 3 files: -:3, page0.md:3, page1.md:3\n"


def test_a_second_run_proposes_what_the_first_did(tmp_path):
    """A cache hit of a file with no finding keeps no text, and the files that only write a word
    (here in code) count: the second run in a folder proposed nothing (rev13)."""
    write_pages(tmp_path, TERM_PAGE, 1)
    write_pages(tmp_path, "# Options\n\nSet `markup: setext` in the config file.\n", 2, stem="code")
    first = run_cli(["vocabulary", "--jobs", "1", "."], tmp_path)
    second = run_cli(["vocabulary", "--jobs", "1", "."], tmp_path)
    assert first.stdout == second.stdout == "setext  # written in 3 files: page0.md:3\n"
    assert not (tmp_path / ".plainlint_cache").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_write_refuses_a_path_that_is_not_a_regular_file_without_waiting_on_it(tmp_path):
    """A named pipe as the accept file: reading it waited for a writer forever, and replacing it
    would have put a file where the pipe was (rev13)."""
    write_pages(tmp_path, TERM_PAGE, 3)
    os.mkfifo(tmp_path / "accept.txt")

    def waited(*_):
        raise TimeoutError("plainlint vocabulary waited on the named pipe")

    previous = signal.signal(signal.SIGALRM, waited)
    signal.alarm(20)
    try:
        result = run_cli(["vocabulary", ".", "--write", "accept.txt"], tmp_path)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert result.returncode == 2
    assert "accept.txt: error: not a regular file (a pipe, device or socket); left unchanged" in result.stderr
    assert stat.S_ISFIFO(os.stat(tmp_path / "accept.txt").st_mode)


def test_the_accept_file_written_to_is_not_a_file_that_writes_its_terms(tmp_path):
    """Without a config naming it, the accept file is linted with the pages: its terms counted as
    written in one file more, so a second run proposed words of fewer files than --min-files (rev13)."""
    write_pages(tmp_path, TERM_PAGE, 2)
    first = run_cli(["vocabulary", ".", "--min-files", "2", "--write", "accept.txt"], tmp_path)
    assert "Added 1 of 1 proposed term(s)" in first.stderr
    second = run_cli(["vocabulary", ".", "--min-files", "3", "--write", "accept.txt"], tmp_path)
    assert "Added 0 of 0 proposed term(s)" in second.stderr


def test_an_accept_file_edited_while_the_terms_were_found_is_not_overwritten(tmp_path, monkeypatch):
    """It was read, then replaced without a second look: an edit in between was lost (rev13)."""
    from plainlint.running import vocabulary_file

    path = tmp_path / "accept.txt"
    path.write_text("pinout\n", encoding="utf-8")
    read_first = vocabulary_file._read

    def read_then_edited(file):
        text = read_first(file)
        file.write_text("pinout\ncloze\n", encoding="utf-8")  # an editor saves meanwhile
        return text

    monkeypatch.setattr(vocabulary_file, "_read", read_then_edited)
    with pytest.raises(vocabulary_file.VocabularyWriteError) as refused:
        vocabulary_file.add_terms(path, ["setext  # written in 3 files"])
    assert str(refused.value) == f"{path}: error: changed on disk since plainlint read it; terms not written (run again)"
    assert path.read_text(encoding="utf-8") == "pinout\ncloze\n"


def test_a_failed_write_names_the_terms_not_fixes(tmp_path, full_disk):
    from plainlint.running import vocabulary_file

    path = tmp_path / "accept.txt"
    path.write_text("pinout\n", encoding="utf-8")
    with pytest.raises(vocabulary_file.VocabularyWriteError) as refused:
        vocabulary_file.add_terms(path, ["setext"])
    assert str(refused.value) == f"{path}: error: cannot write terms: No space left on device; left unchanged"
    assert path.read_text(encoding="utf-8") == "pinout\n"


# A video term in two files, three times, with no word one edit away written in the tree; and a slip
# written as often whose correct form another page writes (this project's own sentences).
LONE_TERM_PAGES = {
    "streams.md": "# Streams\n\nThe muxer joins the audio and video streams. Restart the muxer after a change.\n",
    "recordings.md": "# Recordings\n\nRecordings are copied, so the muxer never encodes them again.\n",
}
LONE_SLIP_PAGES = {
    "billing.md": "# Billing\n\nThe invocie lists each seat. Download the invocie as a PDF.\n",
    "refunds.md": "# Refunds\n\nA refunded invocie shows a credit.\n",
    "plans.md": "# Plans\n\nEach plan sends one invoice a month.\n",
}


def write_named(folder: Path, pages: dict[str, str]) -> None:
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_a_word_written_often_with_no_near_word_in_the_tree_is_proposed_from_two_files(tmp_path):
    write_named(tmp_path, LONE_TERM_PAGES)
    result = run_cli(["vocabulary", "."], tmp_path)
    assert result.stdout.startswith("muxer  # written in 2 files")


def test_a_word_written_as_often_beside_its_correct_form_is_not_proposed(tmp_path):
    write_named(tmp_path, LONE_SLIP_PAGES)
    result = run_cli(["vocabulary", "."], tmp_path)
    assert "invocie" not in result.stdout


def test_a_lone_word_written_fewer_than_three_times_is_not_proposed(tmp_path):
    write_named(tmp_path, {name: text.replace(" Restart the muxer after a change.", "")
                           for name, text in LONE_TERM_PAGES.items()})
    assert run_cli(["vocabulary", "."], tmp_path).stdout == ""


def test_a_long_lone_word_is_proposed_not_listed_as_a_typo(tmp_path):
    """A colour-science term in two files: no word one edit away is written, so it is a term."""
    write_named(tmp_path, {
        "primaries.md": "# Primaries\n\nThe sliders change the colorimetry of the image. Check the colorimetry first.\n",
        "balance.md": "# Balance\n\nThe module keeps the colorimetry of skin tones.\n"})
    result = run_cli(["vocabulary", "."], tmp_path)
    assert result.stdout.startswith("colorimetry  # written in 2 files")
    assert "look like typos" not in result.stderr


# A colour-science term on eleven pages, twice each (a page writing a word three times makes it that
# page's term, and spelling does not report it there).
COLORIMETRY_PAGE = "# Primaries\n\nThe sliders change the colorimetry of the image. Check its colorimetry first.\n"


def test_a_near_word_written_far_less_often_than_the_word_does_not_stop_it(tmp_path):
    """A slip of the term written once beside the term written 22 times: the near word is the
    term's own (a flag, a typo of it), not its correct form, so the long word is still a term."""
    write_pages(tmp_path, COLORIMETRY_PAGE, 11)
    (tmp_path / "slip.md").write_text("# Notes\n\nThe colorimerty is kept.\n", encoding="utf-8")
    result = run_cli(["vocabulary", "."], tmp_path)
    assert result.stdout.startswith("colorimetry  # written in 11 files"), result.stdout + result.stderr


def test_a_near_word_written_one_time_in_twenty_or_more_stops_it(tmp_path):
    write_pages(tmp_path, COLORIMETRY_PAGE, 11)
    (tmp_path / "heat.md").write_text("# Heat\n\nCalorimetry measures heat. Calorimetry is not colour science.\n",
                                      encoding="utf-8")
    result = run_cli(["vocabulary", "."], tmp_path)
    assert "colorimetry" not in result.stdout
    assert "colorimetry -> calorimetry  (written in 11 files" in result.stderr
