"""``sessietool extract``: session files in, YAML/JSON summaries out.

A thin command over :mod:`sessietool.batch`: one file without ``--output-dir`` prints its summary
to stdout; otherwise every input (folders walked, glob patterns expanded) becomes one file in the
output folder, incrementally (see :mod:`sessietool.batch.manifest`).
"""
from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from . import options as opt
from .errors import report, user_errors


class OutFormat(StrEnum):
    yaml = "yaml"
    json = "json"


class LogFormat(StrEnum):
    text = "text"
    json = "json"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


def extract(
    paths: Annotated[
        list[str],
        typer.Argument(help="Session files, folders (walked recursively for supported files), "
                       "glob patterns such as 'corpus/**/*.md', or - for stdin.",
                       show_default=False, metavar="PATH"),
    ],
    output_dir: opt.OutputDir = None,
    format: Annotated[
        OutFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutFormat.yaml,
    model: opt.Model = None,
    gazetteer: opt.Gazetteer = None,
    themes: opt.Themes = None,
    max_themes: Annotated[
        int,
        typer.Option("--max-themes", min=1, help="Themes listed per session, strongest first."),
    ] = 8,
    max_size: opt.MaxSize = 50_000_000,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=0, show_default=False,
                     help="Worker processes (0: one per CPU). Default: 1 locally, 2 on a local "
                     "Dask cluster."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Process inputs even when the manifest in the "
                           "output folder says they are unchanged."),
    ] = False,
    fail_fast: Annotated[
        bool, typer.Option("--fail-fast", help="Stop at the first input that fails."),
    ] = False,
    log_format: Annotated[
        LogFormat, typer.Option("--log-format", help="Without a terminal (or with CI=true): "
                                "plain log lines or JSON lines on stderr."),
    ] = LogFormat.text,
    engine: Annotated[
        Engine, typer.Option("--engine", help="local, or dask (pip install 'sessietool[dask]')."),
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", show_default=False,
                     help="Dask scheduler address; default: a local cluster for this run."),
    ] = None,
) -> None:
    """Extract speakers, organisations, themes, action points and dates from session files.

    One file without --output-dir prints its summary to stdout; with --output-dir each input
    becomes OUT/<stem>.yaml, and a manifest there lets re-runs skip unchanged inputs. Exit code 0
    when all went well, 1 when any input failed, 2 for usage errors.
    """
    from ..api import Options

    if scheduler and engine is not Engine.dask:
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    with user_errors():
        options = Options(
            model=model,
            gazetteers=tuple(str(p) for p in gazetteer or ()),
            themes=tuple(str(p) for p in themes or ()),
            max_size=max_size,
            max_themes=max_themes,
        )
        if output_dir is None:
            _single(paths, options, format.value)
            return
        _batch(paths, output_dir, options, fmt=format.value, jobs=jobs, force=force,
               fail_fast=fail_fast, log_format=log_format.value, engine=engine.value,
               scheduler=scheduler)


def _single(paths: list[str], options: object, fmt: str) -> None:
    """One input, summary on stdout."""
    from ..api import extract_session
    from ..batch.discover import discover
    from ..errors import InputError
    from ..output import dumps

    inputs = discover(paths)
    if len(inputs) != 1 or Path(paths[0]).is_dir():
        raise typer.BadParameter("several inputs need --output-dir", param_hint="PATHS")
    item = inputs[0]
    data = sys.stdin.buffer.read() if item.is_stdin else None
    try:
        summary = extract_session(item.source, data=data, options=options)  # type: ignore[arg-type]
    except InputError as exc:
        report(exc)
        raise typer.Exit(1) from None
    sys.stdout.write(dumps(summary.to_dict(), fmt))


def _batch(
    paths: list[str], output_dir: Path, options: object, *, fmt: str, jobs: int | None,
    force: bool, fail_fast: bool, log_format: str, engine: str, scheduler: str | None,
) -> None:
    import os

    from ..batch.discover import discover
    from ..batch.progress import make_reporter
    from ..batch.runner import run_batch

    inputs = discover(paths)
    if not inputs:
        raise typer.BadParameter("no inputs found", param_hint="PATHS")
    if jobs == 0:
        jobs = os.cpu_count() or 1
    if jobs is None:
        jobs = 1 if engine == "local" else 2
    result = None
    with make_reporter(log_format) as reporter:
        events = run_batch(inputs, output_dir, options, jobs=jobs,  # type: ignore[arg-type]
                           force=force, fail_fast=fail_fast, fmt=fmt, engine=engine,
                           scheduler=scheduler)
        for event in events:
            reporter.handle(event)
            if event.kind == "done":
                result = event.result
        if result is not None:
            reporter.summary(result)
    if result is not None and result.exit_code:
        raise typer.Exit(result.exit_code)
