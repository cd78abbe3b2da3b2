"""undefined-acronym (issue 30): letters in capitals that are not a term to spell out, read off
their surroundings (held-out IT-pro pages in bench/): a file type the page shows, a string
copied from a log, a truncated word, a literal account name, a known abbreviation written in two
parts."""

from __future__ import annotations

import re

from ..reading.document import Document


# Extensions that are also parts of web addresses ("contoso.com"), not file types.
_ADDRESS_ENDINGS = {"com", "net", "org", "edu", "gov", "io", "co", "us", "uk"}


def names_a_file_type(doc: Document, lowered: str) -> bool:
    """The letters are the extension of a file the document names ("the MOF file" beside
    "WebAdministration.mof", "ASPX pages" beside "default.aspx") or an extension it shows ("XLL
    add-ins (.xll)", "*.mdf"): a file type the reader sees on the file itself, not a term to
    expand."""
    if lowered in _ADDRESS_ENDINGS or not lowered.isalpha():
        return False
    found = doc.cached("file extensions", lambda: {
        m.group(1).lower() for m in re.finditer(r"(?<![/@\w.-])(?:[\w-]+|\*)?\.([A-Za-z]{2,6})(?![\w./@-])", doc.source.text)})
    return lowered in found


# Letters cut off where a summary is truncated ("... additional CP..." for "CPU"), and letters
# of a literal domain or built-in account name ("NT AUTHORITY\Authenticated Users").
CUT_OFF = re.compile(r"(?:\.\.\.|…)\s*[\"”]?\s*\Z")
IN_AN_ACCOUNT_NAME = re.compile(r"(?:[ \t]+[A-Z][A-Z0-9]+)*\\\w")


def in_machine_string(text: str, match: re.Match) -> bool:
    """The letters are inside a run of characters joined by '+', as in a user agent or an
    encoded query copied from a log ('Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+...(KHTML,+like'):
    a string the reader matches, not words to read."""
    start = max(text.rfind(" ", 0, match.start()), text.rfind("\t", 0, match.start())) + 1
    ends = [i for i in (text.find(" ", match.end()), text.find("\t", match.end())) if i >= 0]
    return "+" in text[start:min(ends) if ends else len(text)]


def joined_is_known(text: str, match: re.Match, known: set[str]) -> bool:
    """The letters and the capitals after them are a known abbreviation written in two parts:
    'OLE DB' for OLEDB."""
    after = re.match(r"[ \t]+([A-Z][A-Z0-9]+)\b", text[match.end():match.end() + 12])
    return after is not None and (match.group("word") + after.group(1)).lower() in known
