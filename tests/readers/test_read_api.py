"""read_transcript: refusals (missing, too large, empty, binary), detection, dispatch."""
from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

from sessietool.errors import (
    BinaryInput,
    EmptyInput,
    FileMissing,
    InputError,
    MalformedInput,
    TooLarge,
    UnreadableFile,
    UnsupportedFormat,
)
from sessietool.readers import READERS, SUPPORTED_SUFFIXES, detect_format, read_transcript


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileMissing) as info:
        read_transcript(tmp_path / "nope.txt")
    assert str(info.value).endswith("nope.txt: no such file")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile):
        read_transcript(tmp_path)


def test_too_large_checked_before_reading(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Jan: hallo\n" * 20)

    def no_read(self: Path) -> bytes:
        raise AssertionError("read before the size check")

    monkeypatch.setattr(Path, "read_bytes", no_read)
    with pytest.raises(TooLarge) as info:
        read_transcript(path, max_size=100)
    assert "raise --max-size" in str(info.value)


def test_too_large_data() -> None:
    with pytest.raises(TooLarge):
        read_transcript("-", data=b"x" * 101, max_size=100)


@pytest.mark.parametrize("data", [b"", b"   \n\t\n", "\ufeff \n".encode(), b"\xff\xfe \x00\n\x00"])
def test_empty(data: bytes) -> None:
    with pytest.raises(EmptyInput):
        read_transcript("empty.txt", data=data)


def test_markdown_with_only_front_matter_is_empty() -> None:
    with pytest.raises(EmptyInput):
        read_transcript("x.md", data=b"---\ntitle: Leeg\n---\n\n")


@pytest.mark.parametrize(
    ("data", "detail"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 40, "JPEG image"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 40, "executable"),
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00", "executable"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, "legacy Office"),
        (b"hello\x00world\x00\x00\x01binary", "NUL"),
        (bytes([1, 2, 3, 4, 5, 6]) + b"abc", "control characters"),
    ],
)
def test_binary(data: bytes, detail: str) -> None:
    with pytest.raises(BinaryInput) as info:
        read_transcript("file.txt", data=data)
    assert detail in str(info.value)
    assert "supported: .txt" in str(info.value)


def test_zip_that_is_not_docx(tmp_path: Path) -> None:
    path = tmp_path / "archive.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hallo")
    with pytest.raises(BinaryInput, match="zip archive"):
        read_transcript(path)
    with pytest.raises(MalformedInput, match="malformed DOCX: not a Word document"):
        read_transcript("fake.docx", data=path.read_bytes())


def test_unknown_forced_format() -> None:
    with pytest.raises(UnsupportedFormat):
        read_transcript("x.txt", data=b"hallo", format="xlsx")


def test_forced_format() -> None:
    transcript = read_transcript("x.txt", data=b"Jan: hallo\nPiet: hoi\n", format="report")
    assert transcript.format == "report"


def test_errors_name_the_source() -> None:
    with pytest.raises(InputError) as info:
        read_transcript("stdin-name.vtt", data=b"geen ondertitels hier")
    assert str(info.value).startswith("stdin-name.vtt: malformed VTT")


def test_detect_format() -> None:
    assert detect_format("WEBVTT\n\n00:00.000 --> 00:01.000\nhoi\n", ".txt") == "vtt"
    assert detect_format("1\n00:00:01,000 --> 00:00:02,000\nhoi\n", ".txt") == "srt"
    assert detect_format("---\ntitle: x\n---\nTekst\n", ".txt") == "markdown"
    assert detect_format("Jan: hallo\nPiet: hoi\nJan: doei\n", ".md") == "transcript"
    assert detect_format("Marcelis vindt: goed.\nAnko zegt: ook.\n", ".txt") == "report"
    assert detect_format("Gewone tekst.\n", ".md") == "markdown"
    assert set(READERS) == {"report", "transcript", "markdown", "vtt", "srt"}
    assert ".docx" in SUPPORTED_SUFFIXES and ".pdf" in SUPPORTED_SUFFIXES


def test_stdin(monkeypatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO("Jan: hallo\nPiet: hoi\n".encode("utf-16")))
    monkeypatch.setattr(sys, "stdin", stdin)
    transcript = read_transcript("-")
    assert transcript.encoding == "utf-16-le"
    assert [s.speaker for s in transcript.segments] == ["Jan", "Piet"]
