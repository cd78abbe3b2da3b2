"""plainlint.nlp.english: units in another language are told from English prose (issue 26)."""

from plainlint.nlp.english import reads_as_english


def test_english_prose_with_many_names_reads_as_english():
    assert reads_as_english("Open the SharePoint admin center, select Active sites, and then select the site you want.")


def test_german_and_latin_do_not_read_as_english():
    assert not reads_as_english("Sie können wählen, ob Sie alle Ihre Passwörter in einer einzigen Datenbank ablegen.")
    assert not reads_as_english("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
                                "incididunt ut labore et dolore magna aliqua.")


def test_short_units_are_left_alone():
    assert reads_as_english("Datenbank öffnen")


def test_dense_english_jargon_stays_english():
    assert reads_as_english("Administrators must immediately upgrade installations: unauthenticated attackers "
                            "potentially exploit vulnerable authentication configurations remotely.")
