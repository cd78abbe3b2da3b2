"""Faster forms of a search or a split (issue 24, third speed round) give what the plain form
gave: the same matches, the same words."""

import re

import pytest

from plainlint.nlp import english
from plainlint.rules import acronym_context, acronym_definitions

TEXTS = [
    "Open WebAdministration.mof and default.aspx", "XLL add-ins (.xll), *.mdf and *.LDF files",
    "see contoso.com/a.b.html or user@mail.example.org", "a-b-c.tar.gz and file_name.docx.", "end.txt*.doc",
    "..., .x .toolong a.b2 c.d-e f.g/h", "x.jpegs é.png naïve.txt İstanbul.md ſ.K", "", "   ", ".md",
    "Der Kunde und die Firma: ÄNDERN Sie das Passwort nicht.", "Of the AND & && A&B &a an AN tO İn ın",
    "R&D, Q&A and the CAB - change advisory board", "ĲssEL Straße STRASSE ǅemal 12ab _under_",
]


@pytest.mark.parametrize("text", TEXTS)
def test_file_extensions_are_found_as_with_a_greedy_run(text):
    greedy = re.compile(r"(?<![/@\w.-])(?:[\w-]+|\*)?\.([A-Za-z]{2,6})(?![\w./@-])")
    assert [m.span(1) for m in acronym_context._FILE_EXTENSION.finditer(text)] == \
        [m.span(1) for m in greedy.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_words_of_initials_are_the_split_words(text):
    split = [w for w in re.split(r"[^A-Za-z0-9&]+", text) if w]
    assert acronym_definitions._INITIALS_WORD.findall(text) == split


@pytest.mark.parametrize("text", TEXTS)
def test_words_lowered_at_once_are_the_words_lowered_one_by_one(text):
    assert english.lowered_words(text) == [w.lower() for w in english._WORD.findall(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_small_words_in_any_case_are_the_lower_cased_small_words(text):
    for word in acronym_definitions._INITIALS_WORD.findall(text):
        assert (word in acronym_definitions._STOP_WORDS_IN_ANY_CASE) == \
            (word.lower() in acronym_definitions._STOP_WORDS)
    assert len(acronym_definitions._STOP_WORDS_IN_ANY_CASE) == sum(2 ** sum(c.isalpha() for c in w)
                                                                   for w in acronym_definitions._STOP_WORDS)


@pytest.mark.parametrize("text", TEXTS + ["The LDP tool (Ldp.exe)", "run ADSIEdit.MSC", "a.mſc b.cpl", "x.exe2"])
def test_program_names_are_found_as_without_the_precheck(text):
    assert acronym_context._program_file_names(text) == \
        {m.group(1).lower() for m in acronym_context._PROGRAM_FILE.finditer(text)}


@pytest.mark.parametrize("letters", ["cab", "CAB", "ttl", "TTL", "a\nb", "x", "rd", "RD", "qa", ""])
def test_letters_in_the_joined_initials_are_letters_in_one_of_them(letters):
    from plainlint.reading.readers import read_document
    from plainlint.reading.source import Source

    text = "\n\n".join(TEXTS + ["Time To Live (TTL)", "the change advisory board"])
    doc = read_document(Source(path="t.md", text=text), "markdown")
    initials = acronym_definitions._initials(doc)
    for form in (0, 1):
        assert acronym_definitions._in_any(letters, doc, initials, form) == \
            any(letters in pair[form] for pair in initials)


def test_many_letters_answered_in_one_pass_are_those_spelled_out_one_by_one():
    """spelled_out_among past BATCH_FROM letters (one pass over the initials) gives what asking
    spelled_out for each gives."""
    from plainlint.reading.readers import read_document
    from plainlint.reading.source import Source

    text = "\n\n".join(TEXTS + ["Time To Live (TTL)", "the change advisory board", "Quality Assurance & Test"])
    doc = read_document(Source(path="t.md", text=text), "markdown")
    asked = {"cab", "ttl", "qa", "qat", "rd", "x", "", "abcdefg", "tl", "ca"} | {f"z{i}" for i in range(40)}
    assert len(asked) > acronym_definitions.BATCH_FROM
    assert acronym_definitions.spelled_out_among(doc, asked) == \
        {a for a in asked if acronym_definitions.spelled_out(doc, a)}


@pytest.mark.parametrize("unit", [
    "NYSE", "**AMI ID**", "Power BI", "- NYSE -", "The CAB meets on Monday at noon", "CAB is on call now",
    "A B C D E", "A B C D", "A B C D --", "A B C D e", "-- A B C D E", "\n-- A B C D", "A\tB  C D  E ...",
    "CAB: the change advisory board meets", "# CAB", "CAB ##", "x CAB y z w", "CAB a b c - -",
])
def test_a_lone_value_seen_in_the_first_words_is_the_split_answer(unit):
    """acronym_units.is_lone_value decides from the first words; the long form splits the unit."""
    import re

    from plainlint.rules import acronym_units

    def split_answer(text, match):
        if not text[:match.start()].strip(" \t*_#:-") and not text[match.end():].strip(" \t*_:.-"):
            return True
        words = text.strip(" \t*_#:.-").split()
        return len(words) <= acronym_units.SHORT_NAME_WORDS and all(w[:1].isupper() for w in words)

    for match in re.finditer(r"[A-Z]{2,}|[A-Z]", unit):
        assert acronym_units.is_lone_value(unit, match) == split_answer(unit, match), (unit, match)
