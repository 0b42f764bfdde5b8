"""Where a PDF page's text sits: pypdf's text fragments with their position, and the page's
horizontal rules (table borders, cell boxes), recorded while pypdf extracts the plain text.

pypdf calls ``visitor_text`` for every fragment it writes into the page text, in order, so the
fragments' texts joined are that text; each fragment is tied to the lines of the page text it
covers. :class:`LayoutRecorder` is handed to ``extract_text``; :meth:`LayoutRecorder.layout`
returns the :class:`PageLayout`, or None when the fragments do not add up to the text.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass, field

RULE_MAX_THICKNESS = 2.0  # a filled rectangle this thin is a border line
RULE_MIN_LENGTH = 8.0
BOX_MIN_SIDE = 2.0  # a rectangle larger than this both ways is a cell box: its edges are rules
LEVEL = 0.5  # a path segment this close to horizontal is a rule


@dataclass(frozen=True)
class Fragment:
    """One piece of text as pypdf wrote it, at its start position (page units, y up)."""

    text: str
    x: float
    y: float
    size: float  # the font size on the page
    index: int  # order in the page's stream of fragments
    first_line: int  # 0-based line of the page text where its visible text starts (-1: blank)
    last_line: int


@dataclass(frozen=True)
class Rule:
    """A horizontal edge on the page: a border, or the top or bottom of a cell box."""

    y: float
    x0: float
    x1: float


@dataclass
class PageLayout:
    fragments: list[Fragment] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)


class LayoutRecorder:
    """Collects fragments and rules of one page through pypdf's visitor callbacks."""

    def __init__(self) -> None:
        self._texts: list[tuple[str, float, float, float]] = []
        self._rules: list[Rule] = []
        self._point: tuple[float, float] | None = None

    def text(self, text: str, cm: list, tm: list, _font: object, size: float) -> None:
        a = tm[0] * cm[0] + tm[1] * cm[2]
        b = tm[0] * cm[1] + tm[1] * cm[3]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        self._texts.append((text, x, y, float(size or 0) * math.hypot(a, b)))

    def operand(self, op: bytes, args: list, cm: list, _tm: list) -> None:
        try:
            if op == b"re" and len(args) == 4:
                self._rectangle(*(float(v) for v in args), cm)
            elif op == b"m" and len(args) == 2:
                self._point = _apply(cm, float(args[0]), float(args[1]))
            elif op == b"l" and len(args) == 2 and self._point is not None:
                end = _apply(cm, float(args[0]), float(args[1]))
                (x0, y0), (x1, y1) = self._point, end
                if abs(y1 - y0) <= LEVEL and abs(x1 - x0) >= RULE_MIN_LENGTH:
                    self._rules.append(Rule(y0, min(x0, x1), max(x0, x1)))
                self._point = end
        except (TypeError, ValueError):
            return

    def _rectangle(self, x: float, y: float, w: float, h: float, cm: list) -> None:
        (x0, y0), (x1, y1) = _apply(cm, x, y), _apply(cm, x + w, y + h)
        left, right, low, high = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
        if right - left < RULE_MIN_LENGTH:
            return
        if high - low <= RULE_MAX_THICKNESS:
            self._rules.append(Rule((low + high) / 2, left, right))
        elif high - low > BOX_MIN_SIDE:
            self._rules.extend((Rule(low, left, right), Rule(high, left, right)))

    def layout(self, page_text: str) -> PageLayout | None:
        """The page's layout, its fragments tied to the lines of ``page_text`` once cleaned
        (``\\r\\n`` and ``\\r`` read as line breaks, leading empty lines dropped)."""
        if "".join(t for t, *_ in self._texts) != page_text:
            return None
        breaks = [
            i
            for i, c in enumerate(page_text)
            if c == "\n" or (c == "\r" and page_text[i + 1 : i + 2] != "\n")
        ]
        cleaned = page_text.replace("\r\n", "\n").replace("\r", "\n")
        leading = len(cleaned) - len(cleaned.lstrip("\n"))
        fragments, offset = [], 0
        for index, (text, x, y, size) in enumerate(self._texts):
            visible = [i for i, c in enumerate(text) if not c.isspace()]
            if visible:
                first = bisect_left(breaks, offset + visible[0]) - leading
                last = bisect_left(breaks, offset + visible[-1]) - leading
            else:
                first = last = -1
            fragments.append(Fragment(text, x, y, size, index, first, last))
            offset += len(text)
        return PageLayout(fragments, list(self._rules))


def _apply(cm: list, x: float, y: float) -> tuple[float, float]:
    return x * cm[0] + y * cm[2] + cm[4], x * cm[1] + y * cm[3] + cm[5]
