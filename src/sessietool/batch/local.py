"""The in-process engine (``jobs=1``): every input's chunks streamed through one ``nlp.pipe``.

``run_batch`` is a generator of :class:`Event` objects (``start``, then one ``ok``/``skip``/``fail``
per input, then ``done`` carrying the :class:`BatchResult`); the CLI turns them into a progress bar
or log lines, a library caller can do what it likes with them.

How the in-process engine (``jobs=1``) keeps throughput up and memory flat (for ``jobs > 1``
see :mod:`.pool`, for Dask :mod:`.dask_engine`; both share :class:`Run` with it):

* inputs are read, hashed and prepared lazily, one after the other, as ``nlp.pipe`` asks for
  texts; unchanged inputs (see :mod:`.manifest`) are skipped without loading spaCy at all;
* each input's chunks go through ``nlp.pipe(texts, batch_size=...)`` (a chunk that is not
  prose through the rule-based components only: :mod:`sessietool.nlp.bounded`); their
  ``(input index, chunk index)`` context rides in a FIFO beside the stream (nlp.pipe keeps the
  order) and the chunks' Docs are joined back into one Doc per input;
* inputs are processed in groups of at most :data:`GROUP_DOCS` inputs or :data:`GROUP_CHARS`
  characters, each group inside ``nlp.memory_zone()``, so the vocabulary's strings do not grow
  over a long run;
* outputs are written atomically as soon as an input is complete, and the manifest is updated
  as inputs complete.

A per-input problem (unreadable, binary, undecodable file, a bug in an extractor, a failed write)
becomes a ``fail`` event and the batch goes on; with ``fail_fast`` the batch stops after the
first one. Problems that concern the whole run (model not found, invalid gazetteer) are raised
as :class:`~sessietool.errors.SessietoolError`.
"""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from typing import TYPE_CHECKING

from ..nlp import bounded
from ..nlp.features import Fold
from .records import Event, Todo, reason_of
from .run import Run, render

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

    from ..api import Prepared

# Inputs per memory zone.
GROUP_DOCS = 500
GROUP_CHARS = 8_000_000
# Characters per nlp.pipe batch; the batch size in documents is derived from the inputs' average
# size. Measured with benchmarks/bench_throughput.py --batch-sweep (see the README, "Speed").
BATCH_CHARS = 20_000
MAX_BATCH = 256


def batch_size_for(avg_chars: float) -> int:
    """Documents per ``nlp.pipe`` batch for inputs of this average size."""
    return max(1, min(MAX_BATCH, int(BATCH_CHARS // max(avg_chars, 1.0))))


@dataclass
class _Pending:
    """An input whose chunks are on their way through nlp.pipe; each Doc is folded into the
    features as it arrives (in order) and freed, so a long input never holds all its Docs."""

    todo: Todo
    prepared: Prepared
    chunks: int
    fold: Fold = field(default_factory=Fold)
    received: int = 0
    started: float = 0.0


def run_local(run: Run, *, fail_fast: bool) -> Iterator[Event]:
    """The local engine: ``nlp.pipe`` over every input's chunks, in memory-zone groups."""
    plan = run.plan()
    side: deque[Event] = deque()  # events produced while nlp.pipe pulls texts
    pending: dict[int, _Pending] = {}
    contexts: deque[tuple[int, int, int]] = deque()
    state = {"exhausted": False, "stop": False}
    batch_size = batch_size_for(run.avg_chars())

    def note(event: Event) -> None:
        side.append(event)
        if event.kind == "fail" and fail_fast:
            state["stop"] = True

    def feed() -> Iterator[str]:
        """The next group's chunks, preparing inputs as nlp.pipe asks for texts.

        Each chunk's ``(input index, chunk index, length)`` goes into ``contexts``: nlp.pipe
        keeps the order of its texts, and plain texts (rather than ``as_tuples=True``) let the
        worker processes tokenise, where ``as_tuples`` makes the main process do it."""
        docs = chars = 0
        for step in plan:
            if state["stop"]:
                return
            if isinstance(step, Event):
                note(step)
                if state["stop"]:
                    return
                continue
            started = time.perf_counter()
            try:
                from ..api import prepare

                prepared = prepare(step.item.source, data=step.data, options=run.options)
            except Exception as exc:  # noqa: BLE001 - one failing input must not stop the batch
                note(run.failed(step.item, reason_of(exc)))
                if state["stop"]:
                    return
                continue
            step.data = b""  # the bytes are no longer needed
            chunks = prepared.pipe_texts
            pending[step.index] = _Pending(step, prepared, len(chunks), started=started)
            for j, chunk in enumerate(chunks):
                contexts.append((step.index, j, len(chunk)))
                yield chunk
            docs += 1
            chars += len(prepared.text)
            if docs >= GROUP_DOCS or chars >= GROUP_CHARS:
                return
        state["exhausted"] = True

    def complete(p: _Pending) -> Event:
        try:
            text = render(p.prepared, p.fold.features, label=run.label,
                          language=run.options.language(), fmt=run.fmt)
        except Exception as exc:  # noqa: BLE001 - reported per input
            return run.failed(p.todo.item, reason_of(exc))
        return run.completed(p.todo, text, p.prepared.transcript.words,
                             time.perf_counter() - p.started)

    def isolated(p: _Pending, nlp: Language) -> Event:
        """An input of a group whose ``nlp.pipe`` raised, parsed again on its own: it fails alone
        (or succeeds), and the rest of the batch goes on."""
        from ..api import parse

        try:
            p.fold = Fold()
            p.fold.features = parse(nlp, p.prepared)
        except Exception as exc:  # noqa: BLE001 - reported per input
            return run.failed(p.todo.item, reason_of(exc))
        return complete(p)

    while not state["exhausted"] and not state["stop"]:
        group = feed()
        first = next(group, None)
        yield from _drain(side)
        if first is None:
            break
        nlp = run.pipeline()
        run.options.language()  # load (and validate) the gazetteers/themes once, up front
        with nlp.memory_zone():
            stream = bounded.pipe(nlp, chain([first], group), batch_size=batch_size)
            try:
                for doc in stream:
                    index, _j, length = contexts.popleft()
                    if len(doc.text) != length:  # pragma: no cover - nlp.pipe keeps the order
                        raise RuntimeError("nlp.pipe returned documents out of order")
                    p = pending[index]
                    p.fold.add(doc)
                    p.received += 1
                    if p.received == p.chunks:
                        del pending[index]
                        event = complete(p)
                        if event.kind == "fail":
                            note(event)
                        else:
                            side.append(event)
                    yield from _drain(side)
                    if state["stop"]:
                        break
            except Exception:  # noqa: BLE001 - the pipe failed on some input: find which
                for p in list(pending.values()):
                    note(isolated(p, nlp))
                    if state["stop"]:
                        break
            finally:
                close = getattr(stream, "close", None)
                if close is not None:
                    close()
                pending.clear()
                contexts.clear()
        yield from _drain(side)
    if state["stop"]:
        run.result.stopped = True
    yield from _drain(side)


def _drain(side: deque[Event]) -> Iterator[Event]:
    while side:
        yield side.popleft()
