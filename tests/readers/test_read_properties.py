"""Property-based robustness: any input either reads or raises an InputError subclass."""
from __future__ import annotations

import io
import os

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from readers_helpers import build_pdf

from sessietool.errors import InputError
from sessietool.readers import read_transcript
from sessietool.transcript import FORMATS, SEGMENT_KINDS, Transcript

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
