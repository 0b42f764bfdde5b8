"""Every command in the README's ``console`` blocks (and its Python example) runs as written.

The commands run in order in a sandbox that looks like a checkout beside ``shared/``: links to
the checkout's data, tests, models and sources, an empty ``docs/`` and ``out/``, and
``.venv/bin/sessietool`` / ``.venv/bin/python`` for the interpreter running the tests. Each
command must exit 0. Blocks that read ``../shared`` are skipped where the shared folder is absent
(``SESSIETOOL_SHARED`` points at it elsewhere); blocks that take more than a few seconds are
marked slow and run only with ``SESSIETOOL_README_SLOW=1`` (``.ci/run`` sets it where
``../shared`` is present; about four minutes). Not run: the two set-up commands (they made
this environment), the training recipe (an hour), and commands that need a pipeline or wheel
that is not installed.
"""
from __future__ import annotations

import importlib.util
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SESSIETOOL_SHARED", ROOT.parent / "shared"))
LINKED = ("data", "tests", "models", "src", "training", "benchmarks", "pyproject.toml")
SETUP = ("python3 -m venv .venv", ".venv/bin/pytest")
SLOW = ("fronteers", "../shared/eval/gold", "ned.testb", "--engine dask", "--jobs 2")


def blocks() -> list[tuple[int, list[str]]]:
    """(line number, commands) of every ``console`` block, prompts and comment lines dropped."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = []
    for match in re.finditer(r"^```console\n(.*?)^```", text, re.S | re.M):
        line = text.count("\n", 0, match.start()) + 1
        commands = [c.removeprefix("$ ").strip() for c in match.group(1).splitlines()]
        found.append((line, [c for c in commands if c and not c.startswith("#")]))
    return found


def why_not(command: str) -> str | None:
    """Why a command cannot run here, or None."""
    if command.startswith(SETUP):
        return "a set-up command: it made this environment"
    if "training/train.py" in command:
        return "rebuilds the bundled model (about an hour)"
    if "nl_core_news_sm" in command:
        if ".whl" in command:
            return "installs a wheel the user has downloaded"
        if importlib.util.find_spec("nl_core_news_sm") is None:
            return "nl_core_news_sm is not installed"
    if "--engine dask" in command and importlib.util.find_spec("distributed") is None:
        return "dask[distributed] is not installed"
    if "../shared" in command and not SHARED.is_dir():
        return f"needs the shared corpus ({SHARED} is absent)"
    return None


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("readme")
    repo = base / "sessietool"
    (repo / ".venv" / "bin").mkdir(parents=True)
    for name in LINKED:
        if (ROOT / name).exists():
            (repo / name).symlink_to(ROOT / name)
    (repo / "docs").mkdir()
    (repo / "out").mkdir()
    if SHARED.is_dir():
        (base / "shared").symlink_to(SHARED.resolve())
    tool = repo / ".venv" / "bin" / "sessietool"
    tool.write_text(f"#!/bin/sh\nexec {shlex.quote(sys.executable)} -m sessietool \"$@\"\n")
    tool.chmod(0o755)
    (repo / ".venv" / "bin" / "python").symlink_to(sys.executable)
    return repo


def _run(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CI": "true"}
    env.pop("SESSIETOOL_MODEL", None)
    return subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=900)


def _params() -> list[object]:
    params = []
    for line, commands in blocks():
        marks = [pytest.mark.slow] if any(s in c for c in commands for s in SLOW) else []
        params.append(pytest.param(commands, id=f"README.md:{line}", marks=marks))
    return params


def test_readme_has_console_blocks_calling_the_venv_tool() -> None:
    commands = [c for _, block in blocks() for c in block]
    assert len(commands) > 20
    for command in commands:
        assert not re.match(r"sessietool\b", command), f"bare 'sessietool' in: {command}"


@pytest.mark.parametrize("commands", _params())
def test_readme_commands_run(commands: list[str], sandbox: Path,
                             request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("slow") and not os.environ.get("SESSIETOOL_README_SLOW"):
        pytest.skip("slow: set SESSIETOOL_README_SLOW=1 to run it")
    ran = 0
    for command in commands:
        if why_not(command):
            continue
        result = _run(command, sandbox)
        assert result.returncode == 0, f"{command}\n{result.stderr[-2000:]}"
        ran += 1
    if not ran:
        pytest.skip("; ".join(sorted({why_not(c) or "" for c in commands})))


def test_readme_python_example(sandbox: Path) -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"^```python\n(.*?)^```", text, re.S | re.M).group(1)
    result = subprocess.run([sys.executable, "-c", code], cwd=sandbox, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
