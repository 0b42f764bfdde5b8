"""The library entry points: a file (or text) in, a :class:`Summary` out.

``extract_session`` = ``prepare`` (read and decode, no NLP) → ``parse`` (spaCy) → ``summarise``
(``extract.build_summary``, the conductor). Batch runners call the three steps themselves to
stream documents through ``nlp.pipe``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .extract.context import SEPARATOR, SessionDoc, segment_offsets
from .language import LanguageData
from .nlp import bounded
from .nlp.features import Features, fold
from .options import Options
from .readers import DEFAULT_MAX_SIZE, read_input, read_transcript
from .summary import Summary
from .transcript import Transcript

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

CHUNK_CHARS = 20_000  # spaCy's working memory grows with the Doc: bound it by the chunk


@dataclass
class Prepared:
    """A session read and decoded, ready for the NLP pass."""

    path: str
    sha256: str
    transcript: Transcript
    chunks: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.chunks)

    @property
    def pipe_texts(self) -> list[str]:
        """The texts the NLP pass gets: the chunks, or one empty text for an empty session."""
        return self.chunks or [""]


def _pieces(text: str, limit: int) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters that concatenate to it: at the
    last whitespace of each window (when it lies in the window's second half), else hard at the
    bound, so no single Doc outgrows the chunk however the reader segmented the input."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        half = start + limit // 2
        cut = max(text.rfind(" ", half, end), text.rfind("\n", half, end))
        end = cut + 1 if cut > start else end
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def _chunks(transcript: Transcript, limit: int = CHUNK_CHARS) -> list[str]:
    """Texts of at most ``limit`` characters that concatenate to the Doc text (segments joined
    by a blank line): whole segments packed together, a longer segment split by :func:`_pieces`.
    Offsets into the Doc text (the line map) are therefore the same as for one Doc."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    segments = transcript.segments
    for i, seg in enumerate(segments):
        part = seg.text + (SEPARATOR if i < len(segments) - 1 else "")
        if current and size + len(part) > limit:
            chunks.append("".join(current))
            current, size = [], 0
        if len(part) > limit:
            *whole, rest = _pieces(part, limit)
            chunks.extend(whole)
            part = rest
        current.append(part)
        size += len(part)
    if current:
        chunks.append("".join(current))
    return chunks


def read_bytes(path: str | Path, max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    """The file's bytes, refusing missing, non-regular and over-large files before reading
    (one way in for every caller: :func:`sessietool.readers.read_input`)."""
    return read_input(path, max_size)


def prepare(
    path: str | Path, *, data: bytes | None = None, options: Options | None = None
) -> Prepared:
    """Read one session (``-`` with ``data`` for stdin) without touching spaCy."""
    options = options or Options()
    if data is None:
        data = read_bytes(path, options.max_size)
    transcript = read_transcript(path, data=data, max_size=options.max_size)
    digest = hashlib.sha256(data).hexdigest()
    return Prepared(display_path(path), digest, transcript, _chunks(transcript))


def display_path(path: str | Path) -> str:
    """The path as text that encodes as UTF-8: bytes of a file name that are not UTF-8 (which
    Python keeps as surrogate escapes) become ``\\xNN``, so the summary can be written."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogateescape")
        return raw.decode("utf-8", "backslashreplace")
    return text


def parse(nlp: Language, prepared: Prepared) -> Features:
    """The session's NLP features, folded chunk by chunk as ``nlp.pipe`` yields the Docs
    (:func:`sessietool.nlp.features.fold`), so a long transcript never holds all its Docs; a
    chunk that is not prose gets the rule-based components only (:mod:`sessietool.nlp.bounded`)."""
    return fold(bounded.pipe(nlp, prepared.pipe_texts, batch_size=1))  # chunks are ~15k words


def summarise(
    prepared: Prepared, parsed: Doc | Features, *, model: str, language: LanguageData
) -> Summary:
    """The summary of a parsed session (its Doc or features): :func:`sessietool.extract.
    build_summary`, the conductor, on the session the reader and the NLP step made."""
    from .extract import build_summary

    transcript = prepared.transcript
    features = parsed if isinstance(parsed, Features) else Features.of(parsed)
    text = prepared.text  # joined once: a long session holds one copy, not one per use
    session = SessionDoc(
        features,
        transcript,
        language,
        segment_offsets(transcript.segments),
        prepared.path,
        text,
    )
    return build_summary(session, sha256=prepared.sha256, model=model)


def extract_session(
    path: str | Path,
    *,
    data: bytes | None = None,
    options: Options | None = None,
    model: str | None = None,
) -> Summary:
    """Summarise one session file: ``extract_session("notulen.md").to_dict()``."""
    from .nlp.loading import model_label

    options = options or Options(model=model)
    prepared = prepare(path, data=data, options=options)
    nlp = options.pipeline()
    return summarise(
        prepared, parse(nlp, prepared), model=model_label(nlp), language=options.language()
    )


def extract_text(text: str, *, name: str = "-", options: Options | None = None) -> Summary:
    """Summarise a session given as text (the format is detected from the content)."""
    return extract_session(name, data=text.encode("utf-8"), options=options)
