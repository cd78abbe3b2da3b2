"""Grav's markdown-notices plugin (user31's defect 3): a paragraph line opening with `!`, `!!`,
`!!!` or `!!!!` and a space is a notice box (info, warning, note, tip). The marks are markup: no
word of the prose, never a finding, never fixed; the notice's text is prose at its exact place.
A Grav page is one in a numbered folder under `pages/` ('pages/01.basics/'); elsewhere `!!! note`
is MkDocs' admonition and `!! WARNING !!` a voice raised, as before. Examples in our own words."""

import pytest

from plhelpers import lint_text, spans, units

PAGE = "user/pages/01.basics/02.install/docs.md"


@pytest.mark.parametrize("marks", ["!", "!!", "!!!", "!!!!"])
def test_the_marks_are_not_prose_on_a_grav_page(marks):
    text = f"{marks} Utilize the cache.\n"
    assert units(text, PAGE) == [("paragraph", "Utilize the cache.")]
    assert spans(lint_text(text, PAGE, select=["jargon"])) == [(1, len(marks) + 2, 1, len(marks) + 9, "Utilize")]


def test_outside_a_grav_page_folder_a_warning_line_still_shouts():
    # after Tasmota's MkDocs page (heldout tasmota-docs GPS-NTP-server.md:56, a labelled TP)
    text = "!! Flashing this often wears the memory out !!\n"
    assert spans(lint_text(text, "docs/gps.md", select=["shouting"])) == [(1, 1, 1, 3, "!!"), (1, 45, 1, 47, "!!")]
    assert lint_text(text, "user/pages/03.gps/docs.md", select=["shouting"]) != []  # the closing '!!' is no mark


def test_the_unsafe_fix_leaves_the_notice_level_alone():
    text = "!! Back up your site before you update!!\n"
    found = lint_text(text, PAGE, select=["shouting"])
    assert spans(found) == [(1, 39, 1, 41, "!!")]


@pytest.mark.parametrize("text, expect", [
    ("!!! Please note: if you see this, stop.\n", [(1, 1, 1, 4, "!!!")]),  # no Grav page: a voice raised
    ("Say it!! Loud.\n", [(1, 7, 1, 9, "!!")]),  # not at a line's start
    ("!!Not a notice, no space.\n", [(1, 1, 1, 3, "!!")]),
])
def test_outside_a_grav_page_the_marks_still_shout(text, expect):
    assert spans(lint_text(text, "docs/page.md", select=["shouting"])) == expect


def test_on_a_grav_page_only_a_line_opening_marks_and_a_space_is_a_notice():
    text = "!!Not a notice.\n\nSay it!! Loud.\n\n![A cat](cat.png) sits here.\n"
    assert [t for _, t in units(text, PAGE)] == ["!!Not a notice.", "Say it!! Loud.", "A cat", "sits here."]


def test_an_mkdocs_admonition_on_a_grav_looking_page_keeps_its_body():
    text = "!! Back up first.\n\n!!! note \"Before you start\"\n    Utilize the backup.\n"
    assert spans(lint_text(text, PAGE, select=["jargon"])) == [(4, 5, 4, 12, "Utilize")]


def test_a_notice_right_under_a_paragraph_line_is_a_unit_of_its_own():
    text = "Read this first\n!! Back up your site before you update\n! Then update\n"
    assert [t for _, t in units(text, PAGE)] == ["Read this first", "Back up your site before you update", "Then update"]


def test_more_spaces_after_the_marks_and_a_line_of_marks_alone_inside_a_notice():
    text = "!!  Back up your site\n!! before you update.\n!!\n!! Then update.\n"
    assert [t for _, t in units(text, PAGE)] == ["Back up your site\nbefore you update.", "Then update."]
    assert lint_text(text, PAGE, select=["shouting"]) == []
