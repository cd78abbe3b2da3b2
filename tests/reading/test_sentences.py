"""Sentence segmentation: every case the rules rely on."""

import pytest

from plainlint.nlp.sentences import split_sentences, word_count


def texts(text):
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Open Settings. Click Save.", ["Open Settings.", "Click Save."]),
        ("Use a tool, e.g. the CLI. Then stop.", ["Use a tool, e.g. the CLI.", "Then stop."]),
        ("That is, i.e. the file. Next.", ["That is, i.e. the file.", "Next."]),
        ("Ask Dr. Smith and Mr. Jones. They know.", ["Ask Dr. Smith and Mr. Jones.", "They know."]),
        ("We ship to the U.S. and Canada. Rates vary.", ["We ship to the U.S. and Canada.", "Rates vary."]),
        ("Install version 2.4.1 today. It costs 3.50 dollars.", ["Install version 2.4.1 today.", "It costs 3.50 dollars."]),
        ("Edit config.yaml and README.md first. Then run it.", ["Edit config.yaml and README.md first.", "Then run it."]),
        ("Visit X for details. Then log in.", ["Visit X for details.", "Then log in."]),
        ("Is it on? Yes! Great.", ["Is it on?", "Yes!", "Great."]),
        ("He said \"stop.\" Then left.", ["He said \"stop.\"", "Then left."]),
        ("Wait... then click. Done.", ["Wait... then click.", "Done."]),
        ("Hi X, thanks for writing. We fixed it.", ["Hi X, thanks for writing.", "We fixed it."]),
        ("Bring apples, pears, etc. We supply the rest.", ["Bring apples, pears, etc.", "We supply the rest."]),
        ("No full stop at the end", ["No full stop at the end"]),
        ("Results: 1. First. 2. Second.", ["Results: 1.", "First.", "2.", "Second."]),
        # a sentence whose writer forgot its capital (sample B), after a plain word of 4+ letters
        ("The VMs last for up to 24 hours. pricing can be 80% lower.", ["The VMs last for up to 24 hours.", "pricing can be 80% lower."]),
        ("It takes approx. five minutes, e.g. the export. Open config. then save.",
         ["It takes approx. five minutes, e.g. the export.", "Open config. then save."]),
        ("It costs 5 min. more than the v2.0. version", ["It costs 5 min. more than the v2.0. version"]),
        # ... and after a plain word of two or three letters (check35: RubyGems.org's mail, a command
        # name in lower case opening the next sentence; a forgotten capital after 'it')
        ("Run gem signout to clear the stored key. gem signout deletes the whole file.",
         ["Run gem signout to clear the stored key.", "gem signout deletes the whole file."]),
        ("You cannot link documents through it. they must use the new app.",
         ["You cannot link documents through it.", "they must use the new app."]),
        # clipped words and misspelt abbreviations of two or three letters stay inside the sentence
        ("It weighs 3 oz. more than the old box, ie. the one with the lid, see pg. four of the guide.",
         ["It weighs 3 oz. more than the old box, ie. the one with the lid, see pg. four of the guide."]),
        ("Use a regex, eg. the default one, or ex. the strict one from the std. library.",
         ["Use a regex, eg. the default one, or ex. the strict one from the std. library."]),
        ("Note re. the folder: see the ref. - inv. and the ref. - cred. fields (cp. the guide).",
         ["Note re. the folder: see the ref. - inv. and the ref. - cred. fields (cp. the guide)."]),
        ("You grant us ii. the copying and iv. the use of it.", ["You grant us ii. the copying and iv. the use of it."]),
    ],
)
def test_split(text, expected):
    assert texts(text) == expected


def test_offsets_point_into_the_text():
    text = "  One two.  Three four five.  "
    for sentence in split_sentences(text):
        assert text[sentence.start:sentence.end] == sentence.text


def test_words_count_placeholders_contractions_and_hyphens_once():
    assert word_count("Hi X, we can't re-send it.") == 6
    assert word_count("Version 2.4.1 of config.yaml") == 4


def test_heading_and_list_items_are_separate_units():
    text = "# A heading without a stop\n\n- first item without stop\n- second item\n\nA paragraph.\n"
    from plainlint.reading.readers import read_document
    from plainlint.reading.source import Source

    doc = read_document(Source("a.md", text), "markdown")
    assert [s.text for s in doc.segments] == ["A heading without a stop", "first item without stop",
                                               "second item", "A paragraph."]


# --- issue 26: breaks the labelled sample found missing ------------------------------------

def _markdown_sentences(text):
    from plainlint.reading.readers import read_document
    from plainlint.reading.source import Source

    doc = read_document(Source("help.md", text), "markdown")
    return [s.text for segment in doc.segments for s in split_sentences(segment.text)]


def test_sentence_ends_after_inline_code_and_a_period():
    assert _markdown_sentences("The hook is called `before_save`. You can rename it in Settings.\n") == [
        "The hook is called X.", "You can rename it in Settings."]


def test_markdown_hard_breaks_end_sentences():
    text = ("Our office is open Monday to Friday\\\nWe answer e-mail within a day  \n"
            "Call us for anything urgent\n")
    assert _markdown_sentences(text) == [
        "Our office is open Monday to Friday", "We answer e-mail within a day",
        "Call us for anything urgent"]


def test_br_in_markdown_ends_a_sentence_and_keeps_the_words_apart():
    assert _markdown_sentences("Thanks for your order<br>We ship it within two days<br/>\n") == [
        "Thanks for your order", "We ship it within two days"]


def test_soft_break_does_not_end_a_sentence():
    assert _markdown_sentences("Open the app and\ngo to Settings.\n") == ["Open the app and\ngo to Settings."]


def test_hard_break_keeps_positions():
    from plhelpers import lint_text

    text = "Hello there\\\nPlease utilize the form.\n"
    assert [(f.line, f.column) for f in lint_text(text, "doc.md", None, select=["jargon"])] == [(2, 8)]


def test_saved_reply_with_backslash_line_ends_is_markdown():
    """A reply body whose lines end in a backslash is Markdown with hard breaks, not plain text."""
    from plainlint.reading.readers.macro_strings import kind_of

    body = "Thanks for the report!\\\nWe can't reproduce it yet.\\\nCould you share a small example?\n"
    assert kind_of(body, "auto") == "markdown"
    assert kind_of("Thanks for the report!\nWe will look at it.\n", "auto") == "text"


def test_one_long_sentence_is_reported_once():
    """A paragraph that is one long sentence: sentence-length reports it, reading-level does not again."""
    from plhelpers import lint_text

    text = ("Subsequent to the establishment of organisational authentication requirements, administrators "
            "are responsible for the configuration and continuing administration of conditional access "
            "policies, which determine the circumstances under which individual employees may authenticate.\n")
    rules = [f.rule for f in lint_text(text, "doc.md", None, select=["reading-level", "sentence-length"])]
    assert rules == ["sentence-length"]


# --- session 13 (replies4): a list typed with bullet characters ---------------------------------

def test_a_line_opening_with_a_bullet_character_ends_the_sentence_before_it():
    text = ("What happens next:\n• Our engineers look at the logs today\n"
            "  ◦ You get an update from me within two working days\n")
    assert _markdown_sentences(text) == ["What happens next:", "• Our engineers look at the logs today",
                                         "◦ You get an update from me within two working days"]


def test_a_bullet_character_inside_a_line_or_a_soft_break_without_one_ends_nothing():
    text = "Plans come in three sizes • small • medium and large\nand each one can be\nchanged later.\n"
    assert _markdown_sentences(text) == [
        "Plans come in three sizes • small • medium and large\nand each one can be\nchanged later."]


# --- session 14 (replies5): lines of a form, each opening with a label and a colon ---------------

def test_each_line_of_a_run_of_labelled_lines_is_its_own_sentence():
    text = ("**What happened:** [a plain explanation]\n**Impact:** [what it means for you]\n"
            "**Status:** [investigating or fixed]\n**Next update:** [a time]\n")
    assert _markdown_sentences(text) == ["What happened: [a plain explanation]", "Impact: [what it means for you]",
                                         "Status: [investigating or fixed]", "Next update: [a time]"]


def test_one_labelled_line_or_a_colon_later_in_a_line_ends_nothing():
    text = ("Restart the app once the update has finished downloading\nNote: it can take a while\n"
            "and the time it takes depends on your connection: slow links take longer.\n")
    assert _markdown_sentences(text) == [text.strip()]


def test_word_count_counts_what_the_word_pattern_finds():
    # speed23: word_count counts without making the words (str/bytes translate and split); it
    # must count exactly WORD's matches, in ASCII and any other text.
    import random

    from plainlint.nlp.sentences import WORD, word_count

    pieces = ["a", "Z", "9", "_", "’", "'", ".", "-", " ", "\n", "\t", "\x1c", "\u2028", "\xa0", "é", "ß", "٣",
              "²", "Ⅻ", "\u0301", "中", "😀", "/", ",", "—", "X", "e.g.", "Wi-Fi", "it’s", "__", "--", "..."]
    rng = random.Random(23)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        assert word_count(text) == len(WORD.findall(text)), repr(text)
    assert word_count("Use e.g. Wi-Fi, it's on_line - . _ ’") == 5


def test_word_count_counts_what_the_word_pattern_finds_around_hex_groups():
    # A run of colon-joined hex groups is one word (user37's fingerprint): word_count makes it one
    # letter before counting, which must agree with WORD wherever joiners and colons stand beside it.
    import random

    from plainlint.nlp.sentences import WORD, word_count

    pieces = ["BA", "8b", "F0", "7", "2001", "db8", ":", "::", "x", "_", "’", "'", ".", "-", " ", "é", "G"]
    rng = random.Random(37)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        assert word_count(text) == len(WORD.findall(text)), repr(text)
    assert word_count("SHA256: BA:8B:F0:32:98:62:70:05.") == 2
    assert word_count("BA:8B:F0:32._x") == len(WORD.findall("BA:8B:F0:32._x")) == 4


def test_three_colon_joined_groups_stay_three_words():
    # A time ("10:30:00") is three words: only four groups or more make one (rev38: no test held the bound).
    from plainlint.nlp.sentences import WORD, word_count

    assert word_count("Starts at 10:30:00 today") == len(WORD.findall("Starts at 10:30:00 today")) == 6
    assert word_count("Starts at 10:30:00:12 today") == 4
