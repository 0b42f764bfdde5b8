"""Issue 24, item 4: runs started together into one output folder lose neither manifest entries
nor summaries (:mod:`sessietool.batch.manifest` merges under :mod:`sessietool.batch.lock`;
:mod:`sessietool.batch.claim` reserves output names atomically); odd lock files fail clearly."""
from __future__ import annotations

import json
import multiprocessing
import os
import time
from pathlib import Path

import pytest

from sessietool.api import Options
from sessietool.batch import lock as lock_mod
from sessietool.batch import manifest as manifest_mod
from sessietool.batch.manifest import LOCK_NAME, NAME, Entry, Manifest
from sessietool.batch.runner import collect, run_batch
from sessietool.errors import OutputError

pytestmark = pytest.mark.skipif(lock_mod.fcntl is None, reason="needs fcntl.flock")
FORK = multiprocessing.get_context("fork")


def _inputs(root: Path, folders: list[str], name: str) -> list[Path]:
    paths = []
    for folder in folders:
        path = root / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Jan de Vries: verslag van {folder}.\n", encoding="utf-8")
        paths.append(path)
    return paths


def _run(paths: list[Path], out: Path, barrier: object, plan_first: bool) -> None:
    """One batch in a child process; every record flushes the manifest (maximal contention).
    ``plan_first``: both runs choose their output names before either writes."""
    manifest_mod.FLUSH_SECONDS = 0.0
    events = run_batch(paths, out, Options(model="blank:nl"))
    if plan_first:
        next(events)
    barrier.wait()  # type: ignore[attr-defined]
    result = collect(events)
    os._exit(0 if len(result.processed) == len(paths) and not result.failed else 3)


def _concurrently(groups: list[list[Path]], out: Path, *, plan_first: bool = False) -> None:
    barrier = FORK.Barrier(len(groups))
    procs = [FORK.Process(target=_run, args=(g, out, barrier, plan_first)) for g in groups]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(120)
    assert [proc.exitcode for proc in procs] == [0] * len(groups)


def _summaries(out: Path) -> dict[str, str]:
    """Output name -> the source path its summary names."""
    return {p.name: p.read_text(encoding="utf-8").split("path: ")[1].split()[0]
            for p in out.iterdir() if not p.name.startswith(".")}


def test_two_concurrent_runs_keep_every_manifest_entry(tmp_path) -> None:
    """Two runs of 15 distinct inputs each into one folder: all 30 entries and outputs stay."""
    out = tmp_path / "out"
    groups = [[_inputs(tmp_path, [run], f"{run}{i}.txt")[0] for i in range(15)]
              for run in ("a", "b")]
    _concurrently(groups, out)
    entries = json.loads((out / NAME).read_text(encoding="utf-8"))["inputs"]
    assert sorted(entries) == sorted(str(p.resolve()) for g in groups for p in g)
    outputs = [e["output"] for e in entries.values()]
    assert len(set(outputs)) == 30 and all((out / o).is_file() for o in outputs)
    assert not (out / LOCK_NAME).exists()
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [NAME]


def test_concurrent_runs_with_one_stem_take_distinct_names(tmp_path) -> None:
    """Two runs, each with ``notulen.txt`` from five folders, both naming their outputs before
    either writes: ten distinct outputs, each from its own input, all recorded."""
    out = tmp_path / "out"
    groups = [_inputs(tmp_path, [f"{run}{i}" for i in range(5)], "notulen.txt")
              for run in ("a", "b")]
    _concurrently(groups, out, plan_first=True)
    made = _summaries(out)
    assert len(made) == 10 and "notulen.yaml" in made
    assert sorted(made.values()) == sorted(str(p) for g in groups for p in g)
    entries = json.loads((out / NAME).read_text(encoding="utf-8"))["inputs"]
    assert {e["output"]: e["source"] for e in entries.values()} == made


def _entry(name: str) -> Entry:
    return Entry(name, "0" * 64, f"{name}.yaml", "t", "m", "o")


def test_flush_merges_what_another_run_wrote(tmp_path) -> None:
    """A run's flush keeps entries another run wrote since it loaded; its own keys win, and an
    input it forgot is removed."""
    first, second = Manifest.load(tmp_path), Manifest.load(tmp_path)
    first.record("/a", _entry("a"))
    first.record("/c", _entry("c-old"))
    first.flush()
    second.record("/b", _entry("b"))
    second.record("/c", _entry("c"))
    second.flush()
    assert sorted(Manifest.load(tmp_path).entries) == ["/a", "/b", "/c"]
    assert Manifest.load(tmp_path).output_of("/c") == "c.yaml"
    first.forget("/a")
    first.flush()
    assert sorted(Manifest.load(tmp_path).entries) == ["/b", "/c"]
    assert sorted(first.entries) == ["/b", "/c"]  # the merged view


def test_a_stale_lock_file_is_reused_and_removed(tmp_path) -> None:
    """A lock file left by a killed run (a regular file, no holder) is no obstacle."""
    (tmp_path / LOCK_NAME).write_text("12345\n", encoding="utf-8")
    m = Manifest.load(tmp_path)
    m.record("/a", _entry("a"))
    m.flush()
    assert "/a" in Manifest.load(tmp_path).entries
    assert not (tmp_path / LOCK_NAME).exists()


@pytest.mark.parametrize("kind", ["symlink", "dangling", "folder", "fifo"])
def test_an_odd_lock_path_is_refused_clearly(tmp_path, kind) -> None:
    """A lock path that is a symlink (never followed, its target never created), a folder or a
    FIFO: one clear error; the manifest is not written."""
    lock, victim = tmp_path / LOCK_NAME, tmp_path / "victim"
    if kind == "symlink":
        victim.write_text("keep\n", encoding="utf-8")
    if kind in ("symlink", "dangling"):
        lock.symlink_to(victim)
    elif kind == "folder":
        lock.mkdir()
    else:
        os.mkfifo(lock)
    m = Manifest.load(tmp_path)
    m.record("/a", _entry("a"))
    expected = {"symlink": "symbolic link", "dangling": "symbolic link", "folder": "a folder",
                "fifo": "not a regular file"}[kind]
    with pytest.raises(OutputError, match=expected):
        m.flush()
    assert not (tmp_path / NAME).exists()
    assert victim.read_text(encoding="utf-8") == "keep\n" if kind == "symlink" else (
        not victim.exists())


def test_a_lock_held_too_long_is_a_clear_error_not_a_hang(tmp_path, monkeypatch) -> None:
    """Another holder that does not let go: the flush gives up after the bounded wait."""
    import fcntl

    monkeypatch.setattr(lock_mod, "WAIT_SECONDS", 0.3)
    with open(tmp_path / LOCK_NAME, "w") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        m = Manifest.load(tmp_path)
        m.record("/a", _entry("a"))
        started = time.monotonic()
        with pytest.raises(OutputError, match="held the lock for over 0.3 s"):
            m.flush()
        assert time.monotonic() - started < 5
    m.flush()  # the change was kept: written once the lock is free
    assert "/a" in Manifest.load(tmp_path).entries


def test_a_refused_lock_is_one_warning_and_the_batch_goes_on(cli, session, tmp_path) -> None:
    """Through the CLI: the outputs are written, the lock problem is one WARNING line."""
    out = tmp_path / "out"
    out.mkdir()
    (out / LOCK_NAME).mkdir()
    result = cli("extract", session, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert (out / "overleg.yaml").is_file() and not (out / NAME).exists()
    warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("WARNING ")]
    assert len(warnings) == 1 and "lock file is a folder" in warnings[0]
