"""The built wheel carries the rulesets: install it in a fresh venv and lint a file with it."""

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from plhelpers import ROOT

pytestmark = pytest.mark.process



@pytest.mark.slow
def test_wheel_installs_and_lints(tmp_path):
    dist = tmp_path / "dist"
    build = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
                           capture_output=True, text=True)
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next(dist.glob("plainlint-*.whl"))
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "plainlint/rulesets/jargon.yaml" in names
    assert "plainlint/rulesets/irregular-verbs.yaml" in names
    assert "plainlint/schemas/plainlint.schema.json" in names  # the config's JSON Schema, for editors
    assert {"plainlint/health_report/report.css", "plainlint/health_report/report.js"} <= set(names)

    env_dir = tmp_path / "venv"
    # Dependencies come from this test environment; only the wheel itself is installed fresh.
    venv.create(env_dir, with_pip=False, system_site_packages=False)
    site = next((env_dir / "lib").glob("python3*/site-packages"))
    import sysconfig

    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    install = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index",
                              "--target", str(site), str(wheel)], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr[-2000:]
    article = tmp_path / "a.md"
    article.write_text("Please utilize the form.\n", encoding="utf-8")
    python = env_dir / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    result = subprocess.run([str(python), "-c",
                             "import plainlint, sys; assert 'site-packages' in plainlint.__file__, plainlint.__file__;"
                             "from plainlint.cli import main; sys.argv=['plainlint','check','a.md']; main()"],
                            cwd=tmp_path, capture_output=True, text=True, env=env)
    assert result.returncode == 1, result.stderr[-2000:]
    assert "a.md:1:8: warning [jargon]" in result.stdout
    report = subprocess.run([str(python), "-c", "import sys; from plainlint.cli import main;"
                             "sys.argv=['plainlint','report','a.md','-o','r.html']; main()"],
                            cwd=tmp_path, capture_output=True, text=True, env=env)
    assert report.returncode == 0, report.stderr[-2000:]
    assert "function sortTable" in (tmp_path / "r.html").read_text(encoding="utf-8")
