"""HTML and Twig pages with YAML front matter (every Drupal help topic opens with one): the label or
title is read as a heading at its exact place, the other keys are data (a new-user trial found the
whole block read as a paragraph, and the page's grade anchored on it)."""

from plainlint.reading.readers import read_document
from plainlint.reading.source import Source
from plhelpers import lint_text

PAGE = "---\nlabel: 'Utilize the search index'\nrelated:\n  - search.overview\n---\n<p>Hi, utilize it.</p>\n"


def test_the_label_is_a_heading_and_the_other_keys_are_not_prose():
    doc = read_document(Source("topic.html.twig", PAGE), "html")
    texts = [(s.text, str(s.scope)) for s in doc.segments]
    assert texts == [("Utilize the search index", "heading"), ("Hi, utilize it.", "paragraph")]


def test_findings_in_the_label_point_at_its_words_through_crlf():
    crlf = PAGE.replace("\n", "\r\n")
    found = [(f.line, f.column, f.flagged) for f in lint_text(crlf, "topic.html", None, select=["jargon"])]
    assert found == [(2, 9, "Utilize"), (6, 8, "utilize")]
