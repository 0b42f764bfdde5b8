"""sessietool.evaluation.checks: when an evaluation fails, its JSON and its misses file."""
from __future__ import annotations

import json
from pathlib import Path

import yaml

from sessietool.evaluation.checks import failures, misses_text, report_data, write_misses
from sessietool.evaluation.floors import Floor
from sessietool.evaluation.report import FileResult, Report, parse_threshold
from sessietool.evaluation.scoring import score_summary

from .eval_helpers import gold


def _report(*, unscored: bool = False) -> Report:
    g = gold(speakers=[{"name": "Jan Jansen"}, {"name": "Piet Pieters"}])
    scores = score_summary(g, {"speakers": [{"name": "Jan Jansen"}]})
    files = [FileResult("a.yaml", "corpus/x/a.txt", scores=scores)]
    if unscored:
        files.append(FileResult("b.yaml", "corpus/x/b.txt", error="no summary"))
    return Report(files)


def test_no_checks_no_failures_even_when_unscored() -> None:
    assert failures(_report(unscored=True)) == []


def test_unscored_fails_only_with_a_check() -> None:
    low = [parse_threshold("speakers=0.1")]
    assert failures(_report(), low) == []
    assert failures(_report(unscored=True), low) == ["1 of 2 files could not be scored"]


def test_threshold_not_met() -> None:
    [line] = failures(_report(), [parse_threshold("speakers=0.99")])
    assert "speakers" in line


def test_floor_not_met() -> None:
    floor = Floor("all", "speakers.pooled.r", 0.9)
    [line] = failures(_report(), [], [floor])
    assert "speakers.pooled.r" in line


def test_report_data_has_failed() -> None:
    data = report_data(_report(), ["x"])
    assert data["failed"] == ["x"]
    json.dumps(data)


def test_misses_file(tmp_path: Path) -> None:
    report = _report()
    assert json.loads(misses_text(report, Path("m.json"))) == report.misses()
    write_misses(tmp_path / "m.yaml", report)
    assert yaml.safe_load((tmp_path / "m.yaml").read_text("utf-8")) == report.misses()
