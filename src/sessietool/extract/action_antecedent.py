"""Who a narrative action point's pronoun or passive means: the subject of a sentence before it.

In reports and minutes a named person is followed by "Hij riep deelnemers op …", "Zij zegde toe
…"; a group by passives about its work ("De SWG richt zich op … In de eerste bijeenkomst is
geconcludeerd dat …"). The owner is the one the preceding sentences of the paragraph name as
their subject: a person for "hij"/"zij", a group or organisation for a subjectless passive.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..language import LanguageData
from .action_fields import Owners

_WORD = re.compile(r"\S+")


def subject_owners(text: str, owners: Owners, language: LanguageData) -> list[str]:
    """The owners a sentence names among its first words (``subject_window`` of the action
    data): its subject (``Marc besprak …``, ``De SWG richt zich …``) or the subject after an
    opening adverbial (``Daarom stelt Jan voor …``)."""
    window = int(language.actions.get("subject_window", 4))
    words = list(_WORD.finditer(text.lstrip(" -*•–")))
    head = text.lstrip(" -*•–")[: words[window - 1].end()] if len(words) >= window else text
    return owners.subject(head)


def pronoun_subject(text: str, language: LanguageData) -> str | None:
    """The personal pronoun that opens a sentence as its subject (``Hij riep …``), lower case."""
    m = language.action_word_pattern("subject_pronouns").match(text.lstrip(" -*•–"))
    return m.group(0).casefold() if m else None


def impersonal(text: str, language: LanguageData) -> bool:
    """A sentence without an agent: a passive (``is geconcludeerd``, ``wordt gekeken``) or an
    aim (``Het doel is om …``, ``agentless_openers``) that does not say "we" (the writers'
    own, see ``action_author``)."""
    rx = language.compiled(
        "impersonal",
        lambda d: re.compile(
            d.action_word_pattern("impersonal_auxiliaries").pattern +
            r"(?:\s+\S+){0,8}?\s+ge(?:[a-zà-ÿ]{3,}[dt]|[a-zà-ÿ]{3,}en)\b",
            re.IGNORECASE,
        ),
    )
    we = language.action_word_pattern("first_person_pronouns")
    aim = language.action_word_pattern("agentless_openers").match(text.lstrip(" -*•–"))
    return bool(rx.search(text) or aim) and not we.search(text)


def antecedent(
    before: Sequence[str], pronoun: str | None, owners: Owners, language: LanguageData
) -> list[str]:
    """The owner a pronoun (``hij`` a person; ``zij``/``ze`` a person or a group) or a passive
    (a group or an organisation, never a person) refers to: the subject of the nearest of the
    ``before`` sentences (nearest last) that names one; for a passive only the nearest sentence
    naming a subject counts, and not when that is a person."""
    persons_only = pronoun in language.action_words("person_pronouns")
    for text in reversed(before):
        found = subject_owners(text, owners, language)
        if persons_only:
            found = [o for o in found if o in owners.people]
        if pronoun is None and found:  # a passive after a person is the meeting's, not his
            generic = language.action_words("generic_subjects")
            return [] if found[0] in owners.people or found[0] in generic else found[:1]
        if found:
            return found[:1]
    return []
