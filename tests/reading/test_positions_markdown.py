"""Exact line and column through the things that usually break them."""

from plhelpers import lint_bytes, lint_text, spans


def test_column_after_emphasis_markers_and_entities():
    text = "# T\n\nY&#8217;all **simply** click &amp; will utilize it.\n"
    found = lint_text(text)
    assert (3, 15, 3, 21, "simply") in spans(found, "assumptive")
    assert (3, 41, 3, 48, "utilize") in spans(found, "jargon")


def test_crlf_line_endings_keep_columns():
    text = "Intro line.\r\n\r\nPlease utilize the form.\r\n"
    assert spans(lint_text(text), "jargon") == [(3, 8, 3, 15, "utilize")]


def test_bom_does_not_shift_columns():
    data = "\ufeffPlease utilize it.\n".encode("utf-8")
    result = lint_bytes(data)
    assert result.source.bom == b"\xef\xbb\xbf"
    assert spans(result.findings, "jargon") == [(1, 8, 1, 15, "utilize")]


def test_emoji_and_non_ascii_count_as_one_column_each():
    text = "😀 Café — please utilize it.\n"
    assert spans(lint_text(text), "jargon") == [(1, 17, 1, 24, "utilize")]


def test_tabs_count_as_one_column():
    text = "Para.\n\n\tPlease utilize it.\n"
    # A tab-indented line is an indented code block: never linted.
    assert spans(lint_text(text), "jargon") == []
    assert spans(lint_text("Text\twith a tab: utilize.\n"), "jargon") == [(1, 18, 1, 25, "utilize")]


def test_phrase_broken_across_lines_and_emphasis():
    text = "You can do it\nin order\nto *reset* it. We **apologize for any\ninconvenience**.\n"
    found = lint_text(text)
    assert spans(found, "jargon") == [(2, 1, 3, 3, "in order\nto")]
    assert [(f.line, f.column, f.end_line, f.end_column) for f in found if f.rule == "cliche"] == [(3, 16, 4, 14)]


def test_same_word_twice_points_at_each():
    text = "Utilize it, then utilize it again.\n"
    assert [s[:2] for s in spans(lint_text(text), "jargon")] == [(1, 1), (1, 18)]


def test_table_cells_with_escaped_pipes():
    text = "| a | b |\n|---|---|\n| x \\| y | please utilize |\n"
    assert spans(lint_text(text), "jargon") == [(3, 19, 3, 26, "utilize")]


def test_heading_list_and_blockquote_text():
    text = "## Utilize it\n\n- simply click\n\n> In order to go\n"
    found = lint_text(text)
    assert (1, 4, 1, 11, "Utilize") in spans(found, "jargon")
    assert (3, 3, 3, 9, "simply") in spans(found, "assumptive")
    assert (5, 3, 5, 14, "In order to") in spans(found, "jargon")
