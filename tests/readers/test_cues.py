"""VTT (Teams, Zoom) and SRT: speakers, merged turns, times, line map, malformed input."""
from __future__ import annotations

import gc
import tracemalloc

import pytest

from sessietool.errors import MalformedInput
from sessietool.readers import read_transcript


def test_teams_vtt(fixture_path) -> None:
    transcript = read_transcript(fixture_path("teams.vtt"))
    assert transcript.format == "vtt"
    got = [(s.speaker, s.start, s.end, s.kind) for s in transcript.segments]
    assert got == [
        ("Anko van Hoepen", 4.12, 12.3, "turn"),
        ("Renée Boereboom", 12.9, 15.2, "turn"),
        ("Anko van Hoepen", 62.0, 65.5, "turn"),
    ]
    first = transcript.segments[0]
    assert first.text == (
        "Ik maak me zorgen over de versnippering van het geld, de overheid moet scherp zijn "
        "op waar ze de budgetten belegt."
    )
    assert first.line_at(first.text.index("van het geld")) == 8
    assert first.line_at(first.text.index("budgetten")) == 12
    assert transcript.segments[1].text == "Dat is een goed punt & we pakken het op."


def test_zoom_vtt(fixture_path) -> None:
    segments = read_transcript(fixture_path("zoom.vtt")).segments
    assert [(s.speaker, s.start, s.end) for s in segments] == [
        ("Jan de Vries", 4.16, 18.55),
        ("Fatima El Amrani", 18.9, 22.63),
        ("Jan de Vries", 22.92, 26.93),
    ]
    # the cue without a name continues Jan's turn
    assert segments[0].text == (
        "Goedemorgen allemaal, welkom bij het overleg. We beginnen met de agenda."
    )
    assert segments[0].line_at(segments[0].text.index("We beginnen")) == 9


def test_srt(fixture_path) -> None:
    transcript = read_transcript(fixture_path("subtitles.srt"))
    assert transcript.format == "srt"
    segments = transcript.segments
    assert [(s.speaker, s.start, s.end) for s in segments] == [
        ("Marieke", 1.0, 6.25),
        ("Pieter", 7.0, 9.0),
    ]
    assert segments[0].text == "Welkom bij de sectorraad. We bespreken de zij-instroom."
    assert segments[0].line_at(segments[0].text.index("We bespreken")) == 7
    assert segments[1].line == 11


def test_vtt_without_speakers_is_text() -> None:
    data = b"WEBVTT\n\n00:01.000 --> 00:02.000\nhallo daar\n\n00:02.000 --> 00:03.000\nen verder\n"
    segments = read_transcript("x.vtt", data=data).segments
    assert [(s.kind, s.speaker, s.text, s.start, s.end) for s in segments] == [
        ("text", None, "hallo daar en verder", 1.0, 3.0)
    ]


def test_vtt_style_block_and_cue_settings_skipped() -> None:
    data = (
        b"WEBVTT - export\n\nSTYLE\n::cue { color: red }\n\n"
        b"1\n00:00:01.000 --> 00:00:02.000 align:start position:10%\n<v.loud Jan>Hoi</v>\n"
    )
    segments = read_transcript("x.vtt", data=data).segments
    assert [(s.speaker, s.text) for s in segments] == [("Jan", "Hoi")]


@pytest.mark.parametrize(
    ("name", "data", "detail"),
    [
        ("x.vtt", b"00:00:01.000 --> 00:00:02.000\nJan: hoi\n", "missing WEBVTT header"),
        ("x.vtt", b"WEBVTT\n\nNOTE alleen een notitie\n", "no parsable cue"),
        ("x.vtt", b"WEBVTT\n\n1\n00:00:01.000 --> 00:61:02.000\nJan: hoi\n", "line 4"),
        ("x.vtt", b"WEBVTT\n\n00:00:aa.000 --> 00:00:02.000\nJan: hoi\n", "bad timestamp"),
        ("x.srt", b"1\n00:00:01,000 --> 00:00:0x,000\nhoi\n", "line 2: bad timestamp"),
        ("x.srt", b"Gewoon een tekstbestand.\n", "malformed SRT: no parsable cue"),
    ],
)
def test_malformed_cues(name: str, data: bytes, detail: str) -> None:
    with pytest.raises(MalformedInput) as info:
        read_transcript(name, data=data)
    assert detail in str(info.value)
    assert str(info.value).startswith(name)


def test_headerless_vtt_cues_in_txt_file_are_read() -> None:
    data = b"00:00:01.000 --> 00:00:02.000\nJan: hoi\n"
    transcript = read_transcript("x.txt", data=data)
    assert transcript.format == "vtt"
    assert transcript.segments[0].speaker == "Jan"


def test_srt_blank_line_inside_cue_text() -> None:
    data = b"1\n00:00:01,000 --> 00:00:02,000\nJan: eerste regel\n\n<i>tweede</i> regel\n"
    segments = read_transcript("x.srt", data=data).segments
    assert [(s.speaker, s.text) for s in segments] == [("Jan", "eerste regel tweede regel")]
    assert segments[0].line_at(segments[0].text.index("tweede")) == 5


# Memory per cue of reading subtitles (issue 24: 10^6 VTT cues took 1.2 GB).
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
