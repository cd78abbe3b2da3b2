"""One fixture body for the caches kept beside plainlint's bytecode (regex_cache, dataclass_cache)."""

from __future__ import annotations

import sys


def isolate(module, path, monkeypatch):
    """Point `module`'s kept copy at `path`, with an empty memory and bytecode writing on."""
    monkeypatch.setattr(module, "cache_path", lambda: path)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(module, "_kept", {})
    monkeypatch.setattr(module, "_used", set())
    monkeypatch.setattr(module, "_fresh", 0)
    return path
