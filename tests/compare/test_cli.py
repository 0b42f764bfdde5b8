"""The diff and trends commands through typer's CliRunner, on a tiny app of their own."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
import yaml
from typer.testing import CliRunner

from sessietool.cli.diff_cmd import diff
from sessietool.cli.log import configure
from sessietool.cli.trends_cmd import trends

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
app.callback()(configure)  # as the real app's callback: notes on stderr, also when run alone
app.command()(diff)
app.command()(trends)
runner = CliRunner()
SRC = Path(__file__).resolve().parents[2] / "src"


def write(path: Path, summary) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(summary.to_dict(), sort_keys=False, allow_unicode=True),
                    encoding="utf-8")
    return path


@pytest.fixture
def pair(tmp_path, fronteers_pair):
    old, new = fronteers_pair
    return write(tmp_path / "s" / "old.yaml", old), write(tmp_path / "s" / "new.yaml", new)


def test_diff_exit_codes(pair):
    old, new = pair
    assert runner.invoke(app, ["diff", str(old), str(new)]).exit_code == 0
    assert runner.invoke(app, ["diff", str(old), str(new), "--exit-code"]).exit_code == 1
    same = runner.invoke(app, ["diff", str(old), str(old), "--exit-code"])
    assert same.exit_code == 0, same.output
    assert "No differences." in same.output


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_diff_machine_formats(pair, fmt):
    old, new = pair
    result = runner.invoke(app, ["diff", str(old), str(new), "--format", fmt])
    assert result.exit_code == 0
    data = yaml.safe_load(result.stdout) if fmt == "yaml" else json.loads(result.stdout)
    assert data["has_differences"] is True
    assert [i["id"] for i in data["speakers"]["added"]] == ["krijn-hoetmer"]
    assert result.stderr == ""


def test_diff_table_and_markdown(pair):
    old, new = pair
    table = runner.invoke(app, ["diff", str(old), str(new)])
    assert "Speakers" in table.stdout and "krijn-hoetmer" in table.stdout
    md = runner.invoke(app, ["diff", str(old), str(new), "-f", "markdown"])
    assert md.stdout.startswith("# Session diff")


def test_diff_errors_are_one_line_missing_2_unreadable_1(pair, tmp_path):
    old, _ = pair
    missing = runner.invoke(app, ["diff", str(old), str(tmp_path / "nope.yaml"), "--exit-code"])
    assert missing.exit_code == 2
    assert missing.stderr == (f"sessietool: error: {tmp_path / 'nope.yaml'}: no such file or "
                              "folder\n")
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: not a summary\n")
    result = runner.invoke(app, ["diff", str(old), str(bad)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "not a sessietool summary" in result.stderr
    usage = runner.invoke(app, ["diff", str(old), str(old), "--format", "xml"])
    assert usage.exit_code == 2


def test_diff_extracts_session_files_first(pair, tmp_path, monkeypatch, fronteers_pair):
    import types

    seen = []

    def extract_session(path, *, model=None):
        seen.append((Path(path).name, model))
        return fronteers_pair[1]

    fake = types.ModuleType("sessietool.api")
    fake.extract_session = extract_session
    monkeypatch.setitem(sys.modules, "sessietool.api", fake)
    session = tmp_path / "06-07-2010.md"
    session.write_text("# Notulen\n")
    result = runner.invoke(app, ["diff", str(pair[0]), str(session), "--model", "blank:nl",
                                 "-f", "json"])
    assert result.exit_code == 0, result.output
    assert seen == [("06-07-2010.md", "blank:nl")]
    assert json.loads(result.stdout)["new"]["path"] == "06-07-2010.md"


def test_trends_formats(pair):
    folder = pair[0].parent
    table = runner.invoke(app, ["trends", str(folder)])
    assert table.exit_code == 0, table.output
    assert "Themes (top 4 by mean score)" in table.stdout  # --top 8, but there are 4
    csv_out = runner.invoke(app, ["trends", str(folder), "--format", "csv"]).stdout
    assert csv_out.startswith("series,id,label,session,date,value,status\n")
    data = json.loads(runner.invoke(app, ["trends", str(folder), "-f", "json"]).stdout)
    assert [s["label"] for s in data["sessions"]] == ["2010-06-01", "2010-07-06"]
    md = runner.invoke(app, ["trends", str(folder), "-f", "markdown", "--top", "1"]).stdout
    assert "## Themes (top 1 by mean score)" in md


def test_trends_plot_and_skipped_files(pair, tmp_path):
    pytest.importorskip("matplotlib")
    folder = pair[0].parent
    (folder / "settings.yaml").write_text("jobs: 2\n")
    chart = tmp_path / "docs" / "themes.svg"
    result = runner.invoke(app, ["trends", str(folder), "-f", "csv", "--plot", str(chart)])
    assert result.exit_code == 0, result.output
    assert chart.exists()
    assert result.stderr.splitlines() == [
        "sessietool: note: skipped 1 files that are not summaries: settings.yaml",
        f"sessietool: note: chart written to {chart}",
    ]
    bad = runner.invoke(app, ["trends", str(folder), "--plot", str(tmp_path / "c.gif")])
    assert bad.exit_code == 2
    assert bad.stderr.startswith("sessietool: error: cannot write a chart to")


def test_trends_errors(tmp_path):
    empty = runner.invoke(app, ["trends", str(tmp_path)])
    assert empty.exit_code == 1
    assert "no session summaries" in empty.stderr and empty.stderr.count("\n") == 1
    assert runner.invoke(app, ["trends", str(tmp_path / "missing")]).exit_code == 2
    assert runner.invoke(app, ["trends", str(tmp_path), "--top", "0"]).exit_code == 2


def test_help_texts_and_no_spacy_import():
    for command in ("diff", "trends"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "--format" in result.stdout
    code = (
        "import sys, typer\n"
        "from typer.testing import CliRunner\n"
        "from sessietool.cli.diff_cmd import diff\n"
        "from sessietool.cli.trends_cmd import trends\n"
        "app = typer.Typer()\n"
        "app.command()(diff)\n"
        "app.command()(trends)\n"
        "for c in ('diff', 'trends'):\n"
        "    assert CliRunner().invoke(app, [c, '--help']).exit_code == 0\n"
        "import sessietool.compare, sessietool.compare.render, sessietool.compare.plot\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'matplotlib')))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_registered_in_the_sessietool_app():
    from sessietool.cli.app import app as main_app

    names = {c.name or c.callback.__name__ for c in main_app.registered_commands}
    assert {"diff", "trends"} <= names
