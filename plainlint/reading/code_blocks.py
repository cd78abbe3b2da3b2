"""Template blocks whose body a site renders as code: masked whole, never read as prose.

The blocks are data (rulesets/code-blocks.yaml): paired Hugo shortcodes (Hugo's `highlight`, the
`code-toggle` of Hugo's documentation, Docsy's `tab` and `card`) and Liquid block tags (Jekyll's
`{% highlight %}`). Each becomes one pattern among the template tags' (`patterns`, joined by
templates._compile), so the block, its tags and its body, is one control tag: its comment lines are
no headings, its `<img>` no image, and a fix never edits it.

A shortcode that is code only under a condition on its own opening tag (card's `code=true`, a
tab's own `text=true`) says so in its pattern. One that also depends on the shortcode it sits in
(a Docsy tab is text when its tabpane has `text=true`) is matched as CONDITIONAL and decided by
`Enclosing.is_code`, which looks back at the enclosing tag: a regular expression cannot.
"""

from __future__ import annotations

import bisect
import functools
import re

from ..linting.ruleset_data import RulesetError, check_sections, load_ruleset_file, ruleset_path

CODE = "raw"  # the tag kind of a code block: masked as control (templates._classify)
CONDITIONAL = "raw-if-inside"  # a code block only inside an enclosing shortcode without `unless`
_KEYS = {"shortcodes": {"name", "when", "unless", "inside"}, "liquid": {"name"}}


@functools.lru_cache(maxsize=None)
def _blocks() -> dict[str, list[dict]]:
    """The ruleset, checked: an unknown key is a mistake in the data, said with the file's name."""
    data = load_ruleset_file("code-blocks")
    check_sections("code-blocks", data, _KEYS)
    for section, entries in data.items():
        for entry in entries:
            if not entry.get("name"):
                raise RulesetError(f"{ruleset_path('code-blocks')}: {section}: {entry!r}: needs a name")
    return data


def patterns(tag_max: int, body_max: int) -> list[tuple[str, str]]:
    """(regex, kind) for every code block: a tag's parameters up to `tag_max` characters, a body
    up to `body_max` (a longer one is read as it was before, an opening tag among others)."""
    found = [(_shortcode(entry, tag_max, body_max), CONDITIONAL if entry.get("inside") else CODE)
             for entry in _blocks().get("shortcodes", ())]
    found += [(_liquid(entry["name"], tag_max, body_max), CODE) for entry in _blocks().get("liquid", ())]
    return found


def _true(parameter: str) -> str:
    """A Hugo boolean parameter set to true inside the opening tag (`text=true`)."""
    return rf"[^{{}}]{{0,4000}}?\b{re.escape(parameter)}\s*=\s*true\b"


def _shortcode(entry: dict, tag_max: int, body_max: int) -> str:
    """`{{< name ... >}} body {{< /name >}}`; a self-closing `{{< name />}}` has no body."""
    name = re.escape(entry["name"])
    condition = "".join([f"(?={_true(entry['when'])})" if entry.get("when") else "",
                         f"(?!{_true(entry['unless'])})" if entry.get("unless") else ""])
    return (rf"\{{\{{[<%]\s*{name}(?![\w-]){condition}[^{{}}]{{0,{tag_max}}}?(?<!/)[>%]\}}\}}"
            rf".{{0,{body_max}}}?\{{\{{[<%]\s*/\s*{name}\s*[>%]\}}\}}")


def _liquid(name: str, tag_max: int, body_max: int) -> str:
    """`{% name ... %} body {% endname %}`, with or without Liquid's `-` trimming."""
    name = re.escape(name)
    return (rf"\{{%-?\s*{name}(?![\w-])[^%]{{0,{tag_max}}}?-?%\}}"
            rf".{{0,{body_max}}}?\{{%-?\s*end{name}\s*-?%\}}")


_SHORTCODE_NAME = re.compile(r"\{\{[<%]\s*([\w-]+)")


class Enclosing:
    """What the CONDITIONAL blocks of one text sit in: each enclosing shortcode's opening and
    closing tags, found once per name and text."""

    def __init__(self, text: str):
        self.text = text
        self._tags: dict[str, tuple[list[int], list[str | None]]] = {}

    def is_code(self, block: str, start: int) -> bool:
        """Whether the CONDITIONAL `block` at `start` is code: it sits in its `inside` shortcode
        (the last such tag before it opens one), and neither that tag nor the block's own sets
        `unless` to true (the block's own was checked by its pattern)."""
        entry = _entry(_SHORTCODE_NAME.match(block).group(1))
        starts, openings = self._found(entry["inside"])
        at = bisect.bisect_left(starts, start) - 1
        opening = openings[at] if at >= 0 else None
        if opening is None:  # outside any: another theme's shortcode of that name
            return False
        return not entry.get("unless") or _setting_true(entry["unless"]).match(opening) is None

    def _found(self, name: str) -> tuple[list[int], list[str | None]]:
        """Starts of `name`'s tags in the text, and each one's parameters (None for a closing tag)."""
        if name not in self._tags:
            tag = re.compile(rf"\{{\{{[<%]\s*(/)?\s*{re.escape(name)}(?![\w-])([^{{}}]{{0,4000}}?)[>%]\}}\}}")
            found = [(m.start(), None if m.group(1) else m.group(2)) for m in tag.finditer(self.text)]
            self._tags[name] = ([start for start, _ in found], [params for _, params in found])
        return self._tags[name]


@functools.lru_cache(maxsize=None)
def _setting_true(parameter: str) -> re.Pattern:
    return re.compile(_true(parameter))


def _entry(name: str) -> dict:
    return next(entry for entry in _blocks()["shortcodes"] if entry["name"] == name)
