"""Grav's notice markup (the markdown-notices plugin): `! text`, `!! text`, `!!! text`, `!!!! text`
at a paragraph line's start is a notice box of level info, warning, note or tip. The marks are
markup, masked like the other dialect markers (readers.markdown's alerts and admonitions), so no
rule reads them and no fix edits them; the notice's text stays prose at its place, a unit of its
own (see mask_notices).

Only a Grav page is read so (rulesets/grav-notices.yaml): one in a numbered folder under `pages/`
('pages/01.basics/'). Elsewhere '!!!' opens MkDocs' admonition and '!! WARNING !!' is a voice
raised (Tasmota's MkDocs pages: a labelled TP, so the marks alone do not make a Grav page), and a
line of an MkDocs admonition's shape (`!!! note "Title"`, mkdocs_blocks.ADMONITION_LINE) is left
to it on a Grav page too.
"""

from __future__ import annotations

import functools
import re
from pathlib import PurePosixPath

from ...linting.ruleset_data import load_ruleset_file
from ..offsets import BRANCH_MASK, CONTROL_MASK
from .mkdocs_blocks import ADMONITION_LINE

# Any line opening with marks and a space, the cheap test every Markdown page gets.
_HINT = re.compile(r"^[ \t]{0,3}!{1,4} +[^\s!]", re.M)


@functools.lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern, re.Pattern]:
    """The notice line (1 to as many marks as levels) and a Grav page's folder."""
    data = load_ruleset_file("grav-notices")
    # marks, then a space and the notice's text, or nothing: a line of marks alone inside a notice
    # (Parsedown's continuation line needs no space)
    line = re.compile(r"^([ \t]{0,3})(!{1,%d})(?: +(?=[^\s!])|[ \t]*$)" % len(data["levels"]), re.M)
    return line, re.compile(data["page_folder"])


def mask_notices(text: str, path: str) -> str:
    """`text` with the marks of each notice line (and the spaces after them) masked on a Grav page;
    same length. A notice's first line ends the unit above (BRANCH_MASK: Parsedown starts the
    notice's block there, even right under a paragraph's line); a line with the same marks right
    under a line of its text continues its paragraph (CONTROL_MASK), and a line of marks alone is a
    paragraph break inside the notice."""
    if "!" not in text or not _HINT.search(text):
        return text
    line, page_folder = _data()
    if not _in_a_grav_page_folder(path, page_folder):
        return text
    notices = list(line.finditer(text))
    pieces, done, open_notice = [], 0, (-2, "")  # (the end of the last line of notice text, its marks)
    for notice in notices:
        if ADMONITION_LINE.match(text, notice.start()):
            continue  # `!!! note "Title"`: MkDocs' admonition, its body indented under it
        marks = notice.group(2)
        continues = open_notice == (notice.start() - 1, marks)
        pieces += [text[done:notice.start(2)], (CONTROL_MASK if continues else BRANCH_MASK) * (notice.end() - notice.start(2))]
        done = notice.end()
        line_end = _line_end(text, done)
        open_notice = (line_end, marks) if text[done:line_end].strip() else (-2, "")  # (marks alone: a paragraph break)
    return "".join(pieces) + text[done:]


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _in_a_grav_page_folder(path: str, page_folder: re.Pattern) -> bool:
    folders = PurePosixPath(path.replace("\\", "/")).parts[:-1]
    if "pages" not in folders:
        return False
    below = folders[len(folders) - 1 - folders[::-1].index("pages") + 1:]
    return any(page_folder.match(folder) for folder in below)
