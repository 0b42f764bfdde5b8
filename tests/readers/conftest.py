"""Fixtures for the reader tests: fixture files and small PDF/DOCX builders."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .readers_helpers import build_pdf

FIXTURES = Path(__file__).parent.parent / "fixtures" / "readers"


@pytest.fixture
def fixture_path() -> Callable[[str], Path]:
    return lambda name: FIXTURES / name


@pytest.fixture
def make_pdf() -> Callable[[list[list[str]]], bytes]:
    return build_pdf
