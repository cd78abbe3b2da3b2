"""The GitHub Action (action.yml): its steps run the way the runner would run them.

The runner substitutes `${{ ... }}` expressions, evaluates each step's `if:`, runs `run:`
scripts with `bash -eo pipefail`, and hands every step its own `$GITHUB_OUTPUT` and
`$GITHUB_STEP_SUMMARY` files. `Runner` below does the same for the steps of the real
action.yml, with the `GITHUB_*` variables pointing at temporary files and a temporary event
payload, so a broken path, option, condition or exit code fails here rather than in someone's
workflow. `uses:` steps (cache, SARIF upload) are not run; the test records whether they would
run and with what inputs.

The fast tests start from an installed plainlint (the interpreter running the tests), or from a
"restored" virtual environment; installing from source needs the package registry and is the
one slow test at the end.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from plhelpers import ROOT, copy_checkout, require_registry

pytestmark = pytest.mark.process

EXPRESSION = re.compile(r"\$\{\{\s*([\w.-]+)\s*\}\}")
COMPARISON = re.compile(r"^([\w.-]+) (==|!=) '([^']*)'$")
SHA = "0123456789abcdef0123456789abcdef01234567"
REPO = "acme/help-center"
STATUS = {"always()": lambda failed: True, "!cancelled()": lambda failed: True,
          "success()": lambda failed: not failed, "failure()": lambda failed: failed}


def action() -> dict:
    return yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def script(name: str):
    """scripts/action/NAME.py as a module (the same file the action runs)."""
    path = ROOT / "scripts" / "action" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"action_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluate(condition: str, context: dict, failed: bool) -> bool:
    """The subset of GitHub's expression language action.yml uses: `&&` of status functions and
    comparisons with string literals; without a status function, `success()` is implied."""
    terms = [term.strip() for term in str(condition).split("&&")]
    if not any(term in STATUS for term in terms):
        terms.append("success()")
    for term in terms:
        if term in STATUS:
            ok = STATUS[term](failed)
        else:
            match = COMPARISON.match(term)
            assert match, f"test evaluator does not know: {term!r} in {condition!r}"
            value = context.get(match[1], "")
            ok = (value == match[3]) == (match[2] == "==")
        if not ok:
            return False
    return True


@dataclass
class Step:
    name: str
    ran: bool = False
    returncode: int | None = None
    stdout: str = ""
    stderr: str = ""
    outputs: dict = field(default_factory=dict)
    summary: str = ""
    inputs: dict = field(default_factory=dict)  # a `uses:` step's `with:`, substituted


@dataclass
class Runner:
    workspace: Path
    temp: Path
    action_path: Path = ROOT
    inputs: dict = field(default_factory=dict)
    event_name: str = "push"
    event: dict = field(default_factory=dict)
    given: dict = field(default_factory=dict)  # step id -> outputs of a step done beforehand
    env: dict = field(default_factory=dict)

    def context(self) -> dict:
        spec = action()
        context = {f"inputs.{k}": str(v.get("default", "")) for k, v in spec["inputs"].items()}
        context.update({f"inputs.{k}": v for k, v in self.inputs.items()})
        context.update({"github.action_path": str(self.action_path), "runner.temp": str(self.temp)})
        return context

    def base_env(self, number: int) -> dict:
        """The process environment without the outer CI's own GITHUB_/RUNNER_ variables."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "RUNNER_"))}
        event_path = self.temp / "event.json"
        event_path.write_text(json.dumps(self.event), encoding="utf-8")
        env.update(NO_COLOR="1", GITHUB_OUTPUT=str(self.temp / f"output-{number}"),
                   GITHUB_STEP_SUMMARY=str(self.temp / f"summary-{number}"),
                   GITHUB_ENV=str(self.temp / f"env-{number}"), GITHUB_REPOSITORY=REPO, GITHUB_SHA=SHA,
                   GITHUB_EVENT_NAME=self.event_name, GITHUB_EVENT_PATH=str(event_path),
                   GITHUB_WORKSPACE=str(self.workspace), GITHUB_SERVER_URL="https://github.com",
                   RUNNER_TEMP=str(self.temp), RUNNER_OS="Linux", RUNNER_ARCH="X64")
        for name in ("GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY", "GITHUB_ENV"):
            Path(env[name]).write_text("", encoding="utf-8")
        env.update(self.env)
        return env

    def run_script(self, step: dict, context: dict, number: int) -> Step:
        env = self.base_env(number)
        env.update({k: substitute(str(v), context) for k, v in step.get("env", {}).items()})
        done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
                              cwd=self.workspace, env=env, capture_output=True, text=True, timeout=900)
        return Step(step["name"], True, done.returncode, done.stdout, done.stderr,
                    read_outputs(Path(env["GITHUB_OUTPUT"])),
                    Path(env["GITHUB_STEP_SUMMARY"]).read_text(encoding="utf-8"))

    def run(self) -> dict[str, Step]:
        context, failed, steps = self.context(), False, {}
        for number, step in enumerate(action()["runs"]["steps"]):
            key = step.get("id", step["name"])
            if key in self.given:
                done = Step(step["name"], True, 0, outputs=dict(self.given[key]))
            elif not evaluate(step.get("if", "success()"), context, failed):
                done = Step(step["name"])
            elif "uses" in step:
                done = Step(step["name"], True, 0,
                            inputs={k: substitute(str(v), context) for k, v in step.get("with", {}).items()})
            else:
                done = self.run_script(step, context, number)
            failed = failed or bool(done.returncode)
            outcome = "skipped" if not done.ran else ("failure" if done.returncode else "success")
            context[f"steps.{key}.outcome"] = outcome
            context.update({f"steps.{key}.outputs.{k}": v for k, v in done.outputs.items()})
            steps[key] = done
        return steps


def substitute(value: str, context: dict) -> str:
    return EXPRESSION.sub(lambda m: context.get(m[1], ""), value)


def read_outputs(path: Path) -> dict:
    """`name=value` lines and `name<<DELIMITER` blocks, as the runner reads them."""
    outputs, lines = {}, iter(path.read_text(encoding="utf-8").splitlines())
    for line in lines:
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delimiter = line.split("<<", 1)
            outputs[name] = "\n".join(iter(lambda: next(lines), delimiter))
        else:
            name, _, value = line.partition("=")
            outputs[name] = value
    return outputs


def pull_request(head_repo: str | None) -> dict:
    head = {"sha": "f" * 40, "repo": None if head_repo is None else {"full_name": head_repo,
                                                                    "fork": head_repo != REPO}}
    return {"pull_request": {"number": 7, "head": head, "base": {"repo": {"full_name": REPO, "fork": False}}}}


def installed() -> dict:
    """The install step's outputs for the interpreter running these tests (plainlint installed)."""
    return {"install": {"python": sys.executable}}


@pytest.fixture
def workspace(tmp_path) -> Path:
    (tmp_path / "repo" / "help").mkdir(parents=True)
    (tmp_path / "temp").mkdir()
    return tmp_path / "repo"


def write(workspace: Path, name: str, text: str) -> None:
    (workspace / name).parent.mkdir(parents=True, exist_ok=True)
    (workspace / name).write_text(text, encoding="utf-8")


def findings_folder(workspace: Path) -> None:
    write(workspace, "help/a.md", "Please utilize the form. You can utilize the app too.\n\n"
                                  "We will endeavour to help.\n")
    write(workspace, "help/b.md", "Utilize the button.\n")
    write(workspace, "help/d.md", "Your ticket was closed by the agent.\n")
    write(workspace, "help/clean.md", "Use the form.\n")
    # passive-voice is off by default (issue 26): selected here for an info finding in the summary
    write(workspace, ".plainlint.yaml", "extend-select: [passive-voice]\n")


def runner(workspace: Path, **kwargs) -> Runner:
    kwargs.setdefault("given", installed())
    return Runner(workspace, workspace.parent / "temp", **kwargs)


# ---------------------------------------------------------------------------------------------
# The action's shape


def test_action_is_composite_and_installs_from_its_own_checkout():
    spec = action()
    assert spec["runs"]["using"] == "composite"
    steps = {step.get("id", step["name"]): step for step in spec["runs"]["steps"]}
    install = steps["install"]
    assert install["env"]["ACTION_PATH"] == "${{ github.action_path }}"
    assert '"$VENV/bin/python" -m pip install' in install["run"] and '"$ACTION_PATH"' in install["run"]
    assert steps["cache"]["uses"].startswith("actions/cache/restore@")
    assert steps["Save plainlint"]["uses"].startswith("actions/cache/save@")
    assert steps["cache"]["with"]["key"] == steps["Save plainlint"]["with"]["key"] == "${{ steps.prepare.outputs.key }}"
    upload = steps["Upload SARIF to code scanning"]
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
    assert upload["with"]["sarif_file"] == "${{ steps.sarif.outputs.sarif-file }}"
    for step in spec["runs"]["steps"]:
        # Inputs reach scripts through env only: `${{ }}` inside a script is shell injection.
        assert "${{" not in step.get("run", "")
        assert step.get("shell", "bash") == "bash" or "uses" in step


def test_every_script_the_action_runs_exists():
    runs = [step["run"] for step in action()["runs"]["steps"] if "run" in step]
    named = [m for run in runs for m in re.findall(r"scripts/action/(\w+\.py)", run)]
    assert sorted(named) == ["annotate.py", "finish.py", "lint.py", "prepare.py", "sarif.py", "summary.py"]
    assert all((ROOT / "scripts" / "action" / name).is_file() for name in named)


def test_outputs_name_steps_and_outputs_that_exist():
    spec = action()
    ids = {step["id"] for step in spec["runs"]["steps"] if "id" in step}
    for name, output in spec["outputs"].items():
        (step_id, output_name), = re.findall(r"steps\.([\w-]+)\.outputs\.([\w-]+)", output["value"])
        assert step_id in ids, name
        source = (ROOT / "scripts" / "action" / f"{step_id}.py").read_text(encoding="utf-8")
        assert f"{output_name.replace('-', '_')}=" in source, f"{step_id}.py never sets {output_name}"


# ---------------------------------------------------------------------------------------------
# Whole runs: clean, findings, a broken file, a usage error


def test_clean_run_exits_0_and_says_so(workspace):
    write(workspace, "help/clean.md", "Use the form.\n")
    steps = runner(workspace, inputs={"paths": "help", "sarif": "true"}, event_name="pull_request",
                   event=pull_request(REPO)).run()
    lint = steps["lint"]
    assert lint.returncode == 0, lint.stderr
    assert lint.outputs["exit-code"] == "0" and lint.outputs["findings"] == "0"
    assert lint.outputs["files-not-read"] == "0"
    summary = steps["Summary"].summary
    assert summary.startswith("## plainlint: no findings\n") and "Exit code **0**" in summary
    assert "| Where |" not in summary
    assert steps["Annotate"].stdout == ""
    upload = steps["Upload SARIF to code scanning"]
    assert upload.ran and upload.inputs["sarif_file"] == "plainlint.sarif", "same-repo PR uploads"
    assert (workspace / "plainlint.sarif").is_file()
    assert steps["Finish"].returncode == 0


def test_findings_run_summarises_annotates_and_exits_1(workspace):
    findings_folder(workspace)
    steps = runner(workspace, inputs={"paths": "help", "sarif": "true"}).run()
    lint = steps["lint"]
    assert lint.outputs == {"exit-code": "1", "findings": "5", "files-not-read": "0",
                            "report": str(workspace.parent / "temp" / "plainlint" / "report.json")}
    # The log carries the concise findings.
    assert "help/a.md:3:9: warning PL101 [jargon] 'endeavour' is harder to read" in lint.stdout
    assert "help/d.md:1:" in lint.stdout and "[passive-voice]" in lint.stdout

    summary = steps["Summary"].summary
    assert summary.startswith("## plainlint: 5 finding(s) in 3 file(s)\n")
    # passive-voice is info (issue 25); the summary counts every severity.
    assert "4 warning(s), 1 info. Exit code **1**: findings at or above the fail level." in summary
    assert "| PL101 | jargon | jargon | 4 |" in summary and "| PL201 | passive-voice | passive | 1 |" in summary
    assert "| jargon | 4 |\n| passive | 1 |" in summary
    base = f"https://github.com/{REPO}/blob/{SHA}"
    top = summary.split("### Files with the most findings")[1]
    assert top.index(f"[help/a.md]({base}/help/a.md) | 3 |") < top.index(f"[help/b.md]({base}/help/b.md) | 1 |")
    assert (f"| [help/a.md:3]({base}/help/a.md#L3) | warning | PL101 jargon | "
            "'endeavour' is harder to read than it needs to be: use 'try' |") in summary
    assert "clean.md" not in summary

    annotations = steps["Annotate"].stdout.splitlines()
    assert len(annotations) == 5
    assert annotations[0] == ("::warning file=help/a.md,line=1,endLine=1,col=8,endColumn=15,title=PL101 jargon::"
                              "'utilize' is harder to read than it needs to be: use 'use'")
    assert steps["Upload SARIF to code scanning"].ran  # a push uploads
    results = json.loads((workspace / "plainlint.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    assert len(results) == 5
    assert steps["Finish"].returncode == 1
    assert "plainlint exit code 1: findings at or above the fail level" in steps["Finish"].stdout


def test_broken_file_does_not_stop_the_later_steps_and_the_job_exits_2(workspace):
    write(workspace, "help/a.md", "Please utilize the form.\n")
    write(workspace, "help/broken.json", '{"title": \n')
    steps = runner(workspace, inputs={"paths": "help", "sarif": "true"}).run()
    assert steps["lint"].returncode == 0, "the Lint step keeps the code and lets the job go on"
    assert steps["lint"].outputs["exit-code"] == "2"
    assert steps["lint"].outputs["files-not-read"] == "1" and steps["lint"].outputs["findings"] == "1"
    assert "help/broken.json:2:1: error [not-linted] invalid JSON" in steps["lint"].stdout

    summary = steps["Summary"].summary
    assert "1 file(s) could not be read" in summary and "Exit code **2**: a file could not be read" in summary
    assert (f"| [help/broken.json:2](https://github.com/{REPO}/blob/{SHA}/help/broken.json#L2) | "
            "invalid JSON: Expecting value |") in summary
    annotations = steps["Annotate"].stdout.splitlines()
    assert annotations[0].startswith("::warning file=help/a.md,line=1")
    assert annotations[1] == "::error file=help/broken.json,line=2,endLine=2,title=plainlint%3A file not linted::" \
                             "invalid JSON: Expecting value"
    assert steps["sarif"].returncode == 0 and steps["sarif"].outputs["upload"] == "true"
    assert steps["Upload SARIF to code scanning"].ran
    assert steps["Finish"].returncode == 2


def test_usage_error_shows_plainlint_error_in_the_summary(workspace):
    write(workspace, "help/a.md", "Please utilize the form.\n")
    steps = runner(workspace, inputs={"paths": "help", "args": "--fail-level bogus"}).run()
    assert steps["lint"].outputs["exit-code"] == "2" and steps["lint"].outputs["report"] == ""
    summary = steps["Summary"].summary
    assert summary.startswith("## plainlint: no report\n")
    assert "Invalid value for '--fail-level': 'bogus'" in summary
    assert steps["Annotate"].returncode == 0 and "nothing to annotate" in steps["Annotate"].stdout
    assert not steps["Upload SARIF to code scanning"].ran
    assert steps["Finish"].returncode == 2


def test_args_that_would_change_the_report_are_refused(workspace):
    write(workspace, "help/a.md", "Please utilize the form.\n")
    steps = runner(workspace, inputs={"paths": "help", "args": "--format=github -o x.txt", "sarif": "true"}).run()
    assert steps["lint"].outputs["exit-code"] == "2"
    message = "the args input must not set --format=github, -o: the action writes the report itself"
    assert f"::error title=plainlint::{message}" in steps["lint"].stdout
    assert message in steps["Summary"].summary
    assert steps["sarif"].outputs == {"sarif-file": "", "upload": "false"}
    assert not (workspace / "x.txt").exists() and not (workspace / "plainlint.sarif").exists()
    assert not steps["Upload SARIF to code scanning"].ran and steps["Finish"].returncode == 2


def test_own_options_leave_other_options_alone():
    own = script("lint").own_options
    assert own("--select PL1 --output-file=r.json -q -oreport --format json") == ["--output-file=r.json", "-oreport",
                                                                                 "--format"]
    assert own("--select PL1 --fail-level error --ignore PL2 -j 2") == []
    assert own("--diff --unsafe-fixes") == ["--diff"]  # the report would be a patch, not JSON


def test_paths_with_spaces_and_quotes_in_inputs(workspace):
    write(workspace, "help center/a b.md", "Please utilize the form.\n")
    steps = runner(workspace, inputs={"paths": "'help center'", "args": "--select 'PL1'"}).run()
    assert steps["lint"].outputs["findings"] == "1", steps["lint"].stderr
    assert f"[help center/a b.md:1](https://github.com/{REPO}/blob/{SHA}/help%20center/a%20b.md#L1)" \
        in steps["Summary"].summary


def test_a_crashed_lint_step_skips_the_rest_and_finish_fails_with_2(workspace):
    write(workspace, "help/a.md", "Use the form.\n")
    # A work folder that cannot be made (a file stands in its place): the report cannot be written.
    (workspace.parent / "temp" / "taken").write_text("a file, not a folder\n")
    missing = workspace.parent / "temp" / "taken" / "work"
    given = dict(installed(), prepare={"work": str(missing), "venv": "", "key": "k"})
    steps = runner(workspace, inputs={"paths": "help", "sarif": "true"}, given=given).run()
    assert steps["lint"].returncode == 1 and "exit-code" not in steps["lint"].outputs
    assert not any(steps[key].ran for key in ("Summary", "Annotate", "sarif", "Upload SARIF to code scanning"))
    finish = steps["Finish"]
    assert finish.returncode == 2 and "the Lint step saved no exit code" in finish.stdout


# ---------------------------------------------------------------------------------------------
# SARIF upload: forks and the upload-sarif input


def test_fork_pull_request_skips_the_upload_with_a_notice(workspace):
    findings_folder(workspace)
    steps = runner(workspace, inputs={"paths": "help", "sarif": "true"}, event_name="pull_request",
                   event=pull_request("someone/help-center")).run()
    sarif = steps["sarif"]
    assert sarif.outputs == {"sarif-file": "plainlint.sarif", "upload": "false"}
    assert "::notice title=plainlint::SARIF upload skipped: this pull request comes from a fork" in sarif.stdout
    assert (workspace / "plainlint.sarif").is_file(), "the report is still written"
    assert not steps["Upload SARIF to code scanning"].ran
    assert steps["Finish"].ran and steps["Finish"].returncode == 1


def test_upload_sarif_false_skips_the_upload(workspace):
    write(workspace, "help/a.md", "Use the form.\n")
    steps = runner(workspace, inputs={"paths": "help", "sarif": "true", "upload-sarif": "false"}).run()
    assert 'SARIF upload skipped: the upload-sarif input is "false"' in steps["sarif"].stdout
    assert not steps["Upload SARIF to code scanning"].ran
    assert steps["Finish"].returncode == 0


def test_without_sarif_neither_sarif_step_runs(workspace):
    write(workspace, "help/a.md", "Use the form.\n")
    steps = runner(workspace, inputs={"paths": "help"}).run()
    assert not steps["sarif"].ran and not steps["Upload SARIF to code scanning"].ran
    assert not (workspace / "plainlint.sarif").exists()


@pytest.mark.parametrize("event_name, event, blocked", [
    ("pull_request", pull_request(REPO), False),
    ("pull_request", pull_request("someone/help-center"), True),
    ("pull_request", pull_request(None), True),  # the fork was deleted
    ("pull_request_review", pull_request("someone/help-center"), True),
    ("pull_request_target", pull_request("someone/help-center"), False),  # base repo's token
    ("push", {}, False),
])
def test_upload_decision(event_name, event, blocked):
    reason = script("sarif").upload_blocker("true", event_name, event)
    assert (reason is not None) == blocked


# ---------------------------------------------------------------------------------------------
# Install: prepare, cache key, restored environment, Windows


def test_prepare_names_the_cache_by_version_os_and_python(workspace):
    write(workspace, "help/a.md", "Use the form.\n")
    steps = runner(workspace, inputs={"paths": "help"}).run()
    key = steps["prepare"].outputs["key"]
    assert key.startswith("plainlint-Linux-X64-") and "-v0.1.0-" in key
    assert sys.implementation.name + ".".join(map(str, sys.version_info[:3])) in key
    assert steps["prepare"].outputs["venv"] == str(workspace.parent / "temp" / "plainlint" / "venv")
    assert not steps["Save plainlint"].ran, "nothing installed, nothing to save"


def test_cache_key_changes_with_the_installed_files(tmp_path):
    prepare = script("prepare")
    (tmp_path / "plainlint").mkdir()
    (tmp_path / "plainlint" / "__init__.py").write_text('__version__ = "9.9.9"\n', encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
    first = prepare.cache_key(tmp_path, "macOS", "ARM64")
    assert first.startswith("plainlint-macOS-ARM64-") and "-v9.9.9-" in first
    (tmp_path / "README.md").write_text("not installed\n", encoding="utf-8")
    assert prepare.cache_key(tmp_path, "macOS", "ARM64") == first
    (tmp_path / "plainlint" / "rules.py").write_text("RULES = []\n", encoding="utf-8")
    assert prepare.cache_key(tmp_path, "macOS", "ARM64") != first


def test_windows_runner_is_refused_before_anything_runs(workspace):
    steps = runner(workspace, given={}, env={"RUNNER_OS": "Windows"}).run()
    assert steps["prepare"].returncode == 1
    assert "::error title=plainlint::the plainlint action supports Linux and macOS runners" in steps["prepare"].stdout
    assert not any(step.ran for key, step in steps.items() if key != "prepare")


def restored_venv(path: Path) -> None:
    """A virtual environment as the cache restores it: no pip, plainlint importable (here via
    this interpreter's site-packages, where plainlint is installed)."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(path)], check=True)
    ask = "import sysconfig; print(sysconfig.get_path('purelib'))"
    site = subprocess.run([str(path / "bin" / "python"), "-c", ask], capture_output=True, text=True,
                          check=True).stdout.strip()
    here = sysconfig.get_path("purelib")
    Path(site, "tests-plainlint.pth").write_text(f"import site; site.addsitedir({here!r})\n", encoding="utf-8")


def test_restored_install_is_used_without_pip(workspace):
    write(workspace, "help/a.md", "Please utilize the form.\n")
    restored_venv(workspace.parent / "temp" / "plainlint" / "venv")
    steps = runner(workspace, inputs={"paths": "help"}, given={"cache": {"cache-hit": "true"}},
                   env={"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": ""}).run()
    install = steps["install"]
    assert install.returncode == 0, install.stderr
    assert "plainlint restored from the cache" in install.stdout
    assert install.outputs == {"python": str(workspace.parent / "temp" / "plainlint" / "venv" / "bin" / "python")}
    assert not steps["Save plainlint"].ran
    assert steps["lint"].outputs["findings"] == "1"
    assert steps["Finish"].returncode == 1


# ---------------------------------------------------------------------------------------------
# The scripts' pieces


def test_summary_cells_show_markdown_and_html_as_typed():
    cell = script("summary").cell
    assert cell("a | b <img src=x> *c* & d\nnext") == r"a \| b \<img src=x\> \*c\* &amp; d next"


def test_summary_shows_that_baseline_entries_were_not_found():
    # user34: the notice was in the log only, so a lead reading the summary never saw it.
    stderr = ("base.json: 2 baseline entries no longer found (fixed or reworded, or their file deleted or "
              "renamed); --write-baseline base.json drops them and records every new finding too\n")
    text = script("summary").render([], 0, stderr)
    assert "> base.json: 2 baseline entries no longer found (fixed or reworded" in text
    assert "baseline" not in script("summary").render([], 0, "")


def test_summary_lists_the_first_findings_and_counts_the_rest(monkeypatch):
    monkeypatch.setenv("GITHUB_REPOSITORY", REPO)
    monkeypatch.setenv("GITHUB_SHA", SHA)
    monkeypatch.setenv("GITHUB_WORKSPACE", os.getcwd())
    entry = {"path": "a.md", "line": 1, "column": 1, "end_line": 1, "end_column": 2, "rule": "jargon",
             "code": "PL101", "category": "jargon", "severity": "warning", "message": "m"}
    entries = [dict(entry, line=n) for n in range(1, 8)]
    text = script("summary").render(entries, 1, limit=3)
    assert "### First 3 findings" in text and "#L3)" in text and "#L4)" not in text
    assert "4 more finding(s) are counted above" in text and "| PL101 | jargon | jargon | 7 |" in text


def test_annotation_overflow_notice_only_past_githubs_limit():
    annotate = script("annotate")
    entry = {"path": "a.md", "line": 1, "column": 1, "end_line": 2, "end_column": 2, "rule": "jargon",
             "code": "PL101", "category": "jargon", "severity": "warning", "message": "m"}
    assert annotate.overflow([entry] * 10) is None
    assert "about 2 are not shown" in annotate.overflow([entry] * 12)
    assert "col=" not in annotate.annotation(entry), "a finding across lines has no columns"


def test_signal_exit_codes_follow_the_shell_convention():
    lint = script("lint")
    assert [lint.exit_code(c) for c in (0, 1, 2, -2, -15)] == [0, 1, 2, 130, 143]


def test_multiline_outputs_use_a_delimiter(tmp_path, monkeypatch):
    monkeypatch.setenv("GITHUB_OUTPUT", str(tmp_path / "out"))
    script("gha").set_outputs(one="x=y", two="a\nb")
    assert read_outputs(tmp_path / "out") == {"one": "x=y", "two": "a\nb"}


# ---------------------------------------------------------------------------------------------
# From source: install into a fresh virtual environment (needs the package registry)


@pytest.mark.slow
def test_action_installs_from_source_and_lints(tmp_path):
    require_registry(tmp_path)
    action_path = copy_checkout(tmp_path / "action")
    workspace = tmp_path / "workspace"
    write(workspace, "help/a.md", "Please utilize the form.\n")
    write(workspace, "help/b.md", "Use the form.\n")
    temp = tmp_path / "runner-temp"
    temp.mkdir()
    steps = Runner(workspace, temp, action_path, inputs={"paths": "help", "sarif": "true", "sarif-file": "out.sarif",
                                                         "args": "--select PL1", "python": sys.executable}).run()
    assert steps["install"].returncode == 0, steps["install"].stderr
    assert steps["install"].outputs["installed"] == "true"
    assert steps["Save plainlint"].ran and steps["Save plainlint"].inputs["key"] == steps["prepare"].outputs["key"]
    venv_python = temp / "plainlint" / "venv" / "bin" / "python"
    assert steps["install"].outputs["python"] == str(venv_python) and venv_python.exists()
    results = json.loads((workspace / "out.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["PL101"]
    assert steps["Annotate"].stdout.startswith(
        "::warning file=help/a.md,line=1,endLine=1,col=8,endColumn=15,title=PL101 jargon::")
    assert steps["Finish"].returncode == 1


def test_docs_name_every_input_and_output_and_the_supported_runners():
    doc = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    section = doc[doc.index("## GitHub Actions"):doc.index("## GitLab CI")]
    spec = action()
    for name in [*spec["inputs"], *spec["outputs"]]:
        assert f"`{name}`" in section, f"docs/ci.md does not describe {name}"
    flat = " ".join(section.split())
    assert "Windows runners are not" in flat and "security-events: write" in flat
