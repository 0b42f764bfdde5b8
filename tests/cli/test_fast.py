"""``sessietool --help`` and ``--version``: fast, without typer or spaCy, same text as Typer."""
from __future__ import annotations

import subprocess
import sys

from sessietool import __version__
from sessietool.cli._helptext import HELP
from sessietool.cli.fast import render_help

PROBE = """
import runpy, sys
sys.argv = ["sessietool", *sys.argv[1:]]
try:
    runpy.run_module("sessietool", run_name="__main__")
except SystemExit:
    pass
print("MODULES", sorted(m for m in ("spacy", "typer", "click", "rich") if m in sys.modules))
"""


def probe(*args: str) -> str:
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                         env={"COLUMNS": "80", "PATH": ""}, check=True).stdout
    return out


def test_help_and_version_import_neither_spacy_nor_typer() -> None:
    out = probe("--help")
    assert out.splitlines()[-1] == "MODULES []"
    assert out.startswith(HELP)
    out = probe("--version")
    assert out.splitlines() == [f"sessietool {__version__}", "MODULES []"]


def test_stored_help_is_what_typer_renders() -> None:
    # When this fails, a command or option changed: python -m sessietool.cli.fast --write-help
    assert render_help() == HELP


def test_other_arguments_go_to_typer() -> None:
    out = probe("extract", "--help")
    assert "--output-dir" in out and "typer" in out.splitlines()[-1]
    assert "spacy" not in out.splitlines()[-1]
