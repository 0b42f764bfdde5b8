"""The ``sessietool`` Typer app: registers the commands, handles ``--version``.

Nothing here imports spaCy; commands import the library inside their bodies.
"""
from __future__ import annotations

from typing import Annotated

import typer

from .. import __version__
from .actions_cmd import actions
from .diff_cmd import diff
from .evaluate_cmd import evaluate, evaluate_ner
from .extract_cmd import extract
from .schema_cmd import schema
from .trends_cmd import trends

app = typer.Typer(
    name="sessietool",
    help="Summarise Dutch session notes (transcripts, minutes, reports) as structured YAML: "
    "speakers, organisations, themes, action points and dates.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sessietool {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True,
                     help="Print the version and exit."),
    ] = False,
) -> None:
    """Summarise Dutch session notes as structured YAML."""


app.command()(extract)
app.command()(schema)
app.command()(evaluate)
app.command("evaluate-ner")(evaluate_ner)
app.command()(diff)
app.command()(trends)
app.command()(actions)


def main() -> None:
    """Console-script entry point."""
    app()
