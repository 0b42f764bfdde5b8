"""Turning library errors into one stderr line and an exit code."""
from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

import typer

from ..errors import SessietoolError


def report(error: BaseException) -> None:
    """One line on stderr, no traceback."""
    print(f"sessietool: error: {error}", file=sys.stderr)


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
