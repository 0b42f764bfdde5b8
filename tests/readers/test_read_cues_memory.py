"""Memory per cue of reading subtitles (issue 24: 10^6 VTT cues took 1.2 GB).

Bytes are counted with ``tracemalloc`` (Python allocations, not time) as the difference between
two file sizes, so fixed costs (language data, regex caches) drop out. Each cue of the files
below is its own turn (the speaker alternates) with a 40-character text. What a turn has to
keep: a slotted :class:`~sessietool.transcript.Segment` (136 B), its text (~90 B), its line map
(~140 B) and two float times (48 B), about 420 B; the speaker name is shared, not copied per
cue. Lines and cues stream into the turns, so reading peaks near 550 B per cue. Before issue 24 a
cue kept 524 B (a ``__dict__`` per segment, a name string per cue) and reading peaked at 1,216 B
per cue (every line and every cue of the file held at once). Cues of one speaker make one turn:
each keeps its text and a line-map entry (~170 B); reading peaked at 636 B per cue (every cue of
the turn held until its end), now near 355 B.
"""
from __future__ import annotations

import gc
import tracemalloc

import pytest

from sessietool.readers import read_transcript

SPEAKERS = ("Jan de Vries", "Piet Jansen", "Marie Bakker")
# (retained, peak) bytes per cue: one turn per cue; one speaker throughout (one turn in all)
TURN_PER_CUE = (470, 650)
ONE_TURN = (220, 450)


def vtt(cues: int) -> bytes:
    lines = ["WEBVTT", ""]
    for i in range(cues):
        s = 2 * i
        stamp = f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"
        lines += [f"6c1f{i:08x}-aaaa-bbbb/{i}-0", f"{stamp}.000 --> {stamp}.900",
                  f"<v {SPEAKERS[i % 3]}>Wij spreken over punt {i:06d} van de agenda.</v>", ""]
    return "\n".join(lines).encode("utf-8")


def vtt_one_speaker(cues: int) -> bytes:
    lines = ["WEBVTT", ""]
    for i in range(cues):
        stamp = f"{i // 3600:02d}:{i // 60 % 60:02d}:{i % 60:02d}"
        lines += [f"{stamp}.000 --> {stamp}.500",
                  f"Jan: Wij spreken over punt {i:06d} van de agenda.", ""]
    return "\n".join(lines).encode("utf-8")


def srt(cues: int) -> bytes:
    lines = []
    for i in range(cues):
        s = 2 * i
        stamp = f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"
        lines += [str(i + 1), f"{stamp},000 --> {stamp},900",
                  f"{SPEAKERS[i % 3]}: Wij spreken over punt {i:06d} van de agenda.", ""]
    return "\n".join(lines).encode("utf-8")


def _measure(name: str, data: bytes) -> tuple[int, int, int]:
    """Segments, retained bytes and peak bytes of reading ``data``."""
    gc.collect()
    tracemalloc.start()
    try:
        transcript = read_transcript(name, data=data)
        gc.collect()
        retained, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return len(transcript.segments), retained, peak


@pytest.mark.parametrize("make, name, turns, bounds", [
    (vtt, "x.vtt", 1.0, TURN_PER_CUE), (srt, "x.srt", 1.0, TURN_PER_CUE),
    (vtt_one_speaker, "x.vtt", 0.0, ONE_TURN)])
def test_memory_per_cue_is_bounded(make, name, turns, bounds) -> None:
    read_transcript(name, data=make(10))  # language data and regexes loaded: fixed costs
    small, large = 1_000, 4_000
    n_small, kept_small, peak_small = _measure(name, make(small))
    n_large, kept_large, peak_large = _measure(name, make(large))
    assert (n_large - n_small) == turns * (large - small)
    kept = (kept_large - kept_small) / (large - small)
    peak = (peak_large - peak_small) / (large - small)
    assert kept <= bounds[0], f"{kept:.0f} B retained per cue"
    assert peak <= bounds[1], f"{peak:.0f} B peak per cue"


def test_speaker_names_are_shared_not_copied_per_cue() -> None:
    segments = read_transcript("x.vtt", data=vtt(30)).segments
    assert len({id(s.speaker) for s in segments}) == len(SPEAKERS)
    assert not hasattr(segments[0], "__dict__")
