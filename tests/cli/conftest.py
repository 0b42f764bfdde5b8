"""Fixtures for the CLI tests: a few small sessions and the CLI with the blank pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

from .cli_helpers import NOTULEN, OVERLEG


@pytest.fixture
def sessions(tmp_path: Path) -> Path:
    """``sessions/`` with two sessions, in order a.txt, b.md, plus the corpus's README."""
    root = tmp_path / "sessions"
    root.mkdir()
    (root / "a.txt").write_text(OVERLEG, encoding="utf-8")
    (root / "b.md").write_text(NOTULEN, encoding="utf-8")
    (root / "README.md").write_text("# Over deze map\n\nDe notulen van 2024.\n", encoding="utf-8")
    return root


