"""Build segments from source lines while keeping the map back to those lines."""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..transcript import Segment

Line = tuple[str, int]  # (text, 1-based source line)


def join_lines(parts: Sequence[Line], sep: str = "\n") -> tuple[str, tuple[tuple[int, int], ...]]:
    """Join ``(text, line)`` parts with ``sep``; return the text and its line map."""
    chunks: list[str] = []
    line_map: list[tuple[int, int]] = []
    offset = 0
    for text, line in parts:
        if chunks:
            chunks.append(sep)
            offset += len(sep)
        line_map.append((offset, line))
        chunks.append(text)
        offset += len(text)
    return "".join(chunks), tuple(line_map)


def make_segment(parts: Sequence[Line], sep: str = "\n", **kwargs: object) -> Segment:
    """A segment whose text is ``parts`` joined by ``sep``."""
    text, line_map = join_lines(parts, sep)
    return Segment(text=text, line_map=line_map, **kwargs)  # type: ignore[arg-type]


def strip_closing_hashes(heading: str) -> str:
    """``Kop ##`` -> ``Kop``: drop an ATX heading's optional closing sequence and spaces."""
    heading = heading.strip()
    bare = heading.rstrip("#")
    if bare != heading and (not bare or bare[-1] in " \t"):
        heading = bare.rstrip()
    return heading


def numbered(text: str) -> list[Line]:
    """The lines of ``text`` with their 1-based numbers (split on ``\\n`` only)."""
    return [(line, number) for number, line in enumerate(text.split("\n"), start=1)]


def iter_numbered(text: str) -> Iterator[Line]:
    """:func:`numbered`, one line at a time: a reader that streams over its lines never holds
    them all at once (a million-cue subtitle file is four million lines)."""
    start, number = 0, 1
    while (end := text.find("\n", start)) >= 0:
        yield text[start:end], number
        start, number = end + 1, number + 1
    yield text[start:], number
