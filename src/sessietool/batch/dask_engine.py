"""The same batch on a Dask cluster: ``--engine dask [--scheduler ADDRESS]``.

Needs the optional extra: ``pip install 'sessietool[dask]'``. Without ``--scheduler`` a local
cluster of ``jobs`` (default 2) single-threaded worker processes is started for the run.

The client reads, hashes and skips inputs exactly as the local engine does (:class:`.run.Run`),
sends the bytes of the inputs to process to the workers in batches, and writes the returned texts
with the same atomic writes and manifest, so the outputs are byte-identical to a local run. Each
worker loads the pipeline once (:func:`.pool.worker_pipeline`, a per-process cache) and runs
:func:`.pool.process_batch` inside ``nlp.memory_zone()``. At most a few batches per worker are in
flight, so the client's memory stays bounded however many inputs there are. Gazetteer and theme
files given as options must be readable at the same paths on the workers.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from itertools import chain
from typing import Any

from .pool import IN_FLIGHT_PER_WORKER, batches, drive, process_batch, until_first
from .records import Event, Todo
from .run import Run

BATCH_FILES = 8
BATCH_BYTES = 1_000_000


def import_distributed() -> Any:
    """``distributed``, or a usage error saying which extra to install."""
    try:
        import distributed
    except ImportError:
        from ..errors import MissingExtra

        raise MissingExtra(detail="dask[distributed]", extra="dask") from None
    return distributed


def run_dask(
    run: Run, *, jobs: int | None = None, scheduler: str | None = None, fail_fast: bool = False
) -> Iterator[Event]:
    """The dask engine: same events, same outputs as the local engines."""
    distributed = import_distributed()
    todos: dict[int, Todo] = {}
    source = batches(run, todos, max_files=BATCH_FILES, max_bytes=BATCH_BYTES)
    first = yield from until_first(source, run, fail_fast)  # no cluster before any work
    if first is None:
        return
    run.options.language()  # a bad gazetteer/theme file is one error, not one per input

    cluster = None
    if scheduler:
        client = distributed.Client(scheduler)
    else:
        cluster = distributed.LocalCluster(
            n_workers=jobs or 2, threads_per_worker=1, processes=True,
            dashboard_address=None, silence_logs=logging.ERROR,
        )
        client = distributed.Client(cluster)
    try:
        workers = len(client.scheduler_info().get("workers", {})) or (jobs or 2)

        def submit(batch: list[Any]) -> Any:
            return client.submit(process_batch, batch, run.options, run.fmt, pure=False)

        yield from drive(run, chain([first], source), todos, submit=submit,
                         completed=distributed.as_completed(),
                         limit=workers * IN_FLIGHT_PER_WORKER, fail_fast=fail_fast)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
