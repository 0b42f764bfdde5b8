"""Turning library errors into one stderr line and an exit code."""
from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import typer

from ..errors import SessietoolError

PREFIX = "sessietool: error: "


def report(error: BaseException | str) -> None:
    """One line on stderr naming the file and the problem, no traceback. The only place the
    CLI writes an error; exit codes are the error's own (see :mod:`sessietool.errors`)."""
    print(f"{PREFIX}{error}", file=sys.stderr, flush=True)


def report_failures(lines: Iterable[str]) -> None:
    """Unmet quality checks (``evaluate --min-f1/--floors``): one ``FAIL`` line each on stderr,
    then exit 1 when there was any."""
    lines = list(lines)
    for line in lines:
        print(f"sessietool: FAIL {line}", file=sys.stderr, flush=True)
    if lines:
        raise typer.Exit(1)


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
    """Exit with the error's code after one stderr line."""
    try:
        yield
    except SessietoolError as exc:
        report(exc)
        raise typer.Exit(exc.exit_code) from None


def require_exists(*paths: Path) -> None:
    """A path given on the command line that does not exist is a usage error (exit 2)."""
    from ..errors import UsageError

    for path in paths:
        if not path.exists():
            raise UsageError(path, "no such file or folder")
