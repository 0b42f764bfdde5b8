"""sessietool.cli.console: tables on a non-terminal fit a sensible width without broken words."""
from __future__ import annotations

import io

from rich.table import Table

from sessietool.cli.console import FILE_WIDTH, table_console


def _table(rows: int = 3) -> Table:
    table = Table(title="actiepunten")
    table.add_column("id")
    table.add_column("text")
    for i in range(rows):
        table.add_row(f"actie-{i}", "De werkgroep onderwijsbestuursvergaderingen stuurt het "
                      "conceptverslag uiterlijk vrijdag rond aan alle deelnemers " * 3)
    return table


def test_tables_off_a_terminal_fit_a_sensible_width_without_broken_words(monkeypatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    out = io.StringIO()
    table_console(file=out).print(_table())
    lines = out.getvalue().splitlines()
    assert max(len(line) for line in lines) == FILE_WIDTH
    sentence = ("De werkgroep onderwijsbestuursvergaderingen stuurt het conceptverslag "
                "uiterlijk vrijdag rond aan alle deelnemers")
    words = set(sentence.split())
    for line in lines[3:-1]:
        for cell in line.strip("│ ").split("│")[1:]:
            assert set(cell.split()) <= words, line
    # a narrow table stays narrow; a word longer than the cap widens the table instead
    small = io.StringIO()
    table_console(file=small).print(Table("a", "b"))
    assert max(len(x) for x in small.getvalue().splitlines()) < 20
    long = Table("x")
    long.add_row("a" * 150)
    wide = io.StringIO()
    table_console(file=wide).print(long)
    assert ("a" * 150) in wide.getvalue()
