"""Who "we" is in a report: the organisation that wrote it, when the document names it.

In a report (a blog post, a terugblik) "we organiseren een vervolg" is a plan of its author
organisation. Evidence, strongest first: the front matter's author that is an organisation
(``authors: [digilab]``); in a document whose front matter names a person as its author, the
organisation the writers call their own (``onze developer.overheid.nl Meetup``, ``ons eigen
X-team``, in the text or the front matter's description), else the one most often named in
sentences that say "we" or "onze".
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
    """The organisation the writers call their own: named right after "onze"/"ons (eigen)"
    (``onze developer.overheid.nl Meetup``; "wij stonden op FOST met onze track" names FOST as
    a place, not as "we"); else the one most often named in the narrative sentences that say
    "we"/"onze"; the one named first on a tie; None when no such sentence names one."""
    language = session.language
    we = language.action_word_pattern("author_pronouns")
    own = language.compiled("author-own", _own_pattern)
    texts = [s.text for s in session.segments if not s.speaker]
    texts += [str(session.transcript.metadata.get(k) or "") for k in _DESCRIPTIONS]
    owned: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    for text in texts:
        for sentence in _SENTENCE_END.split(text):
            if not we.search(sentence):
                continue
            counts.update(o for o in owners.names_in(sentence) if o in org_ids)
            for m in own.finditer(sentence):
                owned.update(o for o in _owned(m.group("what"), owners)[:1] if o in org_ids)
    for tally in (owned, counts):
        if tally:
            return tally.most_common(1)[0][0]
    return None


_DESCRIPTIONS = ("description", "summary")


def _owned(what: str, owners: Owners) -> list[str]:
    """Known names in the words after a possessive; a name with a suffix (``Logius-team``) or
    a domain name as written (``developer.overheid.nl-team``, lower case) counts too."""
    head = re.split(r"[\s,;:!?()]+", what.strip())[0].rstrip(".").casefold()
    forms = (head, head.split("-")[0])
    return owners.names_in(what) or [owners.table[f] for f in forms if f in owners.table][:1]


def _own_pattern(data: LanguageData) -> re.Pattern[str]:
    """``onze X``, ``ons eigen X``: the name right after a possessive of the writers."""
    possessive = data.action_word_pattern("author_possessives").pattern
    return re.compile(rf"{possessive}\s+(?:eigen\s+)?(?P<what>\S+(?:\s+\S+)?)", re.IGNORECASE)


def assign_author(points: list[ActionPoint], author: str | None, language: LanguageData) -> None:
    """Give the author organisation to the ownerless points that say "we"/"ons", and to the
    ownerless commitments and decisions (an announcement or a date fixed that names no-one is
    the writers' own: "De volgende meetup zal plaatsvinden op 15 december")."""
    if author is None:
        return
    we = language.action_word_pattern("author_pronouns")
    for point in points:
        says_we = we.search(point.quote or point.text)
        if not point.owners and (point.kind in ("commitment", "decision") or says_we):
            point.owners = [author]
