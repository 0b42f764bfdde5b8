"""Decide which text reader fits: content first, the file extension only as a tie-breaker."""
from __future__ import annotations

import re

from .markdown import FRONT_MATTER_MAX_LINES, front_matter_end
from .transcript import header_lines

VTT_HEADER = re.compile(r"^\ufeff?WEBVTT(?:[ \t].*)?$")
SRT_TIMING = re.compile(r"^\s*\d{1,3}:\d{1,2}:\d{1,2},\d{1,3}\s+-->\s+\d")
VTT_TIMING = re.compile(r"^\s*(?:\d+:)?\d{1,2}:\d{1,2}\.\d{1,3}\s+-->\s+\d")
MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.MULTILINE)
MD_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\S", re.MULTILINE)
MD_TABLE = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
MD_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
SNIFF_LINES = 30
MARKDOWN_SHARE = 0.2
TRANSCRIPT_SHARE = 0.5


def detect_format(text: str, suffix: str = "") -> str:
    """Name the text format of ``text``: vtt, srt, markdown, transcript or report."""
    suffix = suffix.lower()
    head = [line for line in text.split("\n", 200)[:200] if line.strip()][:SNIFF_LINES]
    if head and VTT_HEADER.match(head[0].strip()):
        return "vtt"
    if any(SRT_TIMING.match(line) for line in head):
        return "srt"
    if any(VTT_TIMING.match(line) for line in head):
        return "vtt"
    if front_matter_end(text.split("\n", FRONT_MATTER_MAX_LINES)):
        return "markdown"
    own, inline, nonblank = header_lines(text)
    blocks = _blocks(text)
    if own >= 2 and own >= TRANSCRIPT_SHARE * blocks:
        return "transcript"
    if own == 1 and blocks <= 2 and head and head[0].rstrip().endswith(":"):
        return "transcript"  # one turn: "De heer Jansen (CDA):" and what he said
    markdown_lines = (
        len(MD_LIST.findall(text)) + len(MD_TABLE.findall(text)) + 3 * len(MD_HEADING.findall(text))
    )
    if nonblank and markdown_lines >= MARKDOWN_SHARE * nonblank and markdown_lines >= 3:
        return "markdown"
    if nonblank and (own + inline) >= TRANSCRIPT_SHARE * nonblank and own + inline >= 2:
        return "transcript"
    if suffix in MD_SUFFIXES:
        return "markdown"
    return "report"


def _blocks(text: str) -> int:
    """Number of paragraphs (runs of non-blank lines)."""
    count, inside = 0, False
    for line in text.split("\n"):
        if line.strip():
            count += not inside
            inside = True
        else:
            inside = False
    return count
