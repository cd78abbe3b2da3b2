"""Code actions beyond fixes (issue 35): suppress a finding, accept a word into the vocabulary.

- **Suppress on this line**: inserts `plainlint-disable-line CODE` in the comment syntax of the
  file's type (`plainlint/linting/suppress.py` documents what it parses): `<!-- -->` in Markdown and
  HTML, `{/* */}` in MDX, `# ` in YAML, and in templates the template language's own comment
  (`{# #}` Jinja/Twig/Nunjucks, `{% comment %}` Liquid, `{{! }}` Handlebars/Mustache, `<%# %>`
  ERB, `{{-- --}}` Blade), which the renderer drops; an `.html` file whose tags are a template
  language's gets that language's comment first (`comment_styles`: `{# #}` Django or Jinja,
  `{{!-- --}}` Handlebars or Mustache, `{% comment %}` Liquid, `<%# %>` ERB or EJS). The comment
  goes at the end of the finding's first line (or, where that is not a comment, on a line of its
  own above it as `disable-next-line`); before an action is offered the edited text is read
  again with the same reader and must have a directive covering the finding and the same prose
  as before, so the action inserts exactly what
  `suppress.find_directives` parses and never changes what the page says. In Markdown and MDX,
  where neither place works because the finding is in a fenced block (a saved reply, in whose
  text an MDX comment would be text), a `disable` line above the fence and an `enable` line
  below it, checked the same way. In a translation block (Jinja's `{% trans %}`, Django's
  `{% blocktranslate %}`) nothing is written inside: its text is the message id, so `disable`
  goes right before the opening tag and `enable` right after the closing tag, and no place is
  offered that changes any block's text (user31). React Email's JSX gets a `{/* */}` child placed
  so that JSX renders the same text. An HTML or MDX comment is never put inside a tag written over
  several lines (MDX then fails to compile; user33): `disable` above the tag, `enable` below it.
  The places are in `plainlint/server/directive_places.py`.
  Where nothing works (inside a YAML block scalar), there is no comment action.
- **Suppress in config** (JSON, plain text, and YAML where no comment works): these have no
  comments the linter can read, so the action adds a `suppress` entry (the file, the macro
  when the finding is in one, the rule) to the nearest config when it is a `.plainlint.yaml`.
  The server writes the file itself (workspace/executeCommand), because editors leave an edit to
  an unopened file unsaved, and the config on disk is what every other run reads. No action
  when the nearest config is `pyproject.toml` or there is none: plainlint does not create a
  config behind the writer's back.
- **Add to vocabulary**: for rules that honour the project vocabulary's accept list
  (`terminology`, `repeated-words`), appends the flagged words to the first `vocabulary.accept`
  file of the nearest config; also written by the server. No action without an accept file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path, PurePosixPath
from types import SimpleNamespace

import yaml
from lsprotocol import types

from ..fixing.atomic import WriteError, write_atomic
from ..config import ConfigError, validate
from ..linting.findings import Finding
from ..reading.fill_ins import settle_kind
from ..reading import templates
from ..reading.readers import format_for, read_document, split_suffixes
from ..reading.readers.fenced import prose_fences
from ..reading.source import Source, SourceError
from ..linting.suppress import find_directives, regions
from .directive_places import (MARKUP_COMMENTS, Insertion, around_fence, around_tag, around_translation_block,
                               block_bodies, inside_a_tag, insertions)

SUPPRESS_KIND = "quickfix.plainlint.suppress"
VOCABULARY_KIND = "quickfix.plainlint.vocabulary"
SUPPRESS_IN_CONFIG = "plainlint.suppressInConfig"
ADD_TO_VOCABULARY = "plainlint.addToVocabulary"
COMMANDS = [SUPPRESS_IN_CONFIG, ADD_TO_VOCABULARY]
VOCABULARY_RULES = frozenset({"PL501", "PL503"})  # rules that skip the accept list's terms
MAX_VOCABULARY_WORDS = 4

# Template families by file suffix, and by the editor's language id for a buffer whose name
# does not say; each family's comment, as suppress.py parses it.
SUFFIX_FAMILIES = {
    ".j2": "jinja", ".jinja": "jinja", ".jinja2": "jinja", ".twig": "jinja", ".njk": "jinja",
    ".liquid": "liquid", ".hbs": "handlebars", ".handlebars": "handlebars", ".mustache": "handlebars",
    ".erb": "erb", ".blade.php": "blade", ".ftl": "freemarker", ".ftlh": "freemarker", ".ftlx": "freemarker",
}
LANGUAGE_FAMILIES = {
    "jinja": "jinja", "jinja-html": "jinja", "htmldjango": "jinja", "django-html": "jinja", "twig": "jinja",
    "nunjucks": "jinja", "liquid": "liquid", "handlebars": "handlebars", "mustache": "handlebars",
    "erb": "erb", "eruby": "erb", "blade": "blade", "freemarker": "freemarker", "ftl": "freemarker",
}
COMMENTS = {
    "jinja": "{{# {} #}}",
    "liquid": "{{% comment %}} {} {{% endcomment %}}",
    "handlebars": "{{{{! {} }}}}",
    "handlebars-html": "{{{{!-- {} --}}}}",  # an .html file's: the directive's reason may hold }}
    "erb": "<%# {} %>",
    "blade": "{{{{-- {} --}}}}",
    "freemarker": "<#-- {} -->",
    "markdown": "<!-- {} -->",
    "html": "<!-- {} -->",
    "mjml": "<!-- {} -->",  # MJML keeps HTML comments; the reader reads the HTML it renders
    "mdx": "{{/* {} */}}",
    "react-email": "{{/* {} */}}",  # a JSX comment child (README's table; user31)
    "yaml": "# {}",
}

TEMPLATE_COMMENTS = frozenset(COMMENTS[family] for family in set(SUFFIX_FAMILIES.values()) | {"handlebars-html"})


def comment_style(name: str, language_id: str, fmt: str) -> str | None:
    """The comment a directive is written in for this file, or None (JSON, plain text)."""
    template, _ = split_suffixes(name)
    family = SUFFIX_FAMILIES.get(template or "")
    if family is None and template is None and format_for(name) is None:
        family = LANGUAGE_FAMILIES.get(language_id.lower())
    if family is not None:
        return COMMENTS[family]
    return COMMENTS.get("html" if fmt == "template" else fmt)


def comment_styles(name: str, language_id: str, fmt: str, syntaxes: tuple[str, ...], text: str = "") -> list[str]:
    """The comments to try for a directive, best first. An HTML file whose tags are a template
    language's gets that language's comment before its `<!-- -->`: the renderer drops it, while
    an HTML comment is sent to every customer (user31; fix33)."""
    comment = comment_style(name, language_id, fmt)
    if comment is None:
        return []
    family = html_template_family(text, syntaxes) if comment == COMMENTS["html"] else None
    return [COMMENTS[family], comment] if family else [comment]


def html_template_family(text: str, syntaxes: tuple[str, ...]) -> str | None:
    """Whose template an `.html` file is, by what its reader masks (`syntaxes`, from
    `readers.template_syntaxes`) and the tags only one language has: Jinja or Django (`{# #}`),
    Handlebars or Mustache (`{{!-- --}}`, which may hold `}}` where `{{! }}` may not), Liquid
    (`{% comment %}`; `{# #}` is text to it), ERB and EJS (`<%# %>`); None for plain HTML."""
    if templates.JINJA in syntaxes:
        return "jinja"
    if templates.CURLY in syntaxes and templates.is_handlebars(None, text):
        return "handlebars-html"
    if templates.CURLY in syntaxes and templates.is_liquid(None, text):
        return "liquid"
    if templates.ERB in syntaxes:
        return "erb"
    return None


def prose(doc) -> list[str]:
    return [" ".join(segment.text.split()) for segment in doc.segments]


def suppresses(linted, finding: Finding, insertion: Insertion) -> bool:
    """Whether the text with `insertion` has a directive covering the finding, and the same
    prose as before (the comment is a comment, not text, and splits no paragraph), and every
    translation block's text as it was (its message id: a space or comment more is another id)."""
    old = linted.source
    new_text = old.text
    if insertion.closing is not None:
        at, closing = insertion.closing
        new_text = new_text[:at] + closing + new_text[at:]
    new_text = new_text[:insertion.offset] + insertion.text + new_text[insertion.offset:]
    settings = linted.settings
    try:
        doc = read_document(Source(old.path, new_text), linted.fmt, settings.templates, detect_language=False,
                            fields=settings.fields, helpers=settings.translation_helpers,
                            lint_fenced=prose_fences(settings, old.path))
    except SourceError:
        return False
    settle_kind(doc, linted.document.kind)  # a reply's fill-ins are placeholders in the prose linted
    moved = SimpleNamespace(code=finding.code, line=insertion.line, start=finding.start + insertion.shift)
    covered = any(region.covers(moved) for region in regions(find_directives(doc), len(new_text)))
    return covered and prose(doc) == linted.original_prose() and block_bodies(doc) == block_bodies(linted.document)


def renders_text(linted, comment: str) -> bool:
    """Whether the file is a plain-text template whose own comment this is: the renderer drops
    the comment but sends every space around it, so a space before it would end the line."""
    return linted.document.format == "text" and comment in TEMPLATE_COMMENTS


def suppress_line_action(linted, finding: Finding, comment: str, make_edit) -> types.CodeAction | None:
    text = linted.snapshot.text
    line = finding.line
    starts = text.line_starts
    line_start, line_end = starts[line - 1], text.line_content_end(line - 1)
    candidates = insertions(text.text, line_start, line_end, line, comment, finding.code, jsx=linted.fmt == "react-email",
                            glued=renders_text(linted, comment))
    if linted.fmt in ("markdown", "mdx"):
        candidates.append(around_fence(text.text, starts, line, comment, finding.code))
    if comment.format("").startswith(MARKUP_COMMENTS):  # never inside a tag: MDX fails to compile (user33)
        candidates = [c for c in candidates if c is None or not inside_a_tag(text.text, c)]
        if linted.fmt != "react-email":
            candidates.append(around_tag(text.text, starts, finding.start, line, comment, finding.code))
    # Jinja's and Django's `{# #}` first: the block is one of theirs, and an HTML comment is sent
    candidates += around_translation_block(linted.document, finding, list(dict.fromkeys([COMMENTS["jinja"], comment])),
                                           finding.code)
    for insertion in filter(None, candidates):
        if suppresses(linted, finding, insertion):
            pieces = [(insertion.offset, insertion.text), *([insertion.closing] if insertion.closing else [])]
            edits = [types.TextEdit(range=text.range(at, at), new_text=piece) for at, piece in pieces]
            return types.CodeAction(title=f"Suppress {finding.code} ({finding.rule}) {insertion.where}",
                                    kind=SUPPRESS_KIND, edit=make_edit(edits), diagnostics=[linted.diagnostic_of(finding)])
    return None


# -- actions the server carries out: config and vocabulary files ------------------------------


def config_suppress_action(linted, finding: Finding) -> types.CodeAction | None:
    config = linted.config
    if config is None or config.path is None or config.path.suffix not in (".yaml", ".yml"):
        return None
    path = linted.snapshot.path
    if path is None:
        return None
    try:
        relative = path.resolve().relative_to(config.root.resolve()).as_posix()
    except ValueError:
        return None
    macro = finding.context.get("macro")
    entry = {"files": [relative], **({"macros": [macro]} if macro else {}), "rules": [finding.code]}
    where = f"macro '{macro}'" if macro else "this file"
    return types.CodeAction(
        title=f"Suppress {finding.code} ({finding.rule}) for {where} in {config.path.name}",
        kind=SUPPRESS_KIND, diagnostics=[linted.diagnostic_of(finding)],
        command=types.Command(title="Suppress in config", command=SUPPRESS_IN_CONFIG,
                              arguments=[str(config.path), entry]))


def vocabulary_action(linted, finding: Finding) -> types.CodeAction | None:
    if finding.code not in VOCABULARY_RULES or finding.context.get("source") == "project vocabulary":
        return None
    accept = accept_file(linted.config)
    words = " ".join(finding.flagged.split())
    if accept is None or not words or len(words.split()) > MAX_VOCABULARY_WORDS or re.search(r"[#|()]|->", words):
        return None
    shown = accept.relative_to(linted.config.root).as_posix() if accept.is_relative_to(linted.config.root) else str(accept)
    return types.CodeAction(
        title=f"Add '{words}' to the vocabulary ({shown})", kind=VOCABULARY_KIND,
        diagnostics=[linted.diagnostic_of(finding)],
        command=types.Command(title="Add to vocabulary", command=ADD_TO_VOCABULARY, arguments=[str(accept), words]))


def accept_file(config) -> Path | None:
    """The first accept file of the config's vocabulary, as the config names it."""
    if config is None or config.path is None:
        return None
    section = config.get("vocabulary") or {}
    accept = section.get("accept") if isinstance(section, dict) else None
    files = [accept] if isinstance(accept, str) else list(accept or [])
    from ..config.settings import vocabulary_folder

    return vocabulary_folder(config) / files[0] if files else None


def add_to_vocabulary(accept: Path, term: str) -> str:
    """Append `term` to the accept file (kept once); returns what was done, for the log."""
    if not isinstance(term, str) or not term.strip() or "\n" in term or "\r" in term:
        raise ActionError(f"not a term for {accept}: {term!r}")
    from ..linting.vocabulary import VocabularyError, parse_lines

    try:
        read_as = parse_lines(term, str(accept), False)
    except VocabularyError as exc:
        raise ActionError(str(exc)) from None
    if read_as != [(" ".join(term.split()), "")]:  # `(a|b)`, `x?`, `[Aa]`: the file would read other terms than the word
        raise ActionError(f"{accept}: '{term}' would be read as {', '.join(t for t, _ in read_as)}, not as written")
    raw, old = read_bytes_and_text(accept, missing_ok=True)

    if any(known.lower() == term.lower() for known, _ in parse_lines(old, str(accept), False)):
        return f"'{term}' is already in {accept}"
    newline = "\r\n" if "\r\n" in old else "\n"
    separator = "" if not old or old.endswith(("\n", "\r")) else newline
    write_text(accept, raw, old + separator + term + newline, what="the term")
    return f"added '{term}' to {accept}"


class ActionError(Exception):
    """An action the server could not carry out: one line for the editor."""


BOM = b"\xef\xbb\xbf"


def read_bytes_and_text(path: Path, missing_ok: bool = False) -> tuple[bytes | None, str]:
    if missing_ok and not path.exists():
        return None, ""
    try:
        raw = path.read_bytes()
        return raw, raw.decode("utf-8-sig")
    except OSError as exc:
        raise ActionError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ActionError(f"{path}: not UTF-8, not changed") from None


def write_text(path: Path, old: bytes | None, text: str, what: str) -> None:
    """Atomically, only if the file still holds `old` (the editor may have saved it meanwhile),
    keeping a BOM it had; `what` names what is written, in the messages."""
    data = (BOM if old and old.startswith(BOM) else b"") + text.encode("utf-8")
    try:
        write_atomic(path, data, expected=old, what=what)
    except WriteError as exc:
        raise ActionError(f"{path}: {exc}") from None


SUPPRESS_KEY = re.compile(r"^suppress:[ \t]*(?:#[^\r\n]*)?(?=\r?$)", re.M)


def add_config_suppression(config_path: Path, entry: dict) -> str:
    """Add `entry` to the config's `suppress` list, editing the text so comments and layout
    stay: a new block list at the end, or one more item after a block list's last line. The
    result must load as the same config plus the entry, or nothing is written."""
    if not isinstance(entry, dict) or set(entry) - {"files", "macros", "rules"}:
        raise ActionError(f"not a suppress entry: {entry!r}")
    raw, old = read_bytes_and_text(config_path)
    try:
        before = yaml.safe_load(old) or {}
    except yaml.YAMLError:
        raise ActionError(f"{config_path}: invalid YAML, not changed") from None
    if not isinstance(before, dict):
        raise ActionError(f"{config_path}: not a mapping, not changed")
    newline = "\r\n" if "\r\n" in old else "\n"
    try:
        new = insert_suppress_entry(old, entry, newline)
    except ActionError as exc:
        raise ActionError(f"{config_path}: {exc}") from None
    expected = dict(before, suppress=list(before.get("suppress") or []) + [entry])
    try:
        after = yaml.safe_load(new)
        validate(after, str(config_path))
    except (yaml.YAMLError, ConfigError):
        after = None
    if after != expected:
        raise ActionError(f"{config_path}: its `suppress` list is not a plain block list; add the entry by hand")
    write_text(config_path, raw, new, what="the suppress entry")
    return f"added a suppress entry to {config_path}"


def insert_suppress_entry(text: str, entry: dict, newline: str) -> str:
    item = [("- " if i == 0 else "  ") + f"{key}: {json.dumps(value, ensure_ascii=False)}"
            for i, (key, value) in enumerate(entry.items())]
    match = SUPPRESS_KEY.search(text)
    if match is None and re.search(r"^suppress\s*:", text, re.M):
        raise ActionError("its `suppress` list is not a block list; add the entry by hand")
    if match is None:
        body = "".join(f"  {line}{newline}" for line in item)
        separator = "" if not text or text.endswith(("\n", "\r")) else newline
        return text + separator + "suppress:" + newline + body
    # The block list under `suppress:` runs while lines are indented, blank or comments.
    lines = text[match.end():].splitlines(keepends=True)
    offset, indent = match.end(), None
    consumed = 0
    for number, line in enumerate(lines):
        stripped = line.strip()
        if number == 0 and not stripped:
            consumed += len(line)
            continue
        if stripped and not line[:1].isspace() and not stripped.startswith("#") and not stripped.startswith("-"):
            break
        if indent is None and stripped.startswith("-"):
            indent = line[:len(line) - len(line.lstrip())]
        consumed += len(line)
        if stripped and not stripped.startswith("#"):
            offset = match.end() + consumed
    indent = "  " if indent is None else indent
    body = "".join(f"{indent}{line}{newline}" for line in item)
    if not text[:offset].endswith(("\n", "\r")):
        body = newline + body
    return text[:offset] + body + text[offset:]


def source_path_name(snapshot) -> str:
    return snapshot.path.name if snapshot.path is not None else PurePosixPath(snapshot.uri).name
