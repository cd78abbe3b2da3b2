"""scripts/sensory_article_options_removed.py: right PL410 findings given up in articles by `places`,
`appearance` or `pictures` off there are listed under `removed:` with the option that reports them
again, in a labels file of PL410 alone or of every rule (samples A and B)."""

import pytest
import yaml

from plhelpers import import_script, labels_script

ARTICLE = "# Projects\n\nThe menu on the left lists your projects.\n"
COLOUR_ARTICLE = "# Chat\n\nTap the blue icon to start a chat.\n"


def removed_script():
    return import_script("sensory_article_options_removed")


def test_appends_under_removed_when_another_key_follows(tmp_path):
    path = tmp_path / "x.labels.yaml"
    path.write_text("sample: x.yaml\nlabels: []\nremoved:\n- path: a.md\n  rule: PL410\n  hash: h0\n"
                    "  reason: earlier\nnotes: kept\n", encoding="utf-8")
    removed_script().append_removed(path, [{"path": "b.md", "rule": "PL410", "hash": "h1", "reason": "r"}])
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [r["hash"] for r in data["removed"]] == ["h0", "h1"]
    assert data["notes"] == "kept"


def test_appends_to_an_empty_removed_list(tmp_path):
    path = tmp_path / "x.labels.yaml"
    path.write_text("sample: x.yaml\nremoved: []\nlabels: []\n", encoding="utf-8")
    removed_script().append_removed(path, [{"path": "b.md", "rule": "PL410", "hash": "h1", "reason": "r"}])
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [r["hash"] for r in data["removed"]] == ["h1"] and data["labels"] == []


@pytest.mark.parametrize("text, option", [(ARTICLE, "places"), (COLOUR_ARTICLE, "appearance")])
def test_reads_a_sample_of_every_rule(tmp_path, text, option):
    """Samples A and B name no `rule`: their PL410 TPs are still checked, each given up with the
    reason of the option that reports it again."""
    corpus = tmp_path / "corpus"
    (corpus / "articles").mkdir(parents=True)
    (corpus / "articles" / "a.md").write_text(text, encoding="utf-8")
    sample = {"seed": 1, "documents": [{"path": "articles/a.md"}]}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sample), encoding="utf-8")
    turned_on = {"select": ["PL410"], "kinds": {"article": {"rules": {"PL410": {"severity": "info", option: True}}}}}
    _, found = labels_script().sample_findings(sample, corpus, turned_on)
    assert len(found) == 1
    entry = {"path": found[0].path, "rule": found[0].rule, "hash": found[0].hash,
             "occurrence": found[0].occurrence, "label": "TP"}
    path = tmp_path / "s.labels.yaml"
    path.write_text(yaml.safe_dump({"sample": "s.yaml", "labels": [entry]}), encoding="utf-8")
    given_up = removed_script().given_up(path, corpus)
    reason = removed_script().REASONS[option]
    assert given_up == [{"path": "articles/a.md", "rule": found[0].rule, "hash": found[0].hash, "reason": reason}]
