"""Pages written for the support team (reading/audience.py, agent25): the signal as built on its
labelled pages of the held-out corpus (labels-heldout/agent-facing.*.yaml). It never takes a page
labelled for customers or developers, and takes every staff page of the seed-287 sample it was built
from and the team playbooks of aud26's seed-300 candidates; aud27's development (seed 319), check (seed 320)
and team-playbook probe pages are held to the first. Pages whose text changed since they were
labelled, or whose source the local copy lacks, are left out; skipped when the held-out corpus is
absent."""

import importlib.util
import os
from pathlib import Path

import pytest

from plhelpers import DATA, ROOT

LABELS = DATA / "support" / "labels-heldout"
pytestmark = pytest.mark.corpus


def signals_script():
    spec = importlib.util.spec_from_file_location("agent_facing_signals", ROOT / "scripts" / "agent_facing_signals.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def heldout_corpus() -> Path:
    path = Path(os.environ.get("PLAINLINT_HELDOUT_CORPUS", ROOT.parent / "shared" / "heldout-spelling"))
    if not path.is_dir():
        pytest.skip(f"held-out corpus not found at {path} (set PLAINLINT_HELDOUT_CORPUS)")
    return path


@pytest.mark.parametrize("name", ["agent-facing.seed287.audience.yaml", "agent-facing.seed288.audience.yaml",
                                  "agent-facing.seed300.candidates.yaml", "agent-facing.seed301.audience.yaml",
                                  "agent-facing.seed319.audience.yaml", "agent-facing.seed320.audience.yaml",
                                  "agent-facing.aud27-playbooks.audience.yaml"])
def test_the_signal_takes_no_page_for_customers(name):
    corpus = heldout_corpus()
    script = signals_script()
    pages = script.audience_labels(LABELS / name)
    if any(not (corpus / page["path"]).exists() for page in pages):
        pytest.skip(f"{corpus} lacks pages of {name}: rebuild it with scripts/build_heldout_corpus.py")
    counts, _changed = script.rescore_audience(LABELS / name, corpus)
    assert sum(n for (taken, audience), n in counts.items() if taken and audience != "staff") == 0
    if name.startswith("agent-facing.seed287"):
        assert counts[(False, "staff")] == 0
    if name.startswith("agent-facing.seed300"):  # aud26's candidates: the team playbooks it kept, 8 staff pages
        assert counts[(True, "staff")] >= 8
