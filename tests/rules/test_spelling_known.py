"""The spelling rule's `mode: known` (spell20b, issue 33; the default until spell24 made it
`mode: confident`): known misspellings only."""

import subprocess
import sys

import pytest
from pathlib import Path

from plhelpers import lint_text


KNOWN = {"rules": {"spelling": {"mode": "known"}}}


def spelled(text: str, config: dict | None = KNOWN) -> list[str]:
    return [f.message.split("'")[1] for f in lint_text(text, "doc.md", config) if f.rule == "spelling"]


def test_only_known_misspellings():
    assert spelled("We have recieved your request about the kubeletx invioce.\n") == ["recieved"]


def test_confident_mode_is_the_default_and_adds_a_clear_slip():
    # spell24: confident mode met issue 33's bars (docs/accuracy.md), so it is the default.
    assert spelled("We have recieved your request about the kubeletx invioce.\n", None) == ["recieved", "invioce"]


def test_dictionary_mode_still_reports_a_slip_no_list_holds():
    config = {"rules": {"spelling": {"mode": "dictionary"}}}
    assert "invioce" not in spelled("We have recieved the invioce.\n")
    assert spelled("Open the invioce and recieved items.\n", config) == ["invioce", "recieved"]


def test_a_word_the_document_capitalises_inside_a_sentence_is_a_name():
    # libretro's VICE page names a ROM 'Kernal' and later writes it in lower case (spell20's FP).
    text = "Copy the SuperCPU Kernal files first.\n\nJiffyDOS does not work with the internal kernal!\n"
    assert spelled(text) == []
    assert spelled("JiffyDOS does not work with the internal kernal!\n") == ["kernal"]


def test_a_unit_in_another_language_is_left_alone():
    # sendgrid/email-templates (MIT), different_languages.html: 'langage' is French there.
    text = "Ce contenu peut être présenté dans plusieurs langues. Cet exemple actuel est en langage French.\n"
    assert spelled(text) == []


def test_code_and_identifiers_are_never_checked():
    assert spelled("Run `recieve --all` or open https://example.com/recieve, then recieve_id.\n") == []


@pytest.mark.process
def test_known_mode_does_not_load_the_dictionary():
    tests = Path(__file__).resolve().parents[1]
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from plhelpers import lint_text; "
            "assert lint_text('We have recieved it.\\n', 'doc.md', {'rules': {'spelling': {'mode': 'known'}}}); "
            "import plainlint.nlp.spelling as s; print(s.dictionary.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code, str(tests)], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"


def test_every_known_misspelling_is_one_run_of_letters():
    # spelling_known.may_hold_one skips a unit none of whose letter runs is listed; a key with an
    # apostrophe, hyphen or digit would be skipped there without a trace.
    from plainlint.nlp.spelling_known import known_misspellings

    assert all(key.isascii() and key.isalpha() and key.islower() for key in known_misspellings())


def test_units_without_a_listed_letter_run_skip_the_word_selection(monkeypatch):
    from plainlint.rules import spelling

    looked_at = []
    real = spelling._candidate_words
    monkeypatch.setattr(spelling, "_candidate_words", lambda text: looked_at.append(text) or real(text))
    text = "Open the settings page and save.\n\nThen we recieved 'pre-seperate' (occured).\n"
    assert spelled(text) == ["recieved", "seperate", "occured"]
    assert looked_at == ["Then we recieved 'pre-seperate' (occured)."]
