"""Pure extractors: from a parsed session (:class:`SessionDoc`) to summary records.

No I/O, no printing, no global state: each module exposes one function.
"""

from __future__ import annotations

from ..summary import Generator, Source, Summary
from .actions import action_points
from .context import SessionDoc
from .dates import dates, session_date
from .names import first_names
from .organisations import organisations
from .session import session_info
from .speakers import speakers
from .themes import themes

__all__ = ["SessionDoc", "build_summary"]


def _person_forms(*groups: list) -> set[str]:
    """Every name, alias and first name of the people found, case-folded."""
    forms: set[str] = set()
    for group in groups:
        for p in group:
            forms.update(f.casefold() for f in (p.name, *p.aliases))
            forms.add(p.name.split()[0].casefold())
            forms.add(p.name.split()[-1].casefold())
    return forms | {n.casefold() for n in first_names()}


def build_summary(session: SessionDoc, source: Source, generator: Generator) -> Summary:
    """Every extractor in dependency order: organisations → people → dates → actions → themes."""
    org_index = organisations(session)
    people, mentioned = speakers(session, org_index)
    org_index.prune(_person_forms(people, mentioned))
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
        action_points=action_points(
            session, [*people, *mentioned], orgs, found_dates, meeting_date=date
        ),
        dates=found_dates,
    )
