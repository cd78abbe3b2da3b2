"""Remake the README's screenshots of the examples/ report (docs/report-*.png) in headless Chromium.

Run from the repository root: `python scripts/report_screenshots.py`. Needs Debian's chromium.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from cdp import Browser, find_chromium  # noqa: E402


def main() -> int:
    executable = find_chromium()
    if executable is None:
        print("chromium not found (apt-get install -y chromium)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "report.html"
        subprocess.run([sys.executable, "-m", "plainlint", "report", "examples", "-o", str(out),
                        "--title", "Help centre health report"], cwd=ROOT, check=True)
        browser = Browser(executable, width=1100, height=1400)
        try:
            browser.open(out.as_uri())
            browser.screenshot(ROOT / "docs" / "report-overview.png")
            anchor = browser.evaluate(
                "Array.from(document.querySelectorAll('table[data-sortable] a')).find(a => a.textContent.endsWith('reset-password.md'))"
                ".getAttribute('href')")
            browser.call("Emulation.setDeviceMetricsOverride", width=1100, height=1000, deviceScaleFactor=1, mobile=False)
            browser.open(out.as_uri() + anchor)
            browser.screenshot(ROOT / "docs" / "report-document.png")
            if browser.errors:
                print("\n".join(browser.errors), file=sys.stderr)
                return 1
        finally:
            browser.close()
    print("wrote docs/report-overview.png and docs/report-document.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
