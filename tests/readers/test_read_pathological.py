"""Inputs that would make a careless regular expression or join quadratic read in linear time."""
from __future__ import annotations

import io
import time
import zipfile

import pytest

from sessietool.errors import MalformedInput
from sessietool.readers import read_transcript

N = 60_000
CASES = {
    "one long word": ("x.txt", "a" * N + "\n" + "b" * N + "\n"),
    "spaces inside a turn": ("x.txt", "Jan: a" + " " * N + "b\nPiet: c\n"),
    "unclosed bold": ("x.md", "# x\n\n- " + "**a " * (N // 4) + "\n"),
    "unclosed tags": ("x.md", "# x\n\n- " + "<a " * (N // 3) + "\n"),
    "unclosed links": ("x.md", "# x\n\n- " + "[a](" * (N // 4) + "\n"),
    "blank lines then a table": ("x.md", "\n" * N + "| a |\n# kop\n"),
    "heading with spaces": ("x.md", "# a" + " " * N + "b\n"),
    "unclosed voice tags": ("x.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n" + "<v " * (N // 3)),
    "hyphenated lines": ("x.txt", ("woord-" * 20 + "\n") * 2000),
    "long front matter": ("x.md", "---\n" + "a: b\n" * N + "---\nTekst\n"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_linear_time(case: str) -> None:
    name, text = CASES[case]
    started = time.perf_counter()
    transcript = read_transcript(name, data=text.encode())
    assert transcript.segments
    assert time.perf_counter() - started < 3


def test_zip_bomb_docx(monkeypatch) -> None:
    monkeypatch.setattr("sessietool.readers.docx.MAX_UNPACKED", 1024 * 1024)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\x00" * (2 * 1024 * 1024))
    with pytest.raises(MalformedInput, match="too large"):
        read_transcript("bom.docx", data=out.getvalue())
