"""``sessietool actions``: every action point of a folder of summaries in one list."""
from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from . import options as opt
from .errors import user_errors


class ActionsFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    markdown = "markdown"


def actions(
    directory: opt.SummaryFolder,
    format: Annotated[
        ActionsFormat,
        typer.Option("--format", "-f", metavar="table|csv|json|markdown",
                     help="table (for a terminal), csv, json or markdown."),
    ] = ActionsFormat.table,
    open_only: Annotated[
        bool,
        typer.Option("--open", help="Only action points that no action list marks closed."),
    ] = False,
) -> None:
    """List every action point of a folder of summaries with its session date, file, owners,
    due date and status, ordered by session date.

    Exit code 0; 1 when the folder holds no summaries or a broken one; 2 for usage errors.

    \b
    Examples:
      sessietool actions samenvattingen/
      sessietool actions samenvattingen/ --open --format csv > open-acties.csv
    """
    from ..compare.actions import action_rows, render_rows, rows_table
    from ..compare.load import load_summary_dir

    with user_errors():
        found = load_summary_dir(directory)
        rows = action_rows(found.summaries, found.paths, open_only=open_only)
        if format is ActionsFormat.table:
            from rich.console import Console

            from ..compare.render import print_tables

            print_tables(Console(highlight=False), "Action points",
                         [f"{len(rows)} action points in {len(found.summaries)} sessions"],
                         [rows_table(rows)])
        else:
            typer.echo(render_rows(rows, format.value), nl=False)
