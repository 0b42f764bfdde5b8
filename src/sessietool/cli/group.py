"""The command group of the app: ``-h``, one exit-code epilog for every command, readable
argument names in help texts.

Every command, also those other modules register later, gets :data:`EXIT_CODES` as its help
epilog (unless it has its own), so the exit codes are written down once.
"""
from __future__ import annotations

from typing import Any

import click
from typer.core import TyperArgument, TyperGroup

HELP_OPTIONS = ["-h", "--help"]
EXIT_CODES = (
    "Exit codes: 0 success; 1 an input failed or a floor was not met (diff --exit-code: the "
    "sessions differ); 2 usage (bad option, missing input path, missing model)."
)


def _plain_argument(param: TyperArgument) -> None:
    """``PATH...`` as Click writes it, instead of ``{PATH}...`` and ``PATH <list[str]>``."""
    def usage_name() -> str:
        name = param.display_name_raw
        if not param.required:
            name = f"[{name}]"
        return name + ("..." if param.nargs != 1 else "")

    param._usage_display_name = usage_name  # type: ignore[method-assign]
    param.display_type_rich = lambda ctx: None  # type: ignore[method-assign, assignment]


def tidy(command: click.Command) -> click.Command:
    """The exit-code epilog and plain argument names on one command (idempotent)."""
    if not command.epilog:
        command.epilog = EXIT_CODES
    for param in command.params:
        if isinstance(param, TyperArgument) and param.metavar:
            _plain_argument(param)
    return command


class SessietoolGroup(TyperGroup):
    """A Typer group whose commands all get :func:`tidy`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for command in self.commands.values():
            tidy(command)
