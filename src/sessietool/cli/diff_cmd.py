"""``sessietool diff``: what changed between two sessions."""
from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from . import options as opt
from .errors import require_exists, user_errors
from .log import Quiet, Verbose


class DiffFormat(StrEnum):
    table = "table"
    yaml = "yaml"
    json = "json"
    markdown = "markdown"


def diff(
    old: Annotated[
        Path,
        typer.Argument(help="The earlier session: a summary (.yaml/.json) or a session file, "
                       "which is extracted first.", show_default=False, metavar="OLD"),
    ],
    new: Annotated[
        Path,
        typer.Argument(help="The later session, likewise.", show_default=False, metavar="NEW"),
    ],
    format: Annotated[
        DiffFormat,
        typer.Option("--format", "-f", metavar="table|yaml|json|markdown",
                     help="table (for a terminal), yaml, json or markdown."),
    ] = DiffFormat.table,
    exit_code: Annotated[
        bool,
        typer.Option("--exit-code", help="Exit with 1 when there are differences, as "
                     "'git diff --exit-code' does."),
    ] = False,
    model: opt.Model = None,
    quiet: Quiet = False,
    verbose: Verbose = 0,
) -> None:
    """Compare two sessions: speakers, organisations and themes added, removed or changed, and
    action points new, carried over or no longer mentioned.

    With --exit-code, exit 1 when the sessions differ (as 'git diff --exit-code'); an input
    that cannot be read is 1 too, with an error line on stderr.

    \b
    Examples:
      sessietool diff out/notulen-juni.yaml out/notulen-juli.yaml
      sessietool diff notulen-juni.md notulen-juli.md --format markdown
      sessietool diff old.yaml new.yaml --exit-code || echo "the sessions differ"
    """
    from ..compare.diff import diff_summaries
    from ..compare.load import load_or_extract
    from ..compare.render import print_diff, render_diff

    with user_errors():
        require_exists(old, new)
        result = diff_summaries(
            load_or_extract(old, model=model), load_or_extract(new, model=model)
        )
    if format is DiffFormat.table:
        from .console import table_console

        print_diff(result, table_console())
    else:
        typer.echo(render_diff(result, format.value), nl=False)
    if exit_code and result.has_differences:
        raise typer.Exit(1)
