"""Agenda items of minutes, from the document model's headings (filled once, by the readers).

Numbered headings (``3. Stand van zaken``, ``Agendapunt 4: Rondvraag``, a Word heading with an
automatic number) are the agenda when there are at least two of them: the items are the headings
at the level most of them have. Without numbers, headings in an agenda style (Word "Agendapunt")
are the items; else the headings of the shallowest level below the title that has at least two,
leaving out attendance and agenda-list headings; else the items of a list under an ``Agenda``
heading or line, each from the heading that takes it up again below (when one does). Each item
spans from its heading to the line before the next item's (the last item to the end of the
document).
"""

from __future__ import annotations

import re
from collections import Counter

from ..transcript import AgendaItem, Segment

NUMBERED = re.compile(
    r"^(?:agendapunt|agenda\s*punt|punt|item)?\s*(?P<num>\d{1,2}(?:\.\d{1,2})?[a-z]?)"
    r"(?:[.):]|\s*[-–:])?\s+(?P<title>\S.*)$",
    re.IGNORECASE,
)
MARKER_NUMBER = re.compile(r"(?P<num>\d{1,2}(?:\.\d{1,2})?[a-z]?)")
NOT_ITEMS = re.compile(
    r"^(?:aanwezig|afwezig|afgemeld|verhinderd|deelnemers|genodigden|notulist|agenda\b|"
    r"present|absent|attendees)",
    re.IGNORECASE,
)
MIN_ITEMS = 2
MAX_TITLE = 200


def agenda_items(segments: list[Segment]) -> list[AgendaItem]:
    """The agenda items in document order ([] when the document has none)."""
    headings = [(i, s) for i, s in enumerate(segments) if s.kind == "heading" and s.text.strip()]
    numbered = [(i, s, n, t) for i, s in headings if (nt := _numbered(s)) for n, t in [nt]]
    chosen: list[tuple[int, Segment, str | None, str]] = []
    if len(numbered) >= MIN_ITEMS:
        level = Counter(s.level or 1 for _i, s, _n, _t in numbered).most_common(1)[0][0]
        chosen = [c for c in numbered if (c[1].level or 1) == level]
    else:
        styled = [(i, s) for i, s in headings if s.style and "agenda" in s.style.lower()]
        pool = styled if len(styled) >= MIN_ITEMS else _below_title(headings)
        chosen = [(i, s, None, s.text.strip()) for i, s in pool]
    if len(chosen) < MIN_ITEMS:
        chosen = _agenda_list(segments)
    if len(chosen) < MIN_ITEMS:
        return []
    end = max((s.last_line for s in segments), default=0)
    items = []
    starts = sorted(c[1].line for c in chosen)
    for index, segment, number, title in chosen:
        following = next((line - 1 for line in starts if line > segment.line), end)
        items.append(
            AgendaItem(
                number=number,
                title=title[:MAX_TITLE],
                first_line=segment.line,
                last_line=max(following, segment.line),
                segment=index,
            )
        )
    return items


def _numbered(segment: Segment) -> tuple[str, str] | None:
    text = " ".join(segment.text.split())
    if segment.marker and (m := MARKER_NUMBER.search(segment.marker)):
        return m["num"], text
    m = NUMBERED.match(text)
    if not m or NOT_ITEMS.match(m["title"]):
        return None
    return m["num"].rstrip("."), m["title"].strip()


def _below_title(headings: list[tuple[int, Segment]]) -> list[tuple[int, Segment]]:
    """Headings of the shallowest level with at least two, the title and attendance left out."""
    if any(s.level is None for _i, s in headings):
        return []  # headings guessed from layout (PDF, plain text): only numbered ones count
    levels = Counter(s.level or 1 for _i, s in headings)
    candidates = [(i, s) for i, s in headings if not NOT_ITEMS.match(s.text.strip())]
    for level in sorted(levels):
        if levels[level] == 1 and level == min(levels):
            continue  # the document's title
        at_level = [(i, s) for i, s in candidates if (s.level or 1) == level]
        if len(at_level) >= MIN_ITEMS:
            return at_level
    return []


AGENDA_LABEL = re.compile(r"^(?:agenda|agendapunten|voorlopige agenda)\s*:?$", re.IGNORECASE)


def _agenda_list(segments: list[Segment]) -> list[tuple[int, Segment, str | None, str]]:
    """The items of the list right under an ``Agenda`` heading or ``Agenda:`` line; an item that
    a heading further on takes up again (same title) starts at that heading."""
    start = next(
        (i for i, s in enumerate(segments)
         if s.kind in ("heading", "text") and AGENDA_LABEL.match(" ".join(s.text.split()))),
        None,
    )
    if start is None:
        return []
    listed = []
    for i in range(start + 1, len(segments)):
        if segments[i].kind != "list_item" or segments[i].is_table_row:
            break
        listed.append(i)
    later = {
        _title_key(s.text): i for i, s in enumerate(segments)
        if i > start + len(listed) and s.kind == "heading"
    }
    chosen = []
    for i in listed:
        seg = segments[i]
        found = _numbered(seg)
        number, title = found if found else (None, " ".join(seg.text.split()))
        index = later.get(_title_key(title), i)
        chosen.append((index, segments[index], number, title))
    return chosen


def _title_key(text: str) -> str:
    found = NUMBERED.match(" ".join(text.split()))
    title = found["title"] if found else text
    return re.sub(r"\W+", " ", title.casefold()).strip()
