"""Run many sessions in one go: stream them through ``nlp.pipe``, write one summary per input.

``run_batch`` is a generator of :class:`Event` objects (``start``, then one ``ok``/``skip``/``fail``
per input, then ``done`` carrying the :class:`BatchResult`); the CLI turns them into a progress bar
or log lines, a library caller can do what it likes with them.

How the in-process engine (``jobs=1``) keeps throughput up and memory flat (for ``jobs > 1``
see :mod:`.pool`, for Dask :mod:`.dask_engine`; both share :class:`Run` with it):

* inputs are read, hashed and prepared lazily, one after the other, as ``nlp.pipe`` asks for
  texts; unchanged inputs (see :mod:`.manifest`) are skipped without loading spaCy at all;
* each input's chunks go through ``nlp.pipe(texts, n_process=jobs, batch_size=...)``; their
  ``(input index, chunk index)`` context rides in a FIFO beside the stream (nlp.pipe keeps the
  order) and the chunks' Docs are joined back into one Doc per input;
* inputs are processed in groups of at most :data:`GROUP_DOCS` inputs or :data:`GROUP_CHARS`
  characters, each group inside ``nlp.memory_zone()`` (and, with ``parallel="spacy"``, with
  its own ``n_process`` workers), so the vocabulary's strings and the workers do not grow
  over a long run;
* outputs are written atomically as soon as an input is complete, and the manifest is updated
  as inputs complete.

A per-input problem (unreadable, binary, undecodable file, a bug in an extractor, a failed write)
becomes a ``fail`` event and the batch goes on; with ``fail_fast`` the batch stops after the
first one. Problems that concern the whole run (model not found, invalid gazetteer) are raised
as :class:`~sessietool.errors.SessietoolError`.
"""
from __future__ import annotations

import hashlib
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from .. import __version__
from ..extract.features import Features
from .discover import Input, discover
from .manifest import Entry, Manifest, identify_model, options_fingerprint

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

    from ..api import Options, Prepared
    from ..language import LanguageData

# Inputs per memory zone (and per set of worker processes when jobs > 1).
GROUP_DOCS = 500
GROUP_CHARS = 8_000_000
# Characters per nlp.pipe batch; the batch size in documents is derived from the inputs' average
# size. Measured with benchmarks/bench_throughput.py --batch-sweep (see the README, "Speed").
BATCH_CHARS = 20_000
MAX_BATCH = 256


@dataclass
class BatchResult:
    """What a batch did: processed, skipped and failed inputs, words analysed, wall time."""

    total: int = 0
    processed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0
    stopped: bool = False  # fail_fast stopped the batch early

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total, "processed": len(self.processed), "skipped": len(self.skipped),
            "failed": len(self.failed), "words": self.words, "seconds": round(self.seconds, 3),
            "stopped": self.stopped, "failures": [{"path": p, "reason": r} for p, r in self.failed],
        }


@dataclass(frozen=True)
class Event:
    """One step of a batch: ``start`` (``total`` inputs), ``ok``/``skip``/``fail`` for an input,
    ``done`` (with ``result``)."""

    kind: str
    source: str = ""
    output: str | None = None
    words: int = 0
    reason: str = ""
    seconds: float = 0.0
    total: int = 0
    result: BatchResult | None = None

    def to_dict(self) -> dict[str, Any]:
        if self.kind == "start":
            return {"event": "start", "total": self.total}
        if self.kind == "done":
            return {"event": "done", **(self.result.to_dict() if self.result else {})}
        data: dict[str, Any] = {"event": self.kind, "path": self.source}
        if self.kind == "ok":
            data.update(output=self.output, words=self.words, seconds=round(self.seconds, 3))
        elif self.kind == "skip":
            data.update(output=self.output, reason=self.reason)
        else:
            data.update(reason=self.reason)
        return data


@dataclass
class Todo:
    """An input that has to be (re)processed, with its bytes already read."""

    index: int
    item: Input
    output: str
    data: bytes
    sha256: str


def reason_of(exc: BaseException) -> str:
    """An error's message without the leading ``path: `` (the event names the path)."""
    from ..errors import SessietoolError

    text = str(exc)
    if isinstance(exc, SessietoolError):
        if exc.path and text.startswith(f"{exc.path}: "):
            return text[len(exc.path) + 2:]
        return text
    return f"internal error: {type(exc).__name__}: {text}"


def manifest_output(name: object, suffix: str) -> str | None:
    """A name the manifest records as an output, if it is one this run may write: a plain file
    name in the output folder with the run's suffix (not absolute, no folder part, not hidden,
    not too long); anything else (``/etc/x.yaml``, ``../x.yaml``, ``5``) is ignored and the input
    gets a fresh name, as if it had no entry."""
    if not isinstance(name, str) or not name.endswith(f".{suffix}") or name.startswith("."):
        return None
    if "/" in name or "\\" in name or "\0" in name or Path(name).name != name:
        return None
    if len(name.encode("utf-8", "surrogateescape")) > 255:
        return None
    return name


def output_names(
    inputs: Sequence[Input], out_dir: Path, fmt: str, manifest: Manifest
) -> list[str]:
    """A distinct output file name per input, stable across runs.

    Names recorded in the manifest for inputs of this run are kept (when valid, see
    :func:`manifest_output`); outputs recorded for other inputs (earlier runs over other folders)
    are not overwritten; inputs with the same stem from different folders get a short hash
    suffix (:func:`sessietool.output.output_path`).
    """
    from ..output import output_path

    suffix = "yaml" if fmt == "yaml" else "json"
    keys = {item.key for item in inputs}
    taken: set[Path] = set()
    for key, entry in manifest.entries.items():
        name = manifest_output(entry.get("output") if isinstance(entry, dict) else None, suffix)
        if key not in keys and name and (out_dir / name).is_file():
            taken.add(out_dir / name)
    names: list[str | None] = [None] * len(inputs)
    for i, item in enumerate(inputs):  # first the names earlier runs gave these inputs
        name = manifest_output(manifest.output_of(item.key), suffix)
        if name and out_dir / name not in taken:
            taken.add(out_dir / name)
            names[i] = name
    for i, item in enumerate(inputs):
        if names[i] is None:
            source = "stdin" if item.is_stdin else item.source
            names[i] = output_path(out_dir, source, fmt, taken).name
    return [n or "" for n in names]


def batch_size_for(avg_chars: float) -> int:
    """Documents per ``nlp.pipe`` batch for inputs of this average size."""
    return max(1, min(MAX_BATCH, int(BATCH_CHARS // max(avg_chars, 1.0))))


def render(
    prepared: Prepared, doc: Doc | Features, *, label: str, language: LanguageData, fmt: str
) -> str:
    """The output text of one parsed session."""
    from ..api import summarise
    from ..output import dumps

    return dumps(summarise(prepared, doc, model=label, language=language).to_dict(), fmt)


class Run:
    """State shared by the engines: inputs, output names, manifest, result."""

    def __init__(
        self, inputs: Sequence[Input], out_dir: Path, options: Options, *, fmt: str,
        force: bool, stdin: BinaryIO | None = None,
    ) -> None:
        self.inputs = list(inputs)
        self.out_dir = Path(out_dir)
        self.options = options
        self.fmt = fmt
        self.force = force
        self.stdin = stdin
        self.manifest = Manifest.load(self.out_dir)
        self.names = output_names(self.inputs, self.out_dir, fmt, self.manifest)
        self.tool = f"sessietool {__version__}"
        model = identify_model(options.model)
        self._model_key = model.label if model else None
        self.fingerprint = options_fingerprint(
            gazetteers=options.gazetteers, themes=options.themes, fmt=fmt,
            model_meta=model.meta_sha256 if model else "",
        )
        self.result = BatchResult(total=len(self.inputs))
        self.started = time.perf_counter()
        self._nlp: Language | None = None
        self._label = ""
        self.manifest_failed = False
        self.warnings: list[Event] = []  # reported as the batch goes (see manifest_step)

    # -- the pipeline, loaded only when an input has to be processed ----------------------------
    def pipeline(self) -> Language:
        if self._nlp is None:
            from ..nlp.loading import model_label

            self._nlp = self.options.pipeline()
            self._label = model_label(self._nlp)
        return self._nlp

    @property
    def label(self) -> str:
        self.pipeline()
        return self._label

    @property
    def model_key(self) -> str:
        """The model as the manifest records it (known without loading it, where possible)."""
        if self._model_key is None:
            self._model_key = self.label
        return self._model_key

    def avg_chars(self) -> float:
        sizes = []
        for item in self.inputs:
            try:
                sizes.append(os.stat(item.source).st_size)
            except (OSError, ValueError):
                continue
        return sum(sizes) / len(sizes) if sizes else 10_000.0

    # -- planning: read and hash each input, skip unchanged ones --------------------------------
    def entry(self, todo: Todo) -> Entry:
        return Entry(source=todo.item.source, sha256=todo.sha256, output=todo.output,
                     tool=self.tool, model=self.model_key, options=self.fingerprint)

    def plan(self) -> Iterator[Event | Todo]:
        """Per input, lazily: a ``skip`` or ``fail`` event, or a :class:`Todo`."""
        from ..api import read_bytes
        from ..errors import InputError, SessietoolError

        for index, item in enumerate(self.inputs):
            if item.error:
                yield self.failed(item, item.error)
                continue
            try:
                if item.is_stdin:
                    data = (self.stdin or sys.stdin.buffer).read()
                else:
                    data = read_bytes(item.source, self.options.max_size)
                todo = Todo(index, item, self.names[index], data,
                            hashlib.sha256(data).hexdigest())
                current = (not self.force and not item.is_stdin
                           and self.manifest.is_current(item.key, self.entry(todo)))
            except InputError as exc:
                yield self.failed(item, reason_of(exc))
                continue
            except SessietoolError:  # about the whole run (the model is not installed)
                raise
            except Exception as exc:  # noqa: BLE001 - one input (a NUL in its name...) fails alone
                yield self.failed(item, reason_of(exc))
                continue
            if current:
                self.result.skipped.append(item.source)
                yield Event("skip", item.source, output=str(self.out_dir / todo.output),
                            reason="unchanged")
                continue
            yield todo

    # -- completing an input ---------------------------------------------------------------------
    def failed(self, item: Input, reason: str) -> Event:
        self.result.failed.append((item.source, reason))
        if not item.is_stdin:
            self.manifest.forget(item.key)
        return Event("fail", item.source, reason=reason)

    def completed(self, todo: Todo, text: str, words: int, seconds: float) -> Event:
        """Write the output atomically under a name no other input's output holds
        (:func:`.claim.write_claimed`) and record it in the manifest."""
        from ..errors import SessietoolError
        from .claim import write_claimed

        path = self.out_dir / todo.output
        owned = not todo.item.is_stdin and self.manifest.output_of(todo.item.key) == todo.output
        try:
            path = write_claimed(path, text, source=todo.item.source, key=todo.item.key,
                                 owned=owned)
        except SessietoolError as exc:
            return self.failed(todo.item, reason_of(exc))
        todo.output = path.name
        if not todo.item.is_stdin:
            self.manifest_step(self.manifest.record, todo.item.key, self.entry(todo))
        self.result.processed.append(todo.item.source)
        self.result.words += words
        return Event("ok", todo.item.source, output=str(path), words=words, seconds=seconds)

    def manifest_step(self, step: Callable[..., None], *args: Any) -> None:
        """A manifest update or write; a failed write (full disk, the manifest path is a folder)
        becomes one ``warning`` event and the batch goes on (re-runs then redo the work)."""
        from ..errors import SessietoolError

        try:
            step(*args)
        except (SessietoolError, OSError, ValueError) as exc:
            if not self.manifest_failed:
                self.manifest_failed = True
                self.warnings.append(Event(
                    "warning", str(self.manifest.path),
                    reason=f"cannot write the manifest ({reason_of(exc)}); "
                    "outputs are written, but the next run cannot skip them"))

    def finish(self) -> Event:
        self.manifest_step(self.manifest.flush)
        self.result.seconds = time.perf_counter() - self.started
        return Event("done", total=self.result.total, result=self.result)


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
    parallel: str = "processes",
) -> Iterator[Event]:
    """Summarise every input into ``out_dir``; yields :class:`Event` objects as it goes.

    ``inputs`` are paths, folders, glob patterns or ``-`` (expanded by :func:`.discover.discover`)
    or already discovered :class:`Input` objects. ``engine`` is ``local`` or ``dask`` (see
    :mod:`.dask_engine`). Locally, ``jobs > 1`` runs ``jobs`` worker processes that each handle
    whole inputs (:mod:`.pool`, the default, ``parallel="processes"``) or, with
    ``parallel="spacy"``, pipes in this process through ``nlp.pipe(n_process=jobs)`` (only the
    spaCy pipeline in parallel; kept for comparison in the benchmarks).
    """
    from ..api import Options

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
        elif engine == "local" and jobs > 1 and parallel == "processes":
            from .pool import run_pool

            events = run_pool(run, jobs=jobs, fail_fast=fail_fast)
        elif engine == "local":
            events = run_local(run, jobs=max(1, jobs), fail_fast=fail_fast)
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


def output_folder(out_dir: Path | str) -> Path:
    """The output folder, created if needed; :class:`~sessietool.errors.OutputError` (one line,
    no traceback) when it cannot be: an empty name, a file or device (``/dev/null``), a
    dangling symlink, a path below a file (``afile/sub``), no permission."""
    from ..errors import UsageError

    if str(out_dir) == "":
        raise UsageError(detail="the output folder must not be empty (use -o . for this folder)")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        kind = "a dangling symlink" if out.is_symlink() and not out.exists() else "not a folder"
        raise UsageError(out, f"cannot use as the output folder: {kind}") from None
    except (OSError, RuntimeError) as exc:
        raise UsageError(out, "cannot create the output folder: "
                          f"{getattr(exc, 'strerror', None) or exc}") from None
    if not out.is_dir():  # pragma: no cover - mkdir(exist_ok=True) succeeded on a non-folder
        raise UsageError(out, "cannot use as the output folder: not a folder")
    return out


@dataclass
class _Pending:
    """An input whose chunks are on their way through nlp.pipe; each Doc is folded into the
    features as it arrives (in order) and freed, so a long input never holds all its Docs."""

    todo: Todo
    prepared: Prepared
    chunks: int
    features: Features = field(default_factory=Features)
    received: int = 0
    offset: int = 0
    started: float = 0.0


def run_local(run: Run, *, jobs: int, fail_fast: bool) -> Iterator[Event]:
    """The local engine: ``nlp.pipe`` over every input's chunks, in memory-zone groups."""
    from ..api import prepare

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
                prepared = prepare(step.item.source, data=step.data, options=run.options)
            except Exception as exc:  # noqa: BLE001 - one failing input must not stop the batch
                note(run.failed(step.item, reason_of(exc)))
                if state["stop"]:
                    return
                continue
            step.data = b""  # the bytes are no longer needed
            chunks = prepared.chunks or [""]
            pending[step.index] = _Pending(step, prepared, len(chunks), started=started)
            for j, chunk in enumerate(chunks):
                contexts.append((step.index, j, len(chunk)))
                yield chunk
            docs += 1
            chars += len(prepared.text)
            if docs >= GROUP_DOCS or chars >= GROUP_CHARS:
                return
        state["exhausted"] = True

    def complete(p: _Pending, nlp: Language) -> Event:
        try:
            text = render(p.prepared, p.features, label=run.label, language=run.options.language(),
                          fmt=run.fmt)
        except Exception as exc:  # noqa: BLE001 - reported per input
            return run.failed(p.todo.item, reason_of(exc))
        return run.completed(p.todo, text, p.prepared.transcript.words,
                             time.perf_counter() - p.started)

    def isolated(p: _Pending, nlp: Language) -> Event:
        """An input of a group whose ``nlp.pipe`` raised, parsed again on its own: it fails alone
        (or succeeds), and the rest of the batch goes on."""
        from ..api import parse

        try:
            p.features = parse(nlp, p.prepared)
        except Exception as exc:  # noqa: BLE001 - reported per input
            return run.failed(p.todo.item, reason_of(exc))
        return complete(p, nlp)

    while not state["exhausted"] and not state["stop"]:
        group = feed()
        first = next(group, None)
        yield from _drain(side)
        if first is None:
            break
        nlp = run.pipeline()
        run.options.language()  # load (and validate) the gazetteers/themes once, up front
        with nlp.memory_zone():
            stream = nlp.pipe(chain([first], group), n_process=jobs, batch_size=batch_size)
            try:
                for doc in stream:
                    index, _j, length = contexts.popleft()
                    if len(doc.text) != length:  # pragma: no cover - nlp.pipe keeps the order
                        raise RuntimeError("nlp.pipe returned documents out of order")
                    p = pending[index]
                    p.features.extend(Features.of(doc, p.offset))
                    p.offset += length
                    p.received += 1
                    if p.received == p.chunks:
                        del pending[index]
                        event = complete(p, nlp)
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


def collect(events: Iterable[Event], on_event: Callable[[Event], None] | None = None
            ) -> BatchResult:
    """Consume a batch's events (calling ``on_event`` for each) and return its result."""
    result = BatchResult()
    for event in events:
        if on_event is not None:
            on_event(event)
        if event.kind == "done" and event.result is not None:
            result = event.result
    return result
