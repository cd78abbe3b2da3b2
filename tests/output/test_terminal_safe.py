"""No file can make plainlint's output act on a terminal or a CI log (user31, session 31): an escape
sequence in a quoted line set the terminal's title. Control characters, and the bidirectional
overrides that reorder what is shown, are printed as U+FFFD, one column each."""

from plainlint.output import terminal_safe
from plhelpers import run_cli


def run_check(path, *args):
    return run_cli(["check", path.name, "--no-cache", "--exit-zero", *args], path.parent).stdout


def test_controls_and_bidi_overrides_are_shown_not_obeyed():
    assert terminal_safe("a\x1b]0;x\x07b\tc\u202ed\x9be") == "a\ufffd]0;x\ufffdb\tc\ufffdd\ufffde"
    assert terminal_safe("plain text, tabs\tand é") == "plain text, tabs\tand é"


def test_the_text_report_quotes_a_line_with_escapes_harmlessly(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("We will utilize \x1b]0;PWNED\x07 the \x1b[31mred\x1b[0m form.\n", encoding="utf-8")
    for fmt in ("text", "concise", "github"):
        out = run_check(page, "--format", fmt)
        assert "utilize" in out and "\x1b" not in out and "\x07" not in out, fmt
    text = run_check(page).splitlines()
    quoted, carets = text[1], text[2]
    assert quoted.index("utilize") == carets.index("^")  # U+FFFD keeps one column per character


def test_a_file_name_with_an_escape_is_printed_harmlessly(tmp_path):
    page = tmp_path / "a\x1b[2Jb.md"
    page.write_text("We will utilize the form.\n", encoding="utf-8")
    assert "\x1b" not in run_check(page, "--format", "concise")
