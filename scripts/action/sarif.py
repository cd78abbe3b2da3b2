"""Step "SARIF": write the SARIF report, and decide whether it can be uploaded.

Uploading to code scanning needs a token that can write security events. A pull request from a
fork (on `pull_request` and the review events) gets a read-only token whatever the workflow's
`permissions:` say, so there the upload would fail the job; it is skipped with a notice instead,
as it is when the `upload-sarif` input is "false". The report is still written (`sarif-file` output), e.g. to
keep as an artifact.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gha  # noqa: E402
from lint import clash_message  # noqa: E402

# Events whose payload carries the pull request and whose token is read-only for forks;
# `pull_request_target` runs in the base repository with its token, so it is not here.
READ_ONLY_FOR_FORKS = {"pull_request", "pull_request_review", "pull_request_review_comment"}


def from_fork(event: dict) -> bool:
    """The head branch lives in another repository (or its repository was deleted)."""
    pull = event.get("pull_request") or {}
    head, base = (pull.get("head") or {}).get("repo"), (pull.get("base") or {}).get("repo") or {}
    if not pull:
        return False
    return head is None or head.get("full_name") != base.get("full_name")


def upload_blocker(wanted: str, event_name: str, event: dict) -> str | None:
    """Why the SARIF report is not uploaded, or None when it is."""
    if wanted.strip().lower() == "false":
        return "the upload-sarif input is \"false\""
    if event_name in READ_ONLY_FOR_FORKS and from_fork(event):
        return "this pull request comes from a fork, whose token cannot write security events"
    return None


def write_sarif(sarif_file: str, args: str, paths: str) -> str | None:
    """One more run, in SARIF (plainlint's cache makes it quick); `--exit-zero` because the
    Lint step already kept the exit code. Returns why there is no report, or None."""
    message = clash_message(args)
    if message:
        return message
    command = [sys.executable, "-m", "plainlint", "check", "--format", "sarif", "--output-file", sarif_file,
               "--exit-zero", *shlex.split(args), *(shlex.split(paths) or ["."])]
    subprocess.run(command, stderr=subprocess.DEVNULL)
    return None if Path(sarif_file).is_file() else "plainlint wrote no SARIF report (see the Lint step)"


def main() -> int:
    sarif_file = gha.env("SARIF_FILE")
    Path(sarif_file).unlink(missing_ok=True)
    reason = (write_sarif(sarif_file, gha.env("ARGS"), gha.env("PATHS"))
              or upload_blocker(gha.env("UPLOAD_SARIF", "true"), gha.env("GITHUB_EVENT_NAME"), gha.load_event()))
    if reason:
        print(gha.notice(f"SARIF upload skipped: {reason}."))
    gha.set_outputs(sarif_file=sarif_file if Path(sarif_file).is_file() else "",
                    upload="false" if reason else "true")
    return 0


if __name__ == "__main__":
    sys.exit(main())
