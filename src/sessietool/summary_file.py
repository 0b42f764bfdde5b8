"""A summary file read back: :func:`load_summary`, the one reader every command uses (``diff``,
``trends``, ``actions``, ``report``, ``show``, ``evaluate``).

It parses YAML or JSON, validates the data against the model in :mod:`sessietool.summary` and
reports anything wrong as :class:`~sessietool.errors.SummaryUnreadable`: one line naming the file
and the problem. The contract is closed, as the published JSON Schema says
(``additionalProperties: false``): a key the model does not know is refused, naming it, and so is
a schema version this sessietool does not read (a summary of a newer one).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .errors import FileMissing, SummaryUnreadable
from .inputs import SUMMARY_SUFFIXES
from .summary import SCHEMA_IDS, Summary, problem

SCHEMA_PREFIX = "sessietool.summary/"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: much faster


def is_summary_path(path: str | Path) -> bool:
    """Whether ``path`` is read as a summary (YAML/JSON) rather than a session to extract."""
    return Path(path).suffix.lower() in SUMMARY_SUFFIXES


def parse_summary_file(path: Path) -> Any:
    """The file's YAML or JSON data, as written (not validated)."""
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


def looks_like_summary(data: Any) -> bool:
    """Whether parsed data claims to be a summary (a ``schema: sessietool.summary/…`` key)."""
    return isinstance(data, dict) and str(data.get("schema", "")).startswith(SCHEMA_PREFIX)


def summary_from_data(data: Any, path: str | Path | None = None) -> Summary:
    """A :class:`Summary` validated from parsed YAML/JSON (v1 summaries too);
    :class:`SummaryUnreadable` says what is wrong."""
    if not looks_like_summary(data):
        raise SummaryUnreadable(path, detail=f"no 'schema: {SCHEMA_PREFIX}v1' key")
    if data["schema"] not in SCHEMA_IDS:
        raise SummaryUnreadable(path, detail=f"schema '{data['schema']}' is not one this "
                                f"sessietool reads ({', '.join(SCHEMA_IDS)})")
    missing = [k for k in ("source", "generator") if not isinstance(data.get(k), dict)]
    if missing:
        raise SummaryUnreadable(path, detail="missing " + " and ".join(f"'{k}'" for k in missing))
    try:
        return Summary.from_dict(data)
    except ValidationError as exc:
        raise SummaryUnreadable(path, detail=f"unexpected structure: {problem(exc)}") from None


def load_summary(path: str | Path) -> Summary:
    """Read and validate a summary written by ``sessietool extract`` (YAML or JSON)."""
    path = Path(path)
    if not path.is_file():
        raise FileMissing(path)
    return summary_from_data(parse_summary_file(path), path)
