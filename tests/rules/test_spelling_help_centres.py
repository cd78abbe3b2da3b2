"""spelling (PL502, issue 33), eleventh round (spell3): what the blind samples of three help
centres outside Microsoft's style got wrong (seeds 70-72, docs/accuracy.md): search tags, a letter
before a far commoner word, and an electronics term. Texts in our own words."""

from __future__ import annotations

from plhelpers import lint_text

# The dictionary check (`mode: dictionary`): known mode, the default, reports only known misspellings.
ON = {"extend-select": ["spelling"], "rules": {"spelling": {"mode": "dictionary"}}}


def flagged(text: str) -> list[str]:
    return [f.flagged for f in lint_text(text, "doc.md", ON) if f.rule == "spelling"]


def test_a_paragraph_of_search_tags_is_data_not_prose():
    hidden = '<p style="display:none;">\n  Tags: como instalo el programa, descargar\n</p>\n'
    assert flagged("Download the app and open it.\n\n" + hidden) == []
    assert flagged("Keywords: deutsch, italiano, magyar\n") == []
    # Not a label at the start of the paragraph: prose, checked.
    assert flagged("Add tags to the page so that search can instalo it.\n") == ["instalo"]
    # A known misspelling is still reported there.
    assert flagged("Tags: recieve payment, refunds\n") == ["recieve"]


def test_a_letter_before_a_far_commoner_word_is_a_term():
    """'help' is a thousand times as common as 'kelp', the other word one slip from 'khelp'."""
    assert flagged("Run khelp to read the manual, or share the log through bpaste.\n") == []
    assert flagged("The optimiser writes its fdata output next to the binary.\n") == []
    # Two likely readings of similar weight: 'rbush' could be 'bush', 'rush' or 'brush'.
    assert flagged("Install rbush before the map library.\n") == ["rbush"]
    # A space typed one letter early is still a slip, and so is a letter before one of the
    # commonest words, which names are not made of.
    assert flagged("Open th eimage and save it.\n") == ["eimage"]
    assert flagged("Replace the equality checks twith a score.\n") == ["twith"]


def test_pinout_is_a_word_and_its_slips_are_not():
    assert flagged("Check the pinout of the board; the pinouts are on the product page.\n") == []
    assert flagged("Check the pinuot of the board.\n") == ["pinuot"]
