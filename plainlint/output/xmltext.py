"""XML text and attribute values for the checkstyle and JUnit reports."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

# Characters XML 1.0 does not allow at all, even escaped (C0 controls except tab, LF, CR; etc.).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def attr(value) -> str:
    """A quoted attribute value, newlines kept as character references."""
    return quoteattr(xml_safe(str(value)), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def text(value: str) -> str:
    return escape(xml_safe(value))


def element(name: str, attributes: dict, body: str | None = None) -> str:
    attrs = "".join(f" {key}={attr(value)}" for key, value in attributes.items())
    if body is None:
        return f"<{name}{attrs}/>"
    return f"<{name}{attrs}>{body}</{name}>"


XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
