"""Pure extractors: from a parsed session (:class:`SessionDoc`) to summary records, and
:func:`build_summary`, the conductor that runs them and assembles the whole :class:`Summary`.

No I/O, no global state: each module exposes one function; the conductor logs the language
check's one warning.
"""

from __future__ import annotations

import logging

from .. import __version__
from ..language import LanguageData
from ..summary import Generator, Source, Summary
from .actions import action_points
from .context import SessionDoc
from .dates import dates, session_date
from .language_id import detect_language, invented_names, not_dutch_warning
from .names import first_names
from .organisations import organisations
from .session import agenda, session_info
from .speakers import initials, speakers
from .themes import themes

__all__ = ["SessionDoc", "build_summary"]

LOGGER = logging.getLogger("sessietool")


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


def build_summary(session: SessionDoc, *, sha256: str, model: str) -> Summary:
    """The conductor: every extractor in dependency order (organisations → people → dates →
    actions → themes), the organisations the people extractor met merged into the index before
    it is pruned, then the language check (``source.language``, names made of another
    language's words left out)."""
    transcript = session.transcript
    org_index = organisations(session)
    people, mentioned, found = speakers(session, org_index)
    org_index.merge(found)
    org_index.prune(_person_forms(session.language, people, mentioned))
    orgs = org_index.organisations()
    ids = {o.id for o in orgs}
    for p in [*people, *mentioned]:  # never an id that names no organisation entry
        if p.organisation and p.organisation not in ids:
            p.organisation = None
    date = session_date(session)
    found_dates = dates(session, date)
    summary = Summary(
        source=Source(
            path=session.path,
            sha256=sha256,
            format=transcript.format,
            words=transcript.words,
            encoding=transcript.encoding,
        ),
        generator=Generator(tool=f"sessietool {__version__}", model=model),
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
    _check_language(summary, session.text)
    return summary


def _check_language(summary: Summary, text: str) -> None:
    """Set ``source.language``; for a text clearly not in Dutch, leave out the names made of
    its function words (and owners pointing at them) and warn."""
    language = detect_language(text)
    summary.source.language = language
    if language is None or language == "nl":
        return
    invented = invented_names(summary, language)
    ids = {oid for oid, _ in invented}
    if ids:
        summary.speakers = [s for s in summary.speakers if s.id not in ids]
        summary.people_mentioned = [p for p in summary.people_mentioned if p.id not in ids]
        summary.organisations = [o for o in summary.organisations if o.id not in ids]
        for point in summary.action_points:
            point.owners = [o for o in point.owners if o not in ids]
    LOGGER.warning("%s", not_dutch_warning(summary.source.path, language, len(invented)))
