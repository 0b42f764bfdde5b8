"""Is an offset inside one of a fixed set of character spans? In log time, so a long session's
thousands of names, chunks and turns are not each compared with every span (quadratic)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class Spans:
    """Half-open spans ``[start, end)``, in any order, overlapping or not: ``x in spans`` is
    ``any(s <= x < e for s, e in spans)``."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _e in ordered]
        self._ends: list[int] = []  # the largest end among the spans up to each one
        reach = None
        for _s, e in ordered:
            reach = e if reach is None or e > reach else reach
            self._ends.append(reach)

    def __contains__(self, x: int) -> bool:
        i = bisect_right(self._starts, x)
        return i > 0 and self._ends[i - 1] > x

    def __len__(self) -> int:
        return len(self._starts)
