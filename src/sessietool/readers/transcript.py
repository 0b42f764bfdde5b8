"""Plain and official transcripts: ``Naam: tekst`` lines or turn headers on their own line.

Two layouts are read:

* block layout (Handelingen, ParlaMint): a header line ``De heer Alkaya (SP):`` or
  ``Jan de Vries 00:03:12`` followed by the turn's paragraphs, one per line;
* inline layout: every turn starts with ``Naam: tekst`` on one line; following lines without a
  label continue that turn.

Each header occurrence becomes one ``turn`` segment (paragraphs joined with ``\\n``). Text before
the first header becomes ``text`` segments; a leading ``# Title`` line becomes the title.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..transcript import Segment, Transcript
from .clock import parse_clock
from .lines import Line, make_segment, numbered, strip_closing_hashes
from .names import is_speaker_label

OWN_HEADER = re.compile(r"^\s*(?P<label>[^:\s][^:]{0,79}?)\s*:\s*$")
TIMED_HEADER = re.compile(
    r"^\s*(?P<label>[^\d\s:][^:]{0,79}?)\s+\[?(?P<time>\d{1,2}:\d{2}(?::\d{2})?)\]?\s*:?\s*$"
)
INLINE = re.compile(
    r"^\s*(?:\[?(?P<time>\d{1,2}:\d{2}(?::\d{2})?)\]?\s+)?"
    r"(?P<label>[^:\s][^:]{0,79}?)\s*:[ \t]+(?P<text>\S.*)$"
)
TITLE = re.compile(r"^[ \t]*#[ \t]+(?P<title>\S.*)$")


@dataclass(frozen=True)
class Header:
    """A turn header found on a line: who speaks, from when, and the text on the same line."""

    label: str
    start: float | None
    text: str  # text after the label on the same line ("" for a header on its own line)
    inline: bool


def parse_header(line: str) -> Header | None:
    """The turn header on ``line``, if the line is one."""
    match = OWN_HEADER.match(line)
    if match and is_speaker_label(match["label"]):
        return Header(match["label"].strip(), None, "", inline=False)
    match = TIMED_HEADER.match(line)
    if match and is_speaker_label(match["label"]):
        return Header(match["label"].strip(), parse_clock(match["time"]), "", inline=False)
    match = INLINE.match(line)
    if match and is_speaker_label(match["label"]):
        start = parse_clock(match["time"]) if match["time"] else None
        return Header(match["label"].strip(), start, match["text"].rstrip(), inline=True)
    return None


def read_transcript_text(text: str) -> Transcript:
    """Read a ``Naam: tekst`` or Handelingen-style transcript."""
    lines = numbered(text)
    headers = {number: parse_header(line) for line, number in lines}
    own = sum(1 for h in headers.values() if h and not h.inline)
    inline = sum(1 for h in headers.values() if h and h.inline)
    block_layout = own >= inline and own > 0

    title: str | None = None
    segments: list[Segment] = []
    preamble: list[Line] = []
    turn: Header | None = None
    paragraphs: list[Line] = []
    header_line = 0

    def flush_preamble() -> None:
        if preamble:
            segments.append(make_segment(preamble))
            preamble.clear()

    def flush_turn() -> None:
        if turn is not None:
            parts = paragraphs or [("", header_line)]
            segments.append(
                make_segment(parts, speaker=turn.label, start=turn.start, kind="turn")
            )
            paragraphs.clear()

    for line, number in lines:
        header = headers[number]
        if header and block_layout and header.inline:
            header = None
        if header:
            flush_preamble()
            flush_turn()
            turn, header_line = header, number
            if header.text:
                paragraphs.append((header.text, number))
            continue
        stripped = line.strip()
        if turn is None:
            title_match = TITLE.match(line)
            if title is None and not segments and not preamble and title_match:
                title = strip_closing_hashes(title_match["title"])
            elif stripped:
                preamble.append((stripped, number))
            else:
                flush_preamble()
        elif stripped:
            paragraphs.append((stripped, number))
    flush_preamble()
    flush_turn()
    return Transcript(segments=segments, format="transcript", title=title)


def header_lines(text: str) -> tuple[int, int, int]:
    """Counts used by format detection: own-line headers, inline headers, non-blank lines."""
    own = inline = nonblank = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        nonblank += 1
        header = parse_header(line)
        if header:
            if header.inline:
                inline += 1
            else:
                own += 1
    return own, inline, nonblank
