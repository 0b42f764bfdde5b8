"""Evaluation results: per-file scores, macro averages, corpus groups and thresholds.

A *metric* is one number of a file's scores, named ``speakers.p``, ``speakers.r``, ``speakers.f``,
``speaker_org``, ``turns``, ``organisations.p`` … ``themes.r``, ``date``. A metric is ``None`` when
it cannot be computed for a file (no gold for the field, precision not scored, nothing predicted);
the macro average of a metric is the mean over the files where it is not ``None``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "FIELDS",
    "METRICS",
    "THRESHOLD_METRIC",
    "FileResult",
    "FileScores",
    "PRF",
    "Report",
    "Threshold",
    "check_thresholds",
    "corpus_group",
    "macro_average",
    "parse_threshold",
]

ROUND = 3


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1; each ``None`` when its denominator is zero."""

    p: float | None
    r: float | None
    f: float | None

    @classmethod
    def from_counts(cls, tp_p: int, n_p: int, tp_r: int, n_r: int) -> PRF:
        """``tp_p`` of ``n_p`` predictions are right, ``tp_r`` of ``n_r`` gold items are found.

        Precision and recall count separately because one prediction may cover several gold items
        and optional items are right without being required. F1 is ``None`` unless both exist, and
        0 when either is 0.
        """
        p = tp_p / n_p if n_p else None
        r = tp_r / n_r if n_r else None
        if p is None or r is None:
            f = None
        elif p + r == 0 or p == 0 or r == 0:
            f = 0.0
        else:
            f = 2 * p * r / (p + r)
        return cls(p, r, f)


@dataclass(frozen=True)
class FileScores:
    """One summary against one gold file. ``None``: the gold does not annotate the field."""

    speakers: PRF
    speaker_org: float | None = None
    turns: float | None = None
    organisations: PRF | None = None
    action_points: PRF | None = None
    themes: PRF | None = None
    date: bool | None = None

    def metrics(self) -> dict[str, float | None]:
        """Every metric by name (see :data:`METRICS`), ``None`` where not computed."""
        out: dict[str, float | None] = {}
        for name in ("speakers", "speaker_org", "turns", "organisations", "action_points",
                     "themes", "date"):
            value = getattr(self, name)
            if name in PRF_FIELDS:
                for part in ("p", "r", "f"):
                    out[f"{name}.{part}"] = None if value is None else getattr(value, part)
            else:
                out[name] = None if value is None else float(value)
        return out


PRF_FIELDS = ("speakers", "organisations", "action_points", "themes")
METRICS: tuple[str, ...] = (
    "speakers.p", "speakers.r", "speakers.f", "speaker_org", "turns",
    "organisations.p", "organisations.r", "organisations.f",
    "action_points.p", "action_points.r", "action_points.f",
    "themes.p", "themes.r", "themes.f", "date",
)
# The one figure per field that ``--min-f1 FIELD=VALUE`` checks.
THRESHOLD_METRIC: dict[str, str] = {
    "speakers": "speakers.f",
    "speaker_org": "speaker_org",
    "turns": "turns",
    "organisations": "organisations.f",
    "action_points": "action_points.f",
    "themes": "themes.r",
    "date": "date",
}
FIELDS = tuple(THRESHOLD_METRIC)


@dataclass(frozen=True)
class FileResult:
    """A gold file and how its summary scored; ``error`` says why there is no score."""

    gold: str
    source: str
    summary: str | None = None
    scores: FileScores | None = None
    error: str | None = None

    @property
    def scored(self) -> bool:
        return self.scores is not None


def macro_average(results: Iterable[FileResult]) -> dict[str, float | None]:
    """Mean of each metric over the scored files where it exists; ``None`` where it never does."""
    values: dict[str, list[float]] = {m: [] for m in METRICS}
    for res in results:
        if res.scores is None:
            continue
        for metric, value in res.scores.metrics().items():
            if value is not None:
                values[metric].append(value)
    return {m: (sum(v) / len(v) if v else None) for m, v in values.items()}


def corpus_group(gold_name: str) -> str:
    """The corpus a gold file belongs to, by its name (as ``shared/eval/groups.py`` groups)."""
    if gold_name.startswith("2020-10-06"):
        return "seed report"
    if gold_name.startswith("h-tk"):
        return "Handelingen"
    if gold_name.startswith("ParlaMint"):
        return "ParlaMint"
    if re.match(r"\d\d-\d\d-\d{4}", gold_name) or gold_name.startswith("notulen"):
        return "Fronteers"
    return "other reports"


@dataclass
class Report:
    """All files of one evaluation run."""

    files: list[FileResult] = field(default_factory=list)

    @property
    def macro(self) -> dict[str, float | None]:
        return macro_average(self.files)

    @property
    def unscored(self) -> list[FileResult]:
        return [f for f in self.files if not f.scored]

    def groups(self) -> dict[str, dict[str, float | None]]:
        """Macro averages per corpus group, groups sorted by name."""
        by_group: dict[str, list[FileResult]] = {}
        for res in self.files:
            by_group.setdefault(corpus_group(res.gold), []).append(res)
        return {g: macro_average(rs) for g, rs in sorted(by_group.items())}

    def to_dict(self, *, groups: bool = False) -> dict[str, Any]:
        """Plain data for ``--format json`` (figures rounded to 3 decimals)."""
        data: dict[str, Any] = {
            "files": [
                {
                    "gold": f.gold,
                    "source": f.source,
                    "summary": f.summary,
                    "error": f.error,
                    "metrics": None if f.scores is None else _rounded(f.scores.metrics()),
                }
                for f in self.files
            ],
            "macro": _rounded(self.macro),
            "counts": {"files": len(self.files), "scored": len(self.files) - len(self.unscored),
                       "unscored": len(self.unscored)},
        }
        if groups:
            data["groups"] = {g: _rounded(m) for g, m in self.groups().items()}
        return data


def _rounded(metrics: Mapping[str, float | None]) -> dict[str, float | None]:
    return {k: (None if v is None else round(v, ROUND)) for k, v in metrics.items()}


@dataclass(frozen=True)
class Threshold:
    """``--min-f1 FIELD=VALUE``: the macro figure of ``field`` must be at least ``minimum``.

    ``field`` is one of :data:`FIELDS` (checked on its figure in :data:`THRESHOLD_METRIC`) or,
    to gate one part, a metric such as ``action_points.r``.
    """

    field: str
    minimum: float

    @property
    def metric(self) -> str:
        return THRESHOLD_METRIC.get(self.field, self.field)


def parse_threshold(spec: str) -> Threshold:
    """``"speakers=0.8"`` → ``Threshold("speakers", 0.8)``; ``ValueError`` says what is wrong."""
    name, sep, value = spec.partition("=")
    name = name.strip()
    if not sep:
        raise ValueError(f"--min-f1 {spec!r}: expected FIELD=VALUE, e.g. speakers=0.8")
    if name not in THRESHOLD_METRIC and name not in METRICS:
        raise ValueError(f"--min-f1 {spec!r}: unknown field {name!r}; fields: {', '.join(FIELDS)} "
                         "(or one figure: speakers.r, action_points.p, …)")
    try:
        minimum = float(value)
    except ValueError:
        raise ValueError(f"--min-f1 {spec!r}: {value.strip()!r} is not a number") from None
    if not 0.0 <= minimum <= 1.0:
        raise ValueError(f"--min-f1 {spec!r}: the value must lie between 0 and 1")
    return Threshold(name, minimum)


def check_thresholds(
    macro: Mapping[str, float | None], thresholds: Sequence[Threshold]
) -> Iterator[str]:
    """One message per threshold that the macro figures (rounded as printed) do not reach.

    A field without any figure fails too: a check that cannot be made must not pass silently.
    """
    for t in thresholds:
        value = macro.get(t.metric)
        if value is None:
            yield f"{t.field}: no figure ({t.metric}) to check against the minimum {t.minimum:g}"
        elif round(value, ROUND) < t.minimum:
            yield f"{t.field}: {t.metric} {value:.3f} is below the minimum {t.minimum:g}"
