"""Who "we" is in a report: the organisation that wrote it, when the document names it.

In a report (a blog post, a terugblik) "we organiseren een vervolg" is a plan of its author
organisation. Evidence, strongest first: the front matter's author that is an organisation
(``authors: [digilab]``); in a document whose front matter names a person as its author, the
organisation most often named in sentences that say "we" or "onze".
"""

from __future__ import annotations

import re
from collections import Counter

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
    authored = any(meta.get(k) for k in language.actions.get("author_metadata_keys", []))
    if not authored:
        return None  # minutes, an unsigned report: "we" are the participants
    return _named_with_we(session, org_ids, owners)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _named_with_we(session: SessionDoc, org_ids: set[str], owners: Owners) -> str | None:
    """The organisation most often named in the narrative sentences that say "we"/"onze"
    (``organiseerden wij de tweede editie van onze developer.overheid.nl Meetup``), the one
    named first on a tie; None when no such sentence names one."""
    we = session.language.action_word_pattern("author_pronouns")
    counts: Counter[str] = Counter()
    for seg in session.segments:
        if seg.speaker:
            continue
        for sentence in _SENTENCE_END.split(seg.text):
            if we.search(sentence):
                counts.update(o for o in owners.names_in(sentence) if o in org_ids)
    return counts.most_common(1)[0][0] if counts else None


def assign_author(points: list[ActionPoint], author: str | None, language: LanguageData) -> None:
    """Give the author organisation to the ownerless points that say "we"/"ons", and to the
    ownerless commitments (an announcement that names no-one is the writer's own)."""
    if author is None:
        return
    we = language.action_word_pattern("author_pronouns")
    for point in points:
        says_we = we.search(point.quote or point.text)
        if not point.owners and (point.kind == "commitment" or says_we):
            point.owners = [author]
