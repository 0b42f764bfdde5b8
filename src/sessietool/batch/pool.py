"""Whole inputs processed in worker processes: the ``--jobs N`` engine and the Dask engine's core.

Why not only ``nlp.pipe(n_process=N)``: that parallelises the spaCy pipeline, but reading,
the extractors and serialising stay in the main process, and they are a large part of the work
per session (profiled: ~85 % with ``blank:nl``, a quarter to a third with the bundled model), so
the main process would cap the speed-up (Amdahl). Here each worker does it all for a batch of
inputs -- prepare, pipe the chunks through its own pipeline (loaded once per worker: inherited
when the pool forks, else loaded by the worker's first task), summarise and serialise -- inside
``nlp.memory_zone()``; the main process only reads, hashes, writes and keeps the manifest. The
same :func:`process_batch` runs on Dask workers.

At most :data:`IN_FLIGHT_PER_WORKER` batches per worker are submitted at a time, so memory stays
bounded however many inputs there are.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

from .records import Event, Todo, reason_of
from .run import Run, render

if TYPE_CHECKING:  # pragma: no cover
    from ..api import Options

IN_FLIGHT_PER_WORKER = 2

# (index, source, data) in; (index, "ok" | "fail", text or reason, words, seconds) out.
Item = tuple[int, str, bytes]
Outcome = tuple[int, str, str, int, float]


@lru_cache(maxsize=4)
def worker_pipeline(options: Options) -> tuple[Any, str, Any]:
    """The pipeline, its label and the language data, loaded once per process."""
    from ..nlp.loading import model_label

    nlp = options.pipeline()
    return nlp, model_label(nlp), options.language()


def process_batch(items: list[Item], options: Options, fmt: str) -> list[Outcome]:
    """Prepare, parse, summarise and serialise each input of a batch (in a worker)."""
    from ..api import parse, prepare

    nlp, label, language = worker_pipeline(options)
    outcomes: list[Outcome] = []
    with nlp.memory_zone():
        for index, source, data in items:
            started = time.perf_counter()
            try:
                prepared = prepare(source, data=data, options=options)
                features = parse(nlp, prepared)
                text = render(prepared, features, label=label, language=language, fmt=fmt)
            except Exception as exc:  # noqa: BLE001 - reported per input
                outcomes.append((index, "fail", reason_of(exc), 0, 0.0))
                continue
            outcomes.append((index, "ok", text, prepared.transcript.words,
                             time.perf_counter() - started))
    return outcomes


def batches(
    run: Run, todos: dict[int, Todo], *, max_files: int, max_bytes: int
) -> Iterator[Event | list[Item]]:
    """Skip/fail events as they come, and batches of inputs to send to workers."""
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
        if len(batch) >= max_files or size >= max_bytes:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


class Completed(Protocol):
    """``distributed.as_completed`` or :class:`FuturesDone`: add futures, iterate finished."""

    def add(self, future: Any) -> None: ...

    def __next__(self) -> Any: ...


class FuturesDone:
    """``as_completed`` for :mod:`concurrent.futures`, fed as we go."""

    def __init__(self) -> None:
        self.futures: set[Any] = set()

    def add(self, future: Any) -> None:
        self.futures.add(future)

    def __next__(self) -> Any:
        from concurrent.futures import FIRST_COMPLETED, wait

        if not self.futures:
            raise StopIteration
        done, _ = wait(self.futures, return_when=FIRST_COMPLETED)
        future = min(done, key=id)
        self.futures.discard(future)
        return future


def drive(
    run: Run,
    source: Iterator[Event | list[Item]],
    todos: dict[int, Todo],
    *,
    submit: Callable[[list[Item]], Any],
    completed: Completed,
    limit: int,
    fail_fast: bool,
) -> Iterator[Event]:
    """Keep up to ``limit`` batches in flight; turn their outcomes into written outputs."""
    in_flight = 0
    stop = False
    batch_of: dict[Any, list[int]] = {}  # the input indices of each batch in flight

    def fill() -> Iterator[Event]:
        nonlocal in_flight
        while in_flight < limit:
            step = next(source, None)
            if step is None:
                return
            if isinstance(step, Event):
                yield step
                continue
            try:
                future = submit(step)
            except Exception as exc:  # noqa: BLE001 - a broken pool fails these inputs only
                yield from lost([i for i, _s, _d in step], exc)
                continue
            batch_of[future] = [i for i, _s, _d in step]
            completed.add(future)
            in_flight += 1

    def lost(indices: list[int], exc: BaseException) -> Iterator[Event]:
        """The inputs of a batch whose worker failed (killed, out of memory): each one fails."""
        reason = f"worker failed: {reason_of(exc)}"
        for index in indices:
            yield run.failed(todos.pop(index).item, reason)

    def fails(event: Event) -> bool:
        return event.kind == "fail" and fail_fast

    for event in fill():
        yield event
        if fails(event):
            stop = True
            break
    while in_flight and not stop:
        future = next(completed)
        in_flight -= 1
        batch = batch_of.pop(future, [])
        try:
            outcomes = future.result()
        except Exception as exc:  # noqa: BLE001 - reported per input
            outcomes = []
            for event in lost([i for i in batch if i in todos], exc):
                yield event
                if fails(event):
                    stop = True
                    break
        for index, status, payload, words, seconds in outcomes:
            todo = todos.pop(index)
            if status == "ok":
                event = run.completed(todo, payload, words, seconds)
            else:
                event = run.failed(todo.item, payload)
            yield event
            if fails(event):
                stop = True
                break
        if stop:
            break
        for event in fill():
            yield event
            if fails(event):
                stop = True
                break
    if stop:
        run.result.stopped = True


def run_pool(run: Run, *, jobs: int, fail_fast: bool, max_files: int = 4,
             max_bytes: int = 400_000) -> Iterator[Event]:
    """The local engine with ``jobs`` worker processes, each doing whole inputs."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from itertools import chain

    todos: dict[int, Todo] = {}
    source = batches(run, todos, max_files=max_files, max_bytes=max_bytes)
    first = yield from until_first(source, run, fail_fast)  # no pool, no spaCy before work
    if first is None:
        return
    run.options.language()  # a bad gazetteer/theme file is one error, not one per input
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods:
        # Load the pipeline here: forked workers share it instead of each loading a copy.
        worker_pipeline(run.options)
        context = multiprocessing.get_context("fork")
    else:  # pragma: no cover - Windows/macOS spawn: each worker loads it on its first task
        context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        def submit(batch: list[Item]) -> Any:
            return pool.submit(process_batch, batch, run.options, run.fmt)

        try:
            yield from drive(run, chain([first], source), todos, submit=submit,
                             completed=FuturesDone(), limit=jobs * IN_FLIGHT_PER_WORKER,
                             fail_fast=fail_fast)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def until_first(source: Iterable[Any], run: Run, fail_fast: bool) -> Generator[Event, None, Any]:
    """Pass on the skips and failures that come before the first batch of work, and return that
    batch (None when there is none, or when --fail-fast stopped the run)."""
    for step in source:
        if isinstance(step, Event):
            yield step
            if step.kind == "fail" and fail_fast:
                run.result.stopped = True
                return None
            continue
        return step
    return None
