"""The JSON Schema of the config file (generated: python -m plainlint.config.json_schema --write)."""
