"""A reply's bold or emphasised capitals that name a value are fill-ins (session 16, left16;
reading/emphasised_fill_ins.py): "On <strong>DATE</strong> we sent", "**NAME OF PRODUCT**",
"*AMOUNT*" are one placeholder each, as "[date]" is; emphasis ("We **STRONGLY** recommend",
"<strong>FREE</strong> shipping") and names stay text. Texts written for these tests."""

from __future__ import annotations

import json

from plhelpers import lint_bytes, lint_text
from plainlint.reading.emphasised_fill_ins import emphasised, names_a_value


def _texts(result) -> list[str]:
    return [s.text for s in result.document.segments if s.text.strip()]


def test_emphasised_capitals_naming_a_value_are_placeholders_in_a_reply():
    reply = (b"Hi there,\n\nOn **DATE** we emailed you about <strong>NAME OF PRODUCT</strong>. "
             b"A refund of *AMOUNT* is on its way to __EMAIL__.\n")
    assert _texts(lint_bytes(reply, "replies/refund.md"))[1] == (
        "On X we emailed you about X X. A refund of X is on its way to X.")


def test_emphasis_and_names_in_capitals_stay_text():
    reply = (b"Hi there,\n\nWe **STRONGLY** recommend a backup. Returns are <strong>FREE</strong>, "
             b"the service is <b>DOWN</b> now, and **SAVE20** takes 20% off.\n")
    text = _texts(lint_bytes(reply, "replies/backup.md"))[1]
    assert all(word in text for word in ("STRONGLY", "FREE", "DOWN", "SAVE20"))


def test_capitals_naming_a_value_need_the_emphasis():
    reply = b"Hi there,\n\nThe DATE field and the **NAME* column are in the export.\n"
    assert _texts(lint_bytes(reply, "replies/export.md"))[1] == "The DATE field and the *NAME column are in the export."


def test_an_article_keeps_its_emphasised_capitals():
    article = b"# Fields\n\nThe **DATE** column holds the day the order was placed.\n"
    assert _texts(lint_bytes(article, "docs/fields.md"))[-1] == "The DATE column holds the day the order was placed."


def test_no_shouting_at_a_fill_in_of_a_macro_export_and_positions_stay_exact():
    body = ("Hi there<br /><br />On <strong>DATE</strong> we sent a receipt. Here is a permanent "
            "link: <strong>LINK</strong>. We <strong>REALLY</strong> hope it helps, and will utilize it.")
    export = json.dumps([{"title": "Receipt resent", "content": body, "folder_id": 7}], indent=2)
    findings = lint_text(export, "exports/freshdesk.json", select=["shouting", "jargon"])
    line = export.splitlines()[3]
    assert [(f.rule, f.line, f.column) for f in findings] == [
        ("shouting", 4, line.index("REALLY") + 1), ("jargon", 4, line.index("utilize") + 1)]


def test_the_flagged_text_shows_the_fill_in_as_written():
    words = " ".join(["word"] * 28)
    reply = f"Hi Sam,\n\nToday {words} **NAME** and more.\n"
    [finding] = lint_text(reply, "replies/long.md", select=["sentence-length"])
    assert finding.flagged == f"Today {words} NAME and more."


def test_which_runs_name_a_value_and_which_markup_emphasises():
    assert names_a_value("NAME OF PRODUCT") and names_a_value("ORDER_NUMBER") and names_a_value("E-MAIL")
    assert not names_a_value("STRONGLY") and not names_a_value("FREE SHIPPING")
    source = "a **DATE** b <strong>DATE</strong> c <b>DATE</i> d *DATE** e DATE"
    found = [emphasised(source, at, at + 4) for at in (i for i in range(len(source)) if source.startswith("DATE", i))]
    assert found == [True, True, False, False, False]
