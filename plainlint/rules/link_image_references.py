"""A container image reference as a link's text ('ghcr.io/gotify/server', 'mcr.microsoft.com/windows:1809'):
the image's name as the reader types it in `docker pull`, linked to the image's page. It is no URL read
out in place of words, and words in its place would hide the name the reader needs (check37's leftover).

The reference's shape is the OCI distribution spec's (`[registry/]repository[:tag]`, path components in
lower case), on the host of a public registry (rulesets/accessibility.yaml, `container_registries`). A tag
alone is no sign: 'xumm.app/detect/app:xumm.buysellxrp' (held-out Xaman help) is a web page's address.
"""

from __future__ import annotations

import functools
import re

from .alt_text import data

_COMPONENT = r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
_IMAGE_REFERENCE = re.compile(
    rf"^(?P<host>[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d+)?)/{_COMPONENT}(?:/{_COMPONENT})*"
    r"(?::\w[\w.-]{0,127})?$")


@functools.lru_cache(maxsize=1)
def _registries() -> tuple[frozenset[str], tuple[str, ...]]:
    hosts = data()["container_registries"]
    return frozenset(h for h in hosts if not h.startswith(".")), tuple(h for h in hosts if h.startswith("."))


def names_a_container_image(text: str) -> bool:
    """Whether a link's text is a container image reference on a public registry."""
    found = _IMAGE_REFERENCE.match(text)
    if found is None:
        return False
    host = found.group("host").split(":")[0]
    hosts, suffixes = _registries()
    return host in hosts or host.endswith(suffixes)
