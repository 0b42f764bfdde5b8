"""Reading summaries back: one file, a session file that is extracted first, or a directory."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ..errors import FileMissing, InputError, SummaryUnreadable, UsageError
from ..summary import Summary, problem

SUMMARY_SUFFIXES = (".yaml", ".yml", ".json")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: much faster
SCHEMA_PREFIX = "sessietool.summary/"


def is_summary_path(path: str | Path) -> bool:
    """Whether ``path`` is read as a summary (YAML/JSON) rather than a session to extract."""
    return Path(path).suffix.lower() in SUMMARY_SUFFIXES


def _parse(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise SummaryUnreadable(path, detail=f"not UTF-8 text: {exc.reason}") from exc
    except OSError as exc:
        raise SummaryUnreadable(path, detail=exc.strerror or str(exc)) from exc
    try:
        if path.suffix.lower() == ".json":
            return json.loads(text)
        return yaml.load(text, Loader=_Loader)  # a safe loader (C or Python)
    except json.JSONDecodeError as exc:
        raise SummaryUnreadable(path, detail=f"invalid JSON: {exc}") from exc
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SummaryUnreadable(path, detail=f"invalid YAML: {first}") from exc


def _looks_like_summary(data: Any) -> bool:
    return isinstance(data, dict) and str(data.get("schema", "")).startswith(SCHEMA_PREFIX)


def summary_from_data(data: Any, path: str | Path | None = None) -> Summary:
    """A :class:`Summary` from parsed YAML/JSON; :class:`SummaryUnreadable` says what is wrong."""
    if not _looks_like_summary(data):
        raise SummaryUnreadable(path, detail=f"no 'schema: {SCHEMA_PREFIX}v1' key")
    missing = [k for k in ("source", "generator") if not isinstance(data.get(k), dict)]
    if missing:
        raise SummaryUnreadable(path, detail="missing " + " and ".join(f"'{k}'" for k in missing))
    try:
        return Summary.from_dict(data)
    except ValidationError as exc:
        raise SummaryUnreadable(path, detail=f"unexpected structure: {problem(exc)}") from None


def read_summary(path: str | Path) -> Summary:
    """Read a summary written by ``sessietool extract`` (YAML or JSON)."""
    path = Path(path)
    if not path.is_file():
        raise FileMissing(path)
    return summary_from_data(_parse(path), path)


def load_summary(path: str | Path, *, model: str | None = None) -> Summary:
    """A summary file as is, or any other session file extracted first (with ``model``)."""
    path = Path(path)
    if not path.exists():
        raise FileMissing(path)
    if path.is_dir():
        raise UsageError(path, detail="is a folder; give two files (trends reads a folder)")
    if is_summary_path(path):
        return read_summary(path)
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
        data = _parse(path)
        if not _looks_like_summary(data):
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
