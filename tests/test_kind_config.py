"""Kinds of document in the engine (issue 25): Document.kind is set after reading, `kind:` in
config forces it, `kinds: {reply: {rules: ...}}` sets rule options per kind."""

from pathlib import Path

import pytest

from plainlint.cache import settings_digest
from plainlint.config import ConfigError, Config, Resolver, Selection, load_config
from plainlint.engine import lint_source
from plainlint.source import Source

REPLY = ("Hi {{name}},\n\nWe have moved your booking to Friday, and the confirmation that you asked for "
         "earlier today is attached to this message for your records.\n\nThanks,\nSam\n")
ARTICLE = ("# Move a booking\n\nYou can move a booking to another day from the bookings page, and "
           "the confirmation is attached to the message.\n")
# The reply's long sentence has 24 words, the article's 20: both under the default limit.


def lint(text: str, path: str, config: dict | None = None):
    resolver = Resolver(Config(data=config or {}), Selection(["sentence-length"], [], []))
    return lint_source(Source(path, text), "markdown" if path.endswith(".md") else "text",
                       resolver.settings(Path(path)))


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_the_engine_sets_the_detected_kind():
    assert lint(REPLY, "out/booking-moved.txt").document.kind == "reply"
    assert lint(ARTICLE, "help/move-a-booking.md").document.kind == "article"


def test_config_forces_the_kind_per_path():
    config = {"overrides": [{"files": ["help/**"], "kind": "reply"}]}
    assert lint(ARTICLE, "help/move-a-booking.md", config).document.kind == "reply"
    assert lint(ARTICLE, "docs/move-a-booking.md", config).document.kind == "article"


def test_top_level_kind_applies_to_every_file():
    assert lint(REPLY, "out/booking-moved.txt", {"kind": "article"}).document.kind == "article"


def test_rule_options_per_kind():
    config = {"kinds": {"reply": {"rules": {"sentence-length": {"max-words": 15}}}}}
    reply, article = lint(REPLY, "out/booking-moved.txt", config), lint(ARTICLE, "help/move.md", config)
    assert [f.rule for f in reply.findings] == ["sentence-length"]
    assert reply.settings.options["PL302"]["max-words"] == 15
    assert article.findings == [] and article.settings.options["PL302"]["max-words"] != 15


def test_a_kind_section_can_turn_a_rule_off_and_a_path_override_wins_over_it():
    config = {"kinds": {"reply": {"rules": {"sentence-length": {"max-words": 15}}}},
              "overrides": [{"files": ["vip/**"], "rules": {"sentence-length": {"max-words": 40}}}]}
    assert lint(REPLY, "vip/booking-moved.txt", config).findings == []
    off = {"kinds": {"reply": {"rules": {"sentence-length": "off"}}}}
    assert lint(REPLY, "out/booking-moved.txt", off).findings == []


@pytest.mark.parametrize("text, message, where", [
    ("overrides:\n  - files: ['help/**']\n    kind: replies\n", "overrides[0].kind: must be one of reply, article", ":3:5"),
    ("kind: faq\n", "kind: must be one of reply, article", ":1:1"),
    ("kinds:\n  letter:\n    rules: {}\n", "kinds.letter: unknown kind", ":2:3"),
    ("kinds:\n  reply:\n    select: [jargon]\n", "kinds.reply.select: unknown key", ":3:5"),
    ("kinds:\n  reply:\n    rules:\n      sentence-length: {max-words: many}\n",
     "kinds.reply.rules.sentence-length.max-words: expected int", ":4:25"),
])
def test_kind_config_errors_name_file_line_and_key(tmp_path, text, message, where):
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path / ".plainlint.yaml", text))
    assert message in str(info.value)
    assert f".plainlint.yaml{where}: error:" in str(info.value)


def test_settings_per_kind_digest_the_same_in_every_process():
    """The cache key covers the per-kind tables and holds no object addresses."""
    settings = Resolver(Config(data={"kinds": {"reply": {"rules": {"jargon": "error"}}}})).settings(Path("a.md"))
    digest = settings_digest(settings)
    assert "object at 0x" not in digest and '"by_kind"' in digest and "error" in digest
