"""The transcript reader: ``Naam: tekst`` lines and Handelingen-style turn headers."""
from __future__ import annotations

from sessietool.readers import read_transcript
from sessietool.readers.transcript import parse_header, read_transcript_text


def test_plain_transcript(fixture_path) -> None:
    transcript = read_transcript(fixture_path("plain.txt"))
    assert transcript.format == "transcript"
    turns = transcript.segments
    assert [(s.speaker, s.kind) for s in turns] == [
        ("Marieke Jansen", "turn"),
        ("PIETER", "turn"),
        ("Marieke Jansen", "turn"),
        ("PIETER", "turn"),
    ]
    assert turns[0].text == "Goedemiddag, laten we beginnen."
    assert turns[3].text == "De zij-instroom groeit.\nDat is goed nieuws voor het po."
    assert turns[3].line_at(turns[3].text.index("goed nieuws")) == 5
    assert turns[1].line == 2


def test_handelingen(fixture_path) -> None:
    transcript = read_transcript(fixture_path("handelingen.txt"))
    assert transcript.format == "transcript"
    assert transcript.title == "Lerarentekort"
    speakers = [s.speaker for s in transcript.segments]
    assert speakers == [
        "De voorzitter",
        "De heer Alkaya (SP)",
        "De voorzitter",
        "De voorzitter",  # two consecutive turns stay two segments
        "Minister Slob",
        "Mevrouw Van Eijs (D66)",
        "Staatssecretaris Van Ark",
    ]
    assert all(s.kind == "turn" for s in transcript.segments)
    alkaya = transcript.segments[1]
    assert alkaya.text.split("\n")[:2] == [
        "Voorzitter. Over dat tekort gesproken:",
        "de scholen in de regio hebben het zwaar.",
    ]
    assert alkaya.line_at(alkaya.text.index("verzoekt de regering")) == 11
    assert alkaya.line == 7


def test_timed_headers() -> None:
    text = "Jan de Vries 00:03:12\nWe beginnen.\nNog een zin.\n\nAnna 0:45\nGoed.\n"
    segments = read_transcript_text(text).segments
    assert [(s.speaker, s.start) for s in segments] == [("Jan de Vries", 192.0), ("Anna", 45.0)]
    assert segments[0].text == "We beginnen.\nNog een zin."


def test_text_before_first_header() -> None:
    text = "Verslag van het gesprek.\n\nJan: Hallo.\nPiet: Hoi.\n"
    segments = read_transcript_text(text).segments
    assert [(s.kind, s.speaker) for s in segments] == [
        ("text", None),
        ("turn", "Jan"),
        ("turn", "Piet"),
    ]


def test_header_recognition() -> None:
    assert parse_header("De heer Alkaya (SP):").label == "De heer Alkaya (SP)"
    assert parse_header("Minister De Jonge:").label == "Minister De Jonge"
    label = "Mevrouw Nijkerken-de Haan (VVD)"
    assert parse_header(f"{label}:").label == label
    assert parse_header("NAAM: tekst").label == "NAAM"
    assert parse_header("Marcelis vindt: dat is goed.") is None
    assert parse_header("Ik stel voor toe te voegen aan de agenda:") is None
    assert parse_header("ACTIE: Jan belt OCW.") is None
    assert parse_header("Over dat mbo gesproken:") is None
    assert parse_header("Zij krijgt nr. 346 ( 32847 ).") is None
