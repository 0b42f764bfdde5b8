"""``sessietool report``: a page per session, or a folder's index with the action register."""
from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from . import options as opt
from .errors import user_errors


class ReportFormat(StrEnum):
    html = "html"
    markdown = "markdown"


def report(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="Summaries (.yaml/.json), session files (extracted first), or one "
                       "folder of summaries (for its index).", show_default=False,
                       metavar="SUMMARY_OR_SESSION"),
    ],
    format: Annotated[
        ReportFormat,
        typer.Option("--format", "-f", metavar="html|markdown",
                     help="html (one self-contained file per page) or markdown (renders on "
                     "GitHub)."),
    ] = ReportFormat.html,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="A .html/.md file for one page, or a folder: one "
                     "page per session, and index.html for a folder of summaries. Default: "
                     "print the page.", show_default=False, metavar="FILE_OR_DIR"),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option("--title", help="Title of a folder's index (default: 'Sessies in "
                     "FOLDER').", show_default=False, metavar="TEXT"),
    ] = None,
    lookback: Annotated[
        int,
        typer.Option("--lookback", min=1, metavar="N",
                     help="Action register: in how many earlier sessions to look for an action "
                     "point without a number that a new one continues."),
    ] = 2,
    model: opt.Model = None,
) -> None:
    """Write reports analysts read: per session its participants, organisations, agenda with
    decisions and actions, action list (owner, due date, status) and themes, each linked to its
    source line; for a folder, an index of sessions, the action register across sessions and the
    themes chart.

    Exit code 0; 1 for an unreadable input or output; 2 for usage errors.

    \b
    Examples:
      sessietool report data/sessions/2020-10-06-verdiepingssessie.yaml -o report.html
      sessietool report notulen.md --format markdown > notulen-report.md
      sessietool report samenvattingen/ -o rapport/
    """
    from ..api import Options
    from ..report.write import report_files

    with user_errors():
        written = report_files(inputs, format=format.value, output=output,
                               options=Options(model=model), title=title, lookback=lookback)
    if written.text is not None:
        typer.echo(written.text, nl=False)
    for path in written.files:
        typer.echo(f"wrote {path}", err=True)
