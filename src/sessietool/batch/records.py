"""What a batch reports: the :class:`Event` of each step, the :class:`BatchResult` of the run,
the :class:`Todo` of an input to process, and how a problem reads (:func:`reason_of`)."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .discover import Input


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
