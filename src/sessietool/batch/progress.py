"""Showing a batch's events: a rich progress bar on a terminal, log lines or JSON lines otherwise.

* ``rich``: when stderr is a terminal, ``CI`` is not set and the log format is ``text``: a
  progress bar with files done and words/s; failures are printed above it.
* ``text``: one plain line per input on stderr: ``OK path -> out (n words)``, ``SKIP path
  (unchanged)``, ``FAIL path: reason``.
* ``json``: one JSON object per line on stderr (``{"event": "ok", "path": ..., ...}``), ending
  with a ``done`` line holding the counts.

Every mode but ``json`` ends with a table of processed, skipped and failed files.
"""
from __future__ import annotations

import json
import os
import sys
from typing import TextIO

from .records import BatchResult, Event

LOG_FORMATS = ("text", "json")


def use_progress_bar(stream: TextIO, log_format: str = "text") -> bool:
    """A live bar only for a person watching: a terminal, not CI, not JSON."""
    ci = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
    isatty = getattr(stream, "isatty", None)
    return log_format == "text" and not ci and bool(isatty and isatty())


def printable(text: str) -> str:
    """``text`` on one line: control characters (a newline in a file name) as escapes, bytes
    that are not UTF-8 (surrogate escapes) as ``\\xNN``."""
    if text.isprintable():
        return text
    return "".join(
        ch if ch.isprintable() else
        f"\\x{ord(ch) - 0xDC00:02x}" if 0xDC80 <= ord(ch) <= 0xDCFF else
        ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


class Reporter:
    """Plain log lines (also the base class: ``handle`` each event, then ``close``)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr

    def __enter__(self) -> Reporter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop any live display (called before the summary and on errors)."""

    def handle(self, event: Event) -> None:
        line = self.line(event)
        if line:
            print(line, file=self.stream, flush=True)

    @staticmethod
    def line(event: Event) -> str | None:
        source, output, reason = (printable(event.source), printable(event.output or ""),
                                  printable(event.reason))
        if event.kind == "ok":
            return f"OK {source} -> {output} ({event.words} words)"
        if event.kind == "skip":
            return f"SKIP {source} ({reason})"
        if event.kind == "fail":
            return f"FAIL {source}: {reason}"
        if event.kind == "warning":
            return f"WARNING {source}: {reason}"
        return None

    def summary(self, result: BatchResult) -> None:
        """A table of processed, skipped and failed files."""
        self.stop()
        from rich.console import Console
        from rich.table import Table

        rate = result.words / result.seconds if result.seconds > 0 else 0.0
        table = Table(title="sessietool extract", title_justify="left",
                      caption=f"{result.seconds:.1f} s, {rate:,.0f} words/s"
                      + (" (stopped at the first failure)" if result.stopped else ""),
                      caption_justify="left")
        table.add_column("result")
        table.add_column("files", justify="right")
        table.add_row("processed", str(len(result.processed)))
        table.add_row("skipped", str(len(result.skipped)))
        table.add_row("failed", str(len(result.failed)))
        table.add_row("total", str(result.total))
        console = Console(file=self.stream, highlight=False, soft_wrap=True)
        console.print(table)  # each failure was printed once, as it happened


class JsonReporter(Reporter):
    """One JSON object per event and line."""

    def handle(self, event: Event) -> None:
        line = json.dumps(event.to_dict(), ensure_ascii=False)
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:  # a file name with bytes that are not UTF-8: JSON escapes
            line = json.dumps(event.to_dict())
        print(line, file=self.stream, flush=True)

    def summary(self, result: BatchResult) -> None:
        """The ``done`` event already carries the counts."""


class ProgressReporter(Reporter):
    """A rich progress bar: files done of total, words/s, elapsed; failures printed above it."""

    def __init__(self, stream: TextIO | None = None) -> None:
        super().__init__(stream)
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.console = Console(file=self.stream, highlight=False)
        self.progress = Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files"),
            TextColumn("{task.fields[rate]:>8} words/s"),
            TimeElapsedColumn(),
            console=self.console,
            transient=False,
        )
        self.task = self.progress.add_task("extract", total=None, rate="-")
        self.words = 0
        self.progress.start()
        self._live = True

    def stop(self) -> None:
        if self._live:
            self.progress.stop()
            self._live = False

    def handle(self, event: Event) -> None:
        if event.kind == "start":
            self.progress.update(self.task, total=event.total)
            return
        if event.kind in ("fail", "warning"):
            self.console.print(self.line(event), markup=False)
        if event.kind in ("ok", "skip", "fail"):
            self.words += event.words
            elapsed = self.progress.tasks[0].elapsed or 0.0
            rate = f"{self.words / elapsed:,.0f}" if elapsed > 0 and self.words else "-"
            self.progress.update(self.task, advance=1, rate=rate)


class QuietReporter(Reporter):
    """``--quiet``: only the failures, one line each; no progress, no table."""

    def handle(self, event: Event) -> None:
        if event.kind == "fail":
            super().handle(event)

    def summary(self, result: BatchResult) -> None:
        return None


def make_reporter(log_format: str = "text", stream: TextIO | None = None, *,
                  quiet: bool = False) -> Reporter:
    """The reporter for this stream and format (see the module docstring); ``quiet`` (text
    format only): the failures alone."""
    stream = stream or sys.stderr
    if quiet and log_format == "text":
        return QuietReporter(stream)
    if log_format == "json":
        return JsonReporter(stream)
    if use_progress_bar(stream, log_format):
        return ProgressReporter(stream)
    return Reporter(stream)
