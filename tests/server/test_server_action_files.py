"""The files the language server's actions write (issue 35): a `suppress` entry added to a
config by editing its text (comments and layout kept, or nothing written), a term appended to a
vocabulary accept file. End to end through the server: tests/server/test_server_actions.py."""

from __future__ import annotations

import pytest
import yaml

from plainlint.server.actions import ActionError, add_config_suppression, add_to_vocabulary

ENTRY = {"files": ["help/a.json"], "macros": ["Refund — Café"], "rules": ["PL101"]}


@pytest.mark.parametrize("before", [
    "",
    "# only a comment",
    "select: [ALL]\n",
    "suppress:\n- files: [a]\n  rules: [PL1]\n# trailing\nselect: [ALL]\n",
    "suppress:   # ours\n\n  - rules: [PL2]   # why\n\n    files: [b]\n\nrules:\n  jargon: info\n",
    "select: [ALL]\r\nsuppress:\r\n  - rules: [PL2]\r\n",
])
def test_a_suppress_entry_keeps_the_rest_of_the_config(tmp_path, before):
    config = tmp_path / ".plainlint.yaml"
    config.write_bytes(before.encode("utf-8"))
    old = yaml.safe_load(before) or {}
    add_config_suppression(config, ENTRY)
    after = config.read_bytes().decode("utf-8")
    assert yaml.safe_load(after) == dict(old, suppress=list(old.get("suppress") or []) + [ENTRY])
    kept = [line for line in before.splitlines() if line.strip()]
    assert all(line in after.splitlines() for line in kept), after  # every line stays as it was
    assert ("\r\n" in after) == ("\r\n" in before) and "\r\n\n" not in after


@pytest.mark.parametrize("before", ["suppress: []\n", "suppress: [{rules: [PL1]}]\n", "- a list\n", "a: [\n"])
def test_a_config_it_cannot_edit_safely_is_left_alone(tmp_path, before):
    config = tmp_path / ".plainlint.yaml"
    config.write_text(before, encoding="utf-8")
    with pytest.raises(ActionError, match=r"\.plainlint\.yaml"):
        add_config_suppression(config, ENTRY)
    assert config.read_text(encoding="utf-8") == before


def test_vocabulary_terms_are_appended_once(tmp_path):
    accept = tmp_path / "accept.txt"
    accept.write_bytes(b"\xef\xbb\xbf# names\r\nAcme Cloud")
    add_to_vocabulary(accept, "Github")
    assert "already" in add_to_vocabulary(accept, "github")
    assert accept.read_bytes() == b"\xef\xbb\xbf# names\r\nAcme Cloud\r\nGithub\r\n"
    fresh = tmp_path / "new.txt"
    add_to_vocabulary(fresh, "kubectl")
    assert fresh.read_text(encoding="utf-8") == "kubectl\n"
    for bad in ("two\nlines", "a -> b", "(a|b)", "plugins?", "[Aa]cme", ""):  # the last three: read as other terms
        with pytest.raises(ActionError):
            add_to_vocabulary(accept, bad)
