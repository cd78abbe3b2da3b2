"""The JSON Schema of the config file (generated: python -m plainlint.schema --write)."""
