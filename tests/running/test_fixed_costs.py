"""What a file and a finding cost outside the rules (issue 24, spd6): the short forms give what
the long ones gave."""

from __future__ import annotations

import pickle
from types import SimpleNamespace

import pytest

from plainlint.linting.findings import Edit, Finding, Fix, Related
from plainlint.reading.kinds import REPLY, path_signals
from plainlint.reading.readers.fenced import EMAIL, REPLY_FENCES, fence_languages, prose_fences
from plainlint.rules import all_rules, find_rule


def linear_find_rule(code_or_name: str):
    """find_rule as it was: a walk over every rule."""
    wanted = code_or_name.strip()
    for rule in all_rules():
        if rule.code.lower() == wanted.lower() or rule.name == wanted.lower():
            return rule
    return None


def test_find_rule_by_a_table_finds_what_the_walk_over_every_rule_found():
    asked = ["", " ", "PL", "nothing-like-this", "PL9999", "Jargon", " jargon ", "pl101", "PL101 "]
    for rule in all_rules():
        asked += [rule.code, rule.code.lower(), f" {rule.code}\n", rule.name, rule.name.upper(), f"\t{rule.name} "]
    for key in asked:
        assert find_rule(key) is linear_find_rule(key), key


def test_path_signals_kept_for_a_path_are_a_new_list_each_time():
    first = path_signals("help/saved-replies/refund.md")
    assert first == ["saved-reply folder"]
    first.append("changed by a caller")
    assert path_signals("help/saved-replies/refund.md") == ["saved-reply folder"]
    assert path_signals("help/articles/refund.md") == []


@pytest.mark.parametrize("lint_fenced", [None, (), ("md",)])
@pytest.mark.parametrize("kind", [None, REPLY, "article"])
@pytest.mark.parametrize("path", ["replies/billing.md", "guides/billing.md", "/abs/outside/replies/a.md"])
def test_prose_fences_with_the_project_path_given_are_those_it_works_out(lint_fenced, kind, path):
    settings = SimpleNamespace(lint_fenced=lint_fenced, kind=kind, root="")
    expected = fence_languages(lint_fenced, kind, path)  # root "": the project path is the path
    assert prose_fences(settings, path) == expected
    assert prose_fences(settings, path, path) == expected


def test_prose_fences_read_the_project_path_not_the_path_when_given():
    settings = SimpleNamespace(lint_fenced=None, kind=None, root="")
    assert prose_fences(settings, "guides/a.md", "replies/a.md") == REPLY_FENCES
    assert prose_fences(settings, "replies/a.md", "guides/a.md") == (EMAIL,)  # (bare e-mail fences only)


def finding(path="a.md", start=5, fix=None, **more):
    return Finding(path, start, start + 6, 1, start + 1, 1, start + 7, "filler", "PL105", "style", "warning",
                   "Cut 'simply'.", ["just"], fix, {"scope": "paragraph"}, "simply", **more)


def test_a_finding_pickled_by_its_state_is_equal_with_every_field_and_its_fix():
    far = 2**40
    fix = Fix("safe", "Remove it", [Edit(far, far + 6, ""), Edit(7, 8, "x")])
    related = [Related(40, 46, 3, 1, 3, 7, "Also here.")]
    for original in (finding(), finding(start=far, fix=fix), finding(fix=fix, related=related)):
        restored = pickle.loads(pickle.dumps(original))
        assert restored == original and type(restored) is Finding
        assert restored.fix == original.fix and restored.sort_key() == original.sort_key()
        assert restored.to_json() == original.to_json()
        assert restored.replaced(path="b.md").path == "b.md"


def test_findings_of_a_file_keep_sharing_their_texts_across_the_pickle():
    shared: dict = {}
    fix = Fix("unsafe", "Use 'just'", [Edit(5, 11, "just")])
    findings = [finding(start=n, fix=fix, shared=shared) for n in (5, 40, 90)]
    restored = pickle.loads(pickle.dumps(findings))
    assert restored == findings
    assert restored[0]._head is restored[1]._head is restored[2]._head
    assert restored[0]._fix is restored[2]._fix
