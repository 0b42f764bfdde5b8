"""PDF reports: extract the text of each page with pypdf, then reflow it as a report.

Segment lines are line numbers in the extracted text, where pages are separated by two empty
lines; ``metadata["pages"]`` holds the page count. Page-number lines (``3``, ``Pagina 2 van 5``)
are blanked. Text that reads as a transcript (Handelingen published as PDF) goes to the
transcript reader instead of the report reflow.
"""
from __future__ import annotations

import io
import logging
import re
import warnings

from ..errors import MalformedInput
from ..transcript import Transcript
from .detect import detect_format
from .lines import numbered
from .report import reflow_report
from .transcript import read_transcript_text

KIND = "PDF"
PAGE_SEPARATOR = "\n\n\n"
LOGGER = "pypdf"
PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:pagina|page|blz\.?)\s*)?\d{1,4}(?:\s*(?:/|van|of)\s*\d{1,4})?\s*$", re.IGNORECASE
)
NO_TEXT = "no extractable text; image-only PDF needs OCR first"


def read_pdf(data: bytes) -> Transcript:
    """Read a PDF (bytes) into report segments."""
    logger = logging.getLogger(LOGGER)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pages, title = _extract(data)
    finally:
        logger.setLevel(level)
    text = PAGE_SEPARATOR.join(page.strip("\n") for page in pages)
    # page numbers become blank lines, so line numbers stay those of the extracted text
    text = "\n".join("" if PAGE_NUMBER.match(line) else line for line in text.split("\n"))
    if not text.strip():
        raise MalformedInput(kind=KIND, detail=NO_TEXT)
    if detect_format(text) == "transcript":  # e.g. Handelingen published as PDF
        transcript = read_transcript_text(text)
        transcript.format = "pdf"
    else:
        transcript = reflow_report(numbered(text), fmt="pdf", from_pdf=True)
    transcript.title = title or transcript.title
    transcript.metadata["pages"] = str(len(pages))
    return transcript


def _extract(data: bytes) -> tuple[list[str], str | None]:
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
        pages = [page.extract_text() or "" for page in reader.pages]
        metadata = reader.metadata
        title = (metadata.title or "").strip() or None if metadata else None
    except MalformedInput:
        raise
    except FileNotDecryptedError:
        raise MalformedInput(kind=KIND, detail="encrypted; remove the password first") from None
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise MalformedInput(kind=KIND, detail=f"cannot parse ({type(exc).__name__})") from None
    return [page.replace("\r\n", "\n").replace("\r", "\n") for page in pages], title
