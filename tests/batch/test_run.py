"""Failure isolation, --fail-fast, exit codes, atomic writes, output name collisions."""
from __future__ import annotations

from pathlib import Path

import yaml

from .batch_helpers import TRANSCRIPT, outputs


def add_bad_inputs(corpus: Path) -> tuple[Path, Path]:
    binary = corpus / "a" / "kapot.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    empty = corpus / "leeg.md"
    empty.write_text("  \n", encoding="utf-8")
    return binary, empty


def test_failing_files_are_reported_and_the_batch_goes_on(cli, corpus, tmp_path) -> None:
    binary, missing = add_bad_inputs(corpus)
    out = tmp_path / "out"
    result = cli("extract", corpus, missing, "-o", out)
    assert result.exit_code == 1
    fails = [line for line in result.stderr.splitlines() if line.startswith("FAIL ")]
    assert len(fails) == 2
    assert fails[0].startswith(f"FAIL {binary}: ") and "binary" in fails[0]
    assert fails[1].startswith(f"FAIL {missing}: ") and "nothing to summarise" in fails[1]
    assert len(outputs(out)) == 5
    assert "kapot.yaml" not in outputs(out)
    # the failed ones are retried next time, the good ones skipped
    again = cli("extract", corpus, missing, "-o", out)
    assert again.exit_code == 1
    assert sum(line.startswith("SKIP ") for line in again.stderr.splitlines()) == 5


def test_fail_fast_stops_at_the_first_failure(cli, corpus, tmp_path) -> None:
    bad = corpus / "a" / "aaa.txt"  # sorted first in its folder
    bad.write_bytes(b"\x00\x01\x02\xff" * 100)
    out = tmp_path / "out"
    result = cli("extract", corpus, "-o", out, "--fail-fast")
    assert result.exit_code == 1
    assert sum(line.startswith("FAIL ") for line in result.stderr.splitlines()) == 1
    assert outputs(out) == {}
    assert "stopped at the first failure" in result.stderr


def test_fail_fast_with_two_jobs(cli, corpus, tmp_path) -> None:
    (corpus / "a" / "aaa.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    result = cli("extract", corpus, "-o", tmp_path / "out", "--fail-fast", "-j", "2")
    assert result.exit_code == 1
    assert sum(line.startswith("FAIL ") for line in result.stderr.splitlines()) == 1


def test_no_temporary_files_are_left(cli, corpus, tmp_path) -> None:
    add_bad_inputs(corpus)
    out = tmp_path / "out"
    cli("extract", corpus, "-o", out)
    leftovers = [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_atomic_write_leaves_the_old_output_when_writing_fails(tmp_path, monkeypatch) -> None:
    import os

    import pytest

    from sessietool.errors import OutputError
    from sessietool.output import write_atomic

    target = tmp_path / "x.yaml"
    target.write_text("old\n", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError):
        write_atomic(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["x.yaml"]


def test_same_stem_in_two_folders_gives_two_outputs(cli, corpus, tmp_path) -> None:
    out = tmp_path / "out"
    assert cli("extract", corpus, "-o", out).exit_code == 0
    names = sorted(n for n in outputs(out) if n.startswith("notulen"))
    assert len(names) == 2 and "notulen.yaml" in names
    sources = {yaml.safe_load(outputs(out)[n])["source"]["path"] for n in names}
    assert sources == {str(corpus / "a" / "notulen.md"), str(corpus / "b" / "notulen.md")}
    # stable across runs, and a later run over one folder does not overwrite the other's output
    assert cli("extract", corpus, "-o", out, "--force").exit_code == 0
    assert sorted(n for n in outputs(out) if n.startswith("notulen")) == names
    other = tmp_path / "other"
    (other).mkdir()
    (other / "notulen.md").write_text("# Notulen\n\nIets heel anders.\n", encoding="utf-8")
    assert cli("extract", other, "-o", out).exit_code == 0
    assert len([n for n in outputs(out) if n.startswith("notulen")]) == 3


def test_usage_errors_exit_2(cli, corpus, tmp_path) -> None:
    two = [corpus / "a" / "overleg.txt", corpus / "b" / "notulen.md"]
    assert cli("extract", *two).exit_code == 2  # several inputs need --output-dir
    assert cli("extract", corpus).exit_code == 2  # a folder needs --output-dir
    assert cli("extract", corpus, "-o", tmp_path / "o", "--scheduler", "tcp://x:1").exit_code == 2
    assert cli("extract", corpus, "-o", tmp_path / "o", "--log-format", "xml").exit_code == 2
    assert cli("extract", corpus, "-o", tmp_path / "o", "--jobs", "-1").exit_code == 2
    assert cli("extract", corpus, "-o", tmp_path / "o", "--engine", "spark").exit_code == 2
    assert cli("extract", corpus, "-o", tmp_path / "o", "-m", "no_such_model_xyz").exit_code == 2
    assert cli("extract").exit_code == 2


def test_single_file_prints_to_stdout(cli, corpus) -> None:
    result = cli("extract", corpus / "a" / "overleg.txt")
    assert result.exit_code == 0
    data = yaml.safe_load(result.stdout)
    assert data["source"]["path"] == str(corpus / "a" / "overleg.txt")


def test_single_file_output_equals_batch_output(cli, corpus, tmp_path) -> None:
    single = cli("extract", corpus / "a" / "overleg.txt").stdout.encode()
    cli("extract", corpus / "a" / "overleg.txt", "-o", tmp_path / "out")
    assert outputs(tmp_path / "out")["overleg.yaml"] == single


def test_missing_path_is_a_usage_error(cli, corpus, tmp_path) -> None:
    result = cli("extract", tmp_path / "weg.txt")
    assert result.exit_code == 2
    assert result.stdout == ""
    batch = cli("extract", corpus, tmp_path / "weg.txt", "-o", tmp_path / "out")
    assert batch.exit_code == 2
    assert batch.stderr == f"sessietool: error: {tmp_path / 'weg.txt'}: no such file or folder\n"
    assert not (tmp_path / "out").exists()


def test_stdin_in_a_batch(cli, corpus, tmp_path) -> None:
    out = tmp_path / "out"
    result = cli("extract", "-", corpus / "b" / "c", "-o", out, input=TRANSCRIPT.encode())
    assert result.exit_code == 0, result.stderr
    assert "stdin.yaml" in outputs(out)
    assert yaml.safe_load(outputs(out)["stdin.yaml"])["source"]["path"] == "-"
