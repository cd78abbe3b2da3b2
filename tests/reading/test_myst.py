"""MyST Markdown (Sphinx's myst-parser, Jupyter Book): a prose directive's body is Markdown, not a
code block; options, targets, comments and role names are markup; `:alt:` is an image's alt text;
an admonition's or tab's title is read (session 20, trial12: a first run on Ubuntu Server's,
napari's and Ubuntu Pro for WSL's docs read 5% of `{admonition}` bodies, 31% of `{tab-item}`
bodies and no `:alt:`). Examples in our own words."""

import pytest

from plainlint.enums import Scope
from plainlint.reading.readers import myst, read_document
from plainlint.reading.readers.myst import myst_view
from plainlint.reading.source import Source
from plhelpers import lint_text, spans

BODIES = {
    "backtick-note": "```{note}\nUtilize the spare cable.\n```\n",
    "colon-tip": ":::{tip}\nUtilize the spare cable.\n:::\n",
    "options-first": "```{warning}\n:class: dropdown\n\nUtilize the spare cable.\n```\n",
    "yaml-options": "```{important}\n---\nclass: tight\n---\nUtilize the spare cable.\n```\n",
    "tab-in-tab-set": "`````{tab-set}\n````{tab-item} Linux\n:sync: linux\n\nUtilize the spare cable.\n````\n`````\n",
}


@pytest.mark.parametrize("text", BODIES.values(), ids=BODIES.keys())
def test_a_prose_directive_body_is_read_at_its_place(text):
    line = text.split("\n").index("Utilize the spare cable.") + 1
    assert spans(lint_text(text, "docs/page.md", select=["jargon"])) == [(line, 1, line, 8, "Utilize")]


CODE = {
    "code-block": "```{code-block} shell\nutilize --all\n```\n",
    "colon-toctree": ":::{toctree}\n:maxdepth: 1\n\nutilize-guide\n:::\n",
    "unknown-backtick": "```{mystery-widget}\nutilize --all\n```\n",
    "plain-fence": "```{note}\nSee below.\n```\n\n```\nutilize --all\n```\n",
    "myst-shown-as-code": "````md\n```{note}\nutilize --all\n```\n````\n\n```{note}\nSee above.\n```\n",
}


@pytest.mark.parametrize("text", CODE.values(), ids=CODE.keys())
def test_code_directives_and_code_blocks_stay_unread(text):
    assert lint_text(text, "docs/page.md", select=["jargon"]) == []


def test_a_file_without_a_directive_fence_is_not_myst():
    text = "Call (x)= a formula.\n\n% of customers utilize it, `%{name}` too.\n"
    assert myst_view(text, text)[0] == text
    assert [f.flagged for f in lint_text(text, "docs/page.md", select=["jargon"])] == ["utilize"]


def test_markup_is_blank_and_the_view_keeps_every_offset():
    text = ("(help)=\n# Help\n\n% editors' note\n\n```{note}\n:class: tip\nRead {ref}`the guide <guide>`.\n```\n")
    view, _ = myst_view(text, text)
    assert len(view) == len(text)
    doc = read_document(Source("docs/page.md", text), "markdown", detect_language=False)
    assert [(s.scope, s.text) for s in doc.segments] == [(Scope.HEADING, "Help"),
                                                        (Scope.PARAGRAPH, "Read the guide.")]
    guide = doc.segments[1]
    assert text[guide.to_source(5, 14).start:guide.to_source(5, 14).end] == "the guide"


def test_a_role_without_a_title_stays_a_stand_in():
    text = "```{tip}\nPress {kbd}`Ctrl+C` to utilize it.\n```\n"
    doc = read_document(Source("docs/page.md", text), "markdown", detect_language=False)
    assert "{kbd}" not in doc.segments[0].text and "Ctrl+C" not in doc.segments[0].text
    assert spans(lint_text(text, "docs/page.md", select=["jargon"])) == [(2, 24, 2, 31, "utilize")]


def test_a_title_is_a_unit_of_its_own():
    text = "```{admonition} Utilize backups\n:class: warning\n\nKeep a copy.\n```\n"
    doc = read_document(Source("docs/page.md", text), "markdown", detect_language=False)
    assert [(s.scope, s.text) for s in doc.segments] == [(Scope.TITLE, "Utilize backups"),
                                                        (Scope.PARAGRAPH, "Keep a copy.")]
    assert spans(lint_text(text, "docs/page.md", select=["jargon"])) == [(1, 17, 1, 24, "Utilize")]


def test_alt_is_the_image_alt_text_and_a_figure_caption_is_read():
    text = "```{figure} /img/settings.png\n:width: 600px\n:alt: Image of the Settings page\n\nUtilize this page.\n```\n"
    found = lint_text(text, "docs/page.md", select=["alt-text-unhelpful", "jargon"])
    assert sorted(spans(found)) == [(3, 7, 3, 33, "Image of the Settings page"), (5, 1, 5, 8, "Utilize")]


def test_an_image_without_alt_is_reported():
    text = "```{image} /img/settings.png\n:width: 600px\n```\n\nSee the page.\n"
    found = lint_text(text, "docs/page.md", select=["alt-text-missing"])
    assert spans(found) == [(1, 1, 1, 29, "```{image} /img/settings.png")]


def test_alt_in_a_yaml_block_of_options_is_the_alt_text():
    text = "```{image} /img/icon.svg\n---\nalt: Image of the transform button\nwidth: 100px\n---\n```\n"
    found = lint_text(text, "docs/page.md", select=["alt-text-missing", "alt-text-unhelpful"])
    assert spans(found) == [(3, 6, 3, 35, "Image of the transform button")]


def test_a_link_with_no_text_to_a_target_shows_its_title():
    text = "```{note}\nSee [](install-guide) and [](#setup) and [](nap-3:viewers), not [](https://example.com/x) or ![](a.png).\n```\n"
    found = lint_text(text, "docs/page.md", select=["link-text", "alt-text-missing"])
    assert [(f.rule, f.column) for f in found] == [("link-text", 65), ("alt-text-missing", 94)]


def test_a_role_or_a_target_marks_a_page_without_directives():
    for text in ("See {doc}`install` and [](setup).\n", "(setup)=\n# Set up\n\nSee [](install).\n"):
        assert lint_text(text, "docs/page.md", select=["link-text"]) == []
    template = "Convert `%{name}` once and see [](setup).\n"
    assert [f.rule for f in lint_text(template, "docs/page.md", select=["link-text"])] == ["link-text"]


def test_tabs_are_alternatives_for_repeated_alt_and_link_text():
    tab = ("````{{tab-item}} {os}\n```{{figure}} /img/tray-{os}.png\n:alt: The tray icon\n```\n\n"
           "Get it from [the download page](https://example.com/{os}).\n````\n")
    text = "`````{tab-set}\n" + tab.format(os="linux") + tab.format(os="macos") + "`````\n"
    assert lint_text(text, "docs/page.md", select=["alt-text-unhelpful", "link-text"]) == []
    twice = text.replace(".\n````\n", ", or [the download page](https://example.com/all).\n````\n", 1)
    assert [f.rule for f in lint_text(twice, "docs/page.md", select=["link-text"])] == ["link-text"]


def test_a_crlf_file_reads_as_its_lf_twin():
    """rev20b: each line was matched with its CR, so a CRLF file's closing fence never closed its
    directive (the rest of the page was swallowed) and an admonition's title kept the CR."""
    text = ("```{note}\nUtilize the spare cable.\n```\n\nThen utilize the other.\n\n"
            "```{admonition} Utilize this\nClick to utilize it.\n```\n\n(help)=\nAlso utilize that.\n")
    found = spans(lint_text(text, "docs/page.md", select=["jargon"]))
    assert len(found) == 5
    assert spans(lint_text(text.replace("\n", "\r\n"), "docs/page.md", select=["jargon"])) == found
    target_only = "(help)=\r\n# Help\r\n"
    assert myst_view(target_only, target_only)[0] == " " * 7 + "\r\n# Help\r\n"


def test_entities_in_a_title_and_alt_text_are_read_as_the_page_shows_them():
    """rev20b: myst-parser decodes a title's and an :alt:'s entities, as CommonMark does in text;
    they were read as written ('Q&amp;A'), each finding after one still at its place."""
    text = "```{admonition} Q&amp;A &#8212; utilize it\nText.\n```\n\n```{image} a.png\n:alt: Caf&eacute; screen\n```\n"
    doc = read_document(Source("docs/page.md", text), "markdown", detect_language=False)
    title = next(segment for segment in doc.segments if segment.scope == Scope.TITLE)
    assert title.text == "Q&A \u2014 utilize it"
    assert [element.text_segment.text for element in doc.elements if element.kind == "image"] == ["Café screen"]
    [found] = lint_text(text, "docs/page.md", select=["jargon"])
    assert spans([found]) == [(1, 33, 1, 40, "utilize")]


# A glossary as Ubuntu Server's and Ubuntu Pro for WSL's reference pages write it (in our own
# words): term lines unindented, each definition indented four columns (trial12's left; left21).
GLOSSARY = ("```{note}\nSee the glossary.\n```\n\n:::{glossary}\n\nCA\nCertificate authority\n"
            "    A body that signs certificates. Utilize it to check a server.\n\n"
            "    Related topics:\n    * Security\n\nsnap\n    A package format.\n:::\n")


@pytest.mark.parametrize("fence", [":::", "```"])
def test_a_glossary_reads_its_terms_as_titles_and_its_definitions_as_prose(fence):
    text = GLOSSARY.replace(":::{glossary}", fence + "{glossary}").replace(":::\n", fence + "\n") \
        if fence != ":::" else GLOSSARY
    doc = read_document(Source("docs/glossary.md", text), "markdown", detect_language=False)
    texts = [(segment.scope, segment.text) for segment in doc.segments]
    assert texts[1:] == [(Scope.TITLE, "CA"), (Scope.TITLE, "Certificate authority"),
                         (Scope.PARAGRAPH, "A body that signs certificates. Utilize it to check a server."),
                         (Scope.PARAGRAPH, "Related topics:"), (Scope.LIST_ITEM, "Security"),
                         (Scope.TITLE, "snap"), (Scope.PARAGRAPH, "A package format.")]
    line = text.split("\n").index("    A body that signs certificates. Utilize it to check a server.") + 1
    assert spans(lint_text(text, "docs/glossary.md", select=["jargon"])) == [(line, 37, line, 44, "Utilize")]


def test_a_substitution_in_myst_is_a_template_tag_never_linted():
    text = "```{note}\nThe {{ product }} snap needs {{ utilize_version }} or later. Utilize it.\n```\n"
    doc = read_document(Source("docs/page.md", text), "markdown", detect_language=False)
    assert [segment.text for segment in doc.segments] == ["The X snap needs X or later. Utilize it."]
    assert spans(lint_text(text, "docs/page.md", select=["jargon"])) == [(2, 62, 2, 69, "Utilize")]


def searched_texts(monkeypatch) -> list[str]:
    """The texts MyST's hint pattern is searched in from now on, as they come."""
    searched, real = [], myst._HINT

    class Counting:
        def search(self, text):
            searched.append(text)
            return real.search(text)

    monkeypatch.setattr(myst, "_HINT", Counting())
    return searched


def test_a_file_with_no_brace_and_no_target_is_not_searched(monkeypatch):
    # The hint pattern is tried at every position: searching every Markdown file for it took
    # about a tenth of a cold run's reading (cProfile, session 22). Each MyST mark holds '{' or ')='.
    searched = searched_texts(monkeypatch)
    assert not myst.is_myst("# Plain page\n\nNo markup here (none) = nothing.\n")
    assert myst.is_myst("(setup)=\n# Setup\n") and myst.is_myst(":::{note}\nHi\n:::\n")
    assert not myst.is_myst("Set `a = {b}` in the file.\n")
    assert len(searched) == 3


def test_a_file_whose_braces_are_code_is_not_searched(monkeypatch):
    # speed23: 26 of the 29 files with a brace in every 10th file of bench/ held code or JSON
    # braces only, and each was searched twice (3% of a cold run). A directive fence's brace has
    # a fence character before it, a role's a backtick after it.
    searched = searched_texts(monkeypatch)
    code = '# Config\n\n```json\n{"name": "x", "items": [{"id": 1}]}\n```\n\nUse ${HOME} or {{ name }}.\n'
    assert not myst.is_myst(code) and searched == []
    for marked in ("```{note}\nHi\n```\n", "~~~{tip}\nHi\n~~~\n", "::::{tab-set}\n:::\n", "See {ref}`setup`.\n",
                   "(setup)=\n# Setup\n"):
        assert myst.is_myst(marked), marked
    assert len(searched) == 5
