"""Lint an editor's text and turn the result into LSP diagnostics and code actions.

Nothing here knows about the connection: `app.py` calls these functions off the message loop.
Fixes come from `plainlint.fixing.fixer.fix_source`, the same loop `plainlint check --fix` runs
(escaping for JSON, YAML, HTML and Markdown, template tags and JSON/YAML structure kept); the
edits sent to the editor are the difference between the text and what the fixer made of it.
"""

from __future__ import annotations

import os
from functools import partial
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from lsprotocol import types

from ..config import ConfigError, FileSettings
from ..output.rule_pages import rule_doc_url
from ..linting.engine import FileResult, lint_source
from ..enums import Applicability, Severity
from ..linting.findings import Finding
from ..fixing.fixer import fix_one, fix_source, invariants_of
from ..reading.docusaurus import resolve_markdown_format
from ..reading.readers import format_for, is_code_template, template_syntaxes
from ..rules import find_rule
from ..reading.source import Source, SourceError, too_big
from .settings import SettingsCache, excluded
from .text import LspText

SOURCE_NAME = "plainlint"
FIX_ALL_KIND = "source.fixAll.plainlint"
FIX_ALL_TITLE = "plainlint: fix all safe findings"
SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
# The reader for a buffer whose name does not say (untitled, or an extension plainlint does not
# know), from the editor's language identifier (VS Code's and Neovim's names).
LANGUAGE_FORMATS = {
    "markdown": "markdown", "mdx": "mdx", "html": "html", "xhtml": "html", "plaintext": "text", "text": "text",
    "json": "json", "jsonc": "json", "yaml": "yaml",
    "handlebars": "template", "mustache": "template", "liquid": "template", "jinja": "template",
    "jinja-html": "template", "htmldjango": "template", "django-html": "template", "twig": "template",
    "nunjucks": "template", "erb": "template", "eruby": "template", "mjml": "mjml",
    "freemarker": "template", "ftl": "template",
    "typescriptreact": "react-email", "javascriptreact": "react-email",  # React Email only (trial17)
}


@dataclass(frozen=True)
class Snapshot:
    """One version of an open document, as the server received it."""

    uri: str
    version: int | None
    text: LspText
    language_id: str = ""
    path: Path | None = None  # the file, for file: URIs; None for untitled buffers and other schemes


@dataclass
class Linted:
    """A snapshot and what linting it found: findings, or one diagnostic for a file that cannot
    be read (or a broken config)."""

    snapshot: Snapshot
    fmt: str | None = None
    source: Source | None = None
    settings: FileSettings | None = None
    findings: list[Finding] = field(default_factory=list)
    problem: types.Diagnostic | None = None
    config: object = None  # the config.Config that gave the settings (its path None: no file)
    document: object = None  # the document.Document the findings came from
    result: FileResult | None = None  # the lint itself: "fix all" starts from it
    prose: list[str] | None = field(default=None, repr=False)
    # Fixed texts already computed for this snapshot: editors ask for code actions whenever the
    # cursor moves, and "fix all" runs the whole fix loop.
    fixed: dict[tuple, str] = field(default_factory=dict, repr=False)
    invariants: object = field(default=None, repr=False)  # fixer.Invariants of the text, for quick fixes

    @property
    def diagnostics(self) -> list[types.Diagnostic]:
        if self.problem is not None:
            return [self.problem]
        return [diagnostic(self.snapshot.text, finding, self.snapshot.uri) for finding in self.findings]

    def diagnostic_of(self, finding: Finding) -> types.Diagnostic:
        """The diagnostic an action resolves, so the editor can show the two together."""
        return diagnostic(self.snapshot.text, finding, self.snapshot.uri)

    def original_prose(self) -> list[str]:
        """The prose of each segment, white space folded: a suppress comment must leave it."""
        if self.prose is None:
            from .actions import prose

            self.prose = prose(self.document)
        return self.prose


def reader_for(snapshot: Snapshot) -> str | None:
    """The file's extension decides, as in `plainlint check`; else the editor's language id. A
    template rendering code (`users.js.erb`, which an editor may call `erb`) is not read."""
    name = snapshot.path.name if snapshot.path is not None else PurePosixPath(snapshot.uri).name
    if is_code_template(name):
        return None
    return format_for(name) or LANGUAGE_FORMATS.get(snapshot.language_id.lower())


def display_name(snapshot: Snapshot, root: Path | None) -> str:
    """The path findings are reported under, and kinds are detected from (folder names such as
    `emails/` or `macros/` say "reply"): relative to the config's folder, or without a config to
    the workspace folder's or the document's own (SettingsCache.project_root), like `plainlint
    check` run there; else the whole path."""
    if snapshot.path is None:
        return PurePosixPath(snapshot.uri).name or "untitled"
    try:
        return snapshot.path.resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, OSError, AttributeError):
        return snapshot.path.as_posix()


def lint(snapshot: Snapshot, settings_cache: SettingsCache) -> Linted:
    linted = Linted(snapshot, reader_for(snapshot))
    if linted.fmt is None:
        return linted  # a file plainlint does not read: no diagnostics
    text = snapshot.text
    try:
        settings, resolver = settings_cache.get(snapshot.path)
    except ConfigError as exc:
        linted.problem = problem(text, 0, f"config: {exc}")
        return linted
    linted.settings = settings
    linted.config = resolver.config
    if excluded(snapshot.path, resolver):
        return linted  # no diagnostics, as in the pre-commit hook and CI
    error = text_error(text.text, settings)
    if error is not None:
        linted.problem = problem(text, *error)
        return linted
    root = resolver.config.root if resolver.config.path is not None else settings_cache.project_root(snapshot.path)
    linted.source = Source(display_name(snapshot, root), text.text)
    # The name is already the path from the project's root: the kind's folder signals read it as
    # it is (with the root kept, they read it from the server's current folder: rev21a).
    settings = replace(settings, root="")
    settings = linted.settings = tree_settings(settings, resolver, settings_cache, text.text)
    # read as the engine reads it (a Docusaurus `.md` as MDX); the actions re-read it and write comments so
    linted.fmt = resolve_markdown_format(linted.fmt, text.text, settings.markdown_format)
    result: FileResult = lint_source(linted.source, linted.fmt, settings)
    if result.error is not None:
        linted.problem = problem(text, source_error_offset(text, result.error), result.error.message)
    else:
        linted.findings = result.findings
        linted.document = result.document
        linted.result = result
    return linted


def tree_settings(settings: FileSettings, resolver, settings_cache: SettingsCache, text: str = "") -> FileSettings:
    """The settings with spelling's terms from the config's tree when spelling is selected
    (server/tree.py); the same settings otherwise, with nothing read."""
    from ..running.tree_pass import spelling_selected  # (imports nothing itself)

    if resolver.config.path is None or not spelling_selected(settings):
        return settings
    from .tree import TreeTerms

    if settings_cache.trees is None:
        settings_cache.trees = TreeTerms()
    return settings_cache.trees.settings_with_terms(settings, resolver, text)


def text_error(text: str, settings: FileSettings) -> tuple[int, str] | None:
    """What `plainlint check` would refuse to read in this text: characters that cannot be
    written as UTF-8 (lone surrogates, the editor's undecodable bytes) or a file too large."""
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as exc:
        return exc.start, f"cannot be encoded as UTF-8: {exc.reason} (U+{ord(text[exc.start]):04X})"
    if settings.max_file_size is not None and size > settings.max_file_size:
        return 0, too_big(size, settings.max_file_size)
    return None


def source_error_offset(text: LspText, error: SourceError) -> int:
    if not error.line:
        return 0
    starts = text.line_starts
    line = min(error.line, len(starts)) - 1
    return min(starts[line] + max((error.column or 1) - 1, 0), text.line_content_end(line))


def problem(text: LspText, offset: int, message: str) -> types.Diagnostic:
    """One error diagnostic covering the character at `offset` (or the empty end of a line)."""
    line = text.lines.line_col(offset)[0] - 1
    end = min(offset + 1, text.line_content_end(line)) if offset < len(text.text) else offset
    return types.Diagnostic(range=text.range(offset, max(end, offset)), message=message,
                            severity=types.DiagnosticSeverity.Error, source=SOURCE_NAME)


def diagnostic(text: LspText, finding: Finding, uri: str | None = None) -> types.Diagnostic:
    rule = find_rule(finding.code)
    related = [types.DiagnosticRelatedInformation(location=types.Location(uri=uri, range=text.range(r.start, r.end)),
                                                  message=r.message)
               for r in finding.related] if uri is not None else []
    return types.Diagnostic(
        range=text.range(finding.start, finding.end),
        message=finding.message,
        severity=SEVERITIES.get(finding.severity, types.DiagnosticSeverity.Warning),
        code=finding.code,
        code_description=types.CodeDescription(href=rule_doc_url(rule)) if rule is not None else None,
        source=SOURCE_NAME,
        data={"rule": finding.rule, "fix": str(finding.fix.applicability) if finding.fix else None},
        related_information=related or None,
    )


# -- code actions ---------------------------------------------------------------------------


def wanted(only: list[str] | None, kind: str) -> bool:
    """Whether the client's `context.only` asks for actions of `kind` (a kind matches its
    prefixes: `source` covers `source.fixAll.plainlint`)."""
    return only is None or any(kind == asked or kind.startswith(asked + ".") for asked in only)


def code_actions(linted: Linted, request: types.Range, only: list[str] | None,
                 versioned: bool = True, automatic: bool = False, lazy: bool = False) -> list[types.CodeAction]:
    """The actions for `request`. `automatic`: the editor asked by itself (VS Code's lightbulb,
    as the cursor moves), where source actions are never shown unless `only` names them, so
    "fix all" (the whole fix loop: seconds on a large file) is not made for nothing. `lazy`: the
    client resolves edits (codeAction/resolve), so "fix all" is sent without its edit, made by
    `resolve_action` only when the writer picks it."""
    if linted.source is None:
        return []
    text = linted.snapshot.text
    first, last = text.offset(request.start), text.offset(request.end)
    actions = []
    under = [f for f in linted.findings if f.start <= last and f.end >= first]
    if wanted(only, types.CodeActionKind.QuickFix):
        for finding in under:
            if finding.fix is not None:
                action = fix_action(linted, finding, versioned)
                if action is not None:
                    actions.append(action)
    actions += suppress_actions(linted, under, only, versioned)
    if not (automatic and only is None) and wanted(only, FIX_ALL_KIND):
        action = fix_all_action(linted, versioned, lazy)
        if action is not None:
            actions.append(action)
    return actions


def fix_all_action(linted: Linted, versioned: bool, lazy: bool) -> types.CodeAction | None:
    """"Fix all" when a finding has a safe fix: with its edit (None when the fixer leaves the
    text as it is), or, `lazy`, with only what `resolve_action` needs to make the edit later."""
    if not any(f.fix and f.fix.applicability == Applicability.SAFE for f in linted.findings):
        return None
    if lazy:
        return types.CodeAction(title=FIX_ALL_TITLE, kind=FIX_ALL_KIND, data={
            "uri": linted.snapshot.uri, "version": linted.snapshot.version, "fix": "all"})
    edits = text_edits(linted.snapshot.text, fixed_text(linted, unsafe=False))
    if not edits:
        return None
    return types.CodeAction(title=FIX_ALL_TITLE, kind=FIX_ALL_KIND, edit=workspace_edit(linted.snapshot, edits, versioned))


def resolve_action(linted: Linted, action: types.CodeAction, versioned: bool = True) -> types.CodeAction:
    """The edit of a lazily sent "fix all" (`code_actions(lazy=True)`), for the linted version:
    an empty edit when the fixer leaves every fix out (a template tag, the file's structure)."""
    if linted.source is None or not isinstance(action.data, dict) or action.data.get("fix") != "all":
        return action
    edits = text_edits(linted.snapshot.text, fixed_text(linted, unsafe=False))
    action.edit = workspace_edit(linted.snapshot, edits, versioned)
    return action


def suppress_actions(linted: Linted, findings: list[Finding], only: list[str] | None,
                     versioned: bool) -> list[types.CodeAction]:
    """Per finding (one per rule and line): suppress it on its line, or in config where the
    file has no comments; add its words to the vocabulary (plainlint/server/actions.py)."""
    from . import actions as more

    out, seen = [], set()
    name = more.source_path_name(linted.snapshot)
    text = linted.snapshot.text.text
    comments = more.comment_styles(name, linted.snapshot.language_id, linted.fmt,
                                   template_syntaxes(name, text, linted.fmt, linted.settings.templates), text)
    for finding in findings:
        if (finding.code, finding.line) in seen or finding.code.startswith("PL9"):
            continue  # notices (PL9xx) are about the file or a directive, not prose
        seen.add((finding.code, finding.line))
        if wanted(only, more.SUPPRESS_KIND):
            make_edit = partial(workspace_edit, linted.snapshot, versioned=versioned)
            action = next(filter(None, (more.suppress_line_action(linted, finding, comment, make_edit)
                                        for comment in comments)), None)
            if action is None:
                action = more.config_suppress_action(linted, finding)
            if action is not None:
                out.append(action)
        if wanted(only, more.VOCABULARY_KIND):
            action = more.vocabulary_action(linted, finding)
            if action is not None:
                out.append(action)
    return out


def fix_action(linted: Linted, finding: Finding, versioned: bool) -> types.CodeAction | None:
    safe = finding.fix.applicability == Applicability.SAFE
    edits = text_edits(linted.snapshot.text, fixed_text(linted, unsafe=not safe, only=finding))
    if not edits:
        return None  # the fixer left it (it would break a template tag or the file's structure)
    label = finding.fix.message or "Apply suggested rewrite"
    # An unsafe fix may change what the sentence says: its title says to read it after (user37:
    # "Rewrite to review: Replace ..." read as a queue of rewrites, not as a caution).
    title = f"{label} ({finding.code})" if safe else f"{label} ({finding.code}) (review the sentence after)"
    return types.CodeAction(title=title, kind=types.CodeActionKind.QuickFix, is_preferred=safe,
                            diagnostics=[diagnostic(linted.snapshot.text, finding, linted.snapshot.uri)],
                            edit=workspace_edit(linted.snapshot, edits, versioned))


def fixed_text(linted: Linted, unsafe: bool, only: Finding | None = None) -> str:
    """The text after `plainlint check --fix` (with `--unsafe-fixes` when `unsafe`); with `only`,
    after one pass that fixes that finding alone. Neither lints this text again: the fix loop
    starts from the snapshot's lint, and one finding's fix needs no lint at all."""
    key = (unsafe, None if only is None else (only.code, only.start, only.end))
    if key not in linted.fixed:
        if only is None:
            linted.fixed[key] = fix_source(linted.source, linted.fmt, linted.settings, unsafe, first=linted.result).text
        else:
            if linted.invariants is None:
                linted.invariants = invariants_of(linted.source, linted.fmt, linted.settings)
            linted.fixed[key] = fix_one(linted.source, linted.fmt, linted.settings, only, unsafe, linted.invariants)
    return linted.fixed[key]


def text_edits(before: LspText, after: str) -> list[types.TextEdit]:
    """The smallest edits, one per changed line, that turn `before` into `after`. Fixes never
    add or remove a line break, so the lines pair up; otherwise one edit covers the change."""
    old, starts = before.text, before.line_starts
    new_starts = LspText(after).line_starts
    if old == after:
        return []
    if len(new_starts) != len(starts):
        return [changed_span(before, 0, len(old), after)]
    edits = []
    bounds = list(zip(starts, [*starts[1:], len(old)], new_starts, [*new_starts[1:], len(after)]))
    for start, end, new_start, new_end in bounds:
        if old[start:end] != after[new_start:new_end]:
            edits.append(changed_span(before, start, end, after[new_start:new_end]))
    return edits


def changed_span(before: LspText, start: int, end: int, replacement: str) -> types.TextEdit:
    """One edit replacing before.text[start:end] by `replacement`, trimmed to what differs."""
    old = before.text[start:end]
    prefix = len(os.path.commonprefix([old, replacement]))
    limit = min(len(old), len(replacement)) - prefix
    suffix = 0
    while suffix < limit and old[len(old) - 1 - suffix] == replacement[len(replacement) - 1 - suffix]:
        suffix += 1
    return types.TextEdit(range=before.range(start + prefix, end - suffix),
                          new_text=replacement[prefix:len(replacement) - suffix])


def workspace_edit(snapshot: Snapshot, edits: list[types.TextEdit], versioned: bool) -> types.WorkspaceEdit:
    """Versioned document changes, so a client never applies them to a newer text; plain
    `changes` for clients that do not support those."""
    if not versioned:
        return types.WorkspaceEdit(changes={snapshot.uri: edits})
    document = types.OptionalVersionedTextDocumentIdentifier(uri=snapshot.uri, version=snapshot.version)
    return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=document, edits=edits)])
