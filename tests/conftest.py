"""Fixtures shared by the tests."""

from pathlib import Path

import pytest

from plhelpers import require_corpus


@pytest.fixture(scope="session")
def corpus() -> Path:
    return require_corpus()
