"""spelling (PL502): safe fixes of the listed misspellings of eight letters or more (spell34). A
typo whose corrections in cspell's list and in the mined list differ ('interation': 'integration'
in one, 'iteration' or 'interaction' in the other) has them all and no safe fix; entries read one
by one whose listed correction is wrong or one of two readings in support text ('foreward' is
'forward' as often as 'foreword', 'selction' is 'selection'), a word of another language
('installe', French) and a name ('Wellcome') get suggestions and no fix. The examples are our own
sentences."""

from __future__ import annotations

import pytest

from test_spelling_unreviewed_fixes import MODES, assert_suggested_without_a_fix, safe_fix, spelling


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text, word, meant", [
    # cspell's list and the mined list name different corrections of the same typo
    ("Each interation of the import takes a minute.\n", "interation", "iteration"),  # cspell: 'integration'
    ("Open the directorie that holds your exports.\n", "directorie", "directories"),  # cspell: 'directory'
    ("Install the pluging from the store.\n", "pluging", "plugging"),  # cspell: 'plugin'
    ("Click the commond button to save.\n", "commond", "command"),  # cspell: 'common'
    # entries read one by one (rulesets/spelling.yaml)
    ("Please foreward the receipt to our billing team.\n", "foreward", "forward"),  # mined: 'foreword'
    ("Your selction is saved when you close the page.\n", "selction", "selection"),  # cspell: 'section'
    ("Clear the slections before you export.\n", "slections", "selections"),  # cspell: 'sections'
    ("The sync can occasionaly take an hour.\n", "occasionaly", "occasionally"),  # mined: 'occasional'
    ("This led to an unintented charge on your card.\n", "unintented", "unintended"),  # cspell: 'unindented'
    ("The folder contining your invoices is shared.\n", "contining", "containing"),  # mined only 'containing'
    ("We are contining to look into the outage.\n", "contining", "continuing"),
    ("The transation failed, so you were not charged.\n", "transation", "transaction"),
    ("Pick the transation you want for the article.\n", "transation", "translation"),
    ("Add the desinations for the shipment.\n", "desinations", "destinations"),  # mined: 'designations'
    ("The conguous blocks are merged.\n", "conguous", "contiguous"),  # mined: 'congruous'
    ("The app deployes a new version each night.\n", "deployes", "deploys"),  # cspell: 'deployed'
    ("The tool checks your dentities before sign-in.\n", "dentities", "identities"),  # cspell: 'entities'
    ("Each interate step adds a row.\n", "interate", "integrate"),  # cspell: 'iterate'
    ("I realy appreciate your patience.\n", "realy", "really"),  # both lists: 'real'
    ("The export picks rows arbitrarly, so sort them first.\n", "arbitrarly", "arbitrarily"),  # cspell: 'arbitrary'
    ("This is typicall when the sync runs at night.\n", "typicall", "typical"),
    ("Enter your passwors in both fields.\n", "passwors", "passwords"),  # cspell: 'password'
    ("The page was updateda few minutes ago.\n", "updateda", "updated a"),  # mined: 'updated'
    ("Our personel will call you back today.\n", "personel", "personnel"),  # mined: 'personal'
    ("You can download your receipes from the billing page.\n", "receipes", "receipts"),  # mined: 'recipes'
    ("We are exporing your data now.\n", "exporing", "exporting"),  # mined: 'exploring'
    ("We use an interative process for each release.\n", "interative", "iterative"),  # mined: 'interactive'
])
def test_a_typo_with_two_readings_gets_suggestions_and_no_fix(mode, text, word, meant):
    assert_suggested_without_a_fix(text, word, meant, mode)


@pytest.mark.parametrize("mode", MODES)
def test_a_french_word_of_the_list_gets_no_safe_fix(mode):
    findings = spelling("- [On installe Plainbox sur Docker](https://example.com/post) - a blog post, 1/2023\n", mode)
    assert all(safe_fix(f) != "install" for f in findings)


@pytest.mark.parametrize("mode", MODES)
def test_a_name_that_is_a_listed_misspelling_gets_no_safe_fix(mode):
    findings = spelling("Wellcome Sanger Institute data is open to every researcher.\n", mode)
    assert all(safe_fix(f) != "Welcome" for f in findings)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text, word, fix", [
    ("Your settings were overriden by the import.\n", "overriden", "overridden"),
    ("The page is open for editting.\n", "editting", "editing"),
    ("The field is requried for each order.\n", "requried", "required"),
    ("Make the change persistant across restarts.\n", "persistant", "persistent"),
])
def test_a_right_long_fix_stays_safe(mode, text, word, fix):
    [finding] = spelling(text, mode)
    assert finding.flagged == word
    assert safe_fix(finding) == fix

