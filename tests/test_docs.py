"""Docs that cannot drift: every command has help text and is in the README."""

from __future__ import annotations

import re

import typer
from typer.testing import CliRunner

from sessietool.cli.app import app

from .conftest import ROOT


def _commands() -> dict[str, object]:
    group = typer.main.get_group(app)
    return dict(group.commands)


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = _commands()
    assert {"extract", "schema", "diff", "trends", "evaluate", "evaluate-ner"} <= set(commands)
    for name, command in commands.items():
        assert (command.help or "").strip(), f"{name} has no help text"
        assert f"sessietool {name}" in readme, f"{name} is missing from README.md"
        for param in command.params:
            if param.param_type_name == "option":
                assert param.help, f"{name} {param.opts} has no help text"


def test_readme_starts_with_install_and_test_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```console\n(.*?)```", readme, re.S).group(1)
    assert "pip install -e '.[dev]'" in first_block
    assert ".venv/bin/pytest" in first_block
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install --quiet -e '.[dev]'" in ci and ".venv/bin/pytest" in ci


def test_version_and_help():
    runner = CliRunner()
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("sessietool 0.")
    assert runner.invoke(app, ["--help"]).exit_code == 0
