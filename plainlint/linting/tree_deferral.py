"""Spelling's tree terms decided after the lint (speed34, issue 24): with `--jobs` workers and no
result cache, a run starts its workers at once and the parent counts the project's words
(running/tree_pass.py) while they lint, instead of first, with a core idle.

The terms can only remove spelling findings (`mode: dictionary` drops a word the tree makes a
term; `mode: confident` also a slip another file writes), each by its own word. So a worker lints
with the page's terms DEFERRED_TERMS: spelling keeps each finding the terms could remove and
tags it with the keys it would have looked up (`rules.base.Hit.tree_keys`); the engine lists the
tagged findings of the result (`tagged_findings`), and the parent, once the pass has decided the
page's terms, drops those whose keys one of them holds (`settle`). That is the old output only
where removing a finding changes nothing else: a spelling finding supersedes nothing
(linting/superseded.py), and one that a directive or a config entry suppresses leaves the
output unchanged unless unused-directive (PL905) judges the directive. Where that cannot be
shown (a tagged finding suppressed with PL905 on, or one from a rule a directive names that the
selection leaves out) the result is ENTANGLED and the parent lints the file again with its terms.
"""

from __future__ import annotations

from .superseded import DROPPING_RULES


class _Deferred:
    """The tree terms of a page still being decided (a sentinel: FileSettings.tree_terms)."""

    def __repr__(self) -> str:
        return "DEFERRED_TERMS"

    def __reduce__(self) -> str:
        return "DEFERRED_TERMS"  # one object in every process


DEFERRED_TERMS = _Deferred()
ENTANGLED = "entangled"  # FileResult.deferred: the file must be linted again once its terms are known


def tagged_findings(findings: list, tagged: dict, suppression_judged: bool) -> tuple | str | None:
    """FileResult.deferred for a file's final `findings`: (index, keys) of each tagged one still
    there, in order; ENTANGLED when dropping one could change another finding; None when nothing
    is tagged. `tagged`: id(finding) -> (finding, keys) of every tagged finding made;
    `suppression_judged`: PL905 is on, so what a directive silences is itself a finding."""
    if not tagged:
        return None
    at = {id(finding): index for index, finding in enumerate(findings)}
    for key, (finding, _) in tagged.items():
        if finding.rule in DROPPING_RULES or (key not in at and suppression_judged):
            return ENTANGLED
    return tuple((at[key], keys) for key, (_, keys) in tagged.items() if key in at)


def settle(findings: list, deferred: tuple, terms: frozenset | None) -> list:
    """`findings` less the tagged ones (`deferred`: tagged_findings) whose keys the page's
    `terms` hold: what linting with those terms gives."""
    if not terms or not deferred:
        return findings
    dropped = {index for index, keys in deferred if not terms.isdisjoint(keys)}
    return [finding for index, finding in enumerate(findings) if index not in dropped] if dropped else findings
