"""Inputs that would make a careless regular expression or join quadratic read in linear time."""
from __future__ import annotations

import contextlib
import io
import time
import zipfile

import pytest

from sessietool.errors import EmptyInput, MalformedInput
from sessietool.readers import read_transcript

N = 60_000
CASES = {  # each a file name and the text of size n
    "one long word": ("x.txt", lambda n: "a" * n + "\n" + "b" * n + "\n"),
    "spaces inside a turn": ("x.txt", lambda n: "Jan: a" + " " * n + "b\nPiet: c\n"),
    "unclosed bold": ("x.md", lambda n: "# x\n\n- " + "**a " * (n // 4) + "\n"),
    "unclosed tags": ("x.md", lambda n: "# x\n\n- " + "<a " * (n // 3) + "\n"),
    "unclosed links": ("x.md", lambda n: "# x\n\n- " + "[a](" * (n // 4) + "\n"),
    "blank lines then a table": ("x.md", lambda n: "\n" * n + "| a |\n# kop\n"),
    "heading with spaces": ("x.md", lambda n: "# a" + " " * n + "b\n"),
    "unclosed voice tags": (
        "x.vtt", lambda n: "WEBVTT\n\n00:01.000 --> 00:02.000\n" + "<v " * (n // 3)
    ),
    "hyphenated lines": ("x.txt", lambda n: ("woord-" * 20 + "\n") * (n // 30)),
    "long front matter": ("x.md", lambda n: "---\n" + "a: b\n" * n + "---\nTekst\n"),
}
LINEAR = 8  # 4 times the input may take at most this many times the CPU (quadratic: 16)
FLOOR = 0.5  # seconds of CPU below which any growth is noise


def _cpu_seconds(name: str, text: str) -> float:
    """Process CPU time of one read: unlike wall time, other load on the machine hardly moves it."""
    started = time.process_time()
    transcript = read_transcript(name, data=text.encode())
    assert transcript.segments
    return time.process_time() - started


@pytest.mark.parametrize("case", sorted(CASES))
def test_linear_time(case: str) -> None:
    name, make = CASES[case]
    small = _cpu_seconds(name, make(N // 4))
    large = _cpu_seconds(name, make(N))
    assert large < max(LINEAR * small, FLOOR), (small, large)


def test_zip_bomb_docx(monkeypatch) -> None:
    monkeypatch.setattr("sessietool.readers.docx_parts.MAX_UNPACKED", 1024 * 1024)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\x00" * (2 * 1024 * 1024))
    with pytest.raises(MalformedInput, match="too large"):
        read_transcript("bom.docx", data=out.getvalue())


HOSTILE_MARKDOWN = {
    "brackets then link openers": "[" * 200_000 + "](" * 1000,
    "nested quotes": ">" * 100_000 + " diep\n",
}


@pytest.mark.parametrize("case", sorted(HOSTILE_MARKDOWN))
def test_hostile_markdown_reads_in_seconds(case: str) -> None:
    """Read (or refused as empty: text nested deeper than markdown-it's limit is dropped)."""
    started = time.process_time()
    with contextlib.suppress(EmptyInput):
        read_transcript("x.md", data=HOSTILE_MARKDOWN[case].encode())
    assert time.process_time() - started < 5


def _table(rows: int) -> bytes:
    return ("| Naam | Rol |\n|---|---|\n" + "| Jan de Vries | voorzitter |\n" * rows).encode()


def test_markdown_table_reads_in_linear_time() -> None:
    """10x the rows may cost about 10x the time, not 100x (a 3.8 MB table is in the benchmark)."""
    timings = []
    for rows in (2_000, 20_000):
        best = float("inf")
        for _ in range(3):  # the best of three: a busy machine adds time, never takes it away
            started = time.process_time()
            transcript = read_transcript("x.md", data=_table(rows))
            best = min(best, time.process_time() - started)
        timings.append(best)
        assert len(transcript.segments) == rows
    assert timings[1] < 25 * max(timings[0], 0.01)


@pytest.mark.slow
def test_big_markdown_table_under_a_minute() -> None:
    data = _table(3_800_000 // 30)
    started = time.process_time()
    read_transcript("x.md", data=data)
    assert time.process_time() - started < 60


def _lying_zip(real: int, claimed: int) -> bytes:
    """A DOCX-shaped zip whose document.xml inflates to ``real`` bytes while its local header and
    the zip directory both claim ``claimed``."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<" * real)
    data = bytearray(out.getvalue())
    for signature, at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            data[start + at : start + at + 4] = claimed.to_bytes(4, "little")
            start += 4
    return bytes(data)


@pytest.mark.parametrize("claimed", [10, 100])
def test_docx_zip_directory_lying_about_sizes(monkeypatch, claimed: int) -> None:
    """Sizes are measured while decompressing: a small claim does not let a large member by."""
    monkeypatch.setattr("sessietool.readers.docx_parts.MAX_XML", 64 * 1024)
    started = time.process_time()
    with pytest.raises(MalformedInput):
        read_transcript("bom.docx", data=_lying_zip(4 * 1024 * 1024, claimed))
    assert time.process_time() - started < 5


def test_docx_member_over_the_xml_cap(monkeypatch) -> None:
    monkeypatch.setattr("sessietool.readers.docx_parts.MAX_XML", 64 * 1024)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b" " * (1024 * 1024))
    with pytest.raises(MalformedInput, match="too large"):
        read_transcript("bom.docx", data=out.getvalue())


def _pages_pdf(make_pdf, pages: int, stated: int) -> bytes:
    """A PDF of ``pages`` pages whose page tree root states ``/Count stated`` (same width, so
    the cross-reference offsets stay right)."""
    data = make_pdf([["a"]] * pages)
    real, lie = f"/Count {pages}".encode(), f"/Count {stated}".encode()
    assert data.count(real) == 1 and len(lie) <= len(real)
    return data.replace(real, lie.ljust(len(real)))


def test_pdf_page_count_refused_before_the_tree_is_walked(make_pdf, monkeypatch) -> None:
    """24.6: 100,000 pages took over a minute to count; the stated count refuses them first."""
    import pypdf._doc_common

    monkeypatch.setattr("sessietool.readers.pdf.MAX_PAGES", 5)

    def walked(*args: object, **kwargs: object) -> None:
        raise AssertionError("the page tree was walked")

    monkeypatch.setattr(pypdf._doc_common.PdfDocCommon, "_flatten", walked)
    with pytest.raises(MalformedInput, match="30 pages, more than the limit of 5 pages"):
        read_transcript("v.pdf", data=make_pdf([["a"]] * 30))


def test_pdf_understated_page_count_is_still_refused(make_pdf, monkeypatch) -> None:
    monkeypatch.setattr("sessietool.readers.pdf.MAX_PAGES", 5)
    with pytest.raises(MalformedInput, match="30 pages, more than the limit of 5 pages"):
        read_transcript("v.pdf", data=_pages_pdf(make_pdf, 30, 3))


def test_pdf_understated_page_count_walks_a_bounded_tree(make_pdf, monkeypatch) -> None:
    """A root that lies about its count costs a walk of the bound, not of the whole tree."""
    import pypdf

    if not hasattr(pypdf, "apply_configuration"):
        pytest.skip("pypdf without apply_configuration")
    monkeypatch.setattr("sessietool.readers.pdf.MAX_PAGES", 5)
    monkeypatch.setattr("sessietool.readers.pdf.PAGE_TREE_ENTRIES", 10)
    with pytest.raises(MalformedInput, match="page tree of over 10 entries, more than the limit"):
        read_transcript("v.pdf", data=_pages_pdf(make_pdf, 30, 3))
