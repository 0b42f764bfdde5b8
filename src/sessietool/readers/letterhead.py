"""Letterhead and meeting-head fields: "Datum", "Kenmerk", contact persons, meeting date, place.

Labels come from ``data/letterhead.yaml``. :func:`fields` reads a run of lines (a PDF page's head,
a Word header, a table cell) and returns the fields it found with the indexes of the lines that
are letterhead (the document date, reference and contact lines: furniture, not minutes text).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..dates import parse_date
from ..language import LanguageData
from ..transcript import ADDRESS, CONTACT, DOCUMENT_DATE, LOCATION, MEETING_DATE, REFERENCE

FURNITURE_FIELDS = (DOCUMENT_DATE, REFERENCE, CONTACT, ADDRESS)
MULTI_LINE = (CONTACT, ADDRESS)
MAX_VALUE_LINES = 12
PHONE_OR_MAIL = re.compile(r"@|^\s*[TtFfMm]\s*[:.]?\s*[+\d(]|^\s*[+\d][\d ()-]{7,}$|^www\.|https?:")


HEADER_CONTENT = "header_content"


@lru_cache(maxsize=1)
def labels() -> list[tuple[str, str]]:
    """(label, field) pairs, longest label first."""
    pairs = [
        (str(label).lower(), key)
        for key, values in LanguageData.letterhead_labels().items()
        if key != HEADER_CONTENT
        for label in values or []
    ]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


def header_content_labels() -> tuple[str, ...]:
    """Words that open minutes content in a Word header (``Aanwezig``), lower case."""
    data = LanguageData.letterhead_labels()
    return tuple(str(w).lower() for w in data.get(HEADER_CONTENT) or [])


def label_of(line: str) -> tuple[str, str, str] | None:
    """(field, label, rest of the line) when the line starts with a label."""
    low = line.strip().lower()
    for label, key in labels():
        if low == label or low == label + ":":
            return key, label, ""
        if low.startswith(label) and re.match(r"\s*[:\t]|\s{2,}|\s+(?=\S)", low[len(label) :]):
            rest = line.strip()[len(label) :].lstrip(" \t:")
            if key in (MEETING_DATE, DOCUMENT_DATE) and not parse_date(rest):
                continue
            loose = not re.match(r"\s*[:\t]|\s{2,}", low[len(label) :])
            if key == LOCATION and loose and not low.startswith("vergader"):
                continue  # "Plaats van de bijeenkomst ...": prose, not a field
            return key, label, rest
    return None


def fields(lines: list[str]) -> tuple[dict[str, str], set[int]]:
    """The fields the lines state and the indexes of letterhead lines among them."""
    found: dict[str, str] = {}
    furniture: set[int] = set()
    i = 0
    while i < len(lines):
        hit = label_of(lines[i])
        if not hit:
            i += 1
            continue
        key, _label, rest = hit
        taken = [i]
        values = [rest] if rest else []
        j = i + 1
        if not rest:
            limit = MAX_VALUE_LINES if key in MULTI_LINE else 1
            while j < len(lines) and len(taken) <= limit and lines[j].strip():
                if label_of(lines[j]):
                    break
                values.append(lines[j].strip())
                taken.append(j)
                j += 1
        value = _value(key, values)
        if value and key not in found:
            found[key] = value
        if key in FURNITURE_FIELDS:
            furniture.update(taken)

        i = max(j, i + 1)
    return found, furniture


def _value(key: str, values: list[str]) -> str | None:
    if key in (MEETING_DATE, DOCUMENT_DATE):
        return next((d for v in values if (d := parse_date(v))), None)
    if key == ADDRESS:
        return "; ".join(v for v in values if v) or None
    if key == CONTACT:
        names = [v for v in values if v and not PHONE_OR_MAIL.search(v)]
        return "; ".join(names) or None
    text = " ".join(v for v in values if v).strip()
    return text or None
