"""Build rulesets/spelling-python-terms.txt (issue 33, spell23): the lower-case words of the cspell
project's Python dictionary (@cspell/dict-python: the standard library's and common packages' names,
'scipy', 'certifi', 'asyncio') that the spelling dictionary does not already know.

Only spelling's `mode: confident` reads the file: an unlisted word it holds is not a confident slip
(rules/spelling_confident.py), because changelogs and install pages name Python packages in lower
case, as their makers write them. The dictionary check and known mode do not read it. spell22
counted it on every labelled finding (6 unlisted FPs, no TP) and spell23 again with seeds 232/233's
labels (docs/accuracy.md).

Input: dictionaries/python/dict/python.txt of streetsidesoftware/cspell-dicts (@cspell/dict-python
4.4.0, MIT licence, Copyright (c) 2017-2025 Street Side Software; the notice is in the header):

    git --git-dir CSPELL_DICTS show 9d27f8ebb36ef052c466d18282fa39dd8a7be7fc:dictionaries/python/dict/python.txt > /tmp/python.txt
    python scripts/build_spelling_python_terms.py /tmp/python.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "rulesets" / "spelling-python-terms.txt"
WORD = re.compile(r"[A-Za-z]{3,}")
HEADER = """\
# Python names for the spelling rule's `mode: confident` (PL502): the words of @cspell/dict-python
# 4.4.0 (dict/python.txt of streetsidesoftware/cspell-dicts at 9d27f8e), lower-cased, letters only,
# three or more, that the dictionary lacks and does not list as a misspelling ('ttype'). Confident
# mode does not report an unlisted word this file holds; the other modes do not read it. Generated
# by scripts/build_spelling_python_terms.py. Do not edit by hand.
#
# The MIT License (MIT). Copyright (c) 2017-2025 Street Side Software <support@streetsidesoftware.nl>
#
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
# associated documentation files (the "Software"), to deal in the Software without restriction,
# including without limitation the rights to use, copy, modify, merge, publish, distribute,
# sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all copies or
# substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
# NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
# DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
# OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def python_words(path: Path) -> set[str]:
    return {w.lower() for w in path.read_bytes().decode("utf-8", "replace").split() if WORD.fullmatch(w)}


def main(argv: list[str]) -> int:
    from plainlint.nlp.spelling import dictionary

    if len(argv) != 1:
        sys.exit(__doc__)
    known = dictionary()
    words = sorted(w for w in python_words(Path(argv[0])) if not known.knows(w) and not known.known_fixes(w))
    OUT.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(words)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
