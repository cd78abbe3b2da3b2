"""scripts/sensory_places_removed.py: right PL410 findings given up by `places: false` in articles
are listed under `removed:`, in a labels file of PL410 alone or of every rule (samples A and B)."""

import yaml

from plhelpers import import_script, labels_script

ARTICLE = "# Projects\n\nThe menu on the left lists your projects.\n"


def removed_script():
    return import_script("sensory_places_removed")


def test_appends_under_removed_when_another_key_follows(tmp_path):
    path = tmp_path / "x.labels.yaml"
    path.write_text("sample: x.yaml\nlabels: []\nremoved:\n- path: a.md\n  rule: PL410\n  hash: h0\n"
                    "  reason: earlier\nnotes: kept\n", encoding="utf-8")
    removed_script().append_removed(path, [{"path": "b.md", "rule": "PL410", "hash": "h1"}])
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [r["hash"] for r in data["removed"]] == ["h0", "h1"]
    assert data["notes"] == "kept"


def test_appends_to_an_empty_removed_list(tmp_path):
    path = tmp_path / "x.labels.yaml"
    path.write_text("sample: x.yaml\nremoved: []\nlabels: []\n", encoding="utf-8")
    removed_script().append_removed(path, [{"path": "b.md", "rule": "PL410", "hash": "h1"}])
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [r["hash"] for r in data["removed"]] == ["h1"] and data["labels"] == []


def test_reads_a_sample_of_every_rule(tmp_path):
    """Samples A and B name no `rule`: their PL410 TPs are still checked."""
    corpus = tmp_path / "corpus"
    (corpus / "articles").mkdir(parents=True)
    (corpus / "articles" / "a.md").write_text(ARTICLE, encoding="utf-8")
    sample = {"seed": 1, "documents": [{"path": "articles/a.md"}]}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sample), encoding="utf-8")
    places = {"select": ["PL410"], "kinds": {"article": {"rules": {"PL410": {"severity": "info", "places": True}}}}}
    _, found = labels_script().sample_findings(sample, corpus, places)
    assert len(found) == 1
    entry = {"path": found[0].path, "rule": found[0].rule, "hash": found[0].hash,
             "occurrence": found[0].occurrence, "label": "TP"}
    path = tmp_path / "s.labels.yaml"
    path.write_text(yaml.safe_dump({"sample": "s.yaml", "labels": [entry]}), encoding="utf-8")
    given_up = removed_script().given_up(path, corpus)
    assert given_up == [{"path": "articles/a.md", "rule": found[0].rule, "hash": found[0].hash}]
