"""The session as extractors see it: the parsed Doc, the segments, and the map back to lines."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from ..language import LanguageData
from ..transcript import Segment, Transcript

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

SEPARATOR = "\n\n"


def segment_offsets(segments: list[Segment]) -> list[int]:
    """Character offset of each segment in the text the Doc is built from."""
    offsets, pos = [], 0
    for seg in segments:
        offsets.append(pos)
        pos += len(seg.text) + len(SEPARATOR)
    return offsets


@dataclass(frozen=True)
class TokenTable:
    """Per-token columns: char offset, lower-case form, lemma, and flags."""

    idx: list[int]
    lower: list[str]
    lemma: list[str]
    alpha: list[bool]
    stop: list[bool]
    is_lower: list[bool]
    sent_start: list[bool]

    @classmethod
    def of(cls, doc: Doc) -> TokenTable:
        from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, IS_STOP, LEMMA, LOWER, SENT_START

        if len(doc) == 0:
            return cls([], [], [], [], [], [], [])
        cols = doc.to_array([IDX, LOWER, LEMMA, IS_ALPHA, IS_STOP, IS_LOWER, SENT_START])
        strings = doc.vocab.strings
        names: dict[int, str] = {}

        def text(key: int) -> str:
            if key not in names:
                names[key] = strings[key].casefold() if key else ""
            return names[key]

        return cls(
            idx=cols[:, 0].tolist(),
            lower=[text(int(k)) for k in cols[:, 1].tolist()],
            lemma=[text(int(k)) for k in cols[:, 2].tolist()],
            alpha=[bool(x) for x in cols[:, 3].tolist()],
            stop=[bool(x) for x in cols[:, 4].tolist()],
            is_lower=[bool(x) for x in cols[:, 5].tolist()],
            sent_start=[x == 1 for x in cols[:, 6].astype("int64").tolist()],
        )


@dataclass
class SessionDoc:
    """A parsed session: ``doc.text`` is the segments' texts joined by a blank line."""

    doc: Doc
    transcript: Transcript
    language: LanguageData
    offsets: list[int] = field(default_factory=list)
    path: str = ""  # the input path as given, for dates and titles in file names
    text: str = field(init=False, default="")

    def __post_init__(self) -> None:
        if not self.offsets:
            self.offsets = segment_offsets(self.transcript.segments)
        self.text = self.doc.text  # Doc.text is rebuilt on every access: read it once

    @property
    def segments(self) -> list[Segment]:
        return self.transcript.segments

    @cached_property
    def tokens(self) -> TokenTable:
        """Token attributes as columns, read once (iterating Token objects is slow)."""
        return TokenTable.of(self.doc)

    def segment_index(self, char: int) -> int:
        return max(bisect_right(self.offsets, char) - 1, 0)

    def line_of(self, char: int) -> int:
        """Source line of a character offset in ``doc.text``."""
        if not self.segments:
            return 0
        i = self.segment_index(char)
        return self.segments[i].line_at(char - self.offsets[i])

    def segment_span(self, i: int) -> Span | None:
        start = self.offsets[i]
        return self.doc.char_span(
            start, start + len(self.segments[i].text), alignment_mode="expand"
        )
