"""Macro averages, corpus groups and --min-f1 thresholds."""
from __future__ import annotations

import pytest

from sessietool.evaluation.report import (
    PRF,
    FileResult,
    FileScores,
    Report,
    Threshold,
    check_thresholds,
    corpus_group,
    parse_threshold,
)


def test_prf_from_counts() -> None:
    assert PRF.from_counts(1, 2, 1, 4) == PRF(0.5, 0.25, pytest.approx(1 / 3))
    assert PRF.from_counts(0, 3, 0, 2) == PRF(0.0, 0.0, 0.0)
    assert PRF.from_counts(0, 3, 1, 2) == PRF(0.0, 0.5, 0.0)
    assert PRF.from_counts(0, 0, 1, 2) == PRF(None, 0.5, None)
    assert PRF.from_counts(0, 2, 0, 0) == PRF(0.0, None, None)


def _report() -> Report:
    a = FileScores(speakers=PRF(1.0, 0.5, 2 / 3), turns=1.0, date=True,
                   action_points=PRF(None, 0.5, None))
    b = FileScores(speakers=PRF(None, 1.0, None), turns=0.5, date=False,
                   organisations=PRF(0.5, 1.0, 2 / 3))
    return Report([
        FileResult("h-tk-1.yaml", "a.txt", "a.yaml", a),
        FileResult("01-06-2010.yaml", "b.md", "b.yaml", b),
        FileResult("notulen-x.yaml", "c.md", error="no summary"),
    ])


def test_macro_is_mean_over_files_where_the_metric_exists() -> None:
    macro = _report().macro
    assert macro["speakers.p"] == 1.0
    assert macro["speakers.r"] == 0.75
    assert macro["speakers.f"] == pytest.approx(2 / 3)
    assert macro["turns"] == 0.75
    assert macro["date"] == 0.5
    assert macro["action_points.p"] is None
    assert macro["action_points.r"] == 0.5
    assert macro["organisations.f"] == pytest.approx(2 / 3)
    assert macro["themes.r"] is None and macro["speaker_org"] is None


def test_groups_and_json_data() -> None:
    report = _report()
    assert corpus_group("2020-10-06-verdiepingssessie.yaml") == "seed report"
    assert corpus_group("ParlaMint-NL_2020.yaml") == "ParlaMint"
    assert corpus_group("other.yaml") == "other reports"
    groups = report.groups()
    assert list(groups) == ["Fronteers", "Handelingen"]
    assert groups["Fronteers"]["turns"] == 0.5
    data = report.to_dict(groups=True)
    assert data["counts"] == {"files": 3, "scored": 2, "unscored": 1}
    assert data["macro"]["speakers.f"] == 0.667
    assert data["files"][2] == {"gold": "notulen-x.yaml", "source": "c.md", "summary": None,
                                "error": "no summary", "metrics": None}
    assert data["groups"]["Handelingen"]["date"] == 1.0


@pytest.mark.parametrize(
    ("spec", "expected"),
    [("speakers=0.8", Threshold("speakers", 0.8)), (" themes = 1 ", Threshold("themes", 1.0)),
     ("date=0", Threshold("date", 0.0)),
     ("action_points.r=0.4", Threshold("action_points.r", 0.4))],
)
def test_parse_threshold(spec: str, expected: Threshold) -> None:
    assert parse_threshold(spec) == expected


@pytest.mark.parametrize(
    ("spec", "message"),
    [("speakers", "expected FIELD=VALUE"), ("people=0.5", "unknown field 'people'"),
     ("speakers.x=0.5", "unknown field"), ("speaker_org.p=0.5", "unknown field"),
     ("speakers=high", "not a number"), ("speakers=1.5", "between 0 and 1")],
)
def test_parse_threshold_errors(spec: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_threshold(spec)


def test_check_thresholds_uses_the_field_figure_rounded_as_printed() -> None:
    macro = {"speakers.f": 0.79951, "themes.r": 0.5, "date": 1.0, "turns": None,
             "action_points.r": 0.3}
    thresholds = [Threshold("speakers", 0.8), Threshold("themes", 0.6), Threshold("date", 1.0),
                  Threshold("turns", 0.0), Threshold("action_points.r", 0.35)]
    assert Threshold("action_points.r", 0.35).metric == "action_points.r"
    failures = list(check_thresholds(macro, thresholds))
    assert failures == [
        "themes: themes.r 0.500 is below the minimum 0.6",
        "turns: no figure (turns) to check against the minimum 0",
        "action_points.r: action_points.r 0.300 is below the minimum 0.35",
    ]
