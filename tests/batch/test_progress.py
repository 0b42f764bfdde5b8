"""What a batch shows: JSON lines, plain lines without a terminal, a progress bar on one."""
from __future__ import annotations

import io
import json

import pytest

from sessietool.batch.progress import (
    JsonReporter,
    ProgressReporter,
    Reporter,
    make_reporter,
    use_progress_bar,
)
from sessietool.batch.records import BatchResult, Event


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_json_log_lines_parse(cli, corpus, tmp_path) -> None:
    (corpus / "a" / "kapot.txt").write_bytes(bytes(range(256)) * 4)
    result = cli("extract", corpus, "-o", tmp_path / "out", "--log-format", "json")
    assert result.exit_code == 1
    events = [json.loads(line) for line in result.stderr.splitlines()]
    kinds = [e["event"] for e in events]
    assert kinds[0] == "start" and kinds[-1] == "done"
    assert kinds.count("ok") == 5 and kinds.count("fail") == 1
    ok = next(e for e in events if e["event"] == "ok")
    assert set(ok) == {"event", "path", "output", "words", "seconds"}
    assert events[-1]["processed"] == 5 and events[-1]["failed"] == 1
    assert events[-1]["failures"][0]["path"].endswith("kapot.txt")


def test_plain_lines_and_summary_table_without_a_terminal(cli, corpus, tmp_path) -> None:
    result = cli("extract", corpus, "-o", tmp_path / "out")
    assert result.exit_code == 0
    err = result.stderr
    assert "\x1b[" not in err and "\r" not in err  # no progress bar, no colours
    ok = [line for line in err.splitlines() if line.startswith("OK ")]
    assert len(ok) == 5
    assert ok[0].endswith(" words)") and " -> " in ok[0]
    assert "processed" in err and "skipped" in err and "failed" in err
    assert result.stdout == ""


def test_progress_bar_only_on_a_terminal_without_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    assert use_progress_bar(FakeTTY())
    assert not use_progress_bar(io.StringIO())
    assert not use_progress_bar(FakeTTY(), "json")
    monkeypatch.setenv("CI", "true")
    assert not use_progress_bar(FakeTTY())
    assert type(make_reporter("text", FakeTTY())) is Reporter
    assert type(make_reporter("json", FakeTTY())) is JsonReporter


def test_progress_reporter_counts_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    stream = FakeTTY()
    reporter = make_reporter("text", stream)
    assert isinstance(reporter, ProgressReporter)
    with reporter:
        reporter.handle(Event("start", total=3))
        reporter.handle(Event("ok", "a.txt", output="out/a.yaml", words=100))
        reporter.handle(Event("skip", "b.txt", output="out/b.yaml", reason="unchanged"))
        reporter.handle(Event("fail", "c.txt", reason="no such file"))
        task = reporter.progress.tasks[0]
        assert (task.completed, task.total) == (3, 3)
        result = BatchResult(total=3, processed=["a.txt"], skipped=["b.txt"],
                             failed=[("c.txt", "no such file")], words=100, seconds=1.0)
        reporter.summary(result)
    text = stream.getvalue()
    assert "FAIL c.txt: no such file" in text and "processed" in text
