"""``sessietool show``: one session's overview in the terminal."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import options as opt
from .errors import user_errors


def show(
    summary: Annotated[
        Path,
        typer.Argument(help="A summary (.yaml/.json) or a session file, which is extracted "
                       "first.", show_default=False, metavar="SUMMARY"),
    ],
    model: opt.Model = None,
) -> None:
    """Print a session's overview: participants, organisations, agenda, decisions, actions and
    themes with their source lines (the page 'sessietool report' writes).

    Exit code 0; 1 for an unreadable input; 2 for usage errors.

    \b
    Examples:
      sessietool show data/sessions/2020-10-06-verdiepingssessie.yaml
      sessietool show notulen.md --model blank:nl
    """
    from rich.console import Console

    from ..api import Options
    from ..report.load import load_one
    from ..report.terminal import print_overview

    with user_errors():
        loaded = load_one(summary, options=Options(model=model))
    print_overview(loaded.data, Console(highlight=False))
