"""Evaluation results: per-file scores, macro averages, corpus groups and thresholds.

A *metric* is one number of a file's scores, named ``speakers.p``, ``speakers.r``, ``speakers.f``,
``speaker_org``, ``turns``, ``organisations.p`` … ``themes.r``, ``date``. A metric is ``None`` when
it cannot be computed for a file (no gold for the field, precision not scored, nothing predicted);
the macro average of a metric is the mean over the files where it is not ``None``.

*Pooled* figures sum each file's :class:`Counts` (and :class:`Tally`) over a group of files
before dividing, so a file with many items weighs more; groups are the corpus folders of the gold
files' sources (``corpus/<group>/…``), as ``shared/eval/groups.py`` and ``pooled.py`` group them.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ALL_METRICS",
    "FIELDS",
    "METRICS",
    "OVERALL",
    "Counts",
    "GroupFigures",
    "Miss",
    "Tally",
    "flat_pooled",
    "pooled_figures",
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
class Counts:
    """The counts behind one file's P/R/F: ``tp_p`` of ``n_p`` predictions are right (``n_p`` is 0
    where the gold list is incomplete), ``tp_r`` of ``n_r`` gold items are found. Summed over files
    they give the pooled figures."""

    tp_p: int = 0
    n_p: int = 0
    tp_r: int = 0
    n_r: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp_p + other.tp_p, self.n_p + other.n_p,
                      self.tp_r + other.tp_r, self.n_r + other.n_r)

    @property
    def prf(self) -> PRF:
        return PRF.from_counts(self.tp_p, self.n_p, self.tp_r, self.n_r)


@dataclass(frozen=True)
class Tally:
    """``ok`` of ``n`` checked items are right (speaker organisation, turns, date, kind …)."""

    ok: int = 0
    n: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.ok + other.ok, self.n + other.n)

    @property
    def accuracy(self) -> float | None:
        return self.ok / self.n if self.n else None


MISSED, SPURIOUS, WRONG_ORGANISATION = "missed", "spurious", "wrong-organisation"


@dataclass(frozen=True)
class Miss:
    """One thing a summary got wrong against its gold file: a gold item it did not find
    (``missed``), a prediction that matched nothing in a complete gold list (``spurious``), a
    matched speaker with the wrong organisation, a wrong session date."""

    field: str
    kind: str
    text: str
    lines: tuple[int, ...] = ()
    expected: str | None = None
    found: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"field": self.field, "kind": self.kind, "text": self.text}
        if self.lines:
            data["lines"] = list(self.lines)
        if self.expected is not None:
            data["expected"] = self.expected
        if self.kind not in (MISSED, SPURIOUS):
            data["found"] = self.found
        return data


PRF_FIELDS = ("speakers", "organisations", "action_points", "themes")
ACCURACY_FIELDS = ("speaker_org", "turns", "date")
# Shares of the matched gold action points whose prediction has the gold's attribute (not
# scored by shared/eval/score.py, which this project's other figures agree with).
ACTION_FIELDS = ("action_kind", "action_owner", "action_status", "action_due")
METRICS: tuple[str, ...] = (
    "speakers.p", "speakers.r", "speakers.f", "speaker_org", "turns",
    "organisations.p", "organisations.r", "organisations.f",
    "action_points.p", "action_points.r", "action_points.f",
    "themes.p", "themes.r", "themes.f", "date",
)
ALL_METRICS: tuple[str, ...] = (*METRICS, *ACTION_FIELDS)


@dataclass(frozen=True)
class FileScores:
    """One summary against one gold file. ``None``: the gold does not annotate the field.

    ``counts`` and ``tallies`` hold what the figures are computed from (summed for pooled
    figures); ``misses`` what the summary got wrong.
    """

    speakers: PRF
    speaker_org: float | None = None
    turns: float | None = None
    organisations: PRF | None = None
    action_points: PRF | None = None
    themes: PRF | None = None
    date: bool | None = None
    counts: Mapping[str, Counts] = field(default_factory=dict)
    tallies: Mapping[str, Tally] = field(default_factory=dict)
    misses: tuple[Miss, ...] = ()

    @classmethod
    def from_counts(
        cls, counts: Mapping[str, Counts], tallies: Mapping[str, Tally],
        misses: tuple[Miss, ...] = (),
    ) -> FileScores:
        """Scores from the counts of the fields the gold annotates."""
        def prf(name: str) -> PRF | None:
            return counts[name].prf if name in counts else None

        date = tallies.get("date")
        return cls(
            speakers=prf("speakers") or PRF(None, None, None),
            speaker_org=tallies["speaker_org"].accuracy if "speaker_org" in tallies else None,
            turns=tallies["turns"].accuracy if "turns" in tallies else None,
            organisations=prf("organisations"),
            action_points=prf("action_points"),
            themes=prf("themes"),
            date=None if date is None else bool(date.ok),
            counts=dict(counts),
            tallies=dict(tallies),
            misses=misses,
        )

    def metrics(self) -> dict[str, float | None]:
        """Every metric by name (see :data:`ALL_METRICS`), ``None`` where not computed."""
        out: dict[str, float | None] = {}
        for name in ("speakers", "speaker_org", "turns", "organisations", "action_points",
                     "themes", "date"):
            value = getattr(self, name)
            if name in PRF_FIELDS:
                for part in ("p", "r", "f"):
                    out[f"{name}.{part}"] = None if value is None else getattr(value, part)
            else:
                out[name] = None if value is None else float(value)
        for name in ACTION_FIELDS:
            tally = self.tallies.get(name)
            out[name] = None if tally is None else tally.accuracy
        return out


def pooled_figures(results: Iterable[FileResult]) -> dict[str, Any]:
    """P/R/F from the counts summed over the scored files (precision only from complete gold
    lists) and accuracies from the summed tallies, as ``shared/eval/pooled.py`` computes them:
    ``{"speakers": {"p": …, "r": …, "f": …}, …, "speaker_org": 0.9, …}``."""
    counts = {name: Counts() for name in PRF_FIELDS}
    tallies = {name: Tally() for name in (*ACCURACY_FIELDS, *ACTION_FIELDS)}
    for res in results:
        if res.scores is None:
            continue
        for name, c in res.scores.counts.items():
            counts[name] = counts[name] + c
        for name, t in res.scores.tallies.items():
            tallies[name] = tallies[name] + t
    out: dict[str, Any] = {}
    for name, c in counts.items():
        prf = c.prf
        out[name] = {"p": prf.p, "r": prf.r, "f": prf.f}
    for name, tally in tallies.items():
        out[name] = tally.accuracy
    return out


def flat_pooled(pooled: Mapping[str, Any]) -> dict[str, float | None]:
    """Pooled figures under the names floors use: ``speakers.pooled.r``, ``speaker_org.pooled``."""
    out: dict[str, float | None] = {}
    for name, value in pooled.items():
        if isinstance(value, Mapping):
            for part, x in value.items():
                out[f"{name}.pooled.{part}"] = x
        else:
            out[f"{name}.pooled"] = value
    return out


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
    values: dict[str, list[float]] = {m: [] for m in ALL_METRICS}
    for res in results:
        if res.scores is None:
            continue
        for metric, value in res.scores.metrics().items():
            if value is not None:
                values[metric].append(value)
    return {m: (sum(v) / len(v) if v else None) for m, v in values.items()}


OVERALL = "all"


def corpus_group(source: str) -> str:
    """The corpus folder a gold file's ``source`` lies in (``corpus/<group>/…``), as
    ``shared/eval/groups.py`` groups; ``other`` for a source outside such a folder."""
    parts = source.replace("\\", "/").split("/")
    return parts[1] if len(parts) > 2 and parts[1] else "other"


@dataclass(frozen=True)
class GroupFigures:
    """The figures of a set of files: macro (mean over files) and pooled (summed over items)."""

    files: int
    macro: dict[str, float | None]
    pooled: dict[str, Any]

    @classmethod
    def of(cls, results: Sequence[FileResult]) -> GroupFigures:
        return cls(len(results), macro_average(results), pooled_figures(results))

    def flat(self) -> dict[str, float | None]:
        """Every figure by its floor name: ``speakers.r`` (macro), ``speakers.pooled.r``."""
        return {**self.macro, **flat_pooled(self.pooled)}

    def to_dict(self) -> dict[str, Any]:
        return {"files": self.files, "macro": _rounded(self.macro),
                "pooled": _rounded_nested(self.pooled)}


@dataclass
class Report:
    """All files of one evaluation run."""

    files: list[FileResult] = field(default_factory=list)

    @property
    def macro(self) -> dict[str, float | None]:
        return macro_average(self.files)

    @property
    def pooled(self) -> dict[str, Any]:
        return pooled_figures(self.files)

    @property
    def unscored(self) -> list[FileResult]:
        return [f for f in self.files if not f.scored]

    def groups(self) -> dict[str, GroupFigures]:
        """Figures per corpus folder of the gold sources, groups sorted by name."""
        by_group: dict[str, list[FileResult]] = {}
        for res in self.files:
            by_group.setdefault(corpus_group(res.source), []).append(res)
        return {g: GroupFigures.of(rs) for g, rs in sorted(by_group.items())}

    def figures(self) -> dict[str, GroupFigures]:
        """:meth:`groups` plus the overall figures under :data:`OVERALL`."""
        return {**self.groups(), OVERALL: GroupFigures.of(self.files)}

    def to_dict(self, *, misses: bool = False) -> dict[str, Any]:
        """Plain data for ``--format json`` (figures rounded to 3 decimals)."""
        files = []
        for f in self.files:
            entry: dict[str, Any] = {
                "gold": f.gold,
                "source": f.source,
                "group": corpus_group(f.source),
                "summary": f.summary,
                "error": f.error,
                "metrics": None if f.scores is None else _rounded(f.scores.metrics()),
            }
            if misses and f.scores is not None:
                entry["misses"] = [m.to_dict() for m in f.scores.misses]
            files.append(entry)
        return {
            "files": files,
            "macro": _rounded(self.macro),
            "pooled": _rounded_nested(self.pooled),
            "groups": {g: figs.to_dict() for g, figs in self.groups().items()},
            "counts": {"files": len(self.files), "scored": len(self.files) - len(self.unscored),
                       "unscored": len(self.unscored)},
        }

    def misses(self) -> list[dict[str, Any]]:
        """Per scored file, what its summary missed or invented (``--misses FILE``)."""
        return [
            {"gold": f.gold, "source": f.source, "summary": f.summary,
             "misses": [m.to_dict() for m in f.scores.misses]}
            for f in self.files if f.scores is not None
        ]


def _rounded_nested(figures: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _rounded(v) if isinstance(v, Mapping) else (None if v is None else round(v, ROUND))
            for k, v in figures.items()}


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
