"""PDF minutes and reports: text per page with pypdf, page furniture removed, then reflowed.

pypdf was kept after measuring it against pypdfium2 and pdfplumber on the overheid-overleg PDFs
(README): PDFium is ~15x faster but drops the blank lines that mark vertical gaps, which the
reflow needs to tell a title and an attendance block from running text. Segment lines are line
numbers in the extracted text, where pages are separated by two empty lines; each segment carries
its ``page``; ``metadata["pages"]`` holds the page count.

Page furniture is blanked (so line numbers stay those of the extracted text): page numbers
(``3``, ``Pagina 2 van 5``, ``blad 2 van 3``), lines repeated at the top or bottom of most pages
(running headers and footers), and the letterhead block of the first page, whose fields (document
date, reference, contact persons) go to metadata, as do a meeting date and place stated there.
Words hyphenated across lines and URLs broken across lines are rejoined by the reflow. Text that
reads as a transcript (Handelingen published as PDF) goes to the transcript reader instead.
"""
from __future__ import annotations

import io
import logging
import re
import warnings
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from ..errors import MalformedInput
from ..transcript import Segment, Transcript, table_row
from .detect import detect_format
from .letterhead import fields
from .lines import numbered
from .pdf_layout import LayoutRecorder, PageLayout
from .pdf_tables import find_tables
from .report import reflow_report
from .transcript import read_transcript_text

if TYPE_CHECKING:  # pragma: no cover
    from pypdf import PdfReader

KIND = "PDF"
LOGGER = "pypdf"
PAGE_SEPARATOR = "\n\n\n"
MAX_PAGES = 2_000  # minutes are a few pages; 100,000 empty pages must not take minutes
PAGE_TREE_ENTRIES = 2 * MAX_PAGES  # pages and the /Pages nodes above them
MAX_TEXT = 20_000_000
PAGE_NUMBER = re.compile(
    r"^\s*[-–]?\s*(?:(?:pagina|page|blad|blz\.?|p\.)\s*)?\d{1,4}(?:\s*(?:/|van|of)\s*\d{1,4})?"
    r"\s*[-–]?\s*$",
    re.IGNORECASE,
)
EDGE_LINES = 4  # running headers/footers are among the first/last lines of a page
SENDER_LINES = 2  # the sender's name on the first lines, right above the letterhead block
HEAD_LINES = 40  # the first page's letterhead is within its first lines
NO_TEXT = "no extractable text; image-only PDF needs OCR first"
DIGITS = re.compile(r"\d+")


def read_pdf(data: bytes) -> Transcript:
    """Read a PDF (bytes) into report segments."""
    logger = logging.getLogger(LOGGER)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pages, title, layouts = _extract(data)
    finally:
        logger.setLevel(level)
    pages_lines = [page.strip("\n").split("\n") for page in pages]
    metadata = _strip_furniture(pages_lines)
    pages = ["\n".join(lines) for lines in pages_lines]
    text = PAGE_SEPARATOR.join(pages)
    if not text.strip():
        raise MalformedInput(kind=KIND, detail=NO_TEXT)
    starts, line = [], 1
    for page in pages:
        starts.append(line)
        line += page.count("\n") + 1 + PAGE_SEPARATOR.count("\n")
    if detect_format(text) == "transcript":  # e.g. Handelingen published as PDF
        transcript = read_transcript_text(text)
        transcript.format = "pdf"
    else:
        rows = _table_rows(pages_lines, layouts, starts)
        text = PAGE_SEPARATOR.join("\n".join(lines) for lines in pages_lines)
        transcript = reflow_report(numbered(text), fmt="pdf", from_pdf=True)
        transcript.segments = sorted([*transcript.segments, *rows], key=lambda s: s.line)
    transcript.segments = [replace(s, page=_page_of(s.line, starts)) for s in transcript.segments]
    transcript.title = title or transcript.title
    transcript.metadata.update(metadata)
    transcript.metadata["pages"] = str(len(pages))
    return transcript


def _table_rows(
    pages: list[list[str]], layouts: list[PageLayout | None], starts: list[int]
) -> list[Segment]:
    """The table rows of every page as segments; the lines the tables fill are blanked. A table
    that goes on over a page (no header of its own, as many columns) keeps its index and header,
    and a first row without a first cell is the end of the last row before the page break."""
    rows: list[Segment] = []
    index = -1
    previous: tuple[int, int] | None = None  # (page, columns) of the last table
    for page, (lines, layout, start) in enumerate(zip(pages, layouts, starts, strict=True)):
        for table in find_tables(layout) if layout else []:
            width = len(table.rows[0])
            table_rows = list(zip(table.rows, table.row_lines, strict=True))
            if previous == (page - 1, width) and not table.header and rows:
                last = rows[-1]
                header = last.header
                if not table_rows[0][0][0]:
                    ends = table_rows.pop(0)[0]
                    cells = tuple(f"{a} {b}".strip() for a, b in zip(last.cells, ends, strict=True))
                    rows[-1] = table_row(cells, header, index, last.line)
            else:
                index += 1
                header = table.header
            for cells, first in table_rows:
                rows.append(table_row(cells, header, index, start + first))
            for k in table.lines:
                if 0 <= k < len(lines):
                    lines[k] = ""
            previous = (page, width)
    return rows


def _page_of(line: int, starts: list[int]) -> int:
    """The 1-based page whose first line (``starts``, ascending) is the last at or before
    ``line``: a binary search, as a segment per line over 2,000 pages is 4 million steps."""
    return max(bisect_right(starts, line), 1)


def _strip_furniture(pages: list[list[str]]) -> dict[str, str]:
    """Blank page numbers, running headers/footers and the first page's letterhead in place;
    return the letterhead's fields."""
    edges: Counter[str] = Counter()
    for lines in pages:
        content = [i for i, x in enumerate(lines) if x.strip()]
        seen = {_shape(lines[i]) for i in content[:EDGE_LINES] + content[-EDGE_LINES:]}
        edges.update(seen)
    repeated = (
        {s for s, n in edges.items() if n >= max(2, len(pages) * 0.5)} if len(pages) >= 2 else set()
    )
    for lines in pages:
        content = [i for i, x in enumerate(lines) if x.strip()]
        edge = set(content[:EDGE_LINES] + content[-EDGE_LINES:])
        for i, x in enumerate(lines):
            if PAGE_NUMBER.match(x) or (i in edge and _shape(x) in repeated):
                lines[i] = ""
    if not pages:
        return {}
    head = pages[0][:HEAD_LINES]
    found, furniture = fields(head)
    if furniture:
        first = min(furniture)
        # the sender's name above the letterhead block ("Logius") belongs to it
        furniture.update(i for i in range(min(first, SENDER_LINES)) if len(head[i].split()) <= 3)
        for i in furniture:
            pages[0][i] = ""
    return found


def _shape(line: str) -> str:
    """A line with its numbers masked, so "Pagina 2" and "Pagina 3" repeat."""
    return DIGITS.sub("#", " ".join(line.split()).lower())


def _too_many_pages(count: str) -> MalformedInput:
    return MalformedInput(kind=KIND, detail=f"{count}, more than the limit of {MAX_PAGES:,} pages")


def _check_page_count(reader: PdfReader) -> None:
    """Refuse a PDF of more than :data:`MAX_PAGES` pages before its page tree is walked: the
    count the tree's root states (one object read), then pypdf's walk itself bounded (where
    pypdf has ``apply_configuration``), so a root that understates the count costs a walk of
    at most :data:`PAGE_TREE_ENTRIES` nodes, not of the whole tree (counting 100,000 pages took
    over a minute)."""
    from contextlib import nullcontext

    import pypdf
    from pypdf.errors import LimitReachedError

    try:
        stated = int(reader.trailer["/Root"].get_object()["/Pages"].get_object()["/Count"])
    except (KeyError, TypeError, ValueError, AttributeError):
        stated = 0  # pypdf's own walk below reports a damaged tree
    if stated > MAX_PAGES:
        raise _too_many_pages(f"{stated:,} pages")
    apply = getattr(pypdf, "apply_configuration", None)
    bound = apply(page_tree_maximum_entries=PAGE_TREE_ENTRIES) if apply else nullcontext()
    try:
        with bound:
            count = len(reader.pages)
    except LimitReachedError:
        raise _too_many_pages(f"a page tree of over {PAGE_TREE_ENTRIES:,} entries") from None
    if count > MAX_PAGES:
        raise _too_many_pages(f"{count:,} pages")


def _extract(data: bytes) -> tuple[list[str], str | None, list[PageLayout | None]]:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except (DependencyError, NotImplementedError):
                unlocked = 0
            if not unlocked:
                raise MalformedInput(kind=KIND, detail="encrypted; remove the password first")
        _check_page_count(reader)
        pages, layouts, size = [], [], 0
        for page in reader.pages:
            recorder = LayoutRecorder()
            visitors = {"visitor_text": recorder.text, "visitor_operand_before": recorder.operand}
            text = page.extract_text(**visitors) or ""
            size += len(text)
            if size > MAX_TEXT:
                raise MalformedInput(kind=KIND, detail="more text than a session can hold")
            pages.append(text)
            layouts.append(recorder.layout(text))
        metadata = reader.metadata
        title = (metadata.title or "").strip() or None if metadata else None
    except MalformedInput:
        raise
    except FileNotDecryptedError:
        raise MalformedInput(kind=KIND, detail="encrypted; remove the password first") from None
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise MalformedInput(kind=KIND, detail=f"cannot parse ({type(exc).__name__})") from None
    return [_clean(page) for page in pages], title, layouts


def _clean(text: str) -> str:
    """Lines split on ``\n``; a soft hyphen (U+00AD) at a line end is a hyphen."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return text.replace("\xad\n", "-\n")
