"""Pure extractors: from a parsed session (:class:`SessionDoc`) to summary records.

No I/O, no printing, no global state: each module exposes one function.
"""
from __future__ import annotations

from ..summary import Generator, Source, Summary
from .actions import action_points
from .context import SessionDoc
from .dates import dates, session_date
from .organisations import organisations
from .session import session_info
from .speakers import speakers
from .themes import themes

__all__ = ["SessionDoc", "build_summary"]


def build_summary(session: SessionDoc, source: Source, generator: Generator) -> Summary:
    """Every extractor in dependency order: organisations → people → dates → actions → themes."""
    org_index = organisations(session)
    people, mentioned = speakers(session, org_index)
    orgs = org_index.organisations()
    date = session_date(session)
    found_dates = dates(session, date)
    return Summary(
        source=source,
        generator=generator,
        session=session_info(session, date),
        speakers=people,
        people_mentioned=mentioned,
        organisations=orgs,
        themes=themes(session),
        action_points=action_points(session, people, orgs, found_dates),
        dates=found_dates,
    )
