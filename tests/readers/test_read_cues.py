"""VTT (Teams, Zoom) and SRT: speakers, merged turns, times, line map, malformed input."""
from __future__ import annotations

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
