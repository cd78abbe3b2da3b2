"""Step "Lint": run plainlint once, keep its exit code, never fail the step.

plainlint writes the `--format json` report to the work folder; the summary, the annotations
and the log lines below are all derived from it, so the content is linted once. The exit code
(0, 1, 2, 130, 143) goes to the step's outputs and the step itself exits 0: a 2 from one
unreadable file must not skip the summary, annotation and upload steps. The last step
("Finish") exits with the saved code.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gha  # noqa: E402


# and -o: the action chooses the report's format and place. --diff would write a patch where the
# JSON report goes (the Lint step then crashed reading it).
OWN_OPTIONS = ("--format", "--output-file", "--diff")


def own_options(args: str) -> list[str]:
    """The options in ARGS that the action sets itself (the report must be JSON, in the work folder)."""
    return [token for token in shlex.split(args)
            if token.split("=", 1)[0] in OWN_OPTIONS or (token.startswith("-o") and not token.startswith("--"))]


def lint_command(report: Path, args: str, paths: str) -> list[str]:
    """PATHS and ARGS are split like a shell would (quotes keep a path with spaces whole)."""
    return [sys.executable, "-m", "plainlint", "check", "--format", "json", "--output-file", str(report),
            *shlex.split(args), *(shlex.split(paths) or ["."])]


def exit_code(returncode: int) -> int:
    """A child killed by signal N reports -N; the shell convention is 128 + N."""
    return 128 - returncode if returncode < 0 else returncode


def one_line(text: str) -> str:
    return " ".join(str(text).split("\n")).replace("\r", " ")


def concise(entry: dict) -> str:
    """The `--format concise` line of a finding; a file not linted reads `[not-linted]`."""
    where = ":".join(str(part) for part in (entry["path"], entry.get("line"), entry.get("column")) if part)
    label = "[not-linted]" if gha.is_file_error(entry) else f"{entry['code']} [{entry['rule']}]"
    return f"{where}: {entry['severity']} {label} {one_line(entry['message'])}"


def run(command: list[str], work: Path) -> int:
    """Run plainlint; its stderr goes to the log and to `stderr.txt` for the summary."""
    done = subprocess.run(command, stderr=subprocess.PIPE, text=True)
    sys.stderr.write(done.stderr)
    (work / "stderr.txt").write_text(done.stderr, encoding="utf-8")
    return exit_code(done.returncode)


def clash_message(args: str) -> str | None:
    clash = own_options(args)
    return f"the args input must not set {', '.join(clash)}: the action writes the report itself" if clash else None


def lint(work: Path, report: Path) -> int:
    """plainlint's exit code; 2 without running it when ARGS would change the report."""
    message = clash_message(gha.env("ARGS"))
    if message:
        print(gha.error(message))
        (work / "stderr.txt").write_text(f"Error: {message}\n", encoding="utf-8")
        return 2
    return run(lint_command(report, gha.env("ARGS"), gha.env("PATHS")), work)


def main() -> int:
    work = Path(gha.env("PLAINLINT_WORK"))
    report = work / "report.json"
    report.unlink(missing_ok=True)  # a report from an earlier run in this job is not this run's
    code = lint(work, report)
    entries = gha.load_report(report)
    for entry in entries or []:
        print(concise(entry))
    errors = sum(map(gha.is_file_error, entries or []))
    print(f"plainlint exit code {code}: {gha.meaning(code)}")
    gha.set_outputs(exit_code=code, findings=len(entries or []) - errors, files_not_read=errors,
                    report=report if entries is not None else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
