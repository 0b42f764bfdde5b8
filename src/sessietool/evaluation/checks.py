"""What an evaluation run fails on, and its results as data: the rules behind ``sessietool
evaluate``'s exit code, JSON and misses file, usable without the CLI.

A run *fails* when a ``--min-f1`` minimum or a floor is not met, or, when there is any minimum
or floor at all, when a gold file could not be scored (a missing or unreadable summary, a source
that cannot be extracted): a figure cannot be trusted to meet a floor without all of its files.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .floors import Floor, check_floors
from .report import Report, Threshold, check_thresholds

__all__ = ["failures", "misses_text", "report_data", "write_misses"]


def failures(report: Report, thresholds: Sequence[Threshold] = (),
             floors: Sequence[Floor] = ()) -> list[str]:
    """One line per unmet minimum or floor, plus one for unscored files when either is given."""
    found = list(check_thresholds(report.macro, thresholds))
    found += check_floors(report.figures(), list(floors))
    if (thresholds or floors) and report.unscored:
        found.append(f"{len(report.unscored)} of {len(report.files)} files could not be scored")
    return found


def report_data(report: Report, failed: Sequence[str], *, misses: bool = False) -> dict[str, Any]:
    """The report as ``evaluate --format json`` prints it."""
    return {**report.to_dict(misses=misses), "failed": list(failed)}


def misses_text(report: Report, path: Path) -> str:
    """The misses as the file ``path`` holds them: JSON for ``.json``, else YAML."""
    from ..output import dumps

    fmt = "json" if path.suffix.lower() == ".json" else "yaml"
    return dumps(report.misses(), fmt, flow_lists=False)


def write_misses(path: Path, report: Report) -> None:
    """Write the misses to ``path`` atomically; :class:`~sessietool.errors.OutputError` if not."""
    from ..errors import OutputError
    from ..output import write_atomic

    try:
        write_atomic(path, misses_text(report, path))
    except OSError as exc:
        raise OutputError(path, f"cannot write the misses: {exc.strerror or exc}") from None
