"""Step "Prepare": refuse Windows, and name the install cache.

Run with the interpreter from the `python` input, before plainlint exists. The cache key holds
everything that makes a saved virtual environment unusable or out of date:

- the runner's OS and architecture, and the interpreter (implementation, full version and
  path: a venv links to the interpreter that made it, so a venv from another Python is broken);
- the action's version (`plainlint.__version__`) and a digest of the files that are installed
  (`pyproject.toml`, `plainlint/`, `rulesets/`), so `@main` or a re-pointed tag installs afresh.
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gha  # noqa: E402

INSTALLED = ("pyproject.toml", "plainlint", "rulesets")


def unsupported_os(runner_os: str) -> str | None:
    """Why the action cannot run here, or None. Windows runners are not supported: the
    virtual environment's layout (`Scripts\\python.exe`) and the path handling differ."""
    if runner_os == "Windows" or os.name == "nt":
        return ("the plainlint action supports Linux and macOS runners, not Windows; on Windows "
                "run `pip install plainlint` and `plainlint check --format github` in a step")
    return None


def action_version(action_path: Path) -> str:
    text = (action_path / "plainlint" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    return match[1] if match else "unknown"


def installed_files(action_path: Path):
    for name in INSTALLED:
        top = action_path / name
        files = [top] if top.is_file() else sorted(top.rglob("*"))
        yield from (f for f in files if f.is_file() and "__pycache__" not in f.parts)


def source_digest(action_path: Path) -> str:
    digest = hashlib.sha256()
    for path in installed_files(action_path):
        digest.update(path.relative_to(action_path).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def interpreter_tag() -> str:
    where = hashlib.sha256(os.path.realpath(sys.executable).encode()).hexdigest()[:8]
    return f"{sys.implementation.name}{platform.python_version()}-{where}"


def cache_key(action_path: Path, runner_os: str, arch: str) -> str:
    return "-".join(["plainlint", runner_os or platform.system(), arch or platform.machine(),
                     interpreter_tag(), f"v{action_version(action_path)}", source_digest(action_path)])


def main() -> int:
    reason = unsupported_os(gha.env("RUNNER_OS"))
    if reason:
        print(gha.error(reason))
        return 1
    action_path = Path(gha.env("ACTION_PATH"))
    work = Path(gha.env("RUNNER_TEMP")) / "plainlint"
    work.mkdir(parents=True, exist_ok=True)
    key = cache_key(action_path, gha.env("RUNNER_OS"), gha.env("RUNNER_ARCH"))
    print(f"plainlint {action_version(action_path)}; install cache key: {key}")
    gha.set_outputs(key=key, venv=work / "venv", work=work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
