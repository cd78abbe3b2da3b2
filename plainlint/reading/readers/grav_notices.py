"""Grav's notice markup (the markdown-notices plugin): `! text`, `!! text`, `!!! text`, `!!!! text`
at a paragraph line's start is a notice box of level info, warning, note or tip. The marks are
markup, masked like the other dialect markers (readers.markdown's alerts and admonitions), so no
rule reads them and no fix edits them; the notice's text stays prose at its place. They are
masked as a unit boundary (BRANCH_MASK, as a template's `{% else %}`): Grav's parser (Parsedown)
starts the notice's block on that line even right under a paragraph's line, so its text is a unit
of its own, not the end of the sentence above.

Only a Grav page is read so (rulesets/grav-notices.yaml): one in a numbered folder under `pages/`,
or one that holds a notice mark MkDocs has no form for ('!!', '!!!!'). Elsewhere '!!!' opens
MkDocs' admonition, and a line of an MkDocs admonition's shape (`!!! note "Title"`,
mkdocs_blocks.ADMONITION_LINE) is left to it on a Grav page too: its body is read as before.
"""

from __future__ import annotations

import functools
import re
from pathlib import PurePosixPath

from ...linting.ruleset_data import load_ruleset_file
from ..offsets import BRANCH_MASK
from .mkdocs_blocks import ADMONITION_LINE

# Any line opening with marks and a space, the cheap test every Markdown page gets.
_HINT = re.compile(r"^[ \t]{0,3}!{1,4} [^\s!]", re.M)


@functools.lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern, frozenset[str], re.Pattern]:
    """The notice line (1 to as many marks as levels), the Grav-only marks, the page folder."""
    data = load_ruleset_file("grav-notices")
    line = re.compile(r"^([ \t]{0,3})(!{1,%d}) (?=[^\s!])" % len(data["levels"]), re.M)
    return line, frozenset(data["grav_only"]), re.compile(data["page_folder"])


def mask_notices(text: str, path: str) -> str:
    """`text` with the marks of each notice line masked on a Grav page; same length."""
    if "!" not in text or not _HINT.search(text):
        return text
    line, grav_only, page_folder = _data()
    notices = list(line.finditer(text))
    if not notices or not (_in_a_grav_page_folder(path, page_folder)
                           or any(n.group(2) in grav_only for n in notices)):
        return text
    pieces, done = [], 0
    for notice in notices:
        if ADMONITION_LINE.match(text, notice.start()):
            continue  # `!!! note "Title"`: MkDocs' admonition, its body indented under it
        pieces += [text[done:notice.start(2)], BRANCH_MASK * len(notice.group(2))]
        done = notice.end(2)
    return "".join(pieces) + text[done:]


def _in_a_grav_page_folder(path: str, page_folder: re.Pattern) -> bool:
    folders = PurePosixPath(path.replace("\\", "/")).parts[:-1]
    if "pages" not in folders:
        return False
    below = folders[len(folders) - 1 - folders[::-1].index("pages") + 1:]
    return any(page_folder.match(folder) for folder in below)
