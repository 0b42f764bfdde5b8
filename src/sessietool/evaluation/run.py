"""Running an evaluation: pair each gold file with a summary (read from a folder, or extracted from
the gold file's source) and score it.

A summary that is missing, unreadable or whose source cannot be extracted leaves the file
unscored (reported with the reason, left out of the macro averages). Import-light: extraction is
passed in as a callable, so nothing here imports spaCy.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError, SummaryUnreadable
from .gold import GoldFile
from .matching import score_summary
from .report import FileResult, Report

__all__ = [
    "Extractor",
    "evaluate_extracted",
    "evaluate_summaries",
    "find_summary",
    "load_summary",
    "resolve_source",
    "source_bases",
]

Extractor = Callable[[Path], Mapping[str, Any]]
SUMMARY_SUFFIXES = (".yaml", ".yml", ".json")
_LIST_FIELDS = ("speakers", "organisations", "action_points", "themes")


def _stems(source: str) -> list[str]:
    from ..output import safe_stem  # the stem ``extract -o`` writes

    return list(dict.fromkeys([Path(source.replace("\\", "/")).stem, safe_stem(source)]))


def find_summary(summaries_dir: Path, source: str) -> Path | None:
    """``DIR/<source stem>.yaml`` (or ``.yml``/``.json``; also the stem ``extract`` would write)."""
    for stem in _stems(source):
        for suffix in SUMMARY_SUFFIXES:
            candidate = summaries_dir / f"{stem}{suffix}"
            if candidate.is_file():
                return candidate
    return None


def load_summary(path: Path) -> dict[str, Any]:
    """A summary's plain data; :class:`SummaryUnreadable` when it is not a summary at all.

    JSON is YAML, so one reader serves both. List fields must be lists; entries that are not
    mappings are ignored by the matching rules.
    """
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise SummaryUnreadable(path, f"cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise SummaryUnreadable(path, f"invalid YAML: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SummaryUnreadable(path, f"top level is {type(data).__name__}, not a mapping")
    for key in _LIST_FIELDS:
        if data.get(key) is not None and not isinstance(data[key], list):
            raise SummaryUnreadable(path, f"{key} is not a list")
    if data.get("session") is not None and not isinstance(data["session"], dict):
        raise SummaryUnreadable(path, "session is not a mapping")
    return data


def source_bases(gold_dir: Path) -> list[Path]:
    """Where relative gold ``source`` paths are looked up by default: the folder above
    ``GOLD_DIR`` and the one above that (``shared/eval/gold`` names sources relative to
    ``shared/``)."""
    parent = gold_dir.resolve().parent
    return [parent, parent.parent]


def resolve_source(gold: GoldFile, bases: Sequence[Path]) -> Path:
    """The session file a gold file describes: absolute as given, else the first ``base/source``
    that exists, else ``base/<file name>`` (a flat folder of sessions), else ``bases[0]/source``
    (which extraction reports as missing)."""
    source = Path(gold.source)
    if source.is_absolute() or not bases:
        return source
    for base in bases:
        if (base / source).exists():
            return base / source
    for base in bases:
        if (base / source.name).is_file():
            return base / source.name
    return bases[0] / source


def evaluate_summaries(golds: Iterable[GoldFile], summaries_dir: Path) -> Report:
    """Score the summaries found in ``summaries_dir`` (see :func:`find_summary`)."""
    report = Report()
    for gold in golds:
        path = find_summary(summaries_dir, gold.source)
        if path is None:
            report.files.append(FileResult(
                gold.name, gold.source,
                error=f"no summary {Path(gold.source).stem}.yaml in {summaries_dir}",
            ))
            continue
        try:
            data = load_summary(path)
        except SummaryUnreadable as exc:
            report.files.append(FileResult(gold.name, gold.source, str(path), error=str(exc)))
            continue
        scores = score_summary(gold, data)
        report.files.append(FileResult(gold.name, gold.source, str(path), scores))
    return report


def evaluate_extracted(
    golds: Iterable[GoldFile], bases: Sequence[Path], extract: Extractor
) -> Report:
    """Extract each gold file's source with ``extract`` and score the result. Input errors
    (missing or unreadable source) leave the file unscored; other errors propagate."""
    report = Report()
    for gold in golds:
        source = resolve_source(gold, bases)
        try:
            data = extract(source)
        except InputError as exc:
            report.files.append(FileResult(gold.name, gold.source, error=str(exc)))
            continue
        scores = score_summary(gold, data)
        report.files.append(FileResult(gold.name, gold.source, str(source), scores))
    return report
