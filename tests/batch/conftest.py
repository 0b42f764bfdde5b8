"""Fixtures for batch runs: a few small sessions on disk and the CLI with the blank pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

from .batch_helpers import MINUTES, REPORT, TRANSCRIPT


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """``corpus/`` with five sessions in nested folders (two share the stem ``notulen``)."""
    root = tmp_path / "corpus"
    (root / "a").mkdir(parents=True)
    (root / "b" / "c").mkdir(parents=True)
    (root / "a" / "overleg.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (root / "a" / "notulen.md").write_text(MINUTES, encoding="utf-8")
    (root / "b" / "notulen.md").write_text(MINUTES.replace("Utrecht", "Zwolle"), encoding="utf-8")
    (root / "b" / "c" / "verslag.txt").write_text(REPORT, encoding="utf-8")
    (root / "b" / "c" / "tweede.md").write_text(TRANSCRIPT.replace("vrijdag", "maandag"),
                                                  encoding="utf-8")
    (root / "b" / "ignored.yaml").write_text("not: a session\n", encoding="utf-8")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "secret.md").write_text(MINUTES, encoding="utf-8")
    return root


