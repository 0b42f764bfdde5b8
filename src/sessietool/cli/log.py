"""How much the commands say on stderr: ``-q/--quiet`` (errors only), default (warnings and
notes), ``-v/--verbose`` (also debug detail).

Messages go through the ``sessietool`` logger as ``sessietool: warning: ...`` lines, so library
warnings (a session that is not Dutch, say) follow the same switches. The options are accepted
both before the command (``sessietool -q extract ...``) and after it.
"""
from __future__ import annotations

import json
import logging
import sys
from typing import Annotated

import typer

LOGGER = logging.getLogger("sessietool")
_NAMES = {logging.DEBUG: "debug", logging.INFO: "note", logging.WARNING: "warning",
          logging.ERROR: "error", logging.CRITICAL: "error"}


class _Stderr(logging.Handler):
    """Writes to whatever ``sys.stderr`` is at the time (test runners swap it); one JSON object
    a line (``{"event": "warning", "message": …}``) after :func:`use_json`, so that a
    ``--log-format json`` stream stays JSON."""

    json_lines = False

    def emit(self, record: logging.LogRecord) -> None:
        level = _NAMES.get(record.levelno, "note")
        try:
            if self.json_lines:
                line = json.dumps({"event": level, "message": record.getMessage()},
                                  ensure_ascii=False)
            else:
                line = f"sessietool: {level}: {record.getMessage()}"
            print(line, file=sys.stderr, flush=True)
        except Exception:  # noqa: BLE001 - logging must never break a run
            self.handleError(record)


_HANDLER = _Stderr()


def configure(*, quiet: bool = False, verbose: int = 0) -> None:
    """Set the level of the ``sessietool`` logger and attach the stderr handler once."""
    if _HANDLER not in LOGGER.handlers:
        LOGGER.addHandler(_HANDLER)
        LOGGER.propagate = False
    level = logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO
    LOGGER.setLevel(level)


def use_json(on: bool = True) -> None:
    """Log records as JSON lines on stderr (``extract --log-format json``)."""
    _HANDLER.json_lines = on


def is_quiet() -> bool:
    return LOGGER.level >= logging.ERROR


def _set_quiet(value: bool) -> bool:
    if value:
        configure(quiet=True)
    return value


def _set_verbose(value: int) -> int:
    if value:
        configure(verbose=value)
    return value


Quiet = Annotated[
    bool, typer.Option("--quiet", "-q", callback=_set_quiet,
                       help="Only errors on stderr: no notes, warnings, progress or tables."),
]
Verbose = Annotated[
    int, typer.Option("--verbose", "-v", count=True, callback=_set_verbose, show_default=False,
                      help="Also debug detail on stderr (inputs found, the model, the output "
                      "folder)."),
]
