"""The language server's file actions (add to vocabulary, suppress in config) say what they could
not write: `write_atomic`'s messages name it ("the term"), not fixes."""

from __future__ import annotations

import pytest


def test_a_failed_vocabulary_write_names_the_term_not_fixes(tmp_path, full_disk):
    from plainlint.server.actions import ActionError, add_to_vocabulary

    accept = tmp_path / "accept.txt"
    accept.write_text("Acme Cloud\n", encoding="utf-8")
    with pytest.raises(ActionError) as refused:
        add_to_vocabulary(accept, "Github")
    assert str(refused.value) == f"{accept}: cannot write the term: No space left on device; left unchanged"
    assert accept.read_text(encoding="utf-8") == "Acme Cloud\n"
