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
        int,
        typer.Option("--top", min=1, help="Themes, organisations and speakers to show in the "
                     "tables and the chart."),
    ] = 8,
    keyphrases: Annotated[
        bool,
        typer.Option("--keyphrases", help="Also show keyphrase themes (frequent words of a "
                     "session) in the tables and the chart; csv/json/yaml always have them."),
    ] = False,
    lookback: Annotated[
        int,
        typer.Option("--lookback", min=1, help="In how many earlier sessions to look for the "
                     "action point a new one carries over (1: only the previous session)."),
    ] = 2,
) -> None:
    """Follow sessions over time, ordered by session date: theme scores, organisations' presence,
    speakers' participation, and action points still open versus settled.

    Exit code 0; 1 when the folder holds no summaries or a broken one; 2 for usage errors (also a
    --plot file name that is not .png/.svg/.pdf, or matplotlib missing).
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

            plot_themes(result, plot, top=top, keyphrases=keyphrases)
        if format is TrendsFormat.table:
            from rich.console import Console

            print_trends(result, Console(highlight=False), top=top, keyphrases=keyphrases)
        else:
            text = render_trends(result, format.value, top=top, keyphrases=keyphrases)
            typer.echo(text, nl=False)
        if plot is not None:
            typer.echo(f"chart written to {plot}", err=True)
