"""`--fix --unsafe-fixes` over a copy of the whole corpus (apart from bench/), checked from outside.

Every check here is independent of the fixer: JSON is parsed again, YAML is compared with
its original structure, template tags are found with plain regexes, and a character diff
shows that only prose characters changed. A second run must change nothing.
"""

import difflib
import io
import json
import re
import shutil

import pytest
import yaml

from plainlint.fixing.fixer import same_shape
from plainlint.running.run import Run, RunOptions

pytestmark = pytest.mark.corpus

FOLDERS = ("articles", "articles-html", "emails", "macros", "macros-exports")
_TAGS = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|<%.*?%>|\*\|.*?\|\*|%\{[^}]*\}", re.S)
_PROSE_CHUNK = re.compile(r"[\w '’.,!?-]*")  # prose: words, spaces, sentence punctuation (shouting trims '!!')


def changed_chunks(before: str, after: str):
    """(removed, added) character runs, line by line (fixes never add or remove lines)."""
    old_lines, new_lines = before.splitlines(True), after.splitlines(True)
    assert len(old_lines) == len(new_lines)
    for old, new in zip(old_lines, new_lines):
        if old == new:
            continue
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        for tag, a1, a2, b1, b2 in matcher.get_opcodes():
            if tag != "equal":
                yield old[a1:a2], new[b1:b2]


def run(paths, **options):
    out, errors = io.StringIO(), []
    code = Run(RunOptions(paths=paths, output_format="concise", **options), out, error=errors.append).execute()
    return code, out.getvalue(), errors


@pytest.fixture(scope="module")
def fixed_copy(corpus, tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus-fix")
    for folder in FOLDERS:
        shutil.copytree(corpus / folder, root / folder)
    code, _, errors = run([root], fix=True, unsafe_fixes=True)
    assert code in (0, 1), errors
    changed = []
    for path in sorted(root.rglob("*")):
        if path.is_file():
            original = corpus / path.relative_to(root)
            if original.read_bytes() != path.read_bytes():
                changed.append((original, path))
    return root, changed, errors


def test_many_files_were_fixed(fixed_copy):
    _, changed, errors = fixed_copy
    assert len(changed) > 300
    assert any(e.startswith("Fixed ") for e in errors)
    assert not any(": error:" in e for e in errors), errors


def test_bytes_outside_fixed_spans_line_endings_and_boms_are_kept(fixed_copy):
    _, changed, _ = fixed_copy
    for original, fixed in changed:
        before, after = original.read_bytes(), fixed.read_bytes()
        assert before[:3] == after[:3] or not before.startswith(b"\xef\xbb\xbf"), fixed
        assert before.count(b"\r\n") == after.count(b"\r\n") and before.count(b"\n") == after.count(b"\n"), fixed
        old_text, new_text = before.decode("utf-8", "surrogateescape"), after.decode("utf-8", "surrogateescape")
        for removed, added in changed_chunks(old_text, new_text):
            assert _PROSE_CHUNK.fullmatch(removed) and _PROSE_CHUNK.fullmatch(added), (fixed, removed, added)
        assert _TAGS.findall(old_text) == _TAGS.findall(new_text), fixed


def test_json_and_yaml_keep_their_structure(fixed_copy):
    _, changed, _ = fixed_copy
    structured = [(o, f) for o, f in changed if f.suffix in (".json", ".yaml", ".yml")]
    assert len(structured) >= 5
    for original, fixed in structured:
        if fixed.suffix == ".json":
            before, after = json.loads(original.read_bytes()), json.loads(fixed.read_bytes())
        else:
            before = list(yaml.safe_load_all(original.read_text(encoding="utf-8")))
            after = list(yaml.safe_load_all(fixed.read_text(encoding="utf-8")))
        assert same_shape(before, after), fixed
        assert before != after


@pytest.mark.process  # the spelling tree pass of `mode: confident` (the default since spell24) runs in workers here
def test_second_run_changes_nothing(fixed_copy):
    _, changed, _ = fixed_copy
    code, diff, errors = run([fixed for _, fixed in changed], diff=True, unsafe_fixes=True)
    assert (code, diff) == (0, ""), diff[:2000]
