"""SubRip subtitles: numbered cues ``00:00:01,000 --> 00:00:03,000``; speaker from ``Naam:``."""
from __future__ import annotations

from ..errors import MalformedInput
from ..transcript import Transcript
from .cues import Cue, blocks, cue_text, merge_cues, parse_timing
from .lines import numbered

KIND = "SRT"


def read_srt(text: str) -> Transcript:
    """Read an SRT file into turn segments."""
    cues: list[Cue] = []
    speaker: str | None = None
    for block in blocks(numbered(text)):
        timing = next((j for j, (t, _) in enumerate(block[:2]) if "-->" in t), None)
        if timing is None:
            if cues:  # a blank line inside a cue's text: the rest belongs to that cue
                cues[-1].parts.extend(cue_text(block, speaker)[1])
            continue
        start, end = parse_timing(block[timing][0], block[timing][1], KIND)
        speaker, parts = cue_text(block[timing + 1 :], speaker)
        cues.append(Cue(start, end, speaker, parts))
    if not cues:
        raise MalformedInput(kind=KIND, detail="no parsable cue")
    return Transcript(segments=merge_cues(cues), format="srt")
