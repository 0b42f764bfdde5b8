"""The one form every reader produces and every extractor consumes: the document model.

A :class:`Transcript` is a list of :class:`Segment` blocks in reading order. Block kinds:

* ``heading`` — ``level`` 1..6 (Markdown ``#`` count, Word "Heading n", PDF: 1);
* ``text`` — a paragraph (the kind keeps its historical name so extractors keep working);
* ``list_item`` — one list item (``level`` = nesting, 1-based; ``marker`` as written: ``-``,
  ``1.``, ``a)``) *or* one data row of a table: then ``table`` is the table's index in the
  document, ``cells`` the row's cells, ``header`` the header cells of that table (``()`` when
  the table has none) and ``text`` the non-empty cells joined by `` | ``;
* ``turn`` — a speaker's turn in a transcript (``speaker``, ``start``/``end`` seconds).

Every block maps each character back to its source line (``line_map``); PDF blocks carry their
``page``. Page furniture (running headers/footers, page numbers, repeated letterhead lines) is not
in the segments; letterhead fields are in :attr:`Transcript.metadata` (see :data:`LETTERHEAD`).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

FORMATS = ("report", "transcript", "vtt", "srt", "docx", "pdf", "markdown")
SEGMENT_KINDS = ("text", "heading", "list_item", "turn")
CELL_SEPARATOR = " | "
# Metadata keys readers fill from a letterhead or a document's head ("Datum: 6 maart 2024").
DOCUMENT_DATE = "document_date"  # ISO date of the document (not necessarily the meeting's)
MEETING_DATE = "meeting_date"  # ISO date stated as the meeting's ("Vergaderdatum")
REFERENCE = "kenmerk"  # the document's reference number ("Kenmerk", "Ons kenmerk")
CONTACT = "contact"  # contact persons, "; "-separated ("Contactpersoon", "Behandeld door")
LOCATION = "location"  # where the meeting took place ("Locatie", "Plaats")
ADDRESS = "address"  # the sender's address block ("Bezoekadres", "Postbus")
LETTERHEAD = (DOCUMENT_DATE, MEETING_DATE, REFERENCE, CONTACT, LOCATION, ADDRESS)


@dataclass(frozen=True, slots=True)
class Segment:
    """One block of a document: a paragraph, heading, list item, table row or turn.

    ``speaker`` is the raw turn label as written (``De heer Alkaya (SP)``, ``Caleob King``) or None.
    ``line_map`` holds ``(offset_in_text, source_line)`` pairs, sorted by offset, so any character
    of ``text`` maps back to its 1-based line in the source file. Slotted: a transcript of a
    million cues holds a million segments.
    """

    text: str
    line_map: tuple[tuple[int, int], ...]
    speaker: str | None = None
    start: float | None = None
    end: float | None = None
    kind: str = "text"
    level: int | None = None  # heading level; list nesting depth (1 = top)
    marker: str | None = None  # list marker as written: "-", "*", "1.", "a)"
    cells: tuple[str, ...] = ()  # table row: every cell, empty ones included
    header: tuple[str, ...] = ()  # table row: the header cells of its table, () if none
    table: int | None = None  # table row: 0-based index of its table in the document
    page: int | None = None  # 1-based page (PDF; DOCX when known)
    style: str | None = None  # the source's paragraph style name (DOCX), as written

    @property
    def line(self) -> int:
        """The first source line of the segment."""
        return self.line_map[0][1] if self.line_map else 0

    @property
    def last_line(self) -> int:
        """The last source line of the segment."""
        return self.line_map[-1][1] if self.line_map else 0

    @property
    def is_table_row(self) -> bool:
        return self.table is not None

    def cell(self, name: str) -> str | None:
        """The cell under the header ``name`` (case-insensitive prefix), or None."""
        wanted = name.casefold()
        for head, value in zip(self.header, self.cells, strict=False):
            if head.casefold().startswith(wanted):
                return value
        return None

    def line_at(self, offset: int) -> int:
        """Source line of the character at ``offset`` within ``text``."""
        if not self.line_map:
            return 0
        i = bisect_right([o for o, _ in self.line_map], offset) - 1
        return self.line_map[max(i, 0)][1]


@dataclass(frozen=True)
class AgendaItem:
    """An agenda item of minutes: its number as written (``"3"``, ``"3a"``) or None, its title,
    and the source lines it spans (its heading to the line before the next item)."""

    number: str | None
    title: str
    first_line: int
    last_line: int
    segment: int = 0  # index of its heading segment in Transcript.segments


@dataclass
class Transcript:
    """A session as read from a file: its segments plus what the file says about itself."""

    segments: list[Segment]
    format: str
    encoding: str | None = None
    title: str | None = None
    date: str | None = None  # ISO date when the file states it (front matter, header line)
    metadata: dict[str, str] = field(default_factory=dict)
    agenda: list[AgendaItem] = field(default_factory=list)  # filled by read_transcript

    @property
    def text(self) -> str:
        return "\n\n".join(s.text for s in self.segments)

    @property
    def words(self) -> int:
        return sum(len(s.text.split()) for s in self.segments)

    @property
    def location(self) -> str | None:
        return self.metadata.get(LOCATION)

    def tables(self) -> dict[int, list[Segment]]:
        """The data rows of each table, by table index, in document order."""
        out: dict[int, list[Segment]] = {}
        for s in self.segments:
            if s.table is not None:
                out.setdefault(s.table, []).append(s)
        return out

    def agenda_item_at(self, line: int) -> AgendaItem | None:
        """The agenda item whose line range holds ``line``, or None."""
        for item in self.agenda:
            if item.first_line <= line <= item.last_line:
                return item
        return None


def single_line(text: str, line: int, **kwargs: object) -> Segment:
    """A segment whose whole text comes from one source line."""
    return Segment(text=text, line_map=((0, line),), **kwargs)  # type: ignore[arg-type]


def table_row(
    cells: tuple[str, ...],
    header: tuple[str, ...],
    table: int,
    line: int,
    text: str | None = None,
    **kwargs: object,
) -> Segment:
    """A table data row: ``text`` (by default) its non-empty cells joined by `` | ``."""
    if text is None:
        text = CELL_SEPARATOR.join(c for c in cells if c)
    return Segment(
        text=text,
        line_map=((0, line),),
        kind="list_item",
        cells=cells,
        header=header,
        table=table,
        **kwargs,  # type: ignore[arg-type]
    )
