"""Every unit of text with conflicting labels across tests/data/labels/*.labels.yaml has one ruling in
label-adjudications.yaml, and every ruling is on a conflict that exists with the counts it saw
(scripts/label_conflicts.py, issue 26)."""

import pytest

from plhelpers import import_script

pytestmark = pytest.mark.corpus


def test_every_conflict_is_ruled_on(corpus):
    conflicts = import_script("label_conflicts")
    found = conflicts.conflicts(conflicts.units(conflicts.label_files(), corpus))
    ruled = conflicts.ruled_units(conflicts.labels_module().ADJUDICATIONS)
    assert conflicts.problems(found, ruled) == []
