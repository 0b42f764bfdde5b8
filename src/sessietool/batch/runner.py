"""``run_batch``: discover the inputs, set up the :class:`~.run.Run` and hand it to an engine.

Engines: :mod:`.local` (in process, ``jobs=1``), :mod:`.pool` (``jobs > 1`` worker processes
doing whole inputs), :mod:`.dask_engine` (a Dask cluster). Records and events: :mod:`.records`;
output names: :mod:`.naming`; run state shared by the engines: :mod:`.run`.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .discover import Input, discover
from .naming import output_folder
from .records import BatchResult, Event, collect
from .run import Run

if TYPE_CHECKING:  # pragma: no cover
    from ..api import Options

__all__ = ["BatchResult", "Event", "collect", "run_batch"]


def run_batch(
    inputs: Iterable[str] | Sequence[Input],
    out_dir: Path | str,
    options: Options | None = None,
    *,
    jobs: int = 1,
    force: bool = False,
    fail_fast: bool = False,
    fmt: str = "yaml",
    engine: str = "local",
    scheduler: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Event]:
    """Summarise every input into ``out_dir``; yields :class:`Event` objects as it goes.

    ``inputs`` are paths, folders, glob patterns or ``-`` (expanded by :func:`.discover.discover`)
    or already discovered :class:`Input` objects. ``engine`` is ``local`` or ``dask`` (see
    :mod:`.dask_engine`). Locally, ``jobs > 1`` runs ``jobs`` worker processes that each handle
    whole inputs (:mod:`.pool`); ``jobs=1`` runs in this process (:mod:`.local`).
    """
    from ..options import Options

    options = options or Options()
    given = list(inputs)
    if all(isinstance(i, Input) for i in given):
        items: list[Input] = given  # type: ignore[assignment]
    else:
        items = discover(str(i) for i in given)
    out = output_folder(out_dir)
    run = Run(items, out, options, fmt=fmt, force=force, stdin=stdin)
    yield Event("start", total=len(items))
    try:
        if engine == "dask":
            from .dask_engine import run_dask

            events = run_dask(run, jobs=jobs, scheduler=scheduler, fail_fast=fail_fast)
        elif engine == "local" and jobs > 1:
            from .pool import run_pool

            events = run_pool(run, jobs=jobs, fail_fast=fail_fast)
        elif engine == "local":
            from .local import run_local

            events = run_local(run, fail_fast=fail_fast)
        else:
            from ..errors import UsageError

            raise UsageError(detail=f"unknown engine {engine!r}; use local or dask")
        for event in events:
            yield from _drain_list(run.warnings)
            yield event
    finally:
        done = run.finish()
    yield from _drain_list(run.warnings)
    yield done


def _drain_list(events: list[Event]) -> Iterator[Event]:
    while events:
        yield events.pop(0)
