"""Summaries for diff and trends: a summary file or a session file extracted first, or every
summary under a directory. Files are read by :func:`sessietool.summary_file.load_summary`."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import FileMissing, InputError, UsageError
from ..summary import Summary
from ..summary_file import (
    is_summary_path,
    load_summary,
    looks_like_summary,
    parse_summary_file,
    summary_from_data,
)


def load_or_extract(path: str | Path, *, model: str | None = None) -> Summary:
    """A summary file as is, or any other session file extracted first (with ``model``)."""
    path = Path(path)
    if not path.exists():
        raise FileMissing(path)
    if path.is_dir():
        raise UsageError(path, detail="is a folder; give two files (trends reads a folder)")
    if is_summary_path(path):
        return load_summary(path)
    from ..api import extract_session  # lazy: imports spaCy

    return extract_session(path, model=model)


@dataclass
class SummaryDir:
    """The summaries found under a directory, in file-name order, and the files passed over."""

    summaries: list[Summary] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)


def load_summary_dir(directory: str | Path) -> SummaryDir:
    """Every summary (``*.yaml``, ``*.yml``, ``*.json``) under ``directory``, recursively;
    hidden files and folders (such as extract's ``.sessietool-manifest.json``) are left out.

    YAML/JSON files without a ``schema: sessietool.summary/…`` key are skipped and listed in
    ``skipped``; a file that claims to be a summary but is broken is an error.
    """
    directory = Path(directory)
    if not directory.exists():
        raise FileMissing(directory)
    if not directory.is_dir():
        raise InputError(directory, detail="not a directory; give the folder of summaries")
    found = SummaryDir()
    files = sorted(
        (
            p for p in directory.rglob("*")
            if p.is_file() and is_summary_path(p)
            and not any(part.startswith(".") for part in p.relative_to(directory).parts)
        ),
        key=lambda p: p.relative_to(directory).as_posix(),
    )
    for path in files:
        data = parse_summary_file(path)
        if not looks_like_summary(data):
            found.skipped.append(path)
            continue
        found.summaries.append(summary_from_data(data, path))
        found.paths.append(path)
    if not found.summaries:
        raise InputError(
            directory,
            detail="no session summaries (*.yaml, *.json) here; run "
            f"'sessietool extract SESSIONS --output-dir {directory}' first",
        )
    return found
