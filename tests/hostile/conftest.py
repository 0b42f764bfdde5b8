"""Fixtures for the hostile-input tests: the CLI in-process with the blank pipeline."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sessietool.cli.app import app


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., object]:
    """Invoke ``sessietool`` in-process (blank:nl model, CI set, separate stderr)."""
    monkeypatch.setenv("CI", "true")
    monkeypatch.setenv("SESSIETOOL_MODEL", "blank:nl")
    runner = CliRunner()

    def invoke(*args: str | Path) -> object:
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)

    return invoke


@pytest.fixture
def session(tmp_path: Path) -> Path:
    """One small, ordinary session file."""
    path = tmp_path / "in" / "overleg.txt"
    path.parent.mkdir()
    path.write_text("Jan de Vries: Goedemorgen, welkom bij het overleg.\n"
                    "Piet Jansen: Dank je. Het ministerie heeft het budget goedgekeurd.\n",
                    encoding="utf-8")
    return path
