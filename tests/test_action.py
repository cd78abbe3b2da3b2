"""The GitHub Action (action.yml), its shell steps run the way the runner would run them.

The runner substitutes `${{ ... }}` expressions, runs each `run:` script with bash and collects
`$GITHUB_OUTPUT`; this test does the same for the install, SARIF and lint steps, so a broken
path or option fails here rather than in someone's workflow.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from plhelpers import ROOT, copy_checkout, require_registry

EXPRESSION = re.compile(r"\$\{\{\s*([\w.-]+)\s*\}\}")
CONDITION = re.compile(r"^inputs\.([\w-]+) == '([^']*)'$")


def action() -> dict:
    return yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def substitute(value: str, context: dict) -> str:
    return EXPRESSION.sub(lambda m: context[m[1]], value)


def wanted(step: dict, context: dict) -> bool:
    if "if" not in step:
        return True
    match = CONDITION.match(step["if"])
    assert match, f"test evaluator does not know: {step['if']}"
    return context[f"inputs.{match[1]}"] == match[2]


def test_action_is_composite_and_installs_from_its_own_checkout():
    spec = action()
    assert spec["runs"]["using"] == "composite"
    steps = spec["runs"]["steps"]
    install = steps[0]
    assert install["env"]["ACTION_PATH"] == "${{ github.action_path }}" and '"$ACTION_PATH"' in install["run"]
    upload = next(s for s in steps if "uses" in s)
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
    assert upload["with"]["sarif_file"] == "${{ inputs.sarif-file }}"
    assert "--format github" in steps[-1]["run"]
    for step in steps:
        # Inputs reach scripts through env only: `${{ }}` inside a script is shell injection.
        assert "${{" not in step.get("run", "")
        assert step.get("shell", "bash") == "bash"


def run_steps(workspace: Path, action_path: Path, temp: Path, inputs: dict) -> list[subprocess.CompletedProcess]:
    spec = action()
    context = {f"inputs.{k}": str(v.get("default", "")) for k, v in spec["inputs"].items()}
    context.update({f"inputs.{k}": v for k, v in inputs.items()})
    context.update({"github.action_path": str(action_path), "runner.temp": str(temp)})
    done = []
    for step in spec["runs"]["steps"]:
        if "run" not in step or not wanted(step, context):
            continue
        output = temp / f"output-{len(done)}"
        output.write_text("", encoding="utf-8")
        env = dict(os.environ, GITHUB_OUTPUT=str(output), NO_COLOR="1")
        env.update({k: substitute(str(v), context) for k, v in step.get("env", {}).items()})
        result = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=workspace, env=env,
                                capture_output=True, text=True, timeout=900)
        done.append(result)
        if result.returncode != 0:
            break
        for line in output.read_text(encoding="utf-8").splitlines():
            name, _, value = line.partition("=")
            context[f"steps.{step['id']}.outputs.{name}"] = value
    return done


@pytest.mark.slow
def test_action_steps_annotate_and_write_sarif(tmp_path):
    require_registry(tmp_path)
    action_path = copy_checkout(tmp_path / "action")
    workspace = tmp_path / "workspace"
    (workspace / "help").mkdir(parents=True)
    (workspace / "help" / "a.md").write_text("Please utilize the form.\n", encoding="utf-8")
    (workspace / "help" / "b.md").write_text("Use the form.\n", encoding="utf-8")
    temp = tmp_path / "runner-temp"
    temp.mkdir()
    inputs = {"paths": "help", "sarif": "true", "sarif-file": "out.sarif", "args": "--select PL1",
              "python": sys.executable}
    install, sarif, lint = run_steps(workspace, action_path, temp, inputs)
    assert install.returncode == 0, install.stderr
    assert sarif.returncode == 0, sarif.stderr
    results = json.loads((workspace / "out.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["PL101"]
    assert lint.returncode == 1
    assert lint.stdout.startswith("::warning file=help/a.md,line=1,endLine=1,col=8,endColumn=15,title=PL101 jargon::")
    assert (temp / "plainlint-venv" / "bin" / "plainlint").exists()
