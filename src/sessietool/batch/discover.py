"""Which files a batch run reads: folders walked, glob patterns expanded, ``-`` for stdin.

The order is deterministic: arguments in the order given; within a folder or a pattern, paths
sorted by their POSIX form. A file reached twice (by two arguments, or a folder and a pattern) is
kept once, at its first position. Missing paths and patterns that match nothing are kept as
inputs with an ``error`` so the batch reports them as failed files and goes on (the CLI refuses
them up front, as a usage error).

Files found by walking a folder or expanding a pattern are left out when their name (or their path
below the folder) matches an ``exclude`` glob, case-insensitively; the default
:data:`DEFAULT_EXCLUDE` skips a corpus's own ``README``, ``SOURCE`` and ``LICENSE`` files. A file
named explicitly is never excluded.
"""
from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

STDIN = "-"
GLOB_CHARS = frozenset("*?[")
# Same list as ``sessietool.readers.SUPPORTED_SUFFIXES``; kept here so discovery (and a re-run that
# skips everything) does not import the readers. A test checks both lists agree.
SUFFIXES = (".txt", ".md", ".markdown", ".vtt", ".srt", ".docx", ".pdf")
DEFAULT_EXCLUDE = ("README*", "SOURCE*", "LICENSE*")


@dataclass(frozen=True)
class Input:
    """One input of a batch.

    ``source`` is the path as the user gave it (or as reached from the folder given); it names the
    output file and appears in the summary. ``key`` is the resolved path (``-`` for stdin), the
    manifest's key. ``error`` is set for a path that does not exist or a pattern without match.
    """

    source: str
    key: str
    error: str | None = None

    @property
    def is_stdin(self) -> bool:
        return self.source == STDIN


def _supported(path: Path, suffixes: tuple[str, ...]) -> bool:
    return path.suffix.lower() in suffixes


def excluded(path: Path, patterns: Iterable[str], base: Path | None = None) -> bool:
    """True when the file's name, or its path below ``base``, matches one of the globs
    (case-insensitive; ``*`` in a path pattern also crosses ``/``)."""
    names = [path.name.lower()]
    if base is not None and path.is_relative_to(base):
        names.append(path.relative_to(base).as_posix().lower())
    return any(fnmatch.fnmatchcase(n, pattern.lower()) for pattern in patterns for n in names)


def walk(folder: Path, suffixes: tuple[str, ...] = SUFFIXES,
         exclude: Iterable[str] = ()) -> list[Path]:
    """Supported files below ``folder``, recursively, skipping hidden files and folders and
    files matching ``exclude``."""
    patterns = tuple(exclude)
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            path = Path(root, name)
            if (not name.startswith(".") and _supported(path, suffixes)
                    and not excluded(path, patterns, folder)):
                found.append(path)
    return sorted(found, key=lambda p: p.as_posix())


def _expand(arg: str, suffixes: tuple[str, ...], exclude: tuple[str, ...] = ()
            ) -> Iterator[Input]:
    if arg == STDIN:
        yield Input(STDIN, STDIN)
        return
    path = Path(arg)
    if path.is_dir():
        for found in walk(path, suffixes, exclude):
            yield Input(str(found), str(found.resolve()))
        return
    if path.exists() or not GLOB_CHARS & set(arg):
        # An explicit file is read whatever its extension (the reader says if it is unsupported);
        # a missing one fails on its own.
        yield Input(arg, str(path.resolve()), None if path.exists() else "no such file")
        return
    matches = sorted(glob.glob(arg, recursive=True), key=lambda m: Path(m).as_posix())
    files: list[Path] = []
    for match in matches:
        p = Path(match)
        if p.is_dir():
            files.extend(walk(p, suffixes, exclude))
        elif p.is_file() and _supported(p, suffixes) and not excluded(p, exclude):
            files.append(p)
    if not files:
        yield Input(arg, arg, "the pattern matches no supported files")
    for found in files:
        yield Input(str(found), str(found.resolve()))


def discover(args: Iterable[str], suffixes: tuple[str, ...] = SUFFIXES,
             exclude: Iterable[str] = DEFAULT_EXCLUDE) -> list[Input]:
    """Expand the command-line arguments into inputs, deduplicated, in a deterministic order."""
    patterns = tuple(exclude)
    seen: set[str] = set()
    inputs: list[Input] = []
    for arg in args:
        for item in _expand(str(arg), suffixes, patterns):
            if item.error is None and item.key in seen:
                continue
            seen.add(item.key)
            inputs.append(item)
    return inputs
