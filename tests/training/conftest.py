from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
for p in (ROOT / "training", ROOT / "src"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

FIXTURES = ROOT / "tests" / "fixtures" / "training"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
