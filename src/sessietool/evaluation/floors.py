"""Quality floors: the figures a CI run must not fall below, per corpus group.

A floors file holds one floor a line, ``GROUP: FIGURE >= VALUE``; ``#`` starts a comment::

    overheid-overleg: action_points.pooled.r >= 0.18
    all: speakers.pooled.f >= 0.77        # "all": every gold file together
    handelingen-2018-04-05: turns >= 1.0

FIGURE is a macro figure (``speakers.r``, ``themes.r``, ``date``, ``action_kind`` …) or a pooled
one (``speakers.pooled.p``, ``speaker_org.pooled``); see :data:`FIGURES`.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataFileError
from .report import (
    ACCURACY_FIELDS,
    ACTION_FIELDS,
    ALL_METRICS,
    OVERALL,
    PRF_FIELDS,
    ROUND,
    GroupFigures,
)

__all__ = ["FIGURES", "Floor", "check_floors", "load_floors", "parse_floors", "suggest_floors"]

FIGURES: tuple[str, ...] = (
    *ALL_METRICS,
    *(f"{name}.pooled.{part}" for name in PRF_FIELDS for part in "prf"),
    *(f"{name}.pooled" for name in (*ACCURACY_FIELDS, *ACTION_FIELDS)),
)
_LINE = re.compile(r"^(?P<group>[^:\s][^:]*?)\s*:\s*(?P<figure>[\w.]+)\s*>=\s*(?P<value>\S+)$")
MAX_FLOORS_BYTES = 1_000_000


@dataclass(frozen=True)
class Floor:
    """``figure`` of ``group`` must be at least ``minimum``; ``line`` is where the file says so."""

    group: str
    figure: str
    minimum: float
    line: int = 0

    def __str__(self) -> str:
        return f"{self.group}: {self.figure} >= {self.minimum:g}"


def parse_floors(text: str, path: Path | str = "floors") -> list[Floor]:
    """Every floor of a floors file's text; :class:`DataFileError` names the line that is wrong."""
    floors = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = _LINE.match(line)
        if m is None:
            raise DataFileError(path, f"line {number}: expected 'GROUP: FIGURE >= VALUE', got "
                                f"{line[:60]!r}")
        figure = m["figure"]
        if figure not in FIGURES:
            raise DataFileError(path, f"line {number}: unknown figure {figure!r} (e.g. "
                                "speakers.pooled.r, action_points.r, date)")
        try:
            minimum = float(m["value"])
        except ValueError:
            raise DataFileError(path, f"line {number}: {m['value']!r} is not a number") from None
        if not 0.0 <= minimum <= 1.0:
            raise DataFileError(path, f"line {number}: the value must lie between 0 and 1")
        floors.append(Floor(m["group"].strip(), figure, minimum, number))
    return floors


def load_floors(path: Path | str) -> list[Floor]:
    """Read and parse a floors file (a regular file of at most 1 MB)."""
    path = Path(path)
    try:
        if not path.is_file():
            raise DataFileError(path, "no such file" if not path.exists() else "not a regular file")
        if path.stat().st_size > MAX_FLOORS_BYTES:
            raise DataFileError(path, f"larger than {MAX_FLOORS_BYTES:,} bytes")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path, f"cannot read: {exc}") from None
    return parse_floors(text, path)


def check_floors(figures: Mapping[str, GroupFigures], floors: list[Floor]) -> Iterator[str]:
    """One message per floor not reached (figures rounded as printed). A group without files
    or a figure that cannot be computed fails too: a check that cannot be made must not pass."""
    for floor in floors:
        group = figures.get(floor.group)
        if group is None:
            known = ", ".join(g for g in figures if g != OVERALL)
            yield f"{floor}: no gold files in group {floor.group!r} (groups: {known}, {OVERALL})"
            continue
        value = group.flat().get(floor.figure)
        if value is None:
            yield f"{floor}: no figure to check"
        elif round(value, ROUND) < floor.minimum:
            yield f"{floor.group}: {floor.figure} {value:.3f} is below the floor {floor.minimum:g}"


# The figures ``--suggest-floors`` writes for each group, where the group has them.
SUGGESTED: tuple[str, ...] = (
    "speakers.pooled.p", "speakers.pooled.r", "speaker_org.pooled", "turns.pooled",
    "organisations.pooled.p", "organisations.pooled.r",
    "action_points.pooled.p", "action_points.pooled.r", "themes.r", "date",
)


def suggest_floors(figures: Mapping[str, GroupFigures], digits: int = 2) -> str:
    """A floors file holding today's figures rounded down: what CI should keep from now on."""
    scale = 10**digits
    lines = ["# GROUP: FIGURE >= VALUE (today's figures rounded down; see `sessietool evaluate "
             "--help`)"]
    for name, group in figures.items():
        flat = group.flat()
        for figure in SUGGESTED:
            value = flat.get(figure)
            if value is None:
                continue
            floor = math.floor(round(value * scale, 6)) / scale
            lines.append(f"{name}: {figure} >= {floor:.{digits}f}")
    return "\n".join(lines) + "\n"
