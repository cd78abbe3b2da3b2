"""The contracts between readers, rules and the engine: typed fields, not string keys; offsets
that compose generically; invariants checked for real; error kinds as types."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from plainlint.linting import engine, hit_to_finding
from plainlint.reading.document import OFFSET_FIELDS, Document, Element
from plainlint.reading.masking import mask_spans
from plainlint.reading.offsets import DECODED, LITERAL, OffsetMap, Piece
from plainlint.reading.segment_builder import OffsetInvariantError, SegmentBuilder
from plainlint.reading.readers import read_document
from plainlint.reading.readers.structured import compose_elements
from plainlint.reading.source import BinaryFile, SourceError, decode_bytes
from plhelpers import ROOT, settings_for

PACKAGE = ROOT / "plainlint"


def package_sources():
    return [(path, path.read_text(encoding="utf-8")) for path in sorted(PACKAGE.rglob("*.py"))]


def test_no_string_key_protocol_between_readers_and_rules():
    """Readers hand rules typed fields: no `doc.meta[...]` or `element.attrs[...]` anywhere."""
    offenders = []
    for path, text in package_sources():
        for number, line in enumerate(text.splitlines(), 1):
            code = line.split("#")[0]
            if re.search(r"\.meta\b(?!data)", code) or re.search(r"(?<!token)\.attrs\b", code):
                offenders.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def test_document_and_element_have_no_free_form_dicts():
    names = {f.name for f in dataclasses.fields(Document)} | {f.name for f in dataclasses.fields(Element)}
    assert not names & {"meta", "attrs", "notices"}


def test_every_offset_field_of_an_element_is_declared_for_composition():
    """A new `*_start`/`*_end` field must be declared with source_offset, or macros mis-place it."""
    offset_like = {f.name for f in dataclasses.fields(Element)
                   if re.search(r"_(start|end)$", f.name) and f.name not in ("start", "end")}
    assert offset_like == {name for name, _ in OFFSET_FIELDS}


def test_compose_elements_moves_every_offset_and_links_parents():
    # The decoded string "a&b" sits at 10..14 in the file as "a\u0026b"-like escaped text.
    outer = OffsetMap([Piece(0, 1, 10, 11, LITERAL), Piece(1, 2, 11, 17, DECODED), Piece(2, 40, 17, 55, LITERAL)])
    parent = Element("table", 2, 5, "html", tag="table", content_end=30, close_end=38)
    child = Element("link", 6, 9, "html", tag="a", parent=parent, **{name: 20 for name, _ in OFFSET_FIELDS})
    moved_parent, moved_child = compose_elements([parent, child], outer)
    assert (moved_parent.start, moved_parent.end, moved_parent.content_end) == (17, 20, 45)
    assert moved_child.parent is moved_parent
    for name, where in OFFSET_FIELDS:
        assert getattr(moved_child, name) == (35 if where == "start" else 35), name
    assert child.parent is parent  # the originals are untouched


def test_offset_map_slice_shift_and_compose():
    text_map = OffsetMap([Piece(0, 5, 100, 105, LITERAL), Piece(5, 6, 105, 111, DECODED), Piece(6, 10, 111, 115, LITERAL)])
    assert text_map.slice(3, 8, at=20) == [
        Piece(20, 22, 103, 105, LITERAL), Piece(22, 23, 105, 111, DECODED), Piece(23, 25, 111, 113, LITERAL)]
    assert text_map.shifted(5).pieces[0] == Piece(0, 5, 105, 110, LITERAL)
    inner = OffsetMap([Piece(0, 4, 2, 6, LITERAL)])  # text 0..4 is the outer text 2..6
    composed = inner.compose(text_map)
    assert [(p.start, p.end, p.src_start, p.src_end, p.kind) for p in composed.pieces] == [
        (0, 3, 102, 105, LITERAL), (3, 4, 105, 111, DECODED)]


def test_mask_spans_keeps_positions_around_the_mask():
    builder = SegmentBuilder("Mail help@example.com today")
    builder.literal(0, 27)
    segment = mask_spans(builder.build(), [(5, 21)])
    assert segment.text == "Mail X today"
    assert segment.to_source(7, 12).start == 22


def test_a_literal_piece_that_does_not_match_the_source_is_an_error_even_under_python_O():
    builder = SegmentBuilder("Hello world")
    builder._add("Jello", 0, 5, LITERAL)  # a reader bug: the text is not the source there
    with pytest.raises(OffsetInvariantError):
        builder.build()
    assert not issubclass(OffsetInvariantError, AssertionError)


def test_binary_files_are_a_type_not_a_message_prefix():
    with pytest.raises(BinaryFile):
        decode_bytes(b"\x00\x01\x02 binary", "image.md")
    assert issubclass(BinaryFile, SourceError)
    result = engine.lint_bytes(b"\x00\x01 data", "image.md", settings_for("image.md"))
    assert result.error is None and [f.rule for f in result.findings] == ["file-skipped"]


def test_readers_fill_typed_document_fields():
    from plainlint.reading.source import Source

    html = read_document(Source("a.html", '<html lang="fr"><body><!-- note --><p>Bonjour</p></body></html>'), "html")
    assert html.html_lang == "fr" and [c.body for c in html.comments] == [" note "]
    export = read_document(Source("m.json", '{"macros": [{"title": "Refund", "actions": '
                                  '[{"field": "comment_value", "value": "Hi {{ticket.requester.first_name}}"}]}]}'), "json")
    assert export.shape == "zendesk" and export.fields_found == 2
    assert [span.name for span in export.macro_spans] == ["Refund", "Refund"]
    assert [tag.text for tag in export.template_tags] == ["{{ticket.requester.first_name}}"]


def test_file_settings_are_frozen_and_encoding_comes_from_the_resolver():
    from plainlint.config import Config, Resolver

    settings = Resolver(Config(), encoding="cp1252").settings(Path("a.md"))
    assert settings.encoding == "cp1252"
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.encoding = "utf-8"  # one object is shared by every file with the same overrides


def test_closed_vocabularies_are_enums_equal_to_their_strings():
    import json

    from plainlint.enums import Applicability, Category, Scope, Severity
    from plainlint.rules import all_rules
    from plainlint.rules.base import CATEGORIES, SEVERITIES

    assert CATEGORIES == tuple(Category) and SEVERITIES == tuple(Severity)
    for rule in all_rules():
        assert isinstance(rule.category, Category) and isinstance(rule.severity, Severity), rule.name
    assert json.dumps([Scope.LIST_ITEM, Applicability.SAFE]) == '["list-item", "safe"]'


def test_readers_and_rules_spell_no_scope_as_a_bare_string():
    offenders = [f"{path.relative_to(PACKAGE)}: {match.group()}" for path, text in package_sources()
                 for match in re.finditer(r"scope (?:[!=]=|(?:not )?in) \(?\"[a-z-]+\"", text)]
    assert not offenders, offenders


def test_a_rewrite_is_one_object_in_the_hits_coordinates():
    from plainlint.rules.base import Hit, Rewrite

    hit_fields = {f.name for f in dataclasses.fields(Hit)}
    assert "rewrite" in hit_fields and not hit_fields & {"replacement", "applicability", "fix_message", "fix_span"}
    builder = SegmentBuilder("Please utilize it.")
    builder.literal(0, 18)
    segment = builder.build()
    from plainlint.enums import Applicability
    hit = Hit(7, 14, "m", segment, rewrite=Rewrite("use", Applicability.SAFE, "Replace"))
    assert hit.coordinates == "segment" and Hit(0, 1, "m").coordinates == "source"
    fix = hit_to_finding._fix_for(read_document(__import__("plainlint.reading.source", fromlist=["Source"]).Source("a.md", "Please utilize it.\n"), "markdown"), hit)
    assert fix is not None and (fix.edits[0].start, fix.edits[0].end, fix.edits[0].content) == (7, 14, "use")
