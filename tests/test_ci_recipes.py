"""The CI recipes in docs/ci.md and the pinned versions in the docs."""

from __future__ import annotations

import json
import re
import shlex

import yaml

from plainlint import __version__
from plhelpers import ROOT, run_cli

DOC = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")


def recipe(name: str) -> dict:
    match = re.search(rf"<!-- recipe: {name} -->\n```yaml\n(.*?)\n```", DOC, re.S)
    assert match, f"docs/ci.md has no recipe {name!r}"
    return yaml.safe_load(match[1])


def test_gitlab_job_writes_the_report_it_declares(tmp_path):
    job = recipe("gitlab-ci")["plainlint"]
    report = job["artifacts"]["reports"]["codequality"]
    assert job["artifacts"]["when"] == "always", "the report must be kept when the job fails"
    (command,) = [line for line in job["script"] if line.startswith("plainlint ")]
    (tmp_path / "help").mkdir()
    (tmp_path / "help" / "a.md").write_text("Please utilize the form.\n", encoding="utf-8")
    done = run_cli(shlex.split(command)[1:], tmp_path)
    assert done.returncode == 1
    assert done.stdout.startswith("Checked 1 file(s)") and report in done.stdout
    issues = json.loads((tmp_path / report).read_text(encoding="utf-8"))
    assert [issue["check_name"] for issue in issues] == ["PL101"]
    assert issues[0]["location"]["path"] == "help/a.md"


def test_github_workflow_uses_the_action_inputs():
    workflow = recipe("github-workflow")
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    step = next(s for s in workflow["jobs"]["plainlint"]["steps"] if s.get("uses", "").startswith("plainlint/"))
    assert set(step["with"]) <= set(action["inputs"])
    assert workflow["permissions"]["security-events"] == "write"


def test_pinned_examples_match_the_version():
    tag = f"v{__version__}"
    for name in ("README.md", "docs/ci.md", ".pre-commit-hooks.yaml"):
        text = (ROOT / name).read_text(encoding="utf-8")
        pins = re.findall(r"(?:rev: |plainlint@)(v\d+\.\d+\.\d+)", text)
        assert pins, f"{name} shows no pinned version"
        assert set(pins) == {tag}, f"{name} pins {sorted(set(pins))}, the version is {tag}"
