"""WebVTT from Zoom and Teams: cues merged into speaker turns.

Zoom writes ``Naam: tekst``; Teams writes ``<v Naam>tekst</v>`` with cue ids ``<guid>/<n>-<part>``
and hard-wrapped text. NOTE, STYLE and REGION blocks are skipped; character references are
unescaped; a cue without a name continues the previous speaker.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import MalformedInput
from ..transcript import Transcript
from .cues import Cue, blocks, cue_text, merge_cues, parse_timing
from .lines import iter_numbered

KIND = "VTT"
HEADER = re.compile(r"^\ufeff?WEBVTT(?:[ \t].*)?$")
SKIPPED_BLOCK = re.compile(r"^(?:NOTE|STYLE|REGION)(?:[ \t].*)?$")


def read_vtt(text: str) -> Transcript:
    """Read a WebVTT file into turn segments (cues stream into :func:`.cues.merge_cues`, so a
    million cues are never held at once, only their turns)."""
    parsed = 0

    def cues() -> Iterator[Cue]:
        nonlocal parsed
        speaker: str | None = None
        for i, block in enumerate(blocks(iter_numbered(text))):
            first = block[0][0].strip()
            if (i == 0 and HEADER.match(first)) or SKIPPED_BLOCK.match(first):
                continue
            timing = next((j for j, (t, _) in enumerate(block[:2]) if "-->" in t), None)
            if timing is None:
                continue  # stray text, e.g. a cue id without a cue
            start, end = parse_timing(block[timing][0], block[timing][1], KIND)
            speaker, parts = cue_text(block[timing + 1 :], speaker)
            parsed += 1
            yield Cue(start, end, speaker, parts)

    segments = merge_cues(cues())
    if not parsed:
        raise MalformedInput(kind=KIND, detail="no parsable cue")
    return Transcript(segments=segments, format="vtt")
