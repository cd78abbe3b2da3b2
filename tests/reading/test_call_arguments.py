"""reading.call_arguments: the end of a helper call's argument, shared by ERB's link_to and Blade's
mail buttons (the re-read of session 38: each had its own scanner)."""

import re

from plainlint.reading.call_arguments import argument_end


def test_an_argument_ends_at_its_first_comma_outside_brackets_and_quotes():
    text = 'help_path(anchor: "a,b", ids: [1, 2]), class: "x"'
    assert argument_end(text, 0) == (text.index("), class") + 1, ",")


def test_an_unopened_closing_bracket_ends_it_and_a_backslash_keeps_a_quote_in_its_string():
    text = "$order->url('a\\'],'), 'color' => 'x']"
    assert argument_end(text, 0) == (text.index(", 'color"), ",")
    assert argument_end("$url]", 0) == (4, "]")
    assert argument_end("$url)", 0) == (4, ")")


def test_a_stop_pattern_ends_it_outside_brackets_only_and_the_end_of_the_text_otherwise():
    modifier = re.compile(r"\s(?:if|unless)\b")
    assert argument_end("root_path(x if y) if signed_in?", 0, modifier) == (17, "stop")
    assert argument_end("root_path", 0, modifier) == (9, "")
