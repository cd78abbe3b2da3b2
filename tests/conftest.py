"""Fixtures shared by the tests."""

from pathlib import Path

import pytest

from plhelpers import require_corpus


@pytest.fixture(scope="session")
def corpus() -> Path:
    return require_corpus()


# Property tests: a modest example count by default; HYPOTHESIS_PROFILE=fuzz runs the long
# profile (see "Robustness" in README.md). Nothing is stored between runs.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("default", max_examples=60, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=20_000, deadline=None, database=None,
                          suppress_health_check=list(HealthCheck))
settings.load_profile(__import__("os").environ.get("HYPOTHESIS_PROFILE", "default"))
