"""A folder of summaries as one index: a row per session and the action register."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .. import __version__
from ..compare.trends import Trends, session_order, trends
from ..summary import Summary
from .model import build_page
from .register import OPEN, RegisterEntry, RegisterSession, action_register


@dataclass
class IndexRow:
    label: str
    date: str | None
    title: str
    source: str
    page: str | None
    participants: int
    organisations: int
    decisions: int
    actions: int
    themes: list[str]


@dataclass
class FolderIndex:
    title: str
    rows: list[IndexRow]
    register: list[RegisterEntry]
    trends: Trends
    tool: str = f"sessietool {__version__}"
    sessions: list[RegisterSession] = field(default_factory=list)

    @property
    def first(self) -> str | None:
        dates = [r.date for r in self.rows if r.date]
        return min(dates) if dates else None

    @property
    def last(self) -> str | None:
        dates = [r.date for r in self.rows if r.date]
        return max(dates) if dates else None

    @property
    def open_count(self) -> int:
        return sum(1 for e in self.register if e.status == OPEN)

    @property
    def has_ref(self) -> bool:
        return any(e.ref for e in self.register)


def build_index(
    items: Sequence[tuple[Mapping[str, Any], Summary]],
    *,
    title: str = "Sessies",
    pages: Mapping[int, str] | None = None,
    source_hrefs: Mapping[int, str] | None = None,
    lookback: int = 2,
    top_themes: int = 3,
) -> FolderIndex:
    """The index of ``items`` (each a summary's plain data and the :class:`Summary` read from
    it), ordered by session date as ``trends`` orders them. ``pages`` and ``source_hrefs`` give,
    by position in ``items``, where a session's page and its source are (relative links)."""
    pages, source_hrefs = pages or {}, source_hrefs or {}
    summaries = [s for _, s in items]
    result = trends(summaries, lookback=lookback)
    position = {id(s): k for k, s in enumerate(summaries)}
    sessions = []
    rows = []
    for label_session, summary in zip(result.sessions, session_order(summaries), strict=True):
        k = position[id(summary)]
        data = items[k][0]
        session = RegisterSession(label_session.label, data, summary, pages.get(k),
                                  source_hrefs.get(k))
        sessions.append(session)
        page = build_page(data, source_href=session.source_href)
        taxonomy = [t.label for t in page.themes if t.source != "keyphrase"] or [
            t.label for t in page.themes
        ]
        rows.append(IndexRow(
            label=session.label, date=page.date, title=page.title, source=page.source_path,
            page=session.page, participants=len(page.participants),
            organisations=len(page.organisations), decisions=len(page.decisions),
            actions=len(page.actions), themes=taxonomy[:top_themes],
        ))
    return FolderIndex(
        title=title, rows=rows, register=action_register(sessions, lookback=lookback),
        trends=result, sessions=sessions,
    )
