"""What ``sessietool report`` is given: summaries, session files (extracted first) and folders."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..compare.load import load_summary_dir
from ..errors import FileMissing, UsageError
from ..summary import Summary
from ..summary_file import is_summary_path, parse_summary_file, summary_from_data


@dataclass
class Loaded:
    """One session: the summary's plain data (every field as written, v2 ones too), the
    :class:`Summary` read from it, and the file it came from."""

    data: dict[str, Any]
    summary: Summary
    path: Path


def load_one(path: str | Path, *, options: Any = None) -> Loaded:
    """A summary file as written, or a session file extracted with ``options`` (api.Options)."""
    path = Path(path)
    if not path.exists():
        raise FileMissing(path)
    if path.is_dir():
        raise UsageError(path, detail="is a folder; give it on its own for the folder's index")
    if is_summary_path(path):
        data = parse_summary_file(path)
        summary = summary_from_data(data, path)
        return Loaded(data, summary, path)
    from ..api import extract_session  # lazy: imports spaCy

    summary = extract_session(path, options=options)
    return Loaded(summary.to_dict(), summary, path)


def load_folder(directory: str | Path) -> list[Loaded]:
    """Every summary under ``directory`` (as ``trends`` finds them), in file-name order."""
    found = load_summary_dir(directory)
    return [
        Loaded(parse_summary_file(p), s, p)
        for p, s in zip(found.paths, found.summaries, strict=True)
    ]
