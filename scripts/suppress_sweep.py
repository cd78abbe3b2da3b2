"""Apply every suppress action the language server offers, on every finding of the given files,
and check that no translation block's text (its message id) changed (supp31, session 31).

    python scripts/suppress_sweep.py FILE_OR_FOLDER... [--show N]

In this process, as the server builds them (`server.linting.lint`, `server.linting.suppress_actions`).
For each action the edited text is compared with the original: the text of every Jinja
`{% trans %}` / Django `{% blocktranslate %}` / `{% blocktrans %}` block byte for byte, and, where
the libraries are installed, the message ids as translators get them (Babel's Jinja extractor,
`jinja2.ext.babel_extract`, for a file with no `{% load i18n %}`; Django's parser, where it parses
with only the i18n library, for the others). Prints counts per action title and each action that
changed a message id; exits 1 when one did.
"""

from __future__ import annotations

import argparse
import collections
import io
import re
import sys
from pathlib import Path

from plainlint.server.actions import SUPPRESS_KIND
from plainlint.server.linting import Snapshot, lint, suppress_actions
from plainlint.server.settings import SettingsCache
from plainlint.server.text import LspText

BLOCK = re.compile(r"\{%-?\s*(?:trans|blocktrans|blocktranslate)\b(?!\s*[\"']).*?%\}(.*?)"
                   r"\{%-?\s*end(?:trans|blocktrans|blocktranslate)\b", re.S)


def jinja_ids(text: str):
    try:
        from jinja2.ext import GETTEXT_FUNCTIONS, babel_extract
    except ImportError:
        return None
    try:
        return [found[2] for found in babel_extract(io.BytesIO(text.encode()), GETTEXT_FUNCTIONS, [], {})]
    except Exception as exc:  # a template Jinja cannot parse: only the string check applies
        return type(exc).__name__


def django_ids(text: str):
    try:
        import django
        from django.conf import settings
    except ImportError:
        return None
    if not settings.configured:
        settings.configure(TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}], USE_I18N=True)
        django.setup()
    from django.template import engines
    from django.templatetags.i18n import BlockTranslateNode

    text = re.sub(r"\{%\s*(?:extends|include)[^%]*%\}", "", re.sub(r"\{%\s*load\s[^%]*%\}", "{% load i18n %}", text))
    try:
        nodes = engines["django"].engine.from_string(text).nodelist.get_nodes_by_type(BlockTranslateNode)
    except Exception as exc:  # an app's own tag library: only the string check applies
        return type(exc).__name__
    return [("".join(t.contents for t in n.singular), "".join(t.contents for t in n.plural or [])) for n in nodes]


def message_ids(text: str):
    return (BLOCK.findall(text), (django_ids if "{% load i18n" in text or "blocktrans" in text else jinja_ids)(text))


def applied(text: LspText, action) -> str:
    edits = next(iter(action.edit.changes.values()))
    out = text.text
    for edit in sorted(edits, key=lambda e: text.offset(e.range.start), reverse=True):
        start, end = text.offset(edit.range.start), text.offset(edit.range.end)
        out = out[:start] + edit.new_text + out[end:]
    return out


def sweep(paths: list[Path], show: int) -> int:
    counts, changed, cache = collections.Counter(), [], SettingsCache()
    for path in paths:
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if not BLOCK.search(raw):
            continue
        counts["files"] += 1
        text = LspText(raw)
        linted = lint(Snapshot(path.as_uri(), None, text, "", path), cache)
        before = message_ids(raw)
        for action in suppress_actions(linted, linted.findings, [SUPPRESS_KIND], versioned=False):
            if action.edit is None:
                counts["config action"] += 1
                continue
            counts[action.title.split(") ", 1)[1]] += 1
            if message_ids(applied(text, action)) != before:
                changed.append(f"{path}: {action.title} (line {action.diagnostics[0].range.start.line + 1})")
    print(dict(counts), "changed a message id or a block's text:", len(changed))
    print("\n".join(changed[:show]))
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--show", type=int, default=20)
    args = parser.parse_args()
    files = sorted(f.resolve() for p in args.paths for f in ([p] if p.is_file() else p.rglob("*")) if f.is_file())
    return sweep(files, args.show)


if __name__ == "__main__":
    sys.exit(main())
