"""The session as extractors see it: its text, the NLP features, the segments, and the map back
to source lines."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ..language import LanguageData
from ..nlp.features import Features, TokenTable
from ..transcript import Segment, Transcript

SEPARATOR = "\n\n"


def segment_offsets(segments: list[Segment]) -> list[int]:
    """Character offset of each segment in the text the Doc is built from."""
    offsets, pos = [], 0
    for seg in segments:
        offsets.append(pos)
        pos += len(seg.text) + len(SEPARATOR)
    return offsets


@dataclass
class SessionDoc:
    """A parsed session: ``text`` is the segments' texts joined by a blank line, ``features`` what
    the spaCy pipeline found in it (no Doc is kept, so long sessions stay small in memory)."""

    features: Features
    transcript: Transcript
    language: LanguageData
    offsets: list[int] = field(default_factory=list)
    path: str = ""  # the input path as given, for dates and titles in file names
    text: str = ""

    def __post_init__(self) -> None:
        if not self.offsets:
            self.offsets = segment_offsets(self.transcript.segments)

    @property
    def segments(self) -> list[Segment]:
        return self.transcript.segments

    @property
    def tokens(self) -> TokenTable:
        return self.features.tokens

    def segment_index(self, char: int) -> int:
        return max(bisect_right(self.offsets, char) - 1, 0)

    def line_of(self, char: int) -> int:
        """Source line of a character offset in ``doc.text``."""
        if not self.segments:
            return 0
        i = self.segment_index(char)
        return self.segments[i].line_at(char - self.offsets[i])
