"""The title a Markdown link is written with, as the name of a link with no text.

`[](#plans "Direct link to heading")` renders as `<a href="#plans" title="Direct link to
heading"></a>`: with no content, the title is the link's accessible name (the accessible name
computation's last step), as an HTML link's title is (link_text's `_name_from_attributes`). Lago's
help pages keep such anchors after every heading, copied from the Docusaurus site they came from,
which writes each heading's hash link with an aria-label and title 'Direct link to ...' (trial10:
111 'Link has no text' findings, labelled debatable because a name is there). The Markdown reader
keeps no attributes, so the title is read from the link's source.
"""

from __future__ import annotations

import re

# An empty link's text and destination, then its title in double or single quotes or brackets.
_TITLED_LINK = re.compile(r"""\[[^\]]*\]\(\s*<?[^\s()>]*>?\s+(?:"([^"]*)"|'([^']*)'|\(([^()]*)\))\s*\)\Z""")


def markdown_link_title(doc, element) -> dict[str, str]:
    """{"title": ...} for a Markdown link written with a title, else {}."""
    if element.syntax != "markdown":
        return {}
    written = _TITLED_LINK.search(doc.source.text, element.start, element.end)
    if written is None:
        return {}
    return {"title": next(group for group in written.groups() if group is not None)}
