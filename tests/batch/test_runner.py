"""sessietool.batch.runner: the engines agree (one process, worker processes, a Dask cluster)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sessietool.api import Options
from sessietool.batch import collect, run_batch
from sessietool.batch import local as runner_module

from .batch_helpers import outputs

BLANK = Options(model="blank:nl")


def run(corpus: Path, out: Path, **kwargs) -> dict[str, bytes]:
    result = collect(run_batch([str(corpus)], out, BLANK, **kwargs))
    assert result.exit_code == 0 and len(result.processed) == 5, result.failed
    return outputs(out)


def test_events_and_result(corpus, tmp_path) -> None:
    events = list(run_batch([str(corpus)], tmp_path / "out", BLANK))
    assert events[0].kind == "start" and events[0].total == 5
    assert [e.kind for e in events[1:-1]] == ["ok"] * 5
    done = events[-1]
    assert done.kind == "done" and done.result is not None
    assert done.result.words == sum(e.words for e in events[1:-1]) > 0
    again = list(run_batch([str(corpus)], tmp_path / "out", BLANK))
    assert [e.kind for e in again[1:-1]] == ["skip"] * 5


def test_jobs_and_groups_give_identical_outputs(corpus, tmp_path, monkeypatch) -> None:
    one = run(corpus, tmp_path / "one")
    assert run(corpus, tmp_path / "pool", jobs=2) == one
    monkeypatch.setattr(runner_module, "GROUP_DOCS", 2)  # several memory zones
    monkeypatch.setattr(runner_module, "BATCH_CHARS", 1)  # batch size 1
    assert run(corpus, tmp_path / "groups") == one


def test_long_input_is_piped_in_chunks(corpus, tmp_path, monkeypatch) -> None:
    from sessietool import api

    monkeypatch.setattr(api, "CHUNK_CHARS", 200)
    chunked = run(corpus, tmp_path / "chunked")
    monkeypatch.undo()
    assert chunked == run(corpus, tmp_path / "whole")


def test_dask_missing_is_a_usage_error(cli, corpus, tmp_path, monkeypatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)
    result = cli("extract", corpus, "-o", tmp_path / "out", "--engine", "dask")
    assert result.exit_code == 2
    assert "pip install -e '.[dask]'" in result.stderr


@pytest.mark.slow
def test_dask_local_cluster_is_byte_identical(cli, corpus, tmp_path) -> None:
    pytest.importorskip("distributed")
    local = tmp_path / "local"
    assert cli("extract", corpus, "-o", local).exit_code == 0
    dask = tmp_path / "dask"
    result = cli("extract", corpus, "-o", dask, "--engine", "dask", "--jobs", "2")
    assert result.exit_code == 0, result.stderr
    assert outputs(dask) == outputs(local)
    assert (dask / ".sessietool-manifest.json").read_bytes() == (
        local / ".sessietool-manifest.json").read_bytes()
    again = cli("extract", corpus, "-o", dask, "--engine", "dask")
    assert sum(line.startswith("SKIP ") for line in again.stderr.splitlines()) == 5
