"""What the tool accepts as input, and the one way in for input bytes.

Kept apart from :mod:`sessietool.readers` (which imports every reader and its libraries) so that
the CLI and the batch planner can list, size-check, read and hash inputs without them: an
unchanged re-run imports nothing it does not need.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .errors import FileMissing, InputError, TooLarge, UnreadableFile

DEFAULT_MAX_SIZE = 50 * 1024 * 1024
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".vtt", ".srt", ".docx", ".pdf")
STDIN = "-"
SUMMARY_SUFFIXES = (".yaml", ".yml", ".json")  # read back as summaries, never extracted


def read_input(source: str | Path, max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    """The one way in for input bytes: ``-`` is stdin, else a regular file of at most
    ``max_size`` bytes. Raises :class:`~sessietool.errors.InputError` subclasses naming it."""
    name = str(source)
    try:
        data = _read_stdin(max_size) if name == STDIN else _read_file(name, max_size)
        check_size(len(data), max_size)
        return data
    except InputError as exc:
        if exc.path is not None:
            raise
        raise type(exc)(name, exc.detail, **exc.kwargs) from None


def check_size(size: int, max_size: int) -> None:
    """Raise :class:`~sessietool.errors.TooLarge` when ``size`` exceeds ``max_size``."""
    if size > max_size:
        raise TooLarge(detail=f"the file is {size:,} bytes, more than the limit of "
                       f"{max_size:,} bytes")


def _read_file(name: str, max_size: int) -> bytes:
    path = Path(name)
    try:
        if not path.exists():
            raise FileMissing()
        if not path.is_file():
            raise UnreadableFile(detail="not a regular file")
        check_size(path.stat().st_size, max_size)
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(detail=exc.strerror or type(exc).__name__) from None


def _read_stdin(max_size: int) -> bytes:
    return sys.stdin.buffer.read(max_size + 1)
