"""Fixtures for the CLI tests: a few small sessions and the CLI with the blank pipeline."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from cli_helpers import NOTULEN, OVERLEG
from typer.testing import CliRunner

from sessietool.cli.app import app


@pytest.fixture
def sessions(tmp_path: Path) -> Path:
    """``sessions/`` with two sessions, in order a.txt, b.md, plus the corpus's README."""
    root = tmp_path / "sessions"
    root.mkdir()
    (root / "a.txt").write_text(OVERLEG, encoding="utf-8")
    (root / "b.md").write_text(NOTULEN, encoding="utf-8")
    (root / "README.md").write_text("# Over deze map\n\nDe notulen van 2024.\n", encoding="utf-8")
    return root


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., object]:
    """Invoke ``sessietool`` in-process (blank:nl model, CI set, separate stderr)."""
    monkeypatch.setenv("CI", "true")
    monkeypatch.setenv("SESSIETOOL_MODEL", "blank:nl")
    runner = CliRunner()

    def invoke(*args: object, input: bytes | str | None = None) -> object:
        return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)

    return invoke
