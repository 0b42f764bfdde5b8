"""Persons the statistical NER took for organisations (``Charis Rooda``, ``Valerio Como``).

An ORG entity the gazetteer does not know, shaped like a person's name (two to four capitalised
words, particles allowed, no organisation word), is a person where the text treats it as one:
listed beside a first-name-led name (``Anneke Sinnema, Charis Rooda, Edwin Martin``,
``Frank Terpstra en Valerio Como``), followed by a speech verb (``Charis Rooda stelt voor``,
``Valerio Como (Developer Italia) sloot aan``), right after an office (``voorzitter Kilian
Valkhof``) or with one in parentheses (``Krijn Hoetmer (secretaris)``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..language import LanguageData
from .names import first_names, particles

_WORD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+")
_NEIGHBOUR_BEFORE = re.compile(
    r"([A-ZÀ-Ý][\w'’-]+)(?:[ \t]+[\w'’-]+){0,3}[ \t]*(?:\([^()\n]{0,60}\))?[ \t]*(?:,|\ben\b|&)"
    r"[ \t]*(?:\*\*)?$"
)
_NEIGHBOUR_AFTER = re.compile(
    r"^(?:\*\*)?[ \t]*(?:\([^()\n]{0,60}\))?[ \t]*(?:,|\ben\b|&)[ \t]*(?:\*\*)?([A-ZÀ-Ý][\w'’-]+)"
)
_OFFICE_AFTER = re.compile(r"^[ \t]*\([ \t]*([\w-]+)")
_VERB_AFTER = re.compile(r"^(?:\*\*)?[ \t]*(?:\([^()\n]{1,60}\))?[ \t]*(?:,[ \t]*)?(\w+)")


def person_shaped(form: str, language: LanguageData) -> bool:
    """Two to four words, each capitalised (not an acronym) or a name particle, the first and
    last capitalised, none an organisation word or a word that opens no name."""
    words = form.split()
    if not 2 <= len(words) <= 4:
        return False
    known = particles(language)
    org_words = {w.casefold() for w in language.people.get("organisation_words", [])}
    not_names = language.name_words("not_names")
    for i, word in enumerate(words):
        if word.casefold() in org_words:
            return False
        particle = 0 < i < len(words) - 1 and word.casefold() in known
        if not particle and not _WORD.fullmatch(word):
            return False
    return words[0].casefold() not in not_names and words[-1].casefold() not in not_names


def persons_among(
    text: str,
    spans: Iterable[tuple[int, int, str]],
    language: LanguageData,
    verbs: set[str],
) -> list[tuple[int, int, str]]:
    """The ``(start, end, form)`` of the given organisation spans that name a person by their
    shape and context (see the module docstring)."""
    firsts = first_names()
    roles = {r.casefold() for r in language.people.get("roles", []) if r.islower()}
    out = []
    for start, end, form in spans:
        if not person_shaped(form, language):
            continue
        before = text[max(0, start - 80) : start]
        after = text[end : end + 80]
        near = _NEIGHBOUR_BEFORE.search(before)
        beside = near and near.group(1) in firsts
        near = _NEIGHBOUR_AFTER.match(after)
        beside = beside or bool(near and near.group(1) in firsts)
        verb = _VERB_AFTER.match(after)
        speaks = bool(verb and verb.group(1).casefold() in verbs)
        office = re.search(r"(\w+)[ \t]+(?:\*\*)?$", before)
        titled = bool(office and office.group(1).casefold() in roles)
        office = _OFFICE_AFTER.match(after)
        titled = titled or bool(office and office.group(1).casefold() in roles)
        if beside or speaks or titled:
            out.append((start, end, form))
    return out
