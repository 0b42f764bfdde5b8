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

from ..errors import InputError, SummaryUnreadable
from ..summary_file import SUMMARY_SUFFIXES, load_summary
from .gold import GoldFile
from .report import FileResult, Report
from .scoring import score_summary

__all__ = [
    "Extractor",
    "evaluate_extracted",
    "evaluate_summaries",
    "find_summary",
    "resolve_source",
    "source_bases",
]

Extractor = Callable[[Path], Mapping[str, Any]]


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
            data = load_summary(path).to_dict()
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
