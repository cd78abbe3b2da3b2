"""What the action's step scripts share: the runner's files and variables.

The runner hands a step its outputs file (`GITHUB_OUTPUT`), its job-summary file
(`GITHUB_STEP_SUMMARY`), the event (`GITHUB_EVENT_PATH`) and the repository and commit
(`GITHUB_REPOSITORY`, `GITHUB_SHA`). Everything here reads those variables and nothing else, so
a test can point them at temporary files and run a step exactly as the runner does.

This module must not import plainlint: `prepare.py` runs before plainlint is installed.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path, PurePosixPath
from urllib.parse import quote

# Exit codes of `plainlint check` (README, "Exit codes") and what the job summary says of them.
MEANINGS = {
    0: "no findings at or above the fail level",
    1: "findings at or above the fail level",
    2: "a file could not be read, or a usage or config error",
    130: "interrupted (SIGINT)",
    143: "cancelled (SIGTERM)",
}


def meaning(code: int) -> str:
    return MEANINGS.get(code, "plainlint stopped unexpectedly")


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def set_outputs(**values) -> None:
    """Append step outputs to `$GITHUB_OUTPUT` (names with `_` become `-`).

    A value with a line break is written in the runner's `name<<DELIMITER` form, with a random
    delimiter so no value can end it early.
    """
    lines = []
    for name, value in values.items():
        name, value = name.replace("_", "-"), str(value)
        if "\n" in value or "\r" in value:
            delimiter = f"ghadelimiter_{secrets.token_hex(8)}"
            lines.append(f"{name}<<{delimiter}\n{value}\n{delimiter}")
        else:
            lines.append(f"{name}={value}")
    with open(env("GITHUB_OUTPUT"), "a", encoding="utf-8") as out:
        out.write("".join(line + "\n" for line in lines))


def append_summary(markdown: str) -> None:
    with open(env("GITHUB_STEP_SUMMARY"), "a", encoding="utf-8") as out:
        out.write(markdown if markdown.endswith("\n") else markdown + "\n")


def escape_data(text: str) -> str:
    """A workflow command's message (as @actions/core escapes it)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def notice(message: str) -> str:
    return f"::notice title=plainlint::{escape_data(message)}"


def error(message: str) -> str:
    return f"::error title=plainlint::{escape_data(message)}"


def load_event() -> dict:
    """The webhook payload of the run (`{}` when there is none, as in a local run)."""
    path = env("GITHUB_EVENT_PATH")
    if not path or not Path(path).is_file():
        return {}
    return json.loads(Path(path).read_text(encoding="utf-8"))


def load_report(path: str | Path) -> list[dict] | None:
    """plainlint's `--format json` report, or None when plainlint wrote none (a usage error)."""
    path = Path(path)
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def is_file_error(entry: dict) -> bool:
    """A file that could not be linted is an entry with no rule and the category "error"."""
    return entry.get("rule") is None and entry.get("category") == "error"


def repo_path(path: str) -> str | None:
    """`path` relative to the repository root (`GITHUB_WORKSPACE`), POSIX style, or None when
    it lies outside (then it has no page on GitHub to link to)."""
    workspace = Path(env("GITHUB_WORKSPACE") or os.getcwd()).resolve()
    full = (Path.cwd() / path).resolve()
    try:
        return PurePosixPath(full.relative_to(workspace).as_posix()).as_posix()
    except ValueError:
        return None


def blob_url(path: str, line: int | None) -> str | None:
    """The file's page at the linted commit, scrolled to `line`; None without repository or
    commit (a local run) or for a file outside the repository."""
    repository, sha, relative = env("GITHUB_REPOSITORY"), env("GITHUB_SHA"), repo_path(path)
    if not (repository and sha and relative):
        return None
    server = env("GITHUB_SERVER_URL", "https://github.com").rstrip("/")
    anchor = f"#L{line}" if line else ""
    return f"{server}/{repository}/blob/{sha}/{quote(relative)}{anchor}"
