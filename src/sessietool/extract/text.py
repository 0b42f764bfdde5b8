"""Small text helpers shared by the extractors."""

from __future__ import annotations

import re

MAX_LINES = 10  # how many source lines an item lists
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "´": "'", "`": "'"})


def clean_quotes(text: str) -> str:
    """Typographic quotes to ASCII ones."""
    return text.translate(_QUOTES)


def squash(text: str) -> str:
    """Collapse whitespace runs to single spaces."""
    return re.sub(r"\s+", " ", text).strip()


def add_line(lines: list[int], line: int) -> None:
    """Append a source line once, keeping at most MAX_LINES."""
    if line and line not in lines and len(lines) < MAX_LINES:
        lines.append(line)
