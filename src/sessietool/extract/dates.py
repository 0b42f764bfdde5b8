"""Dates: every date the text names, normalised to ISO, and the session's own date.

Month and weekday names come from dateparser's Dutch locale data and every expression is
normalised by dateparser; only the candidate spans are found here. A date without a year takes
the year most named in the text (or the session's); relative phrases resolve against the
session date when it is known.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from ..dates import resolve
from ..summary import DateMention
from ..transcript import DOCUMENT_DATE, MEETING_DATE
from .context import SessionDoc
from .text import squash

_NUMERIC = re.compile(  # "24-4-2020", and "24-4 -2020" as a PDF may space it
    r"(?<!\d)(\d{1,2})[-/.](\d{1,2})(?:[-/.]| -)((?:19|20)\d{2})(?!\d)"
)
_DAY_MONTH = re.compile(r"(?<![\d:./-])(\d{1,2})[-/](\d{1,2})(?![\d:./-])")  # "27-08" in a title
_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")


@lru_cache(maxsize=1)
def _locale() -> tuple[dict[str, int], list[str]]:
    from dateparser.languages.loader import default_loader

    info = default_loader.get_locale("nl").info
    months = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
    names = {n.casefold(): i + 1 for i, m in enumerate(months) for n in info[m]}
    days = [
        n
        for d in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        for n in info[d]
    ]
    return names, days


@lru_cache(maxsize=1)
def _relative_data() -> dict:
    from ..language import LanguageData

    return LanguageData.date_words()


@lru_cache(maxsize=1)
def _textual() -> re.Pattern[str]:
    months, days = _locale()
    m_alt = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    d_alt = "|".join(sorted(map(re.escape, days), key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?:{d_alt})\.?\s+)?(\d{{1,2}})(?:\s*(?:en|t/m|tot en met|tot|-|–)\s*(\d{{1,2}}))?"
        rf"\s+({m_alt})\b\.?(?:\s+((?:19|20)\d{{2}}))?",
        re.IGNORECASE,
    )


def _parse(day: int, month: int, year: int) -> dt.date | None:
    """A valid calendar date or None (31 februari is not a date)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


Found = tuple[tuple[int, int, tuple[tuple[int, int], ...], int | None], ...]


@lru_cache(maxsize=4)
def _found(text: str) -> Found:
    """Absolute date expressions: (start, end, ((day, month), …), year or None), sorted;
    remembered for the last few texts (each session's text is scanned by three callers)."""
    months, _ = _locale()
    out = []
    for m in _textual().finditer(text):
        month = months[m.group(3).casefold().rstrip(".")]
        days = [int(m.group(1))] + ([int(m.group(2))] if m.group(2) else [])
        out.append(
            (
                m.start(),
                m.end(),
                tuple((d, month) for d in days),
                int(m.group(4)) if m.group(4) else None,
            )
        )
    for m in _NUMERIC.finditer(text):
        out.append((m.start(), m.end(), ((int(m.group(1)), int(m.group(2))),), int(m.group(3))))
    for m in _ISO.finditer(text):
        out.append((m.start(), m.end(), ((int(m.group(3)), int(m.group(2))),), int(m.group(1))))
    return tuple(sorted(out))


def default_year(text: str, hint: str | None) -> int | None:
    """The year most named in full dates of the text, else the year of a hint date."""
    years = Counter(y for _s, _e, _d, y in _found(text) if y)
    if years:
        return years.most_common(1)[0][0]
    if hint:
        return int(hint[:4])
    years = Counter(int(y) for y in _YEAR.findall(text))
    return years.most_common(1)[0][0] if years else None


def date_from_name(name: str) -> str | None:
    """An ISO date in a file or folder name: ``22-09-2016``, ``2021-06-17``, ``4-november-2022``."""
    months, _ = _locale()
    stem = Path(name).name
    if m := _ISO.search(stem):
        d = _parse(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return d.isoformat() if d else None
    if m := _NUMERIC.search(stem.replace("_", "-")):
        d = _parse(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return d.isoformat() if d else None
    spaced = re.sub(r"[-_]+", " ", stem)
    if (m := _textual().search(spaced)) and m.group(4):
        month = months[m.group(3).casefold().rstrip(".")]
        d = _parse(int(m.group(1)), month, int(m.group(4)))
        return d.isoformat() if d else None
    return None


def dates(session: SessionDoc, base: str | None = None) -> list[DateMention]:
    """Every date expression, in source order; relative ones only when ``base`` is known."""
    text = session.text
    year = default_year(text, base)
    out: list[DateMention] = []
    reference = dt.date.fromisoformat(base) if base else None
    for start, end, pairs, y in _found(text):
        for day, month in pairs:
            if y:
                d = _parse(day, month, y)
            elif reference:
                d = resolve(day, month, reference)  # yearless: nearest the meeting date
            elif year:
                d = _parse(day, month, year)
            else:
                continue
            if d:
                out.append(
                    DateMention(
                        date=d.isoformat(),
                        text=squash(text[start:end]),
                        line=session.line_of(start),
                    )
                )
    if base:
        out.extend(_relative(session, dt.date.fromisoformat(base)))
        out.extend(_month_parts(session, dt.date.fromisoformat(base)))
    out.sort(key=lambda m: (m.line, m.date))
    unique: list[DateMention] = []
    for m in out:
        if not unique or (m.date, m.text, m.line) != (
            unique[-1].date,
            unique[-1].text,
            unique[-1].line,
        ):
            unique.append(m)
    return unique


@lru_cache(maxsize=1)
def _relative_pattern() -> re.Pattern[str]:
    data = _relative_data()
    phrases = [e["phrase"] for e in data.get("seasons", [])] + list(data.get("relative", []))
    alternation = "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _dateparse(phrase: str, base: dt.date) -> dt.date | None:
    """``phrase`` normalised by dateparser against ``base`` (cached: a session repeats its
    relative phrases, and each dateparser call costs milliseconds)."""
    import dateparser

    settings = {
        "RELATIVE_BASE": dt.datetime.combine(base, dt.time()),
        "PREFER_DATES_FROM": "future",
    }
    parsed = dateparser.parse(phrase, languages=["nl"], settings=settings)
    return parsed.date() if parsed else None


def _relative(session: SessionDoc, base: dt.date) -> list[DateMention]:
    """Relative phrases: seasons from the data file, the rest normalised by dateparser."""
    seasons = {e["phrase"]: e for e in _relative_data().get("seasons", [])}
    out = []
    for m in _relative_pattern().finditer(session.text):
        phrase = m.group(0).casefold()
        if phrase in seasons:
            entry = seasons[phrase]
            year = base.year + (1 if entry.get("next_year") else 0)
            d = dt.date(year, entry["month"], entry["day"])
            if d < base and not entry.get("next_year"):
                d = dt.date(year + 1, entry["month"], entry["day"])
        else:
            d = _dateparse(phrase, base)
            if d is None:
                continue
        line = session.line_of(m.start())
        out.append(DateMention(date=d.isoformat(), text=m.group(0), line=line))
    return out


@lru_cache(maxsize=1)
def _month_part_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``eind mei 2025`` (a part of a month, ``month_parts``) and ``Q3``, ``derde kwartaal``
    (``quarter_ordinals`` of ``data/dates.yaml``), each with an optional year."""
    data = _relative_data()
    months, _ = _locale()
    parts = "|".join(map(re.escape, sorted(data.get("month_parts", {}), key=len, reverse=True)))
    m_alt = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    ordinals = "|".join(map(re.escape, data.get("quarter_ordinals", {})))
    year = r"(?:\s+(?P<year>(?:19|20)\d{2}))?"
    part = re.compile(
        rf"\b(?P<part>{parts or '(?!x)x'})\s+(?P<month>{m_alt})\b\.?{year}(?![\d-])", re.I
    )
    quarter = re.compile(
        rf"\b(?:Q(?P<q>[1-4])|(?:het\s+)?(?P<ord>{ordinals or '(?!x)x'})\s+kwartaal)\b"
        rf"(?:\s+(?:van\s+)?(?P<year>(?:19|20)\d{{2}}))?",
        re.I,
    )
    return part, quarter


def _month_parts(session: SessionDoc, base: dt.date) -> list[DateMention]:
    """``eind mei`` → the 31st of May, ``in Q3`` → 30 September: yearless ones in the year
    nearest the meeting (as a yearless ``31 mei``)."""
    data = _relative_data()
    months, _ = _locale()
    part_rx, quarter_rx = _month_part_patterns()
    text = session.text
    out = []
    for m in part_rx.finditer(text):
        month = months[m.group("month").casefold().rstrip(".")]
        day = int(data["month_parts"][m.group("part").casefold()])
        out.append((m, month, day))
    for m in quarter_rx.finditer(text):
        q = int(m.group("q") or data["quarter_ordinals"][m.group("ord").casefold()])
        out.append((m, 3 * q, 0))
    mentions = []
    for m, month, day in out:
        year = int(m.group("year")) if m.group("year") else None
        if year is None:
            near = resolve(1, month, base)
            year = near.year if near else base.year
        last = calendar.monthrange(year, month)[1]
        d = _parse(day or last, month, year)
        if d:
            line = session.line_of(m.start())
            mentions.append(DateMention(date=d.isoformat(), text=squash(m.group(0)), line=line))
    return mentions


DATE_LINE_WORDS = 20  # a date line or a short head block, not a paragraph of prose
ACTION_HEADERS = re.compile(r"actie|status|wie|eigenaar|deadline|gereed", re.IGNORECASE)


def _first_date(
    text: str, year: int | None, reference: dt.date | None, skip: frozenset[str] = frozenset()
) -> str | None:
    """The first date in ``text`` not right after a word of ``skip``; a yearless one takes
    ``year`` or resolves near ``reference``."""
    for start, _end, pairs, y in _found(text):
        before = text[max(0, start - 20) : start].split()
        if before and before[-1].casefold() in skip:
            continue
        day, month = pairs[0]
        if y:
            d = _parse(day, month, y)
        elif reference:
            d = resolve(day, month, reference)
        elif year:
            d = _parse(day, month, year)
        else:
            d = None
        if d:
            return d.isoformat()
    return None


def session_date(session: SessionDoc) -> str | None:
    """The meeting's date (see :func:`stated_date`); where the file name's date has the same day
    and month in another year, or day and month swapped, the file name's wins: minutes copied from
    last year's template keep its year, and "02-07-2019" is read either way round."""
    date = stated_date(session)
    named = date_from_name(session.path) if session.path else None
    if date and named and date != named:
        d, n = dt.date.fromisoformat(date), dt.date.fromisoformat(named)
        swapped = (d.year, d.month, d.day) == (n.year, n.day, n.month)
        if (d.month, d.day) == (n.month, n.day) or swapped:
            return named
    return date


def stated_date(session: SessionDoc) -> str | None:
    """The meeting's date as the document states it, in this order: stated by the file (front
    matter, Teams header), a "Vergaderdatum" field, the first date in the title or a short line of
    the document's head (action-list rows and prose left out), the file or folder name, the
    letterhead's document date, and the first date of the opening text (action-list rows left
    out). In the head and the opening text a date right after a period word ("per 1-1-2023",
    "voor 10/6", ``period_words`` in ``data/dates.yaml``) is passed by; a day and month in the
    title ("Notulen werkgroep 27-08") come before the file name. A yearless date takes the
    year of a date in the file name, else a year in the title or file name, else the year most
    named in the text."""
    from .session import head_segments, stated_title

    t = session.transcript
    if t.date:
        return t.date
    if t.metadata.get(MEETING_DATE):
        return t.metadata[MEETING_DATE]
    named = date_from_name(session.path) if session.path else None
    document = t.metadata.get(DOCUMENT_DATE)
    reference = dt.date.fromisoformat(named or document) if (named or document) else None
    head = [  # date lines and attendance blocks, not prose that mentions another date
        line
        for s in head_segments(t)
        if not (s.is_table_row and any(ACTION_HEADERS.search(h) for h in s.header))
        for line in s.text.split("\n")
        if s.is_table_row or len(s.text.split()) <= DATE_LINE_WORDS
    ]
    title = stated_title(t) or ""
    stated = _YEAR.search(title) or _YEAR.search(Path(session.path or "").name)
    year = int(stated.group(1)) if stated else default_year(session.text, None)
    skip = frozenset(str(w).casefold() for w in _relative_data().get("period_words", []))
    for text, passed in ((title, frozenset()), ("\n".join(head), skip)):
        if text and (d := _first_date(text, year, reference, passed)):
            return d
    if year and (m := _DAY_MONTH.search(title)) and (d := _parse(int(m[1]), int(m[2]), year)):
        return d.isoformat()  # "Notulen werkgroep 27-08"
    if named:
        return named
    if session.path and (d := date_from_name(str(Path(session.path).parent))):
        return d
    if document:
        return document
    return _first_date(_opening_text(session), year, None, skip)


def _opening_text(session: SessionDoc) -> str:
    """The first tenth of the text (at least 1,500 characters), action-list rows left out."""
    budget = max(1500, len(session.text) // 10)
    parts: list[str] = []
    for s in session.transcript.segments:
        if s.is_table_row and any(ACTION_HEADERS.search(h) for h in s.header):
            continue
        parts.append(s.text)
        budget -= len(s.text) + 1
        if budget <= 0:
            break
    return "\n".join(parts)
