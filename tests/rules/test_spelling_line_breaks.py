"""fix34: a capitalised word opening a line after `<br>` or a hard break may be a name or a word of
another language in a keyword list ('Passport<br/>Passi' in a table cell), as one inside a sentence."""

from plainlint.nlp.sentences import HARD_BREAK
from plainlint.rules.spelling_words import judged


def test_a_capital_after_a_line_break_is_not_judged():
    text = f"Passport{HARD_BREAK}Passi"
    assert not judged(text, text.index("Passi"), "Passi")


def test_a_capital_opening_the_unit_or_a_sentence_is_judged():
    assert judged("Recieved it.", 0, "Recieved")
    assert judged("Done. Recieved it.", 6, "Recieved")


def test_a_capital_after_a_label_and_a_line_break_is_judged():
    # A definition after 'Message:' and a hard break starts its own sentence: its slip is a finding
    # (spelling.seed259-confident's TP, lost while every line after a break was skipped).
    text = f"Message:{HARD_BREAK}Mesage shown when the field is empty."
    assert judged(text, text.index("Mesage"), "Mesage")
    text = f"Done.{HARD_BREAK}Recieved it."
    assert judged(text, text.index("Recieved"), "Recieved")
