"""scripts/labels_add.py on a corpus of two files: the findings a change adds to labelled documents
are listed, appended with their verdict before `removed:`, quoted only from permissive files, and
then score as labelled."""

import textwrap

import yaml

from plhelpers import labels_script, script_module

ADD = script_module("scripts/labels_add.py", "plainlint_labels_add_script")


def small_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    for folder, licence in (("open", "MIT"), ("closed", "GPL-2.0-only")):
        (corpus / "articles" / folder).mkdir(parents=True)
        (corpus / "articles" / folder / "a.md").write_text("If you wish to cancel, reply to this message.\n")
    (corpus / "MANIFEST.tsv").write_text("folder_in_corpus\tlicence_spdx\n"
                                         "articles/open\tMIT\narticles/closed\tGPL-2.0-only\n")
    return corpus


def labels_files(tmp_path):
    sample = {"seed": 1, "severities": ["warning", "error"], "left_out_rules": [],
              "documents": [{"path": f"articles/{f}/a.md", "folder": f"articles/{f}"} for f in ("open", "closed")]}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sample))
    labels = tmp_path / "s.labels.yaml"
    labels.write_text(textwrap.dedent("""\
        sample: s.yaml
        labels:
        - id: d001-f001
          path: articles/open/a.md
          rule: jargon
          hash: 1111111111111111
          occurrence: 0
          label: FP
          reason: an earlier finding
        removed:
        - path: articles/open/a.md
          rule: jargon
          hash: 0000000000000000
          reason: gone before
        """))
    return labels


def test_write_appends_each_added_finding_and_then_it_scores_as_labelled(tmp_path, capsys):
    corpus, labels = small_corpus(tmp_path), labels_files(tmp_path)
    assert len(ADD.added_findings(labels, corpus, "jargon", "reader has a choice")) == 2
    assert ADD.main(["--corpus", str(corpus), "write", "--rule", "jargon", "--message", "reader has a choice",
                     "--label", "TP", "--reason", "plain word", "--who", "t", str(labels)]) == 0
    data = yaml.safe_load(labels.read_text())
    assert [e["label"] for e in data["labels"]] == ["FP", "TP", "TP"]
    assert data["removed"][0]["reason"] == "gone before"
    quoted = {e["path"]: e.get("text") for e in data["labels"][1:]}
    assert quoted == {"articles/open/a.md": "If you wish to", "articles/closed/a.md": None}
    assert all("added by t after the blind sample" in e["reason"] for e in data["labels"][1:])
    scored = labels_script().score_labels_file(labels, corpus)
    assert not scored.unlabelled and scored.rules["jargon"].tp == 2
    assert ADD.added_findings(labels, corpus, "jargon", "") == []


def test_show_writes_nothing_and_other_rules_are_left_alone(tmp_path):
    corpus, labels = small_corpus(tmp_path), labels_files(tmp_path)
    before = labels.read_text()
    assert ADD.main(["--corpus", str(corpus), "show", "--rule", "jargon", str(labels)]) == 0
    assert ADD.added_findings(labels, corpus, "passive-voice", "") == []
    assert labels.read_text() == before


def test_a_second_write_by_the_same_hand_gives_new_ids(tmp_path):
    """rev26: the numbers restarted at 001 on each run, so a second change labelled by the same
    person wrote ids the file already held."""
    corpus, labels = small_corpus(tmp_path), labels_files(tmp_path)
    for folder in ("open", "closed"):
        (corpus / "articles" / folder / "a.md").write_text("If you wish to cancel, reply prior to Friday.\n")
    for message in ("reader has a choice", ""):
        assert ADD.main(["--corpus", str(corpus), "write", "--rule", "jargon", "--message", message,
                         "--label", "TP", "--reason", "plain word", "--who", "t", str(labels)]) == 0
    ids = [e["id"] for e in yaml.safe_load(labels.read_text())["labels"]]
    assert len(ids) == 5 and len(set(ids)) == 5, ids
