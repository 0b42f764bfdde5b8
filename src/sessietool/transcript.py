"""The one form every reader produces and every extractor consumes."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

FORMATS = ("report", "transcript", "vtt", "srt", "docx", "pdf", "markdown")
SEGMENT_KINDS = ("text", "heading", "list_item", "turn")


@dataclass(frozen=True)
class Segment:
    """A paragraph of a report, a turn of a transcript, a heading or list item of minutes.

    ``speaker`` is the raw turn label as written (``De heer Alkaya (SP)``, ``Caleob King``) or None.
    ``line_map`` holds ``(offset_in_text, source_line)`` pairs, sorted by offset, so any character
    of ``text`` maps back to its 1-based line in the source file.
    """

    text: str
    line_map: tuple[tuple[int, int], ...]
    speaker: str | None = None
    start: float | None = None
    end: float | None = None
    kind: str = "text"

    @property
    def line(self) -> int:
        """The first source line of the segment."""
        return self.line_map[0][1] if self.line_map else 0

    def line_at(self, offset: int) -> int:
        """Source line of the character at ``offset`` within ``text``."""
        if not self.line_map:
            return 0
        i = bisect_right([o for o, _ in self.line_map], offset) - 1
        return self.line_map[max(i, 0)][1]


@dataclass
class Transcript:
    """A session as read from a file: its segments plus what the file says about itself."""

    segments: list[Segment]
    format: str
    encoding: str | None = None
    title: str | None = None
    date: str | None = None  # ISO date when the file states it (front matter, header line)
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(s.text for s in self.segments)

    @property
    def words(self) -> int:
        return sum(len(s.text.split()) for s in self.segments)


def single_line(text: str, line: int, **kwargs: object) -> Segment:
    """A segment whose whole text comes from one source line."""
    return Segment(text=text, line_map=((0, line),), **kwargs)  # type: ignore[arg-type]
