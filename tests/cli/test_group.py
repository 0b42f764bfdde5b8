"""sessietool.cli.group, the command group: -h, examples and the exit codes in every command,
readable metavars, shell completion."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from sessietool.cli.app import app
from sessietool.cli.group import EXIT_CODES

runner = CliRunner()
COMMANDS = sorted(typer.main.get_group(app).commands)


def _help(*args: str) -> str:
    result = runner.invoke(app, [*args, "-h"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_h_examples_exit_codes_and_plain_metavars(command: str) -> None:
    text = _help(command)
    assert runner.invoke(app, [command, "--help"], env={"COLUMNS": "100"}).stdout == text
    assert "Examples:" in text
    examples = text.split("Examples:", 1)[1]
    assert re.search(rf"^\s+sessietool {re.escape(command)}\b", examples, re.M)
    assert re.sub(r"\s+", "", EXIT_CODES) in re.sub(r"\s+", "", text)
    assert not re.search(r"<(list|str|int|path|dir|file)\b[^>]*>", text), text
    assert "{" not in text.splitlines()[0]  # usage line: PATH..., not {PATH}...


def test_top_level_help_and_completion_options() -> None:
    text = _help()
    assert "-h, --help" in text and "--install-completion" in text
    assert "Exit codes: 0 success" in " ".join(text.split())


def test_fast_help_answers_h_too() -> None:
    env = {**os.environ, "COLUMNS": "80"}
    code = ("import sys; sys.argv = ['sessietool', '-h']\n"
            "from sessietool.cli.fast import main; main()")
    fast = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert fast.returncode == 0
    assert fast.stdout.startswith("Usage: sessietool [OPTIONS] COMMAND")
    assert "typer" not in subprocess.run(
        [sys.executable, "-c", code + "; print(sorted(sys.modules))"], capture_output=True,
        text=True, env=env).stdout.rsplit("\n", 2)[-2]


def test_shell_completion_completes_commands_and_options() -> None:
    code = "import sys; sys.argv = ['sessietool']; from sessietool.cli.fast import main; main()"
    env = {**os.environ, "_SESSIETOOL_COMPLETE": "complete_bash", "COMP_WORDS": "sessietool ex",
           "COMP_CWORD": "1"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0 and done.stdout.split() == ["extract"]
    env.update(COMP_WORDS="sessietool extract --pr", COMP_CWORD="2")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.stdout.split() == ["--prune"]


def test_bad_option_exits_2_in_every_command() -> None:
    for command in COMMANDS:
        assert runner.invoke(app, [command, "--no-such-option"]).exit_code == 2, command


def test_missing_input_path_exits_2_in_every_command(tmp_path) -> None:
    missing = str(tmp_path / "weg")
    calls = {"extract": [missing], "diff": [missing, missing], "trends": [missing],
             "evaluate": [missing], "evaluate-ner": [missing]}
    for command, args in calls.items():
        result = runner.invoke(app, [command, *args])
        assert result.exit_code == 2, command
        assert result.stderr == f"sessietool: error: {missing}: no such file or folder\n", command


