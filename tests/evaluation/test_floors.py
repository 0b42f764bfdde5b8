"""Floors files: parsing, checking per corpus group, and suggesting floors from figures."""
from __future__ import annotations

import pytest

from sessietool.errors import DataFileError
from sessietool.evaluation.floors import (
    Floor,
    check_floors,
    load_floors,
    parse_floors,
    suggest_floors,
)
from sessietool.evaluation.report import Counts, FileResult, FileScores, Report, Tally


def _report() -> Report:
    a = FileScores.from_counts({"speakers": Counts(2, 3, 2, 4)}, {"date": Tally(1, 1)})
    b = FileScores.from_counts({"speakers": Counts(1, 1, 1, 1)}, {"date": Tally(0, 1)})
    return Report([FileResult("a.yaml", "corpus/minutes/a.md", None, a),
                   FileResult("b.yaml", "corpus/reports/b.md", None, b)])


def test_parse_floors_with_comments_and_spaces() -> None:
    text = "# header\n\nminutes: speakers.pooled.r >= 0.5  # why\n all :date>=1\n"
    assert parse_floors(text) == [Floor("minutes", "speakers.pooled.r", 0.5, 3),
                                  Floor("all", "date", 1.0, 4)]


@pytest.mark.parametrize(
    ("text", "message"),
    [("minutes speakers.r >= 0.5", "line 1: expected 'GROUP: FIGURE >= VALUE'"),
     ("minutes: speakers.pooled.x >= 0.5", "unknown figure 'speakers.pooled.x'"),
     ("minutes: speakers.r >= high", "'high' is not a number"),
     ("minutes: speakers.r >= 1.5", "between 0 and 1"),
     ("minutes: speakers.r > 0.5", "expected 'GROUP: FIGURE >= VALUE'")],
)
def test_parse_floors_errors(text: str, message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        parse_floors(text, "floors.txt")


def test_load_floors_refuses_missing_and_folders(tmp_path) -> None:
    with pytest.raises(DataFileError, match="no such file"):
        load_floors(tmp_path / "nope.txt")
    with pytest.raises(DataFileError, match="not a regular file"):
        load_floors(tmp_path)


def test_check_floors_per_group_and_overall() -> None:
    figures = _report().figures()
    floors = parse_floors("minutes: speakers.pooled.p >= 0.66\n"   # 2/3: 0.667
                          "minutes: speakers.pooled.p >= 0.7\n"
                          "all: speakers.pooled.p >= 0.75\n"       # 3 of 4
                          "all: date >= 0.6\n"                     # macro 0.5
                          "reports: turns >= 0.1\n"                # no figure
                          "elsewhere: date >= 0.1\n")
    assert list(check_floors(figures, floors)) == [
        "minutes: speakers.pooled.p 0.667 is below the floor 0.7",
        "all: date 0.500 is below the floor 0.6",
        "reports: turns >= 0.1: no figure to check",
        "elsewhere: date >= 0.1: no gold files in group 'elsewhere' (groups: minutes, reports, "
        "all)",
    ]


def test_suggested_floors_round_down_and_pass() -> None:
    figures = _report().figures()
    text = suggest_floors(figures)
    assert "minutes: speakers.pooled.p >= 0.66\n" in text
    assert "all: speakers.pooled.r >= 0.60\n" in text
    assert "turns" not in text  # no figure, no floor
    assert list(check_floors(figures, parse_floors(text))) == []
