"""``sessietool trends``: themes, organisations, speakers and action points over many sessions."""
from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .errors import user_errors


class TrendsFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    yaml = "yaml"
    markdown = "markdown"


def trends(
    directory: Annotated[
        Path,
        typer.Argument(help="Folder of summaries, as written by 'sessietool extract "
                       "--output-dir'; searched recursively.", show_default=False,
                       metavar="DIR"),
    ],
    format: Annotated[
        TrendsFormat,
        typer.Option("--format", "-f", help="table (for a terminal), csv (long format: one row "
                     "per series and session), json, yaml or markdown."),
    ] = TrendsFormat.table,
    plot: Annotated[
        Path | None,
        typer.Option("--plot", help="Also draw the top themes over time to this .png, .svg or "
                     ".pdf file (needs matplotlib: pip install 'sessietool[plot]').",
                     dir_okay=False, show_default=False),
    ] = None,
    top: Annotated[
        int, typer.Option("--top", min=1, help="Themes, organisations and speakers to show."),
    ] = 8,
    lookback: Annotated[
        int,
        typer.Option("--lookback", min=1, help="Sessions an action point may skip and still "
                     "count as carried over."),
    ] = 2,
) -> None:
    """Follow sessions over time, ordered by session date: theme scores, organisations' presence,
    speakers' participation, and action points still open versus settled.
    """
    from ..compare.load import load_summary_dir
    from ..compare.render import print_trends, render_trends
    from ..compare.trends import trends as compute_trends

    with user_errors():
        if plot is not None:
            from ..compare.plot import check_plot_path

            check_plot_path(plot)
        found = load_summary_dir(directory)
        if found.skipped:
            names = ", ".join(p.name for p in found.skipped[:5])
            more = f" and {len(found.skipped) - 5} more" if len(found.skipped) > 5 else ""
            typer.echo(f"sessietool: note: skipped {len(found.skipped)} files that are not "
                       f"summaries: {names}{more}", err=True)
        result = compute_trends(found.summaries, lookback=lookback)
        if plot is not None:
            from ..compare.plot import plot_themes

            plot_themes(result, plot, top=top)
        if format is TrendsFormat.table:
            from rich.console import Console

            print_trends(result, Console(highlight=False), top=top)
        else:
            typer.echo(render_trends(result, format.value, top=top), nl=False)
        if plot is not None:
            typer.echo(f"chart written to {plot}", err=True)
