"""Macro averages, corpus groups and --min-f1 thresholds."""
from __future__ import annotations

import pytest

from sessietool.evaluation.report import (
    PRF,
    Counts,
    FileResult,
    FileScores,
    Report,
    Tally,
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
        FileResult("h-tk-1.yaml", "corpus/handelingen/a.txt", "a.yaml", a),
        FileResult("01-06-2010.yaml", "corpus/fronteers/b.md", "b.yaml", b),
        FileResult("notulen-x.yaml", "corpus/fronteers/c.md", error="no summary"),
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
    assert corpus_group("corpus/verdiepingssessie/2020-10-06.txt") == "verdiepingssessie"
    assert corpus_group("corpus/overheid-overleg/x/y.pdf") == "overheid-overleg"
    assert corpus_group("sessions/a.txt") == "other"
    assert corpus_group("a.txt") == "other"
    groups = report.groups()
    assert list(groups) == ["fronteers", "handelingen"]
    assert groups["fronteers"].macro["turns"] == 0.5
    assert groups["fronteers"].files == 2
    data = report.to_dict()
    assert data["counts"] == {"files": 3, "scored": 2, "unscored": 1}
    assert data["macro"]["speakers.f"] == 0.667
    assert data["files"][2] == {"gold": "notulen-x.yaml", "source": "corpus/fronteers/c.md",
                                "group": "fronteers", "summary": None, "error": "no summary",
                                "metrics": None}
    assert data["groups"]["handelingen"]["macro"]["date"] == 1.0


def test_pooled_figures_sum_counts_over_items() -> None:
    """A file with 8 items weighs four times one with 2: macro and pooled differ."""
    big = FileScores.from_counts({"action_points": Counts(8, 8, 8, 10)}, {"date": Tally(1, 1)})
    small = FileScores.from_counts({"action_points": Counts(0, 2, 0, 2)}, {"date": Tally(0, 1)})
    incomplete = FileScores.from_counts({"action_points": Counts(0, 0, 1, 4)},
                                        {"speaker_org": Tally(3, 4)})
    results = [FileResult(f"{i}.yaml", f"corpus/g/{i}.md", None, s)
               for i, s in enumerate((big, small, incomplete))]
    report = Report(results)
    macro, pooled = report.macro, report.pooled
    assert macro["action_points.p"] == pytest.approx(0.5)  # (1.0 + 0.0) / 2
    assert pooled["action_points"]["p"] == pytest.approx(0.8)  # 8 of 10 predictions
    assert pooled["action_points"]["r"] == pytest.approx(9 / 16)
    assert pooled["date"] == 0.5 and pooled["speaker_org"] == 0.75
    assert pooled["action_kind"] is None
    flat = report.figures()["all"].flat()
    assert flat["action_points.pooled.p"] == pytest.approx(0.8)
    assert flat["speaker_org.pooled"] == 0.75
    assert flat["action_points.p"] == pytest.approx(0.5)
    assert report.figures()["g"].files == 3


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
