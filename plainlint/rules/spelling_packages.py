"""A dependency named with its version change: 'Bump axios from 1.6.7 to 1.7.4' (spelling, PL502).

Release notes and changelogs list upgraded dependencies in the form Dependabot writes ('Bump
certifi from 2024.6.2 to 2024.7.4', 'Bump pymdown-extensions from 10.21.3 to 11.0'): the word
before 'from VERSION to VERSION' is a package's name, spelled as its registry spells it, not a
prose word (spell18: 6 wrong findings and no right one over every spelling label). A word after
a determiner is a common noun ('the pacakge from 1.2 to 1.3') and a known misspelling is always
a slip: both are still reported.
"""

from __future__ import annotations

import re

_VERSION = r"v?\d+(?:\.\d+)+[\w.+-]*"
# After the word: the rest of a hyphenated package name, then 'from VERSION to VERSION'.
_VERSION_CHANGE_AFTER = re.compile(rf"(?:-[A-Za-z0-9]+)*[ \t]+from[ \t]+{_VERSION}[ \t]+to[ \t]+{_VERSION}")
_DETERMINER_BEFORE = re.compile(r"(?:^|\W)(?:the|a|an|this|that|our|your|its|their|my)[ \t]+$", re.IGNORECASE)


def names_a_versioned_package(text: str, start: int, end: int) -> bool:
    """Whether the word at `start:end` is followed by its version change ('from 1.2 to 1.3') and
    not preceded by a determiner."""
    return (_VERSION_CHANGE_AFTER.match(text, end) is not None
            and _DETERMINER_BEFORE.search(text, max(0, start - 12), start) is None)
