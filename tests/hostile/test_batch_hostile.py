"""Regression tests for issue 24: hostile inputs, names, folders and manifests against the batch.

Each test names the failure it covers; the inputs come from ``corpus/`` and ``make_corpus.py``.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from sessietool.batch.discover import discover
from sessietool.batch.manifest import NAME
from sessietool.batch.runner import collect, run_batch

from .make_corpus import inputs, symlink_loop

CORPUS = Path(__file__).parent / "corpus"


def _outputs(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def _manifest(out: Path, key: str, output: object) -> None:
    out.mkdir(exist_ok=True)
    data = {"schema": "sessietool.manifest/v1", "inputs": {key: {"output": output}}}
    (out / NAME).write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize("output", ["/ABS/victim.yaml", "../victim.yaml", 5, ["x"], ".x.yaml",
                                    "sub/victim.yaml", "é" * 200 + ".yaml"])
def test_manifest_output_outside_the_folder_is_ignored(cli, session, tmp_path, output) -> None:
    """1. a manifest entry's ``output`` is never written as it is (absolute, ``..``, 5)."""
    out = tmp_path / "out"
    victim = tmp_path / "victim.yaml"
    if output == "/ABS/victim.yaml":
        output = str(victim)
    _manifest(out, str(session.resolve()), output)
    result = cli("extract", session, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert not victim.exists()
    assert _outputs(out) == ["overleg.yaml"]
    assert "Traceback" not in result.stderr


def test_deep_json_manifest_is_a_clean_rebuild(cli, session, tmp_path) -> None:
    """7. a 100,000-deep JSON manifest: no RecursionError traceback, the output is rebuilt."""
    out = tmp_path / "out"
    out.mkdir()
    (out / NAME).write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = cli("extract", session, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert _outputs(out) == ["overleg.yaml"]


def test_manifest_output_5_from_the_corpus(cli, session, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    text = (CORPUS / "manifest-output-5.json").read_text().replace("KEY", str(session.resolve()))
    (out / NAME).write_text(text, encoding="utf-8")
    assert cli("extract", session, "-o", out).exit_code == 0


def test_hostile_inputs_fail_alone_and_the_batch_goes_on(cli, tmp_path) -> None:
    """2, 7, 9: long words, 240-byte and non-UTF-8 names, a self-symlink, binary and empty
    files in one batch (default engine): each one processes or fails on its own line."""
    folder = tmp_path / "hostile"
    made = inputs(folder)
    result = cli("extract", *made, "-o", tmp_path / "out", "--log-format", "json")
    events = [json.loads(line) for line in result.stderr.splitlines()]
    assert "Traceback" not in result.stderr
    assert events[-1]["event"] == "done" and events[-1]["total"] == len(made)
    by_kind = {e["path"]: e["event"] for e in events if "path" in e}
    assert len(by_kind) == len(made)
    failed = sorted(Path(p).name for p, kind in by_kind.items() if kind == "fail")
    assert failed == ["binary.txt", "empty.md", "self.md"]
    assert result.exit_code == 1
    names = _outputs(tmp_path / "out")
    assert all(len(n.encode()) <= 255 for n in names)
    assert "words-1mb.yaml" in names and "caf_-latin1.yaml" in names


@pytest.mark.parametrize("jobs", ["2"])
def test_hostile_inputs_with_the_pool(cli, tmp_path, jobs) -> None:
    folder = tmp_path / "hostile"
    made = inputs(folder)
    result = cli("extract", folder, "-o", tmp_path / "out", "--jobs", jobs)
    assert "Traceback" not in result.stderr
    assert result.exit_code == 1  # binary.txt and empty.md fail; self.md is not walked (a link)
    assert len(_outputs(tmp_path / "out")) == len(made) - 3


def test_a_name_with_a_newline_stays_on_one_log_line(cli, tmp_path) -> None:
    """9. a newline in a name is escaped; each failure is printed once."""
    made = inputs(tmp_path / "h")
    result = cli("extract", *made, "-o", tmp_path / "out")
    lines = result.stderr.splitlines()
    assert any(line.startswith("OK ") and "twee\\nregels.txt" in line for line in lines)
    assert not any(line.startswith("regels.txt") for line in lines)
    assert sum("binary.txt" in line for line in lines) == 1
    assert "caf\\xe9-latin1.txt" in result.stderr


def test_non_utf8_name_is_recorded_readably(cli, tmp_path) -> None:
    """9. ``café`` in Latin-1 bytes: processed; the summary says ``caf\\xe9``."""
    made = [p for p in inputs(tmp_path / "h") if p.name.startswith("caf")]
    assert cli("extract", *made, "-o", tmp_path / "out").exit_code == 0
    text = (tmp_path / "out" / "caf_-latin1.yaml").read_text(encoding="utf-8")
    assert "caf\\xe9-latin1.txt" in text
    manifest = json.loads((tmp_path / "out" / NAME).read_text(encoding="utf-8"))
    assert len(manifest["inputs"]) == 1
    again = cli("extract", *made, "-o", tmp_path / "out")
    assert again.stderr.startswith("SKIP ")


def test_unwritable_output_fails_per_input(cli, session, tmp_path, monkeypatch) -> None:
    """2. a read-only or immutable folder (here: creating the temporary file fails): each
    input fails on its own, no traceback, and the manifest failure is one warning."""
    import tempfile

    def refuse(*_a: object, **_k: object) -> None:
        raise PermissionError(13, "Permission denied")

    other = session.with_name("tweede.txt")
    other.write_text(session.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = cli("extract", session, other, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    assert sum(line.startswith("FAIL ") for line in result.stderr.splitlines()) == 2
    assert sum(line.startswith("WARNING ") for line in result.stderr.splitlines()) <= 1


def test_manifest_path_is_a_folder(cli, session, tmp_path) -> None:
    """5. the manifest cannot be written: one warning, the outputs are written, exit 0."""
    out = tmp_path / "out"
    (out / NAME).mkdir(parents=True)
    other = session.with_name("tweede.txt")
    other.write_text(session.read_text(encoding="utf-8"), encoding="utf-8")
    result = cli("extract", session, other, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert _outputs(out) == ["overleg.yaml", "tweede.yaml"]
    assert sum(line.startswith("WARNING ") for line in result.stderr.splitlines()) == 1


def test_full_disk_manifest_does_not_stop_the_batch(session, tmp_path, monkeypatch) -> None:
    """5. every manifest write fails (a full disk): all inputs are still attempted."""
    from sessietool.batch import manifest as manifest_mod
    from sessietool.errors import OutputError

    def full(self: object) -> None:
        raise OutputError(tmp_path, "cannot write: No space left on device")

    monkeypatch.setattr(manifest_mod.Manifest, "flush", full)
    monkeypatch.setattr(manifest_mod, "FLUSH_SECONDS", 0.0)
    files = []
    for i in range(4):
        path = session.with_name(f"s{i}.txt")
        path.write_text(session.read_text(encoding="utf-8"), encoding="utf-8")
        files.append(path)
    from sessietool.api import Options

    events = list(run_batch(files, tmp_path / "out", Options(model="blank:nl")))
    kinds = [e.kind for e in events]
    assert kinds.count("ok") == 4 and kinds.count("warning") == 1 and kinds[-1] == "done"


def test_two_inputs_one_stem_without_a_manifest_keep_both(cli, tmp_path) -> None:
    """4. ``notulen.txt`` from two folders, run one after the other with the manifest deleted
    in between (the same race as two concurrent runs): neither summary is lost."""
    out = tmp_path / "out"
    for name in ("a", "b"):
        path = tmp_path / name / "notulen.txt"
        path.parent.mkdir()
        path.write_text(f"Jan: verslag {name}.\n", encoding="utf-8")
        assert cli("extract", path, "-o", out).exit_code == 0
        (out / NAME).unlink()
    names = _outputs(out)
    assert len(names) == 2 and "notulen.yaml" in names
    texts = " ".join((out / n).read_text(encoding="utf-8") for n in names)
    assert "/a/notulen.txt" in texts and "/b/notulen.txt" in texts
    again = tmp_path / "a" / "notulen.txt"  # its own output, found by its source: replaced
    assert cli("extract", again, "-o", out).exit_code == 0
    assert len(_outputs(out)) == 2


def test_concurrent_runs_claim_distinct_names(tmp_path) -> None:
    """4. two runs started together: their batches interleave, each claims its own name."""
    from sessietool.api import Options

    out = tmp_path / "out"
    paths = []
    for name in ("a", "b"):
        path = tmp_path / name / "notulen.txt"
        path.parent.mkdir()
        path.write_text(f"Jan: verslag {name}.\n", encoding="utf-8")
        paths.append(path)
    runs = [run_batch([p], out, Options(model="blank:nl")) for p in paths]
    for events in runs:  # both plan their names before either writes
        next(events)
    for events in runs:
        collect(events)
    names = _outputs(out)
    assert len(names) == 2
    sources = {(out / n).read_text(encoding="utf-8").split("path: ")[1].split()[0] for n in names}
    assert len(sources) == 2


def test_glob_over_a_symlinked_loop_is_bounded(tmp_path, monkeypatch) -> None:
    """6. ``tree/**/*.md`` with ``tree/loop -> .``: one input, found at once."""
    tree = symlink_loop(tmp_path)
    monkeypatch.chdir(tmp_path)
    found = discover(["tree/**/*.md"])
    assert [Path(i.source).as_posix() for i in found] == ["tree/sub/notulen.md"]
    assert [Path(i.source).name for i in discover([str(tree / "**")])] == ["notulen.md"]


def test_glob_recursive_matches_like_glob(tmp_path, monkeypatch) -> None:
    import glob

    for rel in ("a/x.md", "a/b/y.md", "a/b/c/z.txt", "q.md", "a/.h/w.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    from sessietool.batch.discover import glob_recursive

    for pattern in ("**/*.md", "a/**/*.md", "a/**", "**/[xy].md", "a/**/c/*.t?t"):
        assert sorted(glob_recursive(pattern)) == sorted(
            p.rstrip("/") for p in glob.glob(pattern, recursive=True) if p.rstrip("/") != "a"
        ), pattern


def test_symlink_to_itself_among_inputs(cli, session, tmp_path) -> None:
    """7. a symlink to itself: that input fails, the others are processed."""
    loop = tmp_path / "loop.md"
    loop.symlink_to(loop.name)
    result = cli("extract", loop, session, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    assert _outputs(tmp_path / "out") == ["overleg.yaml"]


@pytest.mark.parametrize("kind", ["dangling", "devnull", "below-a-file", "empty"])
def test_bad_output_folder_is_one_line(cli, session, tmp_path, kind) -> None:
    """7, 9: ``-o`` a dangling symlink, ``/dev/null``, ``afile/sub``, ``""``: exit 2."""
    target = {"dangling": tmp_path / "dangling", "devnull": Path("/dev/null"),
              "below-a-file": session / "sub", "empty": ""}[kind]
    if kind == "dangling":
        target.symlink_to(tmp_path / "nowhere")
    result = cli("extract", session, "-o", target)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    if kind != "empty":
        assert len(result.stderr.strip().splitlines()) == 1
    assert not (Path.cwd() / "overleg.yaml").exists()


def test_run_batch_refuses_an_empty_output_name(session) -> None:
    from sessietool.errors import UsageError

    with pytest.raises(UsageError):
        list(run_batch([session], ""))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_gazetteer_fifo_does_not_block(cli, session, tmp_path) -> None:
    """8. a FIFO as gazetteer is refused at once (it would block until a writer comes)."""
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    result = cli("extract", session, "-o", tmp_path / "out", "--gazetteer", fifo)
    assert result.exit_code == 2
    assert "not a regular file" in result.stderr
