"""Applying fixes to the original source text, re-linting until nothing more changes.

Edits are in source offsets and already escaped for their context (see hit_to_finding._fix_for), so
applying them is splicing: every character outside an edit stays as it was. Each pass lints the
current text, picks non-overlapping edits, applies them and checks invariants (template tags,
JSON/YAML structure); an edit that would break one is left out. Passes are bounded.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from ..enums import Applicability
from ..linting.findings import Edit, Finding

MAX_PASSES = 10


def select_edits(findings: list[Finding], unsafe: bool = False) -> list[Edit]:
    """Non-overlapping edits in source order; on overlap the earlier finding wins."""
    return [edit for edit, _ in select_fixes(findings, unsafe)]


def select_fixes(findings: list[Finding], unsafe: bool = False) -> list[tuple[Edit, Finding]]:
    """select_edits, each edit with the finding it fixes (`--show-fixes` counts them per rule)."""
    chosen: list[tuple[Edit, Finding]] = []
    candidates = []
    for finding in findings:
        if finding.fix is None:
            continue
        if finding.fix.applicability == Applicability.UNSAFE and not unsafe:
            continue
        candidates.extend((edit, finding) for edit in finding.fix.edits)
    last_end = -1
    for edit, finding in sorted(candidates, key=lambda pair: (pair[0].start, pair[0].end)):
        if edit.start < last_end or (edit.start == last_end and edit.start == edit.end):
            continue
        chosen.append((edit, finding))
        last_end = edit.end
    return chosen


def apply_edits(text: str, edits: list[Edit]) -> str:
    out, pos = [], 0
    for edit in sorted(edits, key=lambda e: e.start):
        out.append(text[pos:edit.start])
        out.append(edit.content)
        pos = edit.end
    out.append(text[pos:])
    return "".join(out)


# -- invariants ----------------------------------------------------------------------------


def _structure(text: str, fmt: str):
    """The parsed value of a JSON/YAML file, or None for other formats."""
    if fmt == "json":
        return json.loads(text)
    if fmt == "yaml":
        import yaml

        return list(yaml.safe_load_all(text))
    return None


def same_shape(before, after) -> bool:
    """Same keys, same list lengths, same non-string values; strings may differ."""
    if isinstance(before, dict):
        return isinstance(after, dict) and list(before) == list(after) and all(
            same_shape(before[k], after[k]) for k in before)
    if isinstance(before, list):
        return isinstance(after, list) and len(before) == len(after) and all(
            same_shape(a, b) for a, b in zip(before, after))
    if isinstance(before, str):
        return isinstance(after, str)
    return type(before) is type(after) and before == after


class Invariants:
    """What a fix may never change: the template tags and, for JSON/YAML, the structure."""

    def __init__(self, text: str, fmt: str, syntaxes: tuple[str, ...]):
        from ..reading.templates import find_tags

        self.fmt = fmt
        self.syntaxes = syntaxes
        self._find_tags = find_tags
        self.tags = [tag.text for tag in find_tags(text, syntaxes)]
        try:
            self.structure = _structure(text, fmt)
        except Exception:  # an unparsable file is never fixed (the reader reports it)
            self.structure = None

    def hold(self, text: str) -> bool:
        if [tag.text for tag in self._find_tags(text, self.syntaxes)] != self.tags:
            return False
        if self.fmt not in ("json", "yaml"):
            return True
        try:
            return same_shape(self.structure, _structure(text, self.fmt))
        except Exception:
            return False


def apply_kept(text: str, edits: list[Edit], invariants: Invariants) -> tuple[str, list[Edit]]:
    """Apply `edits`; if the result breaks an invariant, keep only the edits that do not.
    Returns the new text and the edits kept."""
    new_text = apply_edits(text, edits)
    if invariants.hold(new_text):
        return new_text, list(edits)
    kept: list[Edit] = []
    for edit in edits:
        if invariants.hold(apply_edits(text, [*kept, edit])):
            kept.append(edit)
    return apply_edits(text, kept), kept


# -- the fix loop --------------------------------------------------------------------------


@dataclass
class FixOutcome:
    text: str  # the fixed text (the original when nothing applied)
    result: object  # engine.FileResult of the last lint, on `text`
    applied: int  # edits applied over all passes
    passes: int  # passes that changed the text
    settled: bool  # False when MAX_PASSES ran out with fixes still pending
    by_rule: dict[str, int] = field(default_factory=dict)  # "CODE name" -> edits applied


def _encodable(content: str, encoding: str) -> bool:
    try:
        content.encode(encoding)
        return True
    except UnicodeEncodeError:
        return False


def fix_source(source, fmt: str, settings, unsafe: bool = False,
               fixable: Callable[[list[Finding], str], list[Finding]] | None = None,
               max_passes: int = MAX_PASSES, first=None) -> FixOutcome:
    """Lint, fix, re-lint until stable. `fixable(findings, text)` narrows which findings may be
    fixed (a baseline keeps its findings; it needs the text they were found in to tell two
    occurrences of the same words apart); the returned result keeps every finding. `first`: the
    lint of `source` when the caller has it already (the language server's), not made again."""
    from dataclasses import replace

    from ..linting.engine import lint_source

    invariants = None  # computed on the original text, once there is something to apply
    current, applied, passes = source, 0, 0
    by_rule: dict[str, int] = {}
    while True:
        if first is not None:
            result, first = first, None  # the caller's lint, for the first pass only
        else:
            result = lint_source(current, fmt, settings)
        if result.error is not None:
            return FixOutcome(current.text, result, applied, passes, True, by_rule)
        candidates = fixable(result.findings, current.text) if fixable else result.findings
        chosen = [(e, f) for e, f in select_fixes(candidates, unsafe) if _encodable(e.content, source.encoding)]
        if not chosen:
            return FixOutcome(current.text, result, applied, passes, True, by_rule)
        if passes == max_passes:
            return FixOutcome(current.text, result, applied, passes, False, by_rule)
        if invariants is None:
            invariants = invariants_of(source, fmt, settings)
        new_text, kept = apply_kept(current.text, [edit for edit, _ in chosen], invariants)
        if new_text == current.text:
            return FixOutcome(current.text, result, applied, passes, True, by_rule)
        current = replace(source, text=new_text, _line_starts=None)
        applied += len(kept)
        owners = {id(edit): finding for edit, finding in chosen}
        for edit in kept:
            rule = f"{owners[id(edit)].code} {owners[id(edit)].rule}"
            by_rule[rule] = by_rule.get(rule, 0) + 1
        passes += 1


def fix_one(source, fmt: str, settings, finding: Finding, unsafe: bool = False,
            invariants: Invariants | None = None) -> str:
    """The text with `finding` alone fixed, as one pass of `fix_source` fixing only it makes it,
    without linting: `finding` comes from a lint of this very text (the language server's quick
    fix). `invariants` of `source`, when the caller keeps them for several findings."""
    chosen = [edit for edit, _ in select_fixes([finding], unsafe) if _encodable(edit.content, source.encoding)]
    if not chosen:
        return source.text
    if invariants is None:
        invariants = invariants_of(source, fmt, settings)
    return apply_kept(source.text, chosen, invariants)[0]


def invariants_of(source, fmt: str, settings) -> Invariants:
    """What every fix of `source` must keep, with the template tags masked as its reader masks
    them (config `templates` added to those detected)."""
    from ..reading.readers import template_syntaxes

    return Invariants(source.text, fmt, template_syntaxes(source.path, source.text, fmt, settings.templates))
