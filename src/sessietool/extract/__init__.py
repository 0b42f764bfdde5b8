"""Pure extractors: from a parsed session (:class:`SessionDoc`) to summary records.

No I/O, no printing, no global state: each module exposes one function.
"""

from __future__ import annotations

from ..language import LanguageData
from ..summary import Generator, Source, Summary
from .actions import action_points
from .context import SessionDoc
from .dates import dates, session_date
from .names import first_names
from .organisations import organisations
from .session import agenda, session_info
from .speakers import initials, speakers
from .themes import themes

__all__ = ["SessionDoc", "build_summary"]


def _person_forms(language: LanguageData, *groups: list) -> set[str]:
    """Every name, alias, first name and initials (``JK``) of the people found, case-folded."""
    forms: set[str] = set()
    for group in groups:
        for p in group:
            forms.update(f.casefold() for f in (p.name, *p.aliases))
            forms.add(p.name.split()[0].casefold())
            forms.add(p.name.split()[-1].casefold())
            forms.update(code.casefold() for code in initials(p.name, language))
    return forms | {n.casefold() for n in first_names()}


def build_summary(session: SessionDoc, source: Source, generator: Generator) -> Summary:
    """Every extractor in dependency order: organisations → people → dates → actions → themes."""
    org_index = organisations(session)
    people, mentioned = speakers(session, org_index)
    org_index.prune(_person_forms(session.language, people, mentioned))
    orgs = org_index.organisations()
    ids = {o.id for o in orgs}
    for p in [*people, *mentioned]:  # never an id that names no organisation entry
        if p.organisation and p.organisation not in ids:
            p.organisation = None
    date = session_date(session)
    found_dates = dates(session, date)
    return Summary(
        source=source,
        generator=generator,
        session=session_info(session, date),
        agenda=agenda(session),
        speakers=people,
        people_mentioned=mentioned,
        organisations=orgs,
        themes=themes(session),
        action_points=action_points(
            session, [*people, *mentioned], orgs, found_dates, meeting_date=date
        ),
        dates=found_dates,
    )
