"""Chunks of at most the bound, whatever the segments (issue 24, 2 and 3): api._chunks."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sessietool.api import _chunks, _pieces
from sessietool.extract.context import SEPARATOR
from sessietool.transcript import Segment, Transcript


def _transcript(texts: list[str]) -> Transcript:
    segments = [Segment(t, ((i + 1, 1),)) for i, t in enumerate(texts)]
    return Transcript(segments=segments, format="report")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab *\n", min_size=1, max_size=400), min_size=1, max_size=8),
       st.integers(min_value=4, max_value=120))
def test_chunks_are_bounded_and_concatenate_to_the_text(texts: list[str], limit: int) -> None:
    chunks = _chunks(_transcript(texts), limit)
    assert "".join(chunks) == SEPARATOR.join(texts)
    assert all(0 < len(c) <= limit for c in chunks)


def test_one_long_word_is_split_hard_at_the_bound() -> None:
    assert [len(p) for p in _pieces("x" * 25, 10)] == [10, 10, 5]


def test_a_long_segment_is_split_at_whitespace() -> None:
    pieces = _pieces("aaaa bbbb cccc dddd", 10)
    assert pieces == ["aaaa bbbb ", "cccc dddd"]


def test_short_segments_are_packed_as_before() -> None:
    assert _chunks(_transcript(["een", "twee"]), 100) == ["een\n\ntwee"]
