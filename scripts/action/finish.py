"""Step "Finish": end the job with plainlint's exit code, saved by the Lint step.

Every step in between ran whatever the code was, so a 2 (a file that could not be read) still
got its summary, annotations and SARIF upload; the job fails here, with the right code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gha  # noqa: E402


def main() -> int:
    saved = gha.env("EXIT_CODE").strip()
    if not saved.isdigit():
        print(gha.error("the Lint step saved no exit code: plainlint did not run (see the Lint step)"))
        return 2
    code = int(saved)
    message = f"plainlint exit code {code}: {gha.meaning(code)}"
    print(gha.error(message) if code else message)
    return code


if __name__ == "__main__":
    sys.exit(main())
