"""``sessietool extract``: session files in, YAML/JSON summaries out.

A thin command over :mod:`sessietool.batch`: one input without ``--output-dir`` prints its summary
to stdout; ``--stdout`` (or ``-o -``) streams every input's summary there (JSON Lines or YAML
documents); otherwise every input (folders walked, glob patterns expanded) becomes one file in
the output folder, incrementally (see :mod:`sessietool.batch.manifest`), and outputs whose input
is gone are reported (``--prune`` removes them).
"""
from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..batch.discover import Input
from ..errors import UsageError
from ..inputs import DEFAULT_MAX_SIZE
from . import options as opt
from .errors import report, user_errors
from .log import LOGGER, Quiet, Verbose, is_quiet, use_json


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
    stdout: Annotated[
        bool, typer.Option("--stdout", help="Stream every summary to stdout instead (the same "
                           "as -o -): JSON Lines with --format json, else YAML documents "
                           "separated by ---, in input order."),
    ] = False,
    format: Annotated[
        OutFormat, typer.Option("--format", "-f", help="Output format.", metavar="yaml|json")
    ] = OutFormat.yaml,
    exclude: Annotated[
        list[str] | None,
        typer.Option("--exclude", "-x", metavar="GLOB", show_default=False,
                     help="Skip files found in folders or by patterns whose name (or path below "
                     "the folder) matches GLOB, case-insensitively; repeatable. Files named "
                     "README*, SOURCE* or LICENSE* are skipped too (see below)."),
    ] = None,
    no_default_excludes: Annotated[
        bool, typer.Option("--no-default-excludes",
                           help="Also read README*, SOURCE* and LICENSE* files in folders."),
    ] = False,
    model: opt.Model = None,
    gazetteer: opt.Gazetteer = None,
    themes: opt.Themes = None,
    max_themes: Annotated[
        int,
        typer.Option("--max-themes", min=1, metavar="N",
                     help="Themes listed per session, strongest first."),
    ] = 8,
    max_size: opt.MaxSize = DEFAULT_MAX_SIZE,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=0, show_default=False, metavar="N",
                     help="Worker processes (0: one per CPU). Default: 1 locally, 2 on a local "
                     "Dask cluster."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Process inputs even when the manifest in the "
                           "output folder says they are unchanged."),
    ] = False,
    prune: Annotated[
        bool, typer.Option("--prune", help="Remove outputs whose input is gone (deleted or "
                           "renamed); only files the folder's manifest records as outputs."),
    ] = False,
    fail_fast: Annotated[
        bool, typer.Option("--fail-fast", help="Stop at the first input that fails."),
    ] = False,
    log_format: Annotated[
        LogFormat, typer.Option("--log-format", metavar="text|json",
                                help="Without a terminal (or with CI=true): plain log lines or "
                                "JSON lines on stderr."),
    ] = LogFormat.text,
    engine: Annotated[
        Engine, typer.Option("--engine", metavar="local|dask",
                             help="local, or dask (pip install -e '.[dask]')."),
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", show_default=False, metavar="ADDRESS",
                     help="Dask scheduler address; default: a local cluster for this run."),
    ] = None,
    quiet: Quiet = False,
    verbose: Verbose = 0,
) -> None:
    """Extract speakers, organisations, themes, action points and dates from session files.

    One input without --output-dir prints its summary to stdout; --stdout streams the summaries
    of all inputs there; with --output-dir each input becomes OUT/<stem>.yaml, and a manifest
    there lets re-runs skip unchanged inputs and tells which outputs lost their input.

    \b
    Examples:
      sessietool extract data/sessions/2020-10-06-verdiepingssessie.txt
      sessietool extract notulen/ 'archief/**/*.md' -o samenvattingen/ --jobs 2
      sessietool extract notulen/ --stdout --format json | jq .session
      sessietool extract notulen/ -o samenvattingen/ --prune --exclude 'concept*'
    """
    from ..options import Options

    if scheduler and engine is not Engine.dask:
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    to_stdout = stdout or (output_dir is not None and str(output_dir) == STDOUT)
    with user_errors():
        if stdout and output_dir is not None and str(output_dir) != STDOUT:
            raise UsageError(detail="--stdout and --output-dir: choose one")
        if prune and (to_stdout or output_dir is None):
            raise UsageError(detail="--prune needs --output-dir")
        inputs = _inputs(paths, tuple(exclude or ()), not no_default_excludes)
        options = Options(
            model=model,
            gazetteers=tuple(str(p) for p in gazetteer or ()),
            themes=tuple(str(p) for p in themes or ()),
            max_size=max_size,
            max_themes=max_themes,
        )
        if LOGGER.isEnabledFor(10):  # logging.DEBUG
            from ..nlp.loading import resolve_model

            LOGGER.debug("model: %s", resolve_model(model))
        if to_stdout or output_dir is None:
            if not to_stdout and len(inputs) > 1:
                raise UsageError(detail=f"{len(inputs)} inputs: pass --output-dir OUT to write "
                                 "one summary file each, or --stdout to stream them")
            _stream(inputs, options, format.value, lines=to_stdout, fail_fast=fail_fast)
            return
        _batch(inputs, output_dir, options, fmt=format.value, jobs=jobs, force=force,
               fail_fast=fail_fast, log_format=log_format.value, engine=engine.value,
               scheduler=scheduler, prune=prune)


STDOUT = "-"


def _inputs(paths: list[str], exclude: tuple[str, ...], default_excludes: bool) -> list[Input]:
    """The inputs of the run (:func:`sessietool.batch.discover.inputs_for`: a usage error for a
    missing path, a pattern without matches or no supported file)."""
    from ..batch.discover import DEFAULT_EXCLUDE, inputs_for

    inputs = inputs_for(paths, exclude, default_excludes=default_excludes)
    patterns = (DEFAULT_EXCLUDE if default_excludes else ()) + exclude
    LOGGER.debug("%d inputs; skipping files matching %s", len(inputs),
                 ", ".join(patterns) or "nothing")
    return inputs


def _stream(inputs: list[Input], options: object, fmt: str, *, lines: bool,
            fail_fast: bool) -> None:
    """Summaries on stdout, in input order; a failing input is one stderr line, exit 1."""
    from ..batch.stream import stream_summaries

    def on_error(item: Input, reason: str) -> None:
        report(f"{item.source}: {reason}")

    failed = stream_summaries(inputs, options, sys.stdout, fmt=fmt, lines=lines,  # type: ignore[arg-type]
                              fail_fast=fail_fast, on_error=on_error)
    if failed:
        raise typer.Exit(1)


def _batch(
    inputs: list[Input], output_dir: Path, options: object, *, fmt: str, jobs: int | None,
    force: bool, fail_fast: bool, log_format: str, engine: str, scheduler: str | None,
    prune: bool,
) -> None:
    from ..batch.jobs import resolve_jobs
    from ..batch.progress import make_reporter
    from ..batch.runner import run_batch

    jobs = resolve_jobs(jobs, engine)
    LOGGER.debug("writing to %s with %d job(s), engine %s", output_dir, jobs, engine)
    result = None
    use_json(log_format == "json")
    with make_reporter(log_format, quiet=is_quiet()) as reporter:
        events = run_batch(inputs, output_dir, options, jobs=jobs,  # type: ignore[arg-type]
                           force=force, fail_fast=fail_fast, fmt=fmt, engine=engine,
                           scheduler=scheduler)
        for event in events:
            reporter.handle(event)
            if event.kind == "done":
                result = event.result
        if result is not None:
            reporter.summary(result)
    _orphans(output_dir, prune=prune, json_lines=log_format == "json")
    if result is not None and result.exit_code:
        raise typer.Exit(result.exit_code)


def _orphans(output_dir: Path, *, prune: bool, json_lines: bool) -> None:
    """Report (or, with --prune, remove) outputs whose input is gone."""
    import json

    from ..batch.manifest import Manifest, orphans
    from ..batch.manifest import prune as remove

    manifest = Manifest.load(output_dir)
    found = orphans(manifest)
    if not found:
        return
    removed = set(remove(manifest, found)) if prune else set()
    for orphan in found:
        gone = orphan.output in removed
        if json_lines:
            print(json.dumps({"event": "pruned" if gone else "orphan", "path": orphan.source,
                              "output": str(orphan.output)}, ensure_ascii=False),
                  file=sys.stderr, flush=True)
        elif gone:
            LOGGER.info("removed %s: its input %s is gone", orphan.output, orphan.source)
        else:
            LOGGER.warning("%s: its input %s is gone; --prune removes it", orphan.output,
                           orphan.source)
