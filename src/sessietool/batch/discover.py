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
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..inputs import SUPPORTED_SUFFIXES

STDIN = "-"
GLOB_CHARS = frozenset("*?[")
SUFFIXES = SUPPORTED_SUFFIXES  # the readers' list (one definition)
DEFAULT_EXCLUDE = ("README*", "SOURCE*", "LICENSE*")


MISSING = "no such file"  # Input.error of a path that does not exist
NO_MATCH = "the pattern matches no supported files"  # … of a pattern that matches nothing


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


def input_key(path: Path) -> str:
    """The manifest key of a path: resolved, or (for a symlink loop, which ``resolve`` refuses
    with a RuntimeError, or a path it cannot reach) the absolute path as it is."""
    try:
        return str(path.resolve())
    except (OSError, RuntimeError, ValueError):
        return os.path.abspath(path)


def _glob_part(part: str) -> str:
    """A regular expression for one component of a glob pattern (``*``, ``?``, ``[...]``)."""
    out: list[str] = []
    i = 0
    while i < len(part):
        char = part[i]
        close = part.find("]", i + 2) if char == "[" else -1
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif close > 0:
            body = part[i + 1:close]
            body = "^" + body[1:] if body.startswith("!") else body
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = close
        else:
            out.append(re.escape(char))
        i += 1
    return "".join(out)


def glob_recursive(pattern: str) -> list[str]:
    """``glob.glob(pattern, recursive=True)`` for a pattern with ``**``, without following
    symlinked folders (``glob`` does, so a link to a parent folder loops until the path is too
    long): the tree below the pattern's fixed prefix is walked once by :func:`os.walk`, and a
    symlinked folder is matched as a path but not entered. Hidden names are skipped."""
    parts = Path(pattern).parts
    fixed = 0
    while fixed < len(parts) and not GLOB_CHARS & set(parts[fixed]):
        fixed += 1
    root = Path(*parts[:fixed]) if fixed else Path(".")
    rest = parts[fixed:]
    pieces = []
    for i, part in enumerate(rest):
        last = i == len(rest) - 1
        if part == "**":
            pieces.append(".*" if last else "(?:[^/]+/)*")
        else:
            pieces.append(_glob_part(part) + ("" if last else "/"))
    matcher = re.compile("".join(pieces) + r"\Z", re.S)
    found: list[str] = []
    if not root.is_dir():
        return found
    for here, dirs, files in os.walk(root, followlinks=False):
        rel = os.path.relpath(here, root)
        prefix = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in [*dirs, *files]:
            if name.startswith("."):
                continue
            if matcher.match(prefix + name):
                found.append(str(root / (prefix + name)) if fixed else prefix + name)
    return found


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
            yield Input(str(found), input_key(found))
        return
    if path.is_symlink() and not path.exists():
        yield Input(arg, input_key(path), "a dangling symlink or a symlink loop")
        return
    if path.exists() or not GLOB_CHARS & set(arg):
        # An explicit file is read whatever its extension (the reader says if it is unsupported);
        # a missing one fails on its own.
        yield Input(arg, input_key(path), None if path.exists() else MISSING)
        return
    found = glob_recursive(arg) if "**" in arg else glob.glob(arg)
    matches = sorted(found, key=lambda m: Path(m).as_posix())
    files: list[Path] = []
    for match in matches:
        p = Path(match)
        if p.is_dir():
            files.extend(walk(p, suffixes, exclude))
        elif p.is_file() and _supported(p, suffixes) and not excluded(p, exclude):
            files.append(p)
    if not files:
        yield Input(arg, arg, NO_MATCH)
    for match in files:
        yield Input(str(match), input_key(match))


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


def inputs_for(args: Iterable[str], exclude: Iterable[str] = (), *,
               default_excludes: bool = True) -> list[Input]:
    """The inputs of a run, checked up front: a missing path, a pattern without matches or no
    supported file at all raises :class:`~sessietool.errors.UsageError` (exit 2). Other problems
    of an input (a symlink loop) stay on that input, for the batch to report. ``exclude`` adds
    to :data:`DEFAULT_EXCLUDE` (or replaces it, with ``default_excludes=False``)."""
    from ..errors import UsageError

    args = list(args)
    patterns = (DEFAULT_EXCLUDE if default_excludes else ()) + tuple(exclude)
    inputs = discover(args, exclude=patterns)
    for item in inputs:
        if item.error in (MISSING, NO_MATCH):
            what = item.error if item.error != MISSING else "no such file or folder"
            raise UsageError(item.source, what)
    if not inputs:
        raise UsageError(detail=f"no supported files in {', '.join(args)} (supported: "
                         f"{' '.join(SUFFIXES)}; skipped: {', '.join(patterns) or 'nothing'})")
    return inputs
