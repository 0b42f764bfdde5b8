"""``sessietool extract``: streaming to stdout, --exclude, one-input folders, exit codes."""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import yaml

from .cli_helpers import OVERLEG


def test_stdout_streams_json_lines_in_input_order(cli, sessions, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli("extract", sessions, "--stdout", "--format", "json")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == [
        str(sessions / "a.txt"), str(sessions / "b.md")]


def test_dash_output_dir_streams_yaml_documents_and_makes_no_folder(cli, sessions, tmp_path,
                                                                     monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli("extract", sessions / "b.md", sessions / "a.txt", "-o", "-")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("\n---\n") == 1
    docs = list(yaml.safe_load_all(result.stdout))
    assert [d["source"]["path"] for d in docs] == [str(sessions / "b.md"), str(sessions / "a.txt")]
    assert not (tmp_path / "-").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sessions"]


def test_stream_goes_on_after_a_failing_input(cli, sessions) -> None:
    (sessions / "a.txt").write_bytes(bytes(range(256)) * 8)
    result = cli("extract", sessions, "--stdout", "-f", "json")
    assert result.exit_code == 1
    assert [json.loads(x)["source"]["path"] for x in result.stdout.splitlines()] == [
        str(sessions / "b.md")]
    assert result.stderr.startswith(f"sessietool: error: {sessions / 'a.txt'}: ")
    assert result.stderr.count("\n") == 1


def test_single_input_json_is_pretty_and_equals_the_file(cli, sessions, tmp_path) -> None:
    single = cli("extract", sessions / "a.txt", "-f", "json")
    assert single.exit_code == 0 and single.stdout.startswith("{\n")
    cli("extract", sessions / "a.txt", "-f", "json", "-o", tmp_path / "out")
    assert (tmp_path / "out" / "a.json").read_text(encoding="utf-8") == single.stdout


def test_default_excludes_readme_and_exclude_option(cli, sessions, tmp_path) -> None:
    out = tmp_path / "out"
    assert cli("extract", sessions, "-o", out).exit_code == 0
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "a.yaml", "b.yaml"]
    other = tmp_path / "other"
    assert cli("extract", sessions, "-o", other, "--exclude", "A.*").exit_code == 0
    assert sorted(p.name for p in other.iterdir() if not p.name.startswith(".")) == ["b.yaml"]
    every = tmp_path / "every"
    assert cli("extract", sessions, "-o", every, "--no-default-excludes").exit_code == 0
    assert "README.yaml" in {p.name for p in every.iterdir()}
    # a file named on the command line is read even when it matches
    named = cli("extract", sessions / "README.md")
    assert named.exit_code == 0 and "README.md" in named.stdout


def test_folder_with_one_supported_file_prints_it(cli, sessions) -> None:
    (sessions / "b.md").unlink()
    result = cli("extract", sessions)
    assert result.exit_code == 0, result.stderr
    assert yaml.safe_load(result.stdout)["source"]["path"] == str(sessions / "a.txt")


def test_folder_without_supported_files(cli, tmp_path) -> None:
    (tmp_path / "leeg").mkdir()
    (tmp_path / "leeg" / "README.md").write_text("# x\n", encoding="utf-8")
    result = cli("extract", tmp_path / "leeg")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"sessietool: error: no supported files in {tmp_path / 'leeg'}")
    assert "several inputs" not in result.stderr


def test_several_inputs_without_output_dir_say_what_to_do(cli, sessions) -> None:
    result = cli("extract", sessions)
    assert result.exit_code == 2
    assert result.stderr == ("sessietool: error: 2 inputs: pass --output-dir OUT to write one "
                             "summary file each, or --stdout to stream them\n")


def test_usage_errors_exit_2(cli, sessions, tmp_path) -> None:
    assert cli("extract", sessions, "--stdout", "-o", tmp_path / "o").exit_code == 2
    assert cli("extract", sessions, "--stdout", "--prune").exit_code == 2
    assert cli("extract", tmp_path / "nope.md", "-o", tmp_path / "o").exit_code == 2
    assert cli("extract", "nope/*.md", "-o", tmp_path / "o").exit_code == 2
    assert cli("extract", sessions, "-o", tmp_path / "o", "--bogus").exit_code == 2
    assert cli("extract", sessions, "-o", tmp_path / "o", "-m", "no_such_model_xyz").exit_code == 2
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


def test_outputs_and_manifest_follow_the_umask(cli, sessions, tmp_path) -> None:
    if os.name != "posix":
        return
    old = os.umask(0o022)
    try:
        out = tmp_path / "out"
        assert cli("extract", sessions, "-o", out).exit_code == 0
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()}
        assert modes == {"a.yaml": 0o644, "b.yaml": 0o644, ".sessietool-manifest.json": 0o644}
        (out / "a.yaml").chmod(0o600)
        assert cli("extract", sessions, "-o", out, "--force").exit_code == 0
        assert stat.S_IMODE((out / "a.yaml").stat().st_mode) == 0o600
    finally:
        os.umask(old)


def test_quiet_and_verbose(cli, sessions, tmp_path) -> None:
    quiet = cli("-q", "extract", sessions, "-o", tmp_path / "q")
    assert quiet.exit_code == 0 and quiet.stderr == ""
    also = cli("extract", sessions, "-o", tmp_path / "q2", "--quiet")
    assert also.exit_code == 0 and also.stderr == ""
    (sessions / "a.txt").write_bytes(bytes(range(256)) * 8)
    failing = cli("extract", sessions, "-o", tmp_path / "q3", "-q")
    assert failing.exit_code == 1
    assert failing.stderr.startswith(f"FAIL {sessions / 'a.txt'}: ")
    assert failing.stderr.count("\n") == 1
    verbose = cli("extract", sessions, "-o", tmp_path / "v", "-v")
    assert "sessietool: debug: 2 inputs; skipping files matching README*" in verbose.stderr


def test_ci_run_prints_log_lines_and_a_table(cli, sessions, tmp_path) -> None:
    result = cli("extract", sessions, "-o", tmp_path / "out")
    lines = result.stderr.splitlines()
    assert lines[0] == f"OK {sessions / 'a.txt'} -> {tmp_path / 'out' / 'a.yaml'} (33 words)"
    assert any("processed" in line for line in lines)


def test_stdin_to_stdout(cli, tmp_path) -> None:
    result = cli("extract", "-", input=OVERLEG.encode())
    assert result.exit_code == 0
    assert yaml.safe_load(result.stdout)["source"]["path"] == "-"


def test_no_output_folder_named_dash_via_stdout_flag(cli, sessions, tmp_path,
                                                    monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli("extract", sessions, "--stdout", "-o", "-").exit_code == 0
    assert not Path("-").exists()
