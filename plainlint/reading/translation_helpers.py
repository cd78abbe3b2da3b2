"""Which calls in an output tag hold the e-mail's English, in which argument: gettext's helpers per
template language (rulesets/translation-helpers.yaml) and a project's own (config
`translation-helpers`: `{{ _fsdomain('...') }}`, `{{ render_text("...") }}`), as one regex.

Flask-Security writes every sentence of its e-mails in a domain wrapper and SimpleLogin in a
macro; Alaveteli's ERB mails call Ruby's gettext `_()`. Read only under Jinja's `_`, `gettext` and
a few more, each such set of e-mails gave no finding and no sign that nothing was read (user31).
translation_strings.translation_mask masks the call and reads the literals this finds.
"""

from __future__ import annotations

import functools
import re

from ..linting.ruleset_data import RulesetError, check_sections, load_ruleset_file, ruleset_path

# Where each section's calls stand: an output tag's opening.
OPENERS = {"curly": r"\{\{-?\s*", "erb": r"<%[=-]\s*"}
_KEYS = {"name", "context", "strings", "separator"}
_NAME = re.compile(r"[A-Za-z_][\w.]*")


@functools.lru_cache(maxsize=None)
def _helpers() -> dict[str, list[dict]]:
    """The ruleset, checked: an unknown section or key is a mistake in the data, said with the file's name."""
    data = load_ruleset_file("translation-helpers")
    check_sections("translation-helpers", data, {section: _KEYS for section in OPENERS})
    for section, entries in data.items():
        for entry in entries:
            if not _NAME.fullmatch(str(entry.get("name", ""))) or entry.get("strings", 1) not in (1, 2):
                raise RulesetError(f"{ruleset_path('translation-helpers')}: {section}: {entry!r}: "
                                   "needs a function's name, and strings 1 or 2")
    return data


def is_helper_name(name: str) -> bool:
    """Whether config `translation-helpers` may name it: a function's name (`_fsdomain`, `macros.text`)."""
    return bool(_NAME.fullmatch(name))


def shape(entry: dict) -> tuple[int, int, str]:
    """(context arguments, English strings, separator) of a ruleset entry or a configured name."""
    return entry.get("context", 0), entry.get("strings", 1), entry.get("separator", "")


@functools.lru_cache(maxsize=32)
def calls(extra: tuple[str, ...], literal: str, run: str, end: str) -> tuple[re.Pattern, dict[str, tuple[int, int, str]]]:
    """One regex for every helper call, shipped and configured (`extra`: first string argument is
    prose, in both sections), and each alternative's shape by the name of its group: group `hN`
    is the English (`run`: literals read as one string), `hNp` its plural; a context is one `literal`."""
    by_shape: dict[tuple[str, tuple[int, int, str]], set[str]] = {}
    for section, entries in _helpers().items():
        for entry in [*entries, *({"name": name} for name in extra)]:
            by_shape.setdefault((section, shape(entry)), set()).add(entry["name"])
    alternatives, shapes = [], {}
    for n, ((section, (context, strings, separator)), names) in enumerate(sorted(by_shape.items())):
        called = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
        plural = rf"\s*,\s*(?P<h{n}p>{run})" if strings == 2 else ""
        alternatives.append(rf"{OPENERS[section]}(?:{called})(?![\w.])\s*\(?\s*(?:{literal}\s*,\s*){{{context}}}"
                            rf"(?P<h{n}>{run}){plural}{end}")
        shapes[f"h{n}"] = (context, strings, separator)
    return re.compile("|".join(alternatives), re.DOTALL), shapes


# A quoted string of two words or more (letters) in an output tag's call: `render_text("Hi there")`.
_CALLED_TEXT = re.compile(r"""(?:\{\{-?|<%[=-])\s*(?P<name>[A-Za-z_][\w.]*)\s*\(\s*"""
                          r"""(?P<text>"[^"\\\r\n]*?[A-Za-z]{2,}\s+[A-Za-z]{2,}[^"\\\r\n]*"|'[^'\\\r\n]*?[A-Za-z]{2,}\s+[A-Za-z]{2,}[^'\\\r\n]*')""")
_PROSE_WORD = re.compile(r"[A-Za-z]{2,}")


def unread_called_text(doc) -> tuple[int, int, str] | None:
    """Where a template that yielded no prose word holds text in a call it did not read (the
    first such string's source span inside its quotes, and the call's name): the text is there, in a helper or
    macro plainlint does not know (template-unread, PL910). None when any word was read."""
    if not doc.template_tags or any(_PROSE_WORD.search(segment.text) for segment in doc.segments):
        return None
    for tag in doc.template_tags:
        found = _CALLED_TEXT.match(tag.text) if tag.kind == "output" else None
        if found is not None:
            return tag.start + found.start("text") + 1, tag.start + found.end("text") - 1, found.group("name")
    return None
