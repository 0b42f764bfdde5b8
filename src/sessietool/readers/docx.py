"""Word documents: a Teams "download transcript" or an ordinary report.

Teams layout: a title paragraph, a date paragraph, a duration paragraph, then per turn a paragraph
``Naam   0:03`` followed by the turn's text paragraph(s). Other documents: paragraphs become
``text`` segments, Word heading styles ``heading``, list styles ``list_item``; each table row
becomes a ``list_item`` with its cells joined by `` | ``. The "line" of a segment is the 1-based
index of its paragraph (or table row) in document order.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable

from ..errors import MalformedInput
from ..transcript import Segment, Transcript
from .clock import parse_clock
from .detect import detect_format
from .lines import Line, make_segment
from .names import is_speaker_label
from .transcript import read_transcript_text

KIND = "DOCX"
TEAMS_HEADER = re.compile(
    r"^(?P<name>\S.{0,80}?)(?:\s{2,}|\t|\s(?=\d))\s*(?P<time>\d{1,2}:\d{2}(?::\d{2})?)\s*$"
)
DURATION = re.compile(r"^\s*(?:\d+\s*(?:h|u|uur|hr|m|min|s|sec)\w*\.?\s*){1,3}$", re.IGNORECASE)
ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
DMY = re.compile(r"\b(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})\b")
DAY_MONTH_YEAR = re.compile(r"\b(?P<d>\d{1,2})\s+(?P<month>[a-zA-Z]+)\.?,?\s+(?P<y>\d{4})\b")
MONTH_DAY_YEAR = re.compile(r"\b(?P<month>[a-zA-Z]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})\b")
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januari", "january", "jan"),
            ("februari", "february", "feb"),
            ("maart", "march", "mrt", "mar"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("augustus", "august", "aug"),
            ("september", "sept", "sep"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
HEADING_STYLES = ("heading", "kop", "title", "titel")
LIST_STYLES = ("list", "lijst")
TEAMS_MIN_SHARE = 0.25
MAX_UNPACKED = 500 * 1024 * 1024
PREAMBLE_MAX = 4
LINE_BREAK = re.compile(r"\r\n?|\n")  # <w:br/> inside a paragraph
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes) -> Transcript:
    """Read a .docx file (bytes) into segments."""
    try:
        import docx  # python-docx

        _check_unpacked_size(data)
        document = docx.Document(io.BytesIO(data))
        blocks = list(_blocks(document))
        title = (document.core_properties.title or "").strip() or None
    except MalformedInput:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        raise MalformedInput(kind=KIND, detail=f"cannot open ({type(exc).__name__})") from None
    except Exception as exc:  # lxml and python-docx raise many kinds on broken packages
        raise MalformedInput(kind=KIND, detail=f"cannot parse ({type(exc).__name__})") from None
    headers = [b for b in blocks if b[1] == "p" and _teams_header(b[0])]
    if headers and len(headers) >= TEAMS_MIN_SHARE * len(blocks):
        return _teams(blocks)
    as_text = _one_block_per_line(blocks)
    if detect_format(as_text) == "transcript":  # a "Naam: tekst" transcript typed in Word
        transcript = read_transcript_text(as_text)
        transcript.format = "docx"
        return transcript
    segments = [_plain_segment(text, kind, line) for text, kind, line in blocks]
    if title is None and segments and segments[0].kind == "heading":
        title = segments[0].text
    return Transcript(segments=segments, format="docx", title=title)


Block = tuple[str, str, int]  # (text, kind: p/heading/list_item/row, 1-based index)


def _blocks(document: object) -> Iterable[Block]:
    """Non-empty paragraphs and table rows in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body  # type: ignore[attr-defined]
    index = 0
    for child in body.iterchildren():
        if child.tag == f"{W_NS}p":
            index += 1
            paragraph = Paragraph(child, document)  # type: ignore[arg-type]
            text = LINE_BREAK.sub(" ", paragraph.text).strip()
            if text:
                yield text, _paragraph_kind(paragraph), index
        elif child.tag == f"{W_NS}tbl":
            for row in Table(child, document).rows:  # type: ignore[arg-type]
                index += 1
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(cell.text.split())  # cells: collapse all whitespace
                    if value and (not cells or cells[-1] != value):  # merged cells repeat
                        cells.append(value)
                if cells:
                    yield " | ".join(cells), "row", index


def _check_unpacked_size(data: bytes) -> None:
    """Refuse a zip bomb before python-docx unpacks it."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > MAX_UNPACKED:
        raise MalformedInput(kind=KIND, detail=f"unpacks to {unpacked:,} bytes; too large")


def _one_block_per_line(blocks: list[Block]) -> str:
    """Text whose line k holds block k, so text readers report paragraph indexes as lines."""
    lines = [""] * (blocks[-1][2] if blocks else 0)
    for text, _kind, index in blocks:
        lines[index - 1] = text
    return "\n".join(lines)


def _paragraph_kind(paragraph: object) -> str:
    style = getattr(getattr(paragraph, "style", None), "name", "") or ""
    lowered = style.lower()
    if lowered.startswith(HEADING_STYLES):
        return "heading"
    p_pr = paragraph._p.pPr  # type: ignore[attr-defined]
    if lowered.startswith(LIST_STYLES) or (p_pr is not None and p_pr.numPr is not None):
        return "list_item"
    return "p"


def _plain_segment(text: str, kind: str, line: int) -> Segment:
    segment_kind = {"p": "text", "row": "list_item"}.get(kind, kind)
    return Segment(text=text, line_map=((0, line),), kind=segment_kind)


def _teams_header(text: str) -> tuple[str, float] | None:
    match = TEAMS_HEADER.match(text)
    if not match:
        return None
    name, start = match["name"].strip(), parse_clock(match["time"])
    if start is None or len(name) > 80 or not (is_speaker_label(name) or "  " in text):
        return None
    return name, start


def _teams(blocks: list[Block]) -> Transcript:
    first = next(i for i, b in enumerate(blocks) if _teams_header(b[0]))
    preamble = blocks[:first]
    title = date = None
    metadata: dict[str, str] = {}
    segments: list[Segment] = []
    for position, (text, kind, line) in enumerate(preamble):
        if position == 0 and len(preamble) <= PREAMBLE_MAX:
            title = text
        elif date is None and (found := parse_date(text)):
            date = found
            metadata["date_line"] = text
        elif "duration" not in metadata and DURATION.match(text):
            metadata["duration"] = text
        else:
            segments.append(_plain_segment(text, kind, line))
    speaker: tuple[str, float] | None = None
    parts: list[Line] = []
    header_line = 0

    def flush() -> None:
        if speaker is not None:
            segments.append(
                make_segment(
                    parts or [("", header_line)],
                    speaker=speaker[0],
                    start=speaker[1],
                    kind="turn",
                )
            )

    for text, _kind, line in blocks[first:]:
        header = _teams_header(text)
        if header:
            flush()
            speaker, parts, header_line = header, [], line
        else:
            parts.append((text, line))
    flush()
    return Transcript(segments=segments, format="docx", title=title, date=date, metadata=metadata)


def parse_date(text: str) -> str | None:
    """ISO date of a Teams date line (``October 6, 2020, 2:03PM``, ``6 oktober 2020``, ...)."""
    candidates = []
    for pattern in (ISO, DMY, DAY_MONTH_YEAR, MONTH_DAY_YEAR):
        match = pattern.search(text)
        if not match:
            continue
        month = match.groupdict().get("m") or MONTHS.get(match["month"].lower())
        if month is None:
            continue
        candidates.append((int(match["y"]), int(month), int(match["d"])))
    for year, month, day in candidates:
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            continue
    return None
