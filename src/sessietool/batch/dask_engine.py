"""The same batch on a Dask cluster: ``--engine dask [--scheduler ADDRESS]``.

Needs the optional extra: ``pip install 'sessietool[dask]'``. Without ``--scheduler`` a local
cluster of ``jobs`` (default 2) single-threaded worker processes is started for the run.

The client reads, hashes and skips inputs exactly as the local engine does (:class:`.runner.Run`),
sends the bytes of the inputs to process to the workers in batches, and writes the returned texts
with the same atomic writes and manifest, so the outputs are byte-identical to a local run. Each
worker loads the pipeline once (a per-process cache) and parses a batch inside
``nlp.memory_zone()``. At most a few batches per worker are in flight, so the client's memory
stays bounded however many inputs there are.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .runner import Event, Run, Todo, reason_of, render

if TYPE_CHECKING:  # pragma: no cover
    from ..api import Options

BATCH_FILES = 16
BATCH_BYTES = 2_000_000
IN_FLIGHT_PER_WORKER = 2

# (index, source, data) in; (index, "ok" | "fail", text or reason, words, seconds) out.
Item = tuple[int, str, bytes]
Outcome = tuple[int, str, str, int, float]


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        from ..errors import MissingExtra

        raise MissingExtra(detail="dask[distributed]", extra="dask") from None
    return distributed


@lru_cache(maxsize=4)
def _worker_pipeline(options: Options) -> tuple[Any, str, Any]:
    """The pipeline, its label and the language data, loaded once per worker process."""
    from ..nlp.loading import model_label

    nlp = options.pipeline()
    return nlp, model_label(nlp), options.language()


def process_batch(items: list[Item], options: Options, fmt: str) -> list[Outcome]:
    """Run on a worker: prepare, parse, summarise and serialise each input of a batch."""
    import time

    from ..api import join_docs, prepare

    nlp, label, language = _worker_pipeline(options)
    outcomes: list[Outcome] = []
    with nlp.memory_zone():
        for index, source, data in items:
            started = time.perf_counter()
            try:
                prepared = prepare(source, data=data, options=options)
                doc = join_docs(nlp, list(nlp.pipe(prepared.chunks or [""])))
                text = render(prepared, doc, label=label, language=language, fmt=fmt)
            except Exception as exc:  # noqa: BLE001 - reported per input
                outcomes.append((index, "fail", reason_of(exc), 0, 0.0))
                continue
            outcomes.append((index, "ok", text, prepared.transcript.words,
                             time.perf_counter() - started))
    return outcomes


def _batches(run: Run, todos: dict[int, Todo]) -> Iterator[Event | list[Item]]:
    """Skip/fail events as they come, and batches of inputs to send."""
    batch: list[Item] = []
    size = 0
    for step in run.plan():
        if isinstance(step, Event):
            yield step
            continue
        todos[step.index] = step
        batch.append((step.index, step.item.source, step.data))
        size += len(step.data)
        step.data = b""
        if len(batch) >= BATCH_FILES or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def run_dask(
    run: Run, *, jobs: int | None = None, scheduler: str | None = None, fail_fast: bool = False
) -> Iterator[Event]:
    """The dask engine: same events, same outputs as :func:`.runner.run_local`."""
    distributed = _import_distributed()
    todos: dict[int, Todo] = {}
    source = _batches(run, todos)
    first = next(source, None)
    while isinstance(first, Event):  # nothing to send yet: no cluster needed for skips
        yield first
        if first.kind == "fail" and fail_fast:
            run.result.stopped = True
            return
        first = next(source, None)
    if first is None:
        return

    # Validate the gazetteers/themes (and the model's name) here, so a bad option is one usage
    # error rather than a failure of every input.
    run.options.language()
    run.model_key  # noqa: B018 - resolves the label, loading the pipeline only if it must

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
        workers = max(1, len(client.scheduler_info().get("workers", {})) or (jobs or 2))
        limit = workers * IN_FLIGHT_PER_WORKER
        queue = distributed.as_completed()
        in_flight = 0
        pending_steps = [first]

        def submit(batch: list[Item]) -> None:
            nonlocal in_flight
            queue.add(client.submit(process_batch, batch, run.options, run.fmt, pure=False))
            in_flight += 1

        def fill() -> Iterator[Event]:
            while in_flight < limit:
                step = pending_steps.pop() if pending_steps else next(source, None)
                if step is None:
                    return
                if isinstance(step, Event):
                    yield step
                    continue
                submit(step)

        stop = False
        for event in fill():
            yield event
            if event.kind == "fail" and fail_fast:
                stop = True
                break
        while in_flight and not stop:
            future = next(queue)
            in_flight -= 1
            for index, status, payload, words, seconds in future.result():
                todo = todos.pop(index)
                if status == "ok":
                    event = run.completed(todo, payload, words, seconds)
                else:
                    event = run.failed(todo.item, payload)
                yield event
                if event.kind == "fail" and fail_fast:
                    stop = True
                    break
            if stop:
                break
            for event in fill():
                yield event
                if event.kind == "fail" and fail_fast:
                    stop = True
                    break
        if stop:
            run.result.stopped = True
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
