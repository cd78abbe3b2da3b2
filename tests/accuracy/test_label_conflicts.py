"""Every unit of text with conflicting labels across tests/data/labels/*.labels.yaml has one ruling in
label-adjudications.yaml, every ruling is on a conflict that exists with the counts it saw, and no
ruling quotes a file whose licence forbids it (scripts/label_conflicts.py, issue 26)."""

import pytest

from plhelpers import import_script

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def conflicts():
    return import_script("label_conflicts")


def held_out_present(conflicts) -> bool:
    return (conflicts.labels_module().heldout_corpus() / "MANIFEST.tsv").exists()


@pytest.fixture(scope="module")
def found(conflicts, corpus):
    """Every conflict; where the held-out corpus is absent (CI), those among the labels whose
    documents are here (a held-out document cannot be linted for its scope)."""
    present_only = not held_out_present(conflicts)
    return conflicts.conflicts(conflicts.units(conflicts.label_files(), corpus, present_only=present_only))


@pytest.fixture(scope="module")
def ruled(conflicts):
    return conflicts.ruled_units(conflicts.labels_module().ADJUDICATIONS)


def test_every_conflict_is_ruled_on(conflicts, found, ruled):
    """With every labelled document here, each ruling's counts must match too; without the
    held-out corpus, a ruling counts held-out labels this machine cannot see, so only the
    conflicts it can see are checked for a ruling."""
    if held_out_present(conflicts):
        assert conflicts.problems(found, ruled) == []
    else:
        assert conflicts.unruled(found, ruled) == []


def quoting_rulings(conflicts, found, ruled, corpus, held_out: bool) -> list[str]:
    """Rulings that quote a run of text from a labelled file whose licence forbids copying, over the
    files of ../shared/corpus (held_out False) or of the held-out corpus (held_out True)."""
    labels = conflicts.labels_module()
    quoting = []
    for unit, members in found.items():
        for path in {entry["path"] for _, entry in members}:
            holder = labels.corpus_holding(path, corpus)
            if (holder != corpus) != held_out:
                continue
            if not labels.is_permissive(labels.licence_of(path, labels.read_manifest(holder))):
                source = (holder / path).read_text(encoding="utf-8", errors="replace")
                quoting += [f"{unit}: {run!r}" for run in labels.quoted_runs(ruled[unit]["reason"], source)]
    return quoting


def test_rulings_quote_nothing_from_corpus_files_whose_licence_forbids_it(conflicts, found, ruled, corpus):
    quoting = quoting_rulings(conflicts, found, ruled, corpus, held_out=False)
    assert not quoting, "\n".join(quoting)


def test_rulings_quote_nothing_from_held_out_files_whose_licence_forbids_it(conflicts, found, ruled, corpus):
    """The held-out corpus is built on demand (scripts/build_heldout_corpus.py), never in CI."""
    if not held_out_present(conflicts):
        held_out = conflicts.labels_module().heldout_corpus()
        pytest.skip(f"held-out corpus not found at {held_out} (set PLAINLINT_HELDOUT_CORPUS)")
    quoting = quoting_rulings(conflicts, found, ruled, corpus, held_out=True)
    assert not quoting, "\n".join(quoting)
