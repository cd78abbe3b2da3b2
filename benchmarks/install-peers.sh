#!/bin/sh
# Install the linters plainlint is compared with into benchmarks/.peers/ (git-ignored):
# proselint from PyPI in its own virtual environment, write-good and alex from npm.
# Any peer that fails to install is skipped by bench.py, which says so.
set -u
here=$(cd "$(dirname "$0")" && pwd)
peers="$here/.peers"
mkdir -p "$peers"
python=${PYTHON:-python3}

echo "proselint -> $peers/venv"
"$python" -m venv "$peers/venv" && "$peers/venv/bin/python" -m pip install --quiet --upgrade proselint \
    || echo "proselint: install failed (bench.py will skip it)"

if command -v npm >/dev/null 2>&1; then
    echo "write-good, alex -> $peers/node_modules"
    npm install --silent --no-audit --no-fund --prefix "$peers" write-good alex \
        || echo "write-good/alex: install failed (bench.py will skip them)"
else
    echo "npm not found: write-good and alex are skipped"
fi
