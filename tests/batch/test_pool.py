"""A worker that dies fails only its own inputs (issue 24, 2): batch.pool.drive."""
from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path

from sessietool.api import Options
from sessietool.batch.discover import discover
from sessietool.batch.pool import FuturesDone, batches, drive
from sessietool.batch.run import Run


def test_a_broken_worker_batch_fails_its_inputs_and_the_rest_goes_on(tmp_path: Path) -> None:
    files = []
    for i in range(3):
        path = tmp_path / f"s{i}.txt"
        path.write_text(f"Jan: sessie {i}.\n", encoding="utf-8")
        files.append(str(path))
    run = Run(discover(files), tmp_path / "out", Options(model="blank:nl"), fmt="yaml",
              force=False)
    (tmp_path / "out").mkdir()
    todos: dict = {}
    calls = []

    def submit(batch: list) -> Future:
        calls.append(batch)
        future: Future = Future()
        if len(calls) == 1:
            future.set_exception(RuntimeError("worker killed"))
        else:
            future.set_result([(i, "ok", "schema: x\n", 1, 0.0) for i, _s, _d in batch])
        return future

    source = batches(run, todos, max_files=1, max_bytes=10**9)
    events = list(drive(run, source, todos, submit=submit, completed=FuturesDone(), limit=1,
                        fail_fast=False))
    kinds = sorted(e.kind for e in events)
    assert kinds == ["fail", "ok", "ok"]
    assert "worker failed" in next(e.reason for e in events if e.kind == "fail")
