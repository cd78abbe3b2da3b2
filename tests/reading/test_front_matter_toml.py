"""TOML front matter (Hugo's `+++` ... `+++`): its `title`, `description`, `summary`, `excerpt`
and `label` are read as prose, as YAML's are (user30, item 6: 115 held-out pages' titles and
descriptions were never linted). tomllib checks the TOML and gives the values; readers.toml_front
finds each value in the source, so positions hold through escapes, CRLF, non-ASCII and the
multi-line forms. Invalid TOML is one info notice (PL909) at the place tomllib names, and the
body is still linted."""

import random

import pytest
import tomllib

from plainlint.fixing.fixer import apply_edits, select_edits
from plainlint.reading.readers import read_document
from plainlint.reading.readers.toml_front import read_toml_strings
from plainlint.reading.source import Source
from plhelpers import lint_text

KEYS = {"title", "description", "summary", "excerpt", "label"}


def _prose(text: str, path: str = "page.md") -> list[tuple[str, str | None]]:
    doc = read_document(Source(path, text), "html" if path.endswith(".html") else "markdown")
    return [(s.text, s.context.get("front_matter")) for s in doc.segments]


def _found(text: str, rules=("jargon", "terminology"), path="page.md") -> list[tuple[int, int, str, str]]:
    """(line, column, flagged, the source text at the finding's columns) of each finding."""
    lines = text.splitlines()
    return [(f.line, f.column, f.flagged, lines[f.line - 1][f.column - 1:f.end_column - 1])
            for f in lint_text(text, path, None, select=list(rules))]


def test_title_and_description_are_prose_and_other_keys_are_not():
    page = ('+++\ntitle = "Reset your password"\ndate = 2026-01-05\ndraft = false\n'
            'description = "How to reset a forgotten password."\ntags = ["account", "login"]\n'
            'weight = 3 # title = "not a key"\n+++\n\nBody.\n')
    assert _prose(page) == [("Reset your password", "title"), ("How to reset a forgotten password.", "description"),
                            ("Body.", None)]


def test_a_description_is_flagged_at_its_place_as_in_yaml():
    toml = '+++\ntitle = "Subdirectory"\ndescription = "How to setup the app in a subdirectory"\n+++\n\nBody.\n'
    yaml = '---\ntitle: "Subdirectory"\ndescription: "How to setup the app in a subdirectory"\n---\n\nBody.\n'
    assert _found(toml) == [(3, 23, "setup", "setup")]
    assert _found(yaml) == [(3, 22, "setup", "setup")]


@pytest.mark.parametrize("value, column", [
    ('"Please utilize the form"', 17),
    ('"Caf\\u00e9 \\"menu\\": utilize the form"', 30),  # escapes before the word
    ('"Café \\U0001F600 — utilize the form"', 28),  # non-ASCII and an 8-digit escape
    ("'C:\\Data\\x — utilize the form'", 22),  # a literal string: backslashes are text
])
def test_positions_hold_through_escapes_and_non_ascii(value, column):
    page = f"+++\ntitle = {value}\n+++\n\nBody.\n"
    assert _found(page, ["jargon"]) == [(2, column, "utilize", "utilize")]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("quote", ['"""', "'''"])
def test_multi_line_strings_through_crlf(newline, quote):
    page = newline.join(["+++", f"description = {quote}", "First line, then", "we utilize the form.",
                         f"How to setup it.{quote}", "+++", "", "Body.", ""])
    assert _found(page) == [(4, 4, "utilize", "utilize"), (5, 8, "setup", "setup")]


def test_a_line_ending_backslash_joins_lines():
    page = '+++\r\ndescription = """\r\nHow to \\\r\n    utilize \\\r\n\r\n  the form"""\r\n+++\r\n\r\nBody.\r\n'
    assert _prose(page)[0] == ("How to utilize the form", "description")
    assert _found(page) == [(4, 5, "utilize", "utilize")]


def test_quotes_just_inside_a_closing_delimiter_belong_to_the_value():
    page = '+++\ntitle = """Please utilize the "form"""""\n+++\n\nBody.\n'
    assert _prose(page)[0] == ('Please utilize the "form""', "title")
    assert _found(page) == [(2, 19, "utilize", "utilize")]


def test_keys_quoted_dotted_or_in_a_table_and_non_strings():
    page = ('+++\n"title" = "Please utilize the form"\nparams.description = "We utilize it"\n'
            "summary = 3\nexcerpt = ['We utilize it']\n[extra]\nlabel = \"We utilize it\"\n+++\n\nBody.\n")
    assert _prose(page) == [("Please utilize the form", "title"), ("Body.", None)]


def test_a_fix_in_a_basic_string_keeps_it_valid_toml():
    page = '+++\ntitle = "Utilize the \\"Billing\\" page"\n+++\n\nBody.\n'
    fixed = apply_edits(page, select_edits(lint_text(page, "page.md", None, select=["jargon"]), unsafe=True))
    assert fixed == '+++\ntitle = "Use the \\"Billing\\" page"\n+++\n\nBody.\n'
    assert tomllib.loads(fixed.split("+++")[1])["title"] == 'Use the "Billing" page'


def test_html_pages_read_toml_front_matter_too():
    assert _prose('+++\ntitle = "Billing"\n+++\n<p>Body.</p>\n', "page.html") == [("Billing", "title"), ("Body.", None)]


@pytest.mark.parametrize("page, line, column", [
    ('+++\ntitle = "Reset your password\ndate = 2026-01-05\n+++\n\nWe utilize it.\n', 2, 29),
    ("+++\r\ntitle = 'Billing'\r\ntags = [\"a\",\r\n+++\r\n\r\nWe utilize it.\r\n", 3, 13),  # at its end
    ('+++\ntitle: "Billing"\n+++\n\nWe utilize it.\n', 2, 6),  # YAML between TOML's fences
])
def test_invalid_toml_is_one_notice_at_its_place_and_the_body_is_linted(page, line, column):
    findings = lint_text(page, "page.md", None, select=["front-matter-invalid", "jargon"])
    body_line = page.count("\n")
    assert [(f.rule, f.line, f.column) for f in findings] == [("front-matter-invalid", line, column),
                                                              ("jargon", body_line, 4)]
    assert "not valid TOML" in findings[0].message


def test_valid_toml_and_yaml_front_matter_give_no_notice():
    for page in ('+++\ntitle = "Billing"\n+++\n\nBody.\n', "---\ntitle: [Billing\n---\n\nBody.\n"):
        assert lint_text(page, "page.md", None, select=["front-matter-invalid"]) == []


_PIECES = ["a", "é", "語", "😀", " ", "\t", '"', "'", "\\", "\n", "\r\n", "utilize"]


def _basic(value: str) -> str:
    escapes = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
    return "".join(escapes.get(c, c) if c in escapes else random.choice([c, f"\\u{ord(c):04X}"])
                   if ord(c) < 0x10000 else random.choice([c, f"\\U{ord(c):08X}"]) for c in value)


@pytest.mark.parametrize("seed", range(40))
def test_every_character_maps_to_its_source(seed):
    """A random value written as a basic, literal or multi-line string: read back equal to
    tomllib's value, each literal piece is the source text it maps to, each decoded piece an
    escape or line break that stands for it."""
    random.seed(seed)
    parts = [random.choice(_PIECES) for _ in range(random.randint(1, 12))]
    value = "".join(parts).replace("\r\n", "\n")
    form = seed % 3
    if form == 0:
        raw = '"' + _basic(value) + '"'
    elif form == 1:
        raw = '"""\n' + _basic(value).replace("\\n", random.choice(["\n", "\r\n", "\\n"])) + '"""'
    else:
        clean = value.replace("'", "").replace("\n", "")
        raw, value = "'" + clean + "'", clean
    body = f"date = 2026-01-05\ntitle = {raw}\n"
    found, problem = read_toml_strings(body, KEYS)
    assert problem is None and tomllib.loads(body)["title"] == value
    scalar = found["title"]
    assert scalar.value == value
    for piece in scalar.map.pieces:
        source, text = body[piece.src_start:piece.src_end], value[piece.start:piece.end]
        if piece.kind == "literal":
            assert source == text
        else:
            assert text == "\n" and source in ("\n", "\r\n") or tomllib.loads(f'v = "{source}"')["v"] == text


@pytest.mark.parametrize("before", [
    'tags = ["a ] b", \'c " d\', """e\n]""", \'\'\'f\n#\'\'\']  # a comment with "quotes" ]\n',
    'menu = { main = { weight = 2, name = "x } y" }, "k.z" = [1, [2, 3]] }\n',
    "a.'b c'.\"d\" = 1\r\nwhen = 1979-05-27T07:32:00-08:00\r\n\r\n# title = 'no'\r\n",
    'nested = [\n  # title = "no"\n  { t = "[" },\n]\nvalue = -inf # x\n',
])
def test_values_before_the_title_are_skipped_whole(before):
    body = before + 'title = "Please utilize the form"\n'
    found, problem = read_toml_strings(body, KEYS)
    assert problem is None and list(found) == ["title"]
    scalar = found["title"]
    assert body[scalar.start:scalar.end] == '"Please utilize the form"'
