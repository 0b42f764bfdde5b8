"""Word documents: a Teams "download transcript" or an ordinary report.

Teams layout: a title paragraph, a date paragraph, a duration paragraph, then per turn a paragraph
``Naam   0:03`` followed by the turn's text paragraph(s). Other documents: paragraphs become
``text`` segments with their ``style``; Word heading styles (``Heading n``, ``Kop n``, ``Title``,
a paragraph outline level, or a style based on one of them) ``heading`` with its ``level``;
numbered or bulleted paragraphs (directly or through their style) ``list_item`` with ``level``
and ``marker`` (automatic numbering computed from numbering.xml). Each table data row becomes a
``list_item`` with ``cells`` (a cell's paragraphs joined by ``\n``), ``table`` and the table's
``header`` (its first row when marked as a header row, all bold, or made of header words from
``data/table_headers.txt``). Page-number cells (``Blad 1 van 3``) are dropped. The "line" of a
segment is the 1-based index of its paragraph (or table row) in document order. Paragraphs and
tables inside content controls (``w:sdt``) are read where they stand.

Section headers and footers (also first-page ones) and the first table's cells are read for
letterhead fields (meeting date, document date, kenmerk, contacts, place) into metadata. Header
paragraphs and tables that hold minutes content (``Aanwezig``, ``Afwezig``: the words in
``letterhead.yaml``'s ``header_content``) become segments before the body.

Zip safety: every member is decompressed once, counting bytes as they come (the directory's sizes
are not trusted), and reading stops past :data:`MAX_UNPACKED` (:data:`MAX_XML` for XML parts).
"""
from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable

from ..dates import parse_date
from ..errors import MalformedInput
from ..transcript import Segment, Transcript, table_row
from .clock import parse_clock
from .detect import detect_format
from .docx_parts import (
    MAX_UNPACKED,
    MAX_XML,
    Numbering,
    check_unpacked_size,
    header_content,
    header_row,
    heading_level,
    letterhead_lines,
    list_level,
    num_pr,
)
from .letterhead import fields, header_content_labels
from .lines import Line, make_segment
from .names import is_speaker_label
from .pdf import PAGE_NUMBER
from .transcript import read_transcript_text

KIND = "DOCX"
TEAMS_HEADER = re.compile(
    r"^(?P<name>\S.{0,80}?)(?:\s{2,}|\t|\s(?=\d))\s*(?P<time>\d{1,2}:\d{2}(?::\d{2})?)\s*$"
)
DURATION = re.compile(r"^\s*(?:\d+\s*(?:h|u|uur|hr|m|min|s|sec)\w*\.?\s*){1,3}$", re.IGNORECASE)
TEAMS_MIN_SHARE = 0.25
HEADING_MAX_WORDS = 12
__all__ = ["MAX_UNPACKED", "MAX_XML", "parse_date", "read_docx"]
PREAMBLE_MAX = 4
LINE_BREAK = re.compile(r"\r\n?|\n")  # <w:br/> inside a paragraph
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes) -> Transcript:
    """Read a .docx file (bytes) into segments."""
    try:
        import docx  # python-docx

        check_unpacked_size(data)
        document = docx.Document(io.BytesIO(data))
        if document.element.body is None:
            raise MalformedInput(kind=KIND, detail="the document has no body")
        blocks = list(_blocks(document))
        head = letterhead_lines(document)
        head_lines, head_tables = header_content(document, header_content_labels())
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
    segments = [_plain_segment(block) for block in blocks]
    if title is None and segments and segments[0].kind == "heading":
        title = segments[0].text
    tables = 1 + max((b[3]["table"] for b in blocks if b[1] == "row"), default=-1)
    segments[:0] = _header_segments(head_lines, head_tables, tables)
    metadata, _furniture = fields(head)
    for block in blocks:
        if block[1] == "row" and block[3].get("table") == 0:
            for cell in block[3]["cells"]:
                found, _ = fields(cell.split("\n"))
                metadata = {**found, **metadata}
    return Transcript(segments=segments, format="docx", title=title, metadata=metadata)


Block = tuple[str, str, int, dict]  # (text, kind: p/heading/list_item/row, 1-based index, extra)


def _blocks(document: object) -> Iterable[Block]:
    """Non-empty paragraphs and table rows in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body  # type: ignore[attr-defined]
    numbering = Numbering(document)
    index = 0
    table = -1
    for child in _body_children(body):
        if child.tag == f"{W_NS}p":
            index += 1
            paragraph = Paragraph(child, document)  # type: ignore[arg-type]
            text = "\n".join(x.strip() for x in LINE_BREAK.split(paragraph.text) if x.strip())
            if text:
                kind, extra = _paragraph_kind(paragraph, numbering)
                yield text, kind, index, extra
        elif child.tag == f"{W_NS}tbl":
            table += 1
            rows = Table(child, document).rows  # type: ignore[arg-type]
            header: tuple[str, ...] = ()
            for position, row in enumerate(rows):
                index += 1
                cells = _cells(row)
                if position == 0 and len(rows) > 1 and header_row(row, cells):
                    header = cells
                    continue
                cells = tuple("" if _page_number(c, header) else c for c in cells)
                flat = [" ".join(c.split()) for c in cells]
                if any(flat):
                    extra = {"cells": cells, "header": header, "table": table}
                    yield " | ".join(c for c in flat if c), "row", index, extra


_BARE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")


def _page_number(cell: str, header: tuple[str, ...]) -> bool:
    """A page-number cell (``Blad 1 van 3``); a bare number under a header row (``Nr | Actie``)
    is the row's number, not a page's."""
    flat = " ".join(cell.split())
    return bool(PAGE_NUMBER.match(flat)) and not (header and _BARE_NUMBER.match(flat))


def _body_children(element: object) -> Iterable[object]:
    """The paragraphs and tables of the body in order, also those inside content controls
    (``w:sdt``, as templates wrap a meeting's head and attendance) and custom XML."""
    for child in element.iterchildren():  # type: ignore[attr-defined]
        if child.tag == f"{W_NS}sdt":
            content = child.find(f"{W_NS}sdtContent")
            if content is not None:
                yield from _body_children(content)
        elif child.tag == f"{W_NS}customXml":
            yield from _body_children(child)
        else:
            yield child


def _cells(row: object) -> tuple[str, ...]:
    """A row's cells (merged cells once), each cell's paragraphs joined by a newline."""
    cells: list[str] = []
    seen: set[int] = set()
    for cell in row.cells:  # type: ignore[attr-defined]
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        lines = [" ".join(p.text.split()) for p in _cell_paragraphs(cell)]
        cells.append("\n".join(x for x in lines if x))
    return tuple(cells)


def _cell_paragraphs(cell: object) -> list[object]:
    """Every paragraph of a cell, also inside content controls and nested tables."""
    from docx.text.paragraph import Paragraph

    tc = cell._tc  # type: ignore[attr-defined]
    return [Paragraph(p, cell) for p in tc.iter(f"{W_NS}p")]  # type: ignore[arg-type]


def _one_block_per_line(blocks: list[Block]) -> str:
    """Text whose line k holds block k, so text readers report paragraph indexes as lines."""
    lines = [""] * (blocks[-1][2] if blocks else 0)
    for text, _kind, index, _extra in blocks:
        lines[index - 1] = text.replace("\n", " ")
    return "\n".join(lines)


def _paragraph_kind(paragraph: object, numbering: Numbering) -> tuple[str, dict]:
    style = getattr(paragraph, "style", None)
    name = getattr(style, "name", "") or ""
    level = heading_level(paragraph)
    listed = list_level(paragraph)
    num_id, ilvl = listed or (None, 0)
    marker = numbering.marker(num_id, ilvl) if num_id is not None else None
    direct = num_pr(paragraph._p.pPr)  # type: ignore[attr-defined]
    if level and direct and direct[0] == "0" and len(paragraph.text.split()) > HEADING_MAX_WORDS:
        level = None  # numbering switched off on a long paragraph in a heading style: body text
    if level and not ilvl:  # a numbered heading keeps its number as marker ("3.")
        return "heading", {"level": level, "style": name, "marker": marker}
    if listed is not None or name.lower().startswith(("list", "lijst")):
        return "list_item", {"level": ilvl + 1, "marker": marker, "style": name}
    return "p", {"style": name}


def _plain_segment(block: Block) -> Segment:
    text, kind, line, extra = block
    if kind == "row":
        return table_row(extra["cells"], extra["header"], extra["table"], line, text=text)
    segment_kind = {"p": "text"}.get(kind, kind)
    return Segment(text=text, line_map=((0, line),), kind=segment_kind, **extra)


def _header_segments(
    lines: list[str], tables: list[list[tuple[str, ...]]], first_table: int
) -> list[Segment]:
    """Minutes content of the Word header (attendance in a header table) as segments before the
    body, on line 1; header tables numbered after the body's."""
    out = [Segment(text=line, line_map=((0, 1),)) for line in lines]
    for k, rows in enumerate(tables):
        for cells in rows:
            if any(cells):
                out.append(table_row(cells, (), first_table + k, 1))
    return out


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
    for position, block in enumerate(preamble):
        text = block[0]
        if position == 0 and len(preamble) <= PREAMBLE_MAX:
            title = text
        elif date is None and (found := parse_date(text)):
            date = found
            metadata["date_line"] = text
        elif "duration" not in metadata and DURATION.match(text):
            metadata["duration"] = text
        else:
            segments.append(_plain_segment(block))
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

    for text, _kind, line, _extra in blocks[first:]:
        header = _teams_header(text)
        if header:
            flush()
            speaker, parts, header_line = header, [], line
        else:
            parts.append((text, line))
    flush()
    return Transcript(segments=segments, format="docx", title=title, date=date, metadata=metadata)
