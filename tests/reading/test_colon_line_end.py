"""In plain text, a line the writer ends with a colon ends a sentence (session 16, left16;
reading/readers/text.py): "... in the following format:" then an address on the next line is
two units to sentence-length and reading-level, in a .txt e-mail and in a macro string read as
plain text. Markdown joins a soft line break into one line, so there it stays one sentence.
Texts written for these tests."""

from __future__ import annotations

import json

from plhelpers import lint_text
from plainlint.nlp.readability import as_unit

_ASK = ("To finish checking your account we need your full home address in the country where you "
        "registered, written in the following format:")
_ADDRESS = "Country, city, street name and house number, flat number, postcode and region if there is one"


def _long_sentences(text: str, path: str) -> list[int]:
    return [f.context["words"] for f in lint_text(text, path, select=["sentence-length"])]


def test_a_colon_ending_a_line_of_a_plain_text_email_ends_the_sentence():
    email = f"Hi Sam,\n\n{_ASK}\n{_ADDRESS}\n\nThanks,\nAna\n"
    assert _long_sentences(email, "emails/address.txt") == []


def test_a_colon_ending_a_line_of_a_plain_macro_string_ends_the_sentence_at_its_place():
    export = json.dumps([{"title": "Address", "content": f"{_ASK}\n{_ADDRESS}.", "folder_id": 1}], indent=2)
    assert _long_sentences(export, "exports/address.json") == []
    joined = export.replace("format:\\n", "format: ")
    assert _long_sentences(joined, "exports/address.json") == [len(f"{_ASK} {_ADDRESS}".split())]


def test_a_colon_inside_a_line_or_a_markdown_soft_break_still_joins():
    inside = f"Hi Sam,\n\n{_ASK} {_ADDRESS}\n\nThanks,\nAna\n"
    assert len(_long_sentences(inside, "emails/address.txt")) == 1
    markdown = f"Hi Sam,\n\n{_ASK}\n{_ADDRESS}\n\nThanks,\nAna\n"
    assert len(_long_sentences(markdown, "replies/address.md")) == 1


def test_reading_level_counts_the_line_after_a_colon_as_a_new_sentence():
    assert as_unit("Use this format:\u2028\nCountry, city") == "Use this format:. Country, city."
    assert as_unit("Use this format: Country, city") == "Use this format: X, city."


def test_a_hard_wrapped_sentence_going_on_in_lower_case_after_the_colon_is_one_sentence():
    wrapped = ("Hi Sam,\n\nThe new dashboard appears in several places where your readers meet the product and its pages:\n"
               "sign-in screens and the default error pages that everyone sees when a page is missing.\n")
    assert len(_long_sentences(wrapped, "emails/dashboard.txt")) == 1
