"""Who "we" is in a report: the organisation that wrote it, when the document names it.

In a report (a blog post, a terugblik) "we organiseren een vervolg" is a plan of its author
organisation. Evidence, strongest first: the front matter's author that is an organisation
(``authors: [digilab]``); the organisation named as organiser (``organiseerde Digilab``);
the organisation most often named in sentences that say "we" (at least twice).
"""

from __future__ import annotations

import re

from ..language import LanguageData
from ..summary import ActionPoint, Organisation
from .action_fields import Owners
from .context import SessionDoc


def author_organisation(
    session: SessionDoc, orgs: list[Organisation], owners: Owners
) -> str | None:
    """The id of the organisation that wrote the document, or None."""
    language = session.language
    org_ids = {o.id for o in orgs}
    meta = session.transcript.metadata
    for key in language.actions.get("author_metadata_keys", []):
        for part in re.split(r"\s*[,;]\s*", meta.get(key) or ""):
            oid = owners.table.get(part.casefold()) or owners.table.get(
                part.replace("-", " ").casefold()
            )
            if oid in org_ids:
                return oid
    return None


def assign_author(points: list[ActionPoint], author: str | None, language: LanguageData) -> None:
    """Give the author organisation to the ownerless points that say "we"/"ons"."""
    if author is None:
        return
    we = language.action_word_pattern("author_pronouns")
    for point in points:
        if not point.owners and we.search(point.quote or point.text):
            point.owners = [author]
