"""Shared fixtures: summaries of tiny texts with the rule-only ``blank:nl`` pipeline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sessietool.api import Options, extract_session
from sessietool.cli.app import app
from sessietool.summary import Summary

ROOT = Path(__file__).resolve().parents[1]
BLANK = Options(model="blank:nl")


@pytest.fixture
def summarise(tmp_path: Path) -> Callable[..., Summary]:
    """Write ``text`` to ``name`` and summarise it with the blank pipeline (rules only)."""

    def run(text: str, name: str = "session.txt", options: Options = BLANK) -> Summary:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return extract_session(path, options=options)

    return run


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., object]:
    """Invoke ``sessietool`` in-process (blank:nl model, CI set, separate stderr)."""
    monkeypatch.setenv("CI", "true")
    monkeypatch.setenv("SESSIETOOL_MODEL", "blank:nl")
    runner = CliRunner()

    def invoke(*args: object, input: bytes | str | None = None) -> object:
        return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)

    return invoke
