"""Summaries streamed to one text stream (``extract --stdout``), in input order.

JSON: one object a line (JSON Lines). YAML: one document per input, documents separated by
``---`` lines (``yaml.safe_load_all`` reads them back). Inputs are read and summarised one after
the other with one loaded pipeline; a failing input is reported through ``on_error`` and the
stream goes on (or stops, with ``fail_fast``). Nothing is written to disk.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, BinaryIO, TextIO

from .discover import Input

if TYPE_CHECKING:  # pragma: no cover
    from ..api import Options

SEPARATOR = "---\n"


def document(data: dict, fmt: str, *, lines: bool) -> str:
    """One input's text in the stream: a JSON line, or a YAML document (or pretty JSON when
    ``lines`` is false, as for a single summary on stdout)."""
    from ..output import dumps

    if fmt == "json" and lines:
        return json.dumps(data, ensure_ascii=False) + "\n"
    return dumps(data, fmt)


def stream_summaries(
    inputs: Sequence[Input], options: Options, out: TextIO, *, fmt: str = "yaml",
    lines: bool = True, fail_fast: bool = False,
    on_error: Callable[[Input, str], None] | None = None, stdin: BinaryIO | None = None,
) -> int:
    """Write every input's summary to ``out`` in order; returns the number that failed."""
    from ..api import parse, prepare, read_bytes, summarise
    from ..errors import InputError, SessietoolError
    from ..nlp.loading import model_label
    from .records import reason_of

    failed = 0
    written = 0
    nlp = None
    for item in inputs:
        try:
            if item.error:
                raise InputError(item.source, item.error)
            data = ((stdin or sys.stdin.buffer).read() if item.is_stdin
                    else read_bytes(item.source, options.max_size))
            prepared = prepare(item.source, data=data, options=options)
            if nlp is None:
                nlp = options.pipeline()
            summary = summarise(prepared, parse(nlp, prepared), model=model_label(nlp),
                                language=options.language())
        except Exception as exc:  # noqa: BLE001 - one failing input must not stop the stream
            if isinstance(exc, SessietoolError) and not isinstance(exc, InputError):
                raise  # the model, a gazetteer: the whole run is wrong
            failed += 1
            if on_error is not None:
                on_error(item, reason_of(exc))
            if fail_fast:
                break
            continue
        if written and fmt == "yaml":
            out.write(SEPARATOR)
        out.write(document(summary.to_dict(), fmt, lines=lines))
        out.flush()
        written += 1
    return failed
