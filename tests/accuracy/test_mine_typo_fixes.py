"""scripts/mine_typo_fixes.py (spell20, issue 33): which licences it mines, which word replacements
it keeps as misspelling -> correction pairs, which pairs become entries; and the loader's union of
rulesets/spelling-mined.txt with plainlint's own known misspellings."""

import subprocess

import pytest

from plainlint.nlp.spelling import _build, dictionary
from plhelpers import script_module

MIT = "MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy"
CC_BY = "Attribution 4.0 International\n\n=======\nCreative Commons Corporation"
CC_BY_SA = "Attribution-ShareAlike 4.0 International\n\n=======\nCreative Commons Corporation"


def miner():
    return script_module("scripts/mine_typo_fixes.py")


def test_licences_mined_and_refused():
    licence_of = miner().licence_of
    assert licence_of(MIT) == "MIT"
    assert licence_of(CC_BY) == "CC-BY-4.0"
    assert licence_of("Apache License\n  Version 2.0, January 2004") == "Apache-2.0"
    assert licence_of(CC_BY_SA) is None  # ShareAlike: never mined
    assert licence_of("GNU GENERAL PUBLIC LICENSE\nVersion 3") is None
    assert licence_of("All rights reserved.") is None


def test_close_pairs_only():
    close = miner().close
    assert close("recieve", "receive")  # a swap
    assert close("teh", "the")
    assert close("occured", "occurred")
    assert close("Enviroment", "Environment")
    assert not close("Enviroment", "environment")  # case patterns differ
    assert not close("colour", "flavour")  # far apart, different first letter
    assert close("adress", "address")  # one insertion
    assert miner().distance("ab", "ba") == 1


def test_word_replacements_from_porcelain_word_diff():
    porcelain = "@@ -1 +1 @@\n the \n-recieve\n+receive\n button\n~\n-two words\n+other words\n"
    assert miner().replacements(porcelain) == [("recieve", "receive")]


def rows(*pairs):
    return [[typo, fix, repo, "MIT", sha] for typo, fix, repo, sha in pairs]


def test_entries_need_evidence_or_the_dictionarys_agreement():
    script = miner()
    mined = rows(("seperate", "separate", "a/x", "1" * 40), ("seperate", "separate", "b/y", "2" * 40),
                 ("aded", "add", "a/x", "3" * 40), ("tp", "to", "a/x", "4" * 40), ("tp", "to", "b/y", "5" * 40),
                 ("wil", "will", "a/x", "6" * 40))
    agrees = lambda typo, fix: (typo, fix) != ("aded", "add")  # noqa: E731
    words = [line.split("\t")[0] for line in script.entries(mined, {}, agrees)]
    # 'aded' -> 'add' is one commit the dictionary does not back; 'tp' is too short; 'wil' (3
    # letters) has one repository only.
    assert words == ["seperate"]
    assert script.entries(mined, {"seperate": "a test"}, agrees) == []


@pytest.mark.process
def test_mines_a_permissive_repository_and_skips_a_share_alike_one(tmp_path):
    script = miner()
    for name, licence in (("own+permissive", MIT), ("own+sharealike", CC_BY_SA)):
        work = tmp_path / "work" / name
        work.mkdir(parents=True)
        git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@example.com"]
        subprocess.run(["git", "init", "-q", str(work)], check=True)
        (work / "LICENSE").write_text(licence, encoding="utf-8")
        (work / "help.md").write_text("Click to recieve the code.\n", encoding="utf-8")
        subprocess.run(git + ["add", "."], check=True)
        subprocess.run(git + ["commit", "-q", "-m", "first"], check=True)
        (work / "help.md").write_text("Click to receive the code.\n", encoding="utf-8")
        subprocess.run(git + ["commit", "-q", "-am", "Fix typo"], check=True)
        (tmp_path / "mirror" / name).mkdir(parents=True)
        subprocess.run(["git", "clone", "-q", "--bare", str(work), str(tmp_path / "mirror" / name / "repo")], check=True)
    found = script.mine(tmp_path / "mirror", lambda word: word != "recieve")
    assert [(r[0], r[1], r[2], r[3]) for r in found] == [("recieve", "receive", "own/permissive", "MIT")]


def test_mined_list_is_a_source_of_known_misspellings_and_the_own_list_wins():
    counts, misspellings = _build(b"the 10 separate 5 receive 5", b"", b"", b"misspellings:\n  recieve: receive\n", b"",
                                  mined=b"# header\nseperate\tseparate\ta/x\tMIT\t2\ta/x@1\nrecieve\treceipt\ta/x\tMIT\t1\ta/x@2\n")
    assert misspellings["seperate"] == ("separate",)
    assert misspellings["recieve"] == ("receive",)  # rulesets/spelling.yaml decides


def test_shipped_dictionary_knows_a_mined_misspelling():
    words = dictionary()
    assert "paramters" in words.misspellings and not words.knows("paramters")
    assert words.suggest("paramters")[0] == "parameters"
