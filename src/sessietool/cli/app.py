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
from .group import EXIT_CODES, HELP_OPTIONS, SessietoolGroup
from .log import Quiet, Verbose, configure
from .report_cmd import report
from .schema_cmd import schema
from .show_cmd import show
from .trends_cmd import trends

app = typer.Typer(
    name="sessietool",
    help="Summarise Dutch session notes (transcripts, minutes, reports) as structured YAML: "
    "speakers, organisations, themes, action points and dates.\n\n"
    "\b\nExamples:\n"
    "  sessietool extract notulen.md                 # YAML on stdout\n"
    "  sessietool extract archief/ -o samenvattingen/\n"
    "  sessietool COMMAND -h                         # help on one command",
    epilog=EXIT_CODES,
    cls=SessietoolGroup,
    context_settings={"help_option_names": HELP_OPTIONS},
    no_args_is_help=True,
    add_completion=True,
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
    quiet: Quiet = False,
    verbose: Verbose = 0,
) -> None:
    """Summarise Dutch session notes as structured YAML."""
    configure(quiet=quiet, verbose=verbose)


app.command()(extract)
app.command()(schema)
app.command()(evaluate)
app.command("evaluate-ner")(evaluate_ner)
app.command()(diff)
app.command()(trends)
app.command()(report)
app.command()(show)
app.command()(actions)


def main() -> None:
    """Console-script entry point."""
    app()
