"""Every input format into one :class:`~sessietool.transcript.Transcript`.

``read_transcript`` checks the file (exists, not too large, not empty, not binary), decodes text,
detects the format from the content (the extension is only a hint) and dispatches through
:data:`READERS` (text formats) or :data:`BINARY_READERS` (docx, pdf).

What extractors can rely on, for every format:

* every segment's ``line_map`` maps each character back to its 1-based source line (docx: the
  paragraph or table row index; pdf: the line of the extracted text);
* ``turn`` segments (transcript, vtt, srt, Teams docx) carry ``speaker`` exactly as written, one
  segment per header (transcript) or per run of cues by one speaker (vtt/srt); ``start``/``end``
  are seconds where the source gives times;
* ``heading`` segments hold a heading's text; ``list_item`` one list item or one table row
  (cells joined by `` | ``, header row dropped); ``text`` a paragraph: reflowed with spaces for
  reports and PDFs, lines kept apart with ``\n`` for Markdown minutes and transcript turns;
* typographic quotes and ``Naam: tekst`` lines in minutes are left for the extractors.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import (
    BinaryInput,
    EmptyInput,
    InputError,
    MalformedInput,
    UnsupportedFormat,
)
from ..inputs import DEFAULT_MAX_SIZE, SUPPORTED_SUFFIXES, check_size, read_input
from ..transcript import FORMATS, Transcript
from . import sniff
from .agenda import agenda_items
from .decode import decode_bytes
from .detect import VTT_HEADER, detect_format
from .docx import read_docx
from .markdown import read_markdown
from .pdf import read_pdf
from .report import read_report
from .srt import read_srt
from .transcript import read_transcript_text
from .vtt import read_vtt

__all__ = [
    "BINARY_READERS",
    "DEFAULT_MAX_SIZE",
    "READERS",
    "SUPPORTED_SUFFIXES",
    "decode_bytes",
    "detect_format",
    "read_input",
    "read_transcript",
]

SUPPORTED = ", ".join(SUPPORTED_SUFFIXES)

READERS: dict[str, Callable[[str], Transcript]] = {
    "report": read_report,
    "transcript": read_transcript_text,
    "markdown": read_markdown,
    "vtt": read_vtt,
    "srt": read_srt,
}
BINARY_READERS: dict[str, Callable[[bytes], Transcript]] = {
    "docx": read_docx,
    "pdf": read_pdf,
}
# A file with one of these extensions must hold that format.
STRICT_SUFFIXES = {".vtt": "vtt", ".srt": "srt"}


def read_transcript(
    source: str | Path,
    *,
    data: bytes | None = None,
    format: str | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
) -> Transcript:
    """Read a session file (or ``data``, e.g. stdin with source ``"-"``) into a Transcript.

    Raises only :class:`~sessietool.errors.InputError` subclasses, each naming ``source``.
    """
    name = str(source)
    suffix = Path(name).suffix.lower()
    try:
        if format is not None and format not in FORMATS:
            raise UnsupportedFormat(detail=f"format {format!r}", supported=", ".join(FORMATS))
        if data is None:
            data = read_input(name, max_size)
        check_size(len(data), max_size)
        transcript = _read_bytes(data, suffix, format)
        if not any(s.kind == "turn" for s in transcript.segments):
            transcript.agenda = agenda_items(transcript.segments)
        return transcript
    except InputError as exc:
        if exc.path is not None:
            raise
        raise type(exc)(name, exc.detail, **exc.kwargs) from None
    except Exception as exc:  # a reader bug must still reach the user as one clear line
        raise MalformedInput(
            name, detail=f"unexpected {type(exc).__name__}: {exc}", kind=format or suffix or "input"
        ) from exc


def _read_bytes(data: bytes, suffix: str, forced: str | None) -> Transcript:
    if not data.strip():
        raise EmptyInput()
    binary_format = forced if forced in BINARY_READERS else _binary_format(data, suffix)
    if binary_format:
        return _non_empty(BINARY_READERS[binary_format](data))
    kind = sniff.binary_kind(data)
    if kind:
        raise BinaryInput(detail=kind, supported=SUPPORTED)
    text, encoding = decode_bytes(data)
    problem = sniff.control_problem(text)
    if problem:
        raise BinaryInput(detail=problem, supported=SUPPORTED)
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise EmptyInput()
    fmt = forced or detect_format(text, suffix)
    expected = STRICT_SUFFIXES.get(suffix)
    if forced is None and expected:
        if expected == "vtt" and not VTT_HEADER.match(text.lstrip().split("\n", 1)[0]):
            raise MalformedInput(kind="VTT", detail="missing WEBVTT header")
        if fmt != expected:
            raise MalformedInput(kind=expected.upper(), detail="no parsable cue")
    transcript = READERS[fmt](text)
    transcript.encoding = encoding
    return _non_empty(transcript)


def _binary_format(data: bytes, suffix: str) -> str | None:
    """``docx``/``pdf`` when the bytes are one; raise for a broken docx or a non-docx zip."""
    if sniff.is_pdf(data):
        return "pdf"
    if not sniff.is_zip(data):
        return None
    is_docx = sniff.zip_is_docx(data)
    if is_docx:
        return "docx"
    if suffix == ".docx":
        detail = "corrupt or truncated zip" if is_docx is None else "no word/document.xml"
        raise MalformedInput(kind="DOCX", detail=f"not a Word document ({detail})")
    raise BinaryInput(detail="zip archive", supported=SUPPORTED)


def _non_empty(transcript: Transcript) -> Transcript:
    if not any(s.text.strip() for s in transcript.segments):
        raise EmptyInput()
    return transcript
