"""Consoles for tables: the terminal's width on a terminal; elsewhere (a file, a pipe) each table
at its natural width up to :data:`FILE_WIDTH` columns (or ``COLUMNS``), never narrower than its
longest words, so no word is broken in the middle."""
from __future__ import annotations

import os
from typing import Any

from rich.console import Console
from rich.measure import Measurement

FILE_WIDTH = 120
_UNLIMITED = 100_000


def _cap() -> int:
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    return columns if columns > 0 else FILE_WIDTH


class FitConsole(Console):
    """A console that gives every renderable its own sensible width when not on a terminal."""

    def print(self, *objects: Any, **kwargs: Any) -> None:  # noqa: A003 - rich's name
        if self.is_terminal or len(objects) != 1 or isinstance(objects[0], str):
            super().print(*objects, **kwargs)
            return
        wide = self.options.update_width(_UNLIMITED)
        least, most = Measurement.get(self, wide, objects[0])
        width = max(min(most, _cap()), least)
        saved = self.width
        self.width = width
        try:
            super().print(*objects, **kwargs)
        finally:
            self.width = saved


def table_console(**kwargs: Any) -> Console:
    """The console the commands print tables on (stdout unless ``file=`` is given)."""
    kwargs.setdefault("highlight", False)
    console = FitConsole(**kwargs)
    if not console.is_terminal:
        console.soft_wrap = True  # plain lines are not re-wrapped either
    return console
