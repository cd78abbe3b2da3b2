"""Front matter read without PyYAML (plainlint/reading/readers/simple_yaml.py) is read exactly as
PyYAML's path reads it, and anything beyond one-line plain words goes to PyYAML."""

from __future__ import annotations

import pytest

from plainlint.reading.readers import common
from plainlint.reading.readers.markdown import prose_keys_only
from plainlint.reading.readers.simple_yaml import simple_mapping
from plainlint.reading.readers.structured import parse_yaml


def shape(node):
    """A comparable picture of a parsed mapping: keys, values, spans and offset maps."""
    return [(key, value.value, value.start, value.end, value.escape,
             [tuple(piece) for piece in value.map.pieces] if value.map else None)
            for key, value in node.items]


@pytest.mark.parametrize("body", [
    "title: How refunds work\n",
    "title: How refunds work   \ndescription: Money back, within 14 days, see https://example.com/a:b\n",
    "\n   \ntitle: C# and C++ for support teams\n\nsummary: Don't panic -- it's fine [really] {ok}\n",
    "title:   Spaces   inside are kept\n",
    "title: Résumé ünïcode — dashes\n",
    'title: "Quoted"\n',
    "title: 'Quoted'  \n",
    'title: "  Spaces, a # and a: colon, it\'s [kept] {too}  "\ndescription: Plain\n',
    "summary: 'Say \"hi\" — then yes'\ntitle: \"yes\"\n",
])
def test_simple_front_matter_reads_as_yaml_reads_it(body):
    simple = simple_mapping(body)
    assert simple is not None
    assert shape(simple) == shape(parse_yaml(body, "x.md"))
    assert simple.start == parse_yaml(body, "x.md").start


@pytest.mark.parametrize("body", [
    'title: "An \\"escaped\\" quote"\n',
    'title: "A \\u00e9 escape"\n',
    "title: 'It''s doubled'\n",
    'title: "Quoted" # a comment\n',
    'title: "Two\n  lines"\n',
    'title: ""\n',
    "title: 'unclosed\n",
    "title: >\n  folded\n",
    "title: Hello\n  world\n",  # a continuation line
    "title: Hello # a comment\n",
    "title: Hello: world\n",
    "title: Hello\ntitle: again\n",
    "title: yes\n",
    "title: Off\n",
    "title: 2024-01-01\n",
    "title: 12 monkeys\n",
    "title : spaced key\n",
    "  title: indented\n",
    "title: tab\there\n",
    "title: crlf\r\n",
    "title: line\u2028separator\n",
    "title: ends with colon:\n",
    "# only a comment\n",
    "",
])
def test_anything_else_goes_to_the_yaml_parser(body):
    assert simple_mapping(body) is None


def corpus_front_matters(corpus, limit: int = 3000):
    found = 0
    for path in sorted(corpus.rglob("*.md")):
        text = path.read_text(encoding="utf-8", errors="replace")
        front = common.front_matter_span(text) if text.startswith("---") else None
        if front:
            yield path, prose_keys_only(text[front[3]:front[3] + len(front[2])])
            found += 1
            if found >= limit:
                return


@pytest.mark.corpus
def test_corpus_front_matter_reads_the_same_either_way(corpus):
    simple_count = 0
    for path, body in corpus_front_matters(corpus):
        simple = simple_mapping(body)
        if simple is None:
            continue
        simple_count += 1
        assert shape(simple) == shape(parse_yaml(body, str(path))), path
    assert simple_count > 100
