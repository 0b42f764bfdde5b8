"""The action list of a folder (compare/actions.py), the `actions` command through CliRunner,
and ref/status followed by diff and trends."""
from __future__ import annotations

import csv
import io
import json

import pytest
import yaml
from typer.testing import CliRunner

from sessietool.cli.app import app
from sessietool.compare.actions import action_rows
from sessietool.compare.diff import diff_summaries
from sessietool.compare.trends import trends

runner = CliRunner()


def _meetings(build_summary):
    first = build_summary(
        path="to-2024-03-06.md", date="2024-03-06",
        speakers=[{"id": "frank-terpstra"}],
        action_points=[
            {"text": "Frank deelt het rapport met de leden.", "owners": ["frank-terpstra"],
             "ref": "mrt24/02", "status": "open", "line": 40, "due": "2024-05-29"},
            {"text": "Logius werkt de informatie uit.", "owners": ["logius"], "ref": "mrt24/01",
             "status": "open", "line": 41},
        ],
    )
    second = build_summary(
        path="to-2024-05-29.md", date="2024-05-29",
        action_points=[
            {"text": "Rapport rechtendelegatie gedeeld.", "ref": "mrt24/02", "status": "closed",
             "line": 12},
            {"text": "Logius werkt de informatie uit.", "owners": ["logius"], "ref": "mrt24/01",
             "status": "open", "line": 13},
        ],
    )
    return first, second


@pytest.fixture
def meetings(make_summary):
    return _meetings(make_summary)


@pytest.fixture
def folder(tmp_path, meetings):
    for s in meetings:
        name = s.source.path.replace(".md", ".yaml")
        (tmp_path / name).write_text(yaml.safe_dump(s.to_dict(), sort_keys=False), "utf-8")
    return tmp_path


def test_rows_in_session_order_with_owner_names(meetings):
    rows = action_rows(list(reversed(meetings)))
    assert [r.date for r in rows] == ["2024-03-06", "2024-03-06", "2024-05-29", "2024-05-29"]
    assert rows[0].owners == ["Frank Terpstra"]
    assert [r.ref for r in action_rows(meetings, open_only=True)] == [
        "mrt24/02", "mrt24/01", "mrt24/01"
    ]


def test_actions_command_csv_and_open_filter(folder):
    result = runner.invoke(app, ["actions", str(folder), "--format", "csv"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 4
    assert rows[0]["file"] == "to-2024-03-06.yaml" and rows[0]["due"] == "2024-05-29"
    opened = runner.invoke(app, ["actions", str(folder), "--format", "json", "--open"])
    assert opened.exit_code == 0
    assert all(r["status"] != "closed" for r in json.loads(opened.stdout))
    assert len(json.loads(opened.stdout)) == 3


def test_actions_command_human_formats(folder):
    table = runner.invoke(app, ["actions", str(folder)])
    assert table.exit_code == 0 and "4 action points in 2 sessions" in table.stdout
    md = runner.invoke(app, ["actions", str(folder), "--format", "markdown"])
    assert md.exit_code == 0
    assert "| 2024-03-06 | to-2024-03-06.yaml | mrt24/02 | action |" in md.stdout


def test_actions_command_errors(tmp_path):
    missing = runner.invoke(app, ["actions", str(tmp_path / "nope")])
    assert missing.exit_code == 1 and "Traceback" not in missing.output
    usage = runner.invoke(app, ["actions", str(tmp_path), "--format", "xml"])
    assert usage.exit_code == 2


def test_diff_follows_ref_and_status_change(meetings):
    first, second = meetings
    result = diff_summaries(first, second).action_points
    assert not result.new and not result.no_longer_mentioned
    changed = {c.new.ref: {f.field for f in c.changes} for c in result.carried_over}
    assert "status" in changed["mrt24/02"] and "text" in changed["mrt24/02"]
    assert changed["mrt24/01"] == set()


def test_trends_close_a_thread_in_the_meeting_whose_list_closes_it(meetings):
    result = trends(list(meetings))
    by_ref = {t.ref: t for t in result.action_points}
    assert len(result.action_points) == 2
    closed = by_ref["mrt24/02"]
    assert (closed.status, closed.closed_in, closed.times_mentioned) == ("settled", closed.last, 2)
    assert by_ref["mrt24/01"].status == "open" and by_ref["mrt24/01"].closed_in is None
