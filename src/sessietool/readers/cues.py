"""Shared by the VTT and SRT readers: timed cues, cue text clean-up and merging into turns."""
from __future__ import annotations

import html
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..errors import MalformedInput
from ..transcript import Segment
from .clock import parse_clock
from .lines import Line
from .names import is_speaker_label

CUE_TIME = re.compile(r"^[\d:]+[.,]\d{1,3}$")  # milliseconds are required in cues
TIMING = re.compile(r"^\s*(?P<start>\S+)\s+-->\s+(?P<end>\S+)(?:\s.*)?$")
VOICE = re.compile(r"<v(?:\.[^\s>]{0,50})?[ \t]+(?P<name>[^>]{1,200})>")
TAG = re.compile(r"</?[A-Za-z][^<>]{0,300}>|<\d[\d:.]{0,20}>|\{\\[^}]{0,100}\}")
NAME_PREFIX = re.compile(r"^(?P<label>[^:]{1,80}?):[ \t]+(?P<text>\S.*)$")
LOOSE_NAME = re.compile(r"^[\w.@'’-]{1,40}$")


@dataclass(slots=True)
class Cue:
    """One subtitle cue: times in seconds, its speaker, its text lines with line numbers."""

    start: float
    end: float
    speaker: str | None
    parts: list[Line]


def parse_timestamp(value: str, line: int, kind: str) -> float:
    """Seconds of ``HH:MM:SS.mmm`` (hours optional, unpadded fields allowed)."""
    seconds = parse_clock(value) if CUE_TIME.match(value.strip()) else None
    if seconds is None:
        raise MalformedInput(kind=kind, detail=f"line {line}: bad timestamp {value.strip()!r}")
    return seconds


def parse_timing(line: str, number: int, kind: str) -> tuple[float, float]:
    """The start and end of a ``start --> end`` timing line."""
    match = TIMING.match(line)
    if not match:
        raise MalformedInput(kind=kind, detail=f"line {number}: bad cue timing {line.strip()!r}")
    start = parse_timestamp(match["start"], number, kind)
    return start, parse_timestamp(match["end"], number, kind)


def cue_text(payload: Sequence[Line], previous: str | None) -> tuple[str | None, list[Line]]:
    """Speaker and clean text lines of a cue; a cue without a name keeps ``previous``. Speaker
    names are interned: a million cues of three speakers hold three name strings."""
    joined = " ".join(t for t, _ in payload)
    speaker: str | None = None
    voice = VOICE.search(joined)
    if voice:
        speaker = sys.intern(html.unescape(voice["name"]).strip()) or None
    parts = [(html.unescape(TAG.sub("", t)).strip(), n) for t, n in payload]
    parts = [(t, n) for t, n in parts if t]
    if speaker is None and parts:
        prefix = NAME_PREFIX.match(parts[0][0])
        if prefix and _is_cue_speaker(prefix["label"]):
            speaker = sys.intern(prefix["label"].strip())
            parts[0] = (prefix["text"], parts[0][1])
    return (speaker or previous), parts


def _is_cue_speaker(label: str) -> bool:
    """Meeting tools print any display name, so accept one loose token as well."""
    return is_speaker_label(label) or bool(LOOSE_NAME.match(label.strip()))


class _Turn:
    """Consecutive cues of one speaker, folded as they arrive into the text pieces and line
    map of their segment (a run of a million cues keeps no cue, only its text)."""

    __slots__ = ("end", "line_map", "size", "speaker", "start", "texts")

    def __init__(self, cue: Cue) -> None:
        self.speaker, self.start, self.end = cue.speaker, cue.start, cue.end
        self.texts: list[str] = []
        self.line_map: list[tuple[int, int]] = []
        self.size = 0
        self.add(cue)

    def add(self, cue: Cue) -> None:
        """Append ``cue``'s lines, joined with a space (as :func:`.lines.join_lines` does)."""
        self.end = cue.end
        for text, line in cue.parts:
            if self.texts:
                self.size += 1
            self.line_map.append((self.size, line))
            self.texts.append(text)
            self.size += len(text)

    def segment(self) -> Segment:
        return Segment(text=" ".join(self.texts), line_map=tuple(self.line_map),
                       speaker=self.speaker, start=self.start, end=self.end,
                       kind="turn" if self.speaker else "text")


def merge_cues(cues: Iterable[Cue]) -> list[Segment]:
    """Merge consecutive cues of one speaker into one segment (text joined with a space);
    ``cues`` may be a stream, each cue is read once and let go."""
    segments: list[Segment] = []
    turn: _Turn | None = None
    for cue in cues:
        if not cue.parts:
            continue
        if turn is not None and cue.speaker == turn.speaker:
            turn.add(cue)
            continue
        if turn is not None:
            segments.append(turn.segment())
        turn = _Turn(cue)
    if turn is not None:
        segments.append(turn.segment())
    return segments


def blocks(lines: Iterable[Line]) -> Iterable[list[Line]]:
    """Runs of non-blank lines (``lines`` may be a stream: see :func:`.lines.iter_numbered`)."""
    block: list[Line] = []
    for text, number in lines:
        if text.strip():
            block.append((text, number))
        elif block:
            yield block
            block = []
    if block:
        yield block
