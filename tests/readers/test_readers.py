"""sessietool.readers: read_transcript refuses (missing, too large, empty, binary), detects and
dispatches; pathological inputs read in linear time; any input reads or raises an InputError."""
from __future__ import annotations

import contextlib
import gc
import io
import os
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
from sessietool.transcript import FORMATS, SEGMENT_KINDS, Transcript

from .readers_helpers import build_pdf


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


# Inputs that would make a careless regular expression or join quadratic read in linear time.
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
    """10x the rows may cost about 10x the time, not 100x (a 3.8 MB table is in the benchmark).
    The garbage collector is off while timing: its full passes grow with every live object, so
    they would charge the larger input for what the test suite holds, not for the reader."""
    timings = []
    for rows in (2_000, 20_000):
        best = float("inf")
        for _ in range(3):  # the best of three: a busy machine adds time, never takes it away
            gc.collect()
            gc.disable()
            try:
                started = time.process_time()
                transcript = read_transcript("x.md", data=_table(rows))
                best = min(best, time.process_time() - started)
            finally:
                gc.enable()
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


# Property-based robustness: any input either reads or raises an InputError subclass.
SUFFIXES = st.sampled_from([".txt", ".vtt", ".srt", ".md", ".docx", ".pdf", ""])
FRAGMENTS = [
    "WEBVTT", "NOTE x", "1", "2", "00:00:01.000 --> 00:00:02.000", "0:0:5.320 --> 0:0:6.1",
    "00:00:01,000 --> 00:00:03,000", "99:99:99.999 --> 00:00:01.000", "-->", "<v Jan>hoi</v>",
    "<v Ren&#233;e>ja", "Jan: hoi", "NAAM: tekst", "De voorzitter:", "De heer Alkaya (SP):",
    "Jan de Vries 00:03:12", "Marcelis vindt: goed.", "# Titel", "## Kop", "-   item",
    "1. punt", "   vervolg", "| a | b |", "| --- | --- |", "|", "---", "title: x",
    "date: 2020-01-01", "...", "```", " ", "", "\t", "samen-", "werking", "zij-", "instroom.",
    "Kort", "**vet**",
    "[link](http://x)", "Â€™", "Ã©", "\x0c", "\u2028", "\x85", "&amp;", "<br />", "{\\an8}",
]
fragment_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=40
).map("\n".join)

# Raise for a longer fuzzing run: SESSIETOOL_PROPERTY_EXAMPLES=5000 pytest tests/readers
EXAMPLES = int(os.environ.get("SESSIETOOL_PROPERTY_EXAMPLES", "200"))
PROPERTY_SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _check(name: str, data: bytes) -> None:
    try:
        transcript = read_transcript(name, data=data)
    except InputError as exc:
        # read_transcript's last-resort handler says "unexpected": that is a reader bug
        assert "unexpected" not in str(exc), exc
        return
    _check_transcript(transcript)


def _check_transcript(transcript: Transcript) -> None:
    assert transcript.format in FORMATS
    assert transcript.segments
    for segment in transcript.segments:
        assert segment.kind in SEGMENT_KINDS
        assert segment.line_map, segment
        offsets = [offset for offset, _ in segment.line_map]
        assert offsets == sorted(offsets)
        assert all(0 <= o <= len(segment.text) for o in offsets)
        assert all(line >= 1 for _, line in segment.line_map)
        if segment.start is not None and segment.end is not None:
            assert segment.start >= 0


@PROPERTY_SETTINGS
@given(data=st.binary(max_size=2000), suffix=SUFFIXES)
def test_arbitrary_bytes(data: bytes, suffix: str) -> None:
    _check(f"input{suffix}", data)


@PROPERTY_SETTINGS
@given(text=st.text(max_size=2000), suffix=SUFFIXES, encoding=st.sampled_from(["utf-8", "utf-16"]))
def test_arbitrary_text(text: str, suffix: str, encoding: str) -> None:
    _check(f"input{suffix}", text.encode(encoding, errors="surrogatepass"))


@PROPERTY_SETTINGS
@given(text=fragment_text, suffix=SUFFIXES)
def test_structured_text(text: str, suffix: str) -> None:
    data = text.encode("utf-8", errors="surrogatepass")
    _check(f"input{suffix}", data)
    try:
        transcript = read_transcript(f"input{suffix}", data=data)
    except InputError:
        return
    if transcript.format not in ("docx", "pdf"):
        lines = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
        assert all(line <= lines for s in transcript.segments for _, line in s.line_map)


@PROPERTY_SETTINGS
@given(prefix=st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b"WEBVTT\n\n", b"\xef\xbb\xbf"]),
       tail=st.binary(max_size=1000), suffix=SUFFIXES)
def test_magic_prefixes(prefix: bytes, tail: bytes, suffix: str) -> None:
    _check(f"input{suffix}", prefix + tail)


def _sample_docx() -> bytes:
    document = docx.Document()
    for text in ["Overleg", "6 oktober 2020", "Jan   0:03", "Hallo.", "Piet   0:10", "Hoi."]:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


SAMPLES = {
    "x.docx": _sample_docx(),
    "x.pdf": build_pdf([["Verslag", "Een zin over de samen-", "werking."], ["Tweede pagina."]]),
}


@PROPERTY_SETTINGS
@given(
    name=st.sampled_from(sorted(SAMPLES)),
    edits=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=8),
    cut=st.one_of(st.none(), st.integers(min_value=0)),
)
def test_damaged_documents(name: str, edits: list[tuple[int, int]], cut: int | None) -> None:
    data = bytearray(SAMPLES[name])
    for position, value in edits:
        data[position % len(data)] = value
    if cut is not None:
        data = data[: cut % len(data)]
    _check(name, bytes(data))
