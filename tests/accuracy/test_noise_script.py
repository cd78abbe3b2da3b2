"""scripts/noise.py (issue 25): noise per 1,000 prose words, the corpus repository of a path,
and the prose-word count it relies on."""

from plainlint.nlp.sentences import prose_words
from plainlint.reading.readers import read_document
from plainlint.reading.source import Source
from plhelpers import script_module


def noise_script():
    return script_module("scripts/noise.py")


MANIFEST = {"emails/postmark-templates": "MIT", "macros": "-", "macros/opencollective": "MIT"}


def test_repository_is_the_longest_manifest_folder():
    script = noise_script()
    assert script.repository_of("emails/postmark-templates/templates/a/content.txt", MANIFEST) == "emails/postmark-templates"
    assert script.repository_of("macros/opencollective/.github/X.md", MANIFEST) == "macros/opencollective"
    assert script.repository_of("articles/unknown/a.md", MANIFEST) == "articles"


def test_kind_detection_never_sees_the_corpus_folder():
    script = noise_script()
    rel = "emails/postmark-templates/templates/basic/welcome/content.txt"
    assert script.path_in_repository(rel, "emails/postmark-templates") == "templates/basic/welcome/content.txt"


def test_noise_is_loud_findings_per_thousand_words():
    tally = noise_script().Tally()
    tally.add(1500, ["jargon", "jargon", "link-text"])
    tally.add(500, [])
    assert (tally.files, tally.words, tally.loud) == (2, 2000, 3)
    assert tally.noise == 1.5 and tally.by_rule["jargon"] == 2
    assert noise_script().Tally().noise is None


def test_prose_words_count_english_segments_only():
    text = "# Reset your password\n\nOpen the sign-in page and select Forgot password.\n"
    doc = read_document(Source("a.md", text), "markdown")
    assert prose_words(doc) == 3 + 8
    doc.language = "fr"
    assert prose_words(doc) == 0
