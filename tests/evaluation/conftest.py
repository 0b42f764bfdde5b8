"""Fixtures for the evaluation tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from .eval_helpers import REFERENCE_SCORER


@pytest.fixture
def reference_scorer() -> Path:
    """``shared/eval/score.py``; tests using it are skipped where the shared folder is absent."""
    if not REFERENCE_SCORER.is_file():
        pytest.skip(f"reference scorer {REFERENCE_SCORER} not present")
    return REFERENCE_SCORER
