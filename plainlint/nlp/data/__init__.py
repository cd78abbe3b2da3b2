"""Data files for language analysis (syllable counts), read with importlib.resources."""
