"""Orchestration: which files to lint, workers, the result cache, baselines and progress; `run`
drives reading, linting, fixing and output for one `plainlint check`."""
