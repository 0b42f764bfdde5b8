"""The state of one batch run, shared by every engine: inputs, output names, manifest, result;
planning (read, hash, skip unchanged inputs) and completing (write, record) an input."""
from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from .. import __version__
from ..nlp.loading import identify_model
from .discover import Input
from .manifest import Entry, Manifest, options_fingerprint
from .naming import output_names
from .records import BatchResult, Event, Todo, reason_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

    from ..api import Options, Prepared
    from ..language import LanguageData
    from ..nlp.features import Features


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
        from ..errors import InputError, SessietoolError
        from ..inputs import read_input

        for index, item in enumerate(self.inputs):
            if item.error:
                yield self.failed(item, item.error)
                continue
            try:
                if item.is_stdin:
                    data = (self.stdin or sys.stdin.buffer).read()
                else:
                    data = read_input(item.source, self.options.max_size)
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
