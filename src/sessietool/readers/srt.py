"""SubRip subtitles: numbered cues ``00:00:01,000 --> 00:00:03,000``; speaker from ``Naam:``."""
from __future__ import annotations

from collections.abc import Iterator

from ..errors import MalformedInput
from ..transcript import Transcript
from .cues import Cue, blocks, cue_text, merge_cues, parse_timing
from .lines import iter_numbered

KIND = "SRT"


def read_srt(text: str) -> Transcript:
    """Read an SRT file into turn segments (cues stream into :func:`.cues.merge_cues`)."""
    parsed = 0

    def cues() -> Iterator[Cue]:
        nonlocal parsed
        speaker: str | None = None
        last: Cue | None = None  # held back: a blank line inside its text may continue it
        for block in blocks(iter_numbered(text)):
            timing = next((j for j, (t, _) in enumerate(block[:2]) if "-->" in t), None)
            if timing is None:
                if last is not None:  # a blank line inside a cue's text: the rest is that cue's
                    last.parts.extend(cue_text(block, speaker)[1])
                continue
            start, end = parse_timing(block[timing][0], block[timing][1], KIND)
            speaker, parts = cue_text(block[timing + 1 :], speaker)
            if last is not None:
                yield last
            last = Cue(start, end, speaker, parts)
            parsed += 1
        if last is not None:
            yield last

    segments = merge_cues(cues())
    if not parsed:
        raise MalformedInput(kind=KIND, detail="no parsable cue")
    return Transcript(segments=segments, format="srt")
