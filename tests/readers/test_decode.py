"""decode_bytes: BOMs, UTF-16 without BOM, cp1252 fallback, mojibake repair, newlines."""
from __future__ import annotations

import codecs

import pytest

from sessietool.errors import DecodeFailed
from sessietool.readers import decode_bytes, read_transcript

TEXT = "Anko: de zij-instroom ‘groeit’ in Café Rotterdam.\nMerel: dat is één goed punt.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings(data: bytes, encoding: str) -> None:
    assert decode_bytes(data) == (TEXT, encoding)


def test_mojibake_is_repaired() -> None:
    double = TEXT.encode("utf-8").decode("cp1252").encode("utf-8")
    assert "â€˜" in double.decode("utf-8")
    assert decode_bytes(double) == (TEXT, "utf-8 (mojibake repaired)")


def test_clean_text_with_accented_capitals_is_left_alone() -> None:
    text = "À propos: Ãrpád schreef één zin.\n"
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")


def test_newlines_are_normalised_and_line_count_kept() -> None:
    text, _ = decode_bytes(b"a\r\nb\rc\n\nd")
    assert text == "a\nb\nc\n\nd"


def test_cp1252_typographic_quotes() -> None:
    assert decode_bytes(b"\x91zo\x92 \x93en\x94 \x80") == ("‘zo’ “en” €", "cp1252")


def test_invalid_utf16_after_bom_fails_cleanly() -> None:
    with pytest.raises(DecodeFailed):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8a")


def test_transcript_reports_its_encoding() -> None:
    data = codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")
    transcript = read_transcript("notes.txt", data=data)
    assert transcript.encoding == "utf-16-le"
    assert transcript.format == "transcript"
    assert [s.speaker for s in transcript.segments] == ["Anko", "Merel"]
    assert transcript.segments[1].line == 2
