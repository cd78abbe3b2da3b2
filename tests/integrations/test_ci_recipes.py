"""The CI recipes in docs/ci.md and the pinned versions in the docs."""

from __future__ import annotations

import json
import re
import shlex
import pytest

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


PIN = re.compile(r"(?:rev: |plainlint@|plainlint==)v?(\d+\.\d+\.\d+)")
PINNED_FILES = ("README.md", ".pre-commit-hooks.yaml", "action.yml", *sorted(
    path.relative_to(ROOT).as_posix() for path in (ROOT / "docs").rglob("*.md")))


def documented_release() -> str | None:
    """docs/releasing.md's "Latest release:" line: the tag, or None while none is tagged."""
    match = re.search(r"^Latest release: (none yet|v\d+\.\d+\.\d+)\.$", (ROOT / "docs" / "releasing.md").read_text(
        encoding="utf-8"), re.M)
    assert match, 'docs/releasing.md must say "Latest release: none yet." or "Latest release: vX.Y.Z."'
    return None if match[1] == "none yet" else match[1]


def pins(name: str):
    """(line, whether the pin is in a comment or in a prose paragraph that says "once", version)
    for every pin in a documentation file: `rev: vX.Y.Z`, `plainlint@vX.Y.Z`, `plainlint==X.Y.Z`."""
    lines = (ROOT / name).read_text(encoding="utf-8").splitlines()
    in_code = [not name.endswith(".md")] * len(lines)  # YAML files are all code
    fenced = False
    for number, line in enumerate(lines):
        if line.startswith("```"):
            fenced = not fenced
        in_code[number] = in_code[number] or fenced
    for number, line in enumerate(lines):
        for match in PIN.finditer(line):
            if in_code[number]:
                comment = line.find("#")
                future = 0 <= comment < match.start()
            else:
                first, last = number, number
                while first > 0 and lines[first - 1].strip() and not in_code[first - 1]:
                    first -= 1
                while last + 1 < len(lines) and lines[last + 1].strip() and not in_code[last + 1]:
                    last += 1
                future = bool(re.search(r"\bonce\b", " ".join(lines[first:last + 1]), re.I))
            yield number + 1, future, match[1]


def test_pinned_examples_match_the_version():
    for name in PINNED_FILES:
        versions = {version for _, _, version in pins(name)}
        assert versions <= {__version__}, f"{name} pins {sorted(versions)}, the version is {__version__}"
    for name in ("README.md", "docs/ci.md", ".pre-commit-hooks.yaml"):
        assert any(True for _ in pins(name)), f"{name} shows no pinned version (not even the one to come)"


def test_no_pin_to_a_tag_that_does_not_exist_yet():
    """Until a release is tagged, a pin is only ever shown as the one to use later: in a comment
    (`rev: main  # once v0.1.0 is released, pin it: rev: v0.1.0`) or in a paragraph saying
    "once"; copying an example must never give a user a tag that does not exist."""
    if documented_release() is not None:
        assert documented_release() == f"v{__version__}"
        return
    live = [f"{name}:{number}" for name in PINNED_FILES for number, future, _ in pins(name) if not future]
    assert not live, f"pins to v{__version__}, which is not released yet (docs/releasing.md): {live}"


def test_rule_links_point_at_a_ref_that_exists():
    """SARIF, rdjson and the editor link each rule's page at `v<version>` only once that tag is
    published (docs/releasing.md's "Latest release"), at `main` before: a link to an unpushed tag
    is a 404 (user36)."""
    from plainlint import RELEASE_TAGGED
    from plainlint.output.rule_pages import rule_doc_url
    from plainlint.rules import find_rule

    url = rule_doc_url(find_rule("PL101"))
    if documented_release() is None:
        assert not RELEASE_TAGGED and "/blob/main/docs/rules/PL101.md" in url
    else:
        assert RELEASE_TAGGED and f"/blob/v{__version__}/docs/rules/PL101.md" in url


def test_rule_links_point_at_the_release_tag_once_it_is_published(monkeypatch):
    """The test above checks the state the repository is in (no release: `main`); this one the
    other branch of `docs_ref`, which `return "main"` alone passed until a release (rev37)."""
    from plainlint.output import rule_pages
    from plainlint.rules import find_rule

    monkeypatch.setattr(rule_pages, "RELEASE_TAGGED", True)
    assert f"/blob/v{__version__}/docs/rules/PL101.md" in rule_pages.rule_doc_url(find_rule("PL101"))
    monkeypatch.setattr(rule_pages, "RELEASE_TAGGED", False)
    assert "/blob/main/docs/rules/PL101.md" in rule_pages.rule_doc_url(find_rule("PL101"))


@pytest.mark.process
def test_documented_release_agrees_with_the_tags():
    import subprocess

    def git(*args):
        return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)

    if git("rev-parse", "--is-shallow-repository").stdout.strip() != "false":
        import pytest

        pytest.skip("not a full git clone: its tags cannot be checked")
    tags = set(git("tag", "--list", "v*").stdout.split())
    release = documented_release()
    if release is None:
        assert f"v{__version__}" not in tags, "v{__version__} is tagged: set docs/releasing.md's Latest release"
    else:
        assert release in tags, f"docs/releasing.md names {release}, which is not a tag of this clone"
