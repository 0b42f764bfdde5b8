"""Dutch (and English) dates in one place: every reader and extractor parses dates here.

``parse_date`` finds the first full date in a string (``6 maart 2024``, ``woensdag 6-3-2024``,
``2024-03-06``, ``March 6, 2024``); ``resolve`` gives a yearless day and month the year that puts
it nearest to a reference date (the meeting's).
"""
from __future__ import annotations

import datetime as dt
import re


def _month_names() -> dict[str, int]:
    """Month name -> number from ``data/dates.yaml`` (``months``: one list a month)."""
    from .language import LanguageData

    months = LanguageData.date_words()["months"]
    return {str(name): number for number, names in enumerate(months, start=1) for name in names}


MONTHS = _month_names()
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))  # regex alternation, longest first
_MONTH = MONTH_NAMES
ISO = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")
DMY = re.compile(r"(?<!\d)(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>(?:19|20)?\d{2})(?![\d-])")
DAY_MONTH_YEAR = re.compile(
    rf"(?<!\w)(?P<d>\d{{1,2}})\s*(?:e\s+)?(?P<month>{_MONTH})\.?,?\s+(?P<y>(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
MONTH_DAY_YEAR = re.compile(
    rf"\b(?P<month>{_MONTH})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d{{2}})\b", re.IGNORECASE
)
PATTERNS = (ISO, DAY_MONTH_YEAR, DMY, MONTH_DAY_YEAR)


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """A valid calendar date or None (31 februari is not a date)."""
    if year < 100:
        year += 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, dt.date]]:
    """Every full date in ``text`` with its offset, in text order."""
    found: dict[int, dt.date] = {}
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            month = m.groupdict().get("m") or MONTHS.get(m["month"].lower())
            d = make_date(int(m["y"]), int(month), int(m["d"])) if month else None
            if d and not any(abs(m.start() - o) < 3 for o in found):
                found[m.start()] = d
    return sorted(found.items())


def parse_date(text: str) -> str | None:
    """ISO form of the first full date in ``text``, or None."""
    found = find_dates(text[:2000])
    return found[0][1].isoformat() if found else None


def resolve(day: int, month: int, reference: dt.date) -> dt.date | None:
    """A yearless ``day month`` in the year (reference's, one before or after) nearest to it."""
    options = [make_date(reference.year + k, month, day) for k in (-1, 0, 1)]
    valid = [d for d in options if d]
    return min(valid, key=lambda d: abs((d - reference).days)) if valid else None
