"""``sessietool report`` and ``sessietool show`` through typer's CliRunner."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from sessietool.cli.app import app

from .conftest import V2, check_html, session

runner = CliRunner()


def _folder(tmp_path: Path, v2) -> Path:
    folder = tmp_path / "summaries"
    folder.mkdir()
    for date, actions in (("2024-01-10", v2["action_points"][:2]),
                          ("2024-02-14", v2["action_points"][1:])):
        data = session(v2, date, actions, path=str(tmp_path / f"{date}.md"))
        (folder / f"{date}.yaml").write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")
    (folder / "notes.yaml").write_text("just: notes\n", "utf-8")  # not a summary: skipped
    return folder


def test_report_prints_one_page(tmp_path):
    result = runner.invoke(app, ["report", str(V2), "--format", "markdown"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Technisch Overleg Digikoppeling\n")


def test_report_writes_a_file_with_links_relative_to_it(tmp_path, v2, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notulen").mkdir()
    (tmp_path / "notulen" / "overleg.md").write_text("# Overleg\n", "utf-8")
    v2["source"]["path"] = "notulen/overleg.md"
    summary = tmp_path / "overleg.yaml"
    summary.write_text(yaml.safe_dump(v2, sort_keys=False), "utf-8")
    result = runner.invoke(app, ["report", str(summary), "-o", "out/overleg.html"])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "out" / "overleg.html").read_text("utf-8")
    assert check_html(html).errors == []
    assert 'href="../notulen/overleg.md#L54"' in html


def test_report_of_several_sessions_needs_a_folder(tmp_path):
    result = runner.invoke(app, ["report", str(V2), str(V2)])
    assert result.exit_code == 2
    assert "give --output/-o a folder" in result.stderr
    result = runner.invoke(app, ["report", str(V2), str(V2), "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 2


def test_report_of_a_folder_writes_index_register_and_pages(tmp_path, v2):
    folder = _folder(tmp_path, v2)
    out = tmp_path / "report"
    result = runner.invoke(app, ["report", str(folder), "-o", str(out), "--title", "Overleggen"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "2024-01-10.html", "2024-02-14.html", "index.html"
    ]
    index = (out / "index.html").read_text("utf-8")
    checker = check_html(index)
    assert checker.errors == []
    assert '<h1>Overleggen</h1>' in index
    assert 'href="2024-01-10.html"' in index and 'id="register"' in index
    text = " ".join(checker.text)
    assert "324/01" in text and "gesloten" in text  # 323/04 closed, followed by its ref
    page = (out / "2024-02-14.html").read_text("utf-8")
    assert 'href="index.html"' in page


def test_report_of_a_folder_in_markdown_to_stdout(tmp_path, v2):
    result = runner.invoke(app, ["report", str(_folder(tmp_path, v2)), "-f", "markdown"])
    assert result.exit_code == 0, result.output
    assert "## Actieregister" in result.stdout
    assert "| 324/01 |" in result.stdout


def test_report_of_a_missing_file_is_one_error_line(tmp_path):
    result = runner.invoke(app, ["report", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 1
    assert result.stderr.strip().endswith("nope.yaml: no such file")


def test_report_of_a_broken_summary(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: sessietool.summary/v1\nsource: [\n", "utf-8")
    result = runner.invoke(app, ["report", str(bad)])
    assert result.exit_code == 1
    assert "invalid YAML" in result.stderr


def test_show_prints_the_overview(v2):
    result = runner.invoke(app, ["show", str(V2)], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    for expected in ("Technisch Overleg Digikoppeling", "Deelnemers", "Anna de Vries",
                     "Stand van zaken OIN-stelsel", "324/01", "gesloten", "Thema's"):
        assert expected in result.stdout


def test_show_does_not_read_rich_markup_from_the_summary(tmp_path, v2):
    v2["session"]["title"] = "[bold red]niet vet[/bold red]"
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(v2, sort_keys=False), "utf-8")
    result = runner.invoke(app, ["show", str(path)])
    assert result.exit_code == 0
    assert "[bold red]niet vet[/bold red]" in result.stdout


@pytest.mark.parametrize("command", ["report", "show"])
def test_commands_have_help(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "SUMMARY" in result.stdout


def test_report_of_a_session_file_extracts_it_first(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    notes = tmp_path / "overleg.txt"
    notes.write_text("Verslag overleg 12 maart 2024\n\nAanwezig: Anna de Vries (Logius).\n\n"
                     "Actie: Anna stuurt de planning rond voor 1 april 2024.\n", "utf-8")
    result = runner.invoke(app, ["report", "overleg.txt", "--model", "blank:nl", "-f", "markdown"])
    assert result.exit_code == 0, result.output
    actions = result.stdout.split("## Actiepunten", 1)[1].split("\n## ", 1)[0]
    assert "Anna stuurt de planning rond" in actions and "[r. 5](overleg.txt#L5)" in actions


def test_index_escapes_hostile_strings(tmp_path, v2):
    v2["session"]["title"] = "<script>alert(1)</script>"
    v2["action_points"][1]["text"] = '<img src=x onerror="alert(2)">'
    folder = _folder(tmp_path, v2)
    result = runner.invoke(app, ["report", str(folder), "-o", str(tmp_path / "index.html"),
                                 "--title", "<b>x</b>"])
    assert result.exit_code == 0, result.output
    checker = check_html((tmp_path / "index.html").read_text("utf-8"))
    assert checker.errors == []
    assert not [t for t, _ in checker.tags if t in ("script", "img", "b")]


def test_report_of_a_folder_in_markdown_to_a_folder(tmp_path, v2):
    pytest.importorskip("matplotlib")
    out = tmp_path / "md"
    result = runner.invoke(app, ["report", str(_folder(tmp_path, v2)), "-f", "markdown",
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "2024-01-10.md", "2024-02-14.md", "index.md", "themes.svg"
    ]
    index = (out / "index.md").read_text("utf-8")
    assert "![Thema's over tijd](themes.svg)" in index
    assert "[Technisch Overleg Digikoppeling](2024-01-10.md)" in index
    assert (out / "themes.svg").read_text("utf-8").startswith("<svg ")
