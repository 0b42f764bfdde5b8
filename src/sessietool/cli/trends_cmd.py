"""``sessietool trends``: themes, organisations, speakers and action points over many sessions."""
from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from . import options as opt
from .errors import require_exists, user_errors
from .log import LOGGER, Quiet, Verbose


class TrendsFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    yaml = "yaml"
    markdown = "markdown"


def trends(
    directory: opt.SummaryFolder,
    format: Annotated[
        TrendsFormat,
        typer.Option("--format", "-f", metavar="table|csv|json|yaml|markdown",
                     help="table (for a terminal), csv (long format: one row "
                     "per series and session), json, yaml or markdown."),
    ] = TrendsFormat.table,
    plot: Annotated[
        Path | None,
        typer.Option("--plot", help="Also draw the top themes over time to this .png, .svg or "
                     ".pdf file (needs matplotlib: pip install -e '.[plot]').",
                     dir_okay=False, show_default=False, metavar="FILE"),
    ] = None,
    top: Annotated[
        int,
        typer.Option("--top", min=1, metavar="N",
                     help="Themes, organisations and speakers to show in the "
                     "tables and the chart."),
    ] = 8,
    keyphrases: Annotated[
        bool,
        typer.Option("--keyphrases", help="Also show keyphrase themes (frequent words of a "
                     "session) in the tables and the chart; csv/json/yaml always have them."),
    ] = False,
    lookback: Annotated[
        int,
        typer.Option("--lookback", min=1, metavar="N",
                     help="In how many earlier sessions to look for the "
                     "action point a new one carries over (1: only the previous session)."),
    ] = 2,
    quiet: Quiet = False,
    verbose: Verbose = 0,
) -> None:
    """Follow sessions over time, ordered by session date: theme scores, organisations' presence,
    speakers' participation, and action points still open versus settled.

    Exit 1 when the folder holds no summaries or a broken one; a --plot file name that is not
    .png/.svg/.pdf, or matplotlib missing, is a usage error (2).

    \b
    Examples:
      sessietool trends samenvattingen/
      sessietool trends samenvattingen/ --format csv > trends.csv
      sessietool trends samenvattingen/ --plot themes.svg --top 6
    """
    from ..compare.load import load_summary_dir
    from ..compare.render import print_trends, render_trends
    from ..compare.trends import trends as compute_trends

    with user_errors():
        require_exists(directory)
        if plot is not None:
            from ..compare.plot import check_plot_path

            check_plot_path(plot)
        found = load_summary_dir(directory)
        if found.skipped:
            names = ", ".join(p.name for p in found.skipped[:5])
            more = f" and {len(found.skipped) - 5} more" if len(found.skipped) > 5 else ""
            LOGGER.info("skipped %d files that are not summaries: %s%s", len(found.skipped),
                        names, more)
        result = compute_trends(found.summaries, lookback=lookback)
        if plot is not None:
            from ..compare.plot import plot_themes

            plot_themes(result, plot, top=top, keyphrases=keyphrases)
        if format is TrendsFormat.table:
            from .console import table_console

            print_trends(result, table_console(), top=top, keyphrases=keyphrases)
        else:
            text = render_trends(result, format.value, top=top, keyphrases=keyphrases)
            typer.echo(text, nl=False)
        if plot is not None:
            LOGGER.info("chart written to %s", plot)
