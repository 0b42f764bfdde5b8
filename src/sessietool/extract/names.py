"""Dutch person names: turn labels, honorifics, particles, first names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..language import LanguageData
from .text import clean_quotes, squash

_PAREN = re.compile(r"\s*\(([^()]*)\)\s*$")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # "J.P.M.": initials, no acronym
_NAME_CHARS = re.compile(r"[^\W\d_]+(?:[ .'’-]+[^\W\d_]+)*\.?")
_TIME = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")


@dataclass(frozen=True)
class LabelParts:
    """A turn header split into its parts: ``De heer Alkaya (SP)`` → name Alkaya, party SP."""

    name: str
    role: str | None = None
    party: str | None = None
    honorific: str | None = None


def first_names() -> frozenset[str]:
    """The package's first names (``data/first_names.txt``, through :class:`LanguageData`)."""
    return LanguageData.first_names()


def _prefix(text: str, options: list[str]) -> tuple[str | None, str]:
    """Strip the longest option (case-insensitive, whole words) from the start of ``text``."""
    low = text.casefold()
    ordered, starts = longest_first(tuple(options))
    if not starts.match(low):  # no option opens the text (most texts): one search, no loop
        return None, text
    for opt, o in ordered:
        if low.startswith(o) and (len(low) == len(o) or not low[len(o)].isalnum()):
            return opt, text[len(opt) :].strip(" ,")
    return None, text


def _titles(text: str, options: list[str]) -> tuple[str | None, str]:
    """Strip every form of address and title opening ``text`` (``mw. drs. H. Ouali`` → ``H.
    Ouali``); the first one is returned. A title alone is kept as the text."""
    first, rest = _prefix(text, options)
    while first is not None:
        nxt, after = _prefix(rest, options)
        if nxt is None or not after:
            break
        rest = after
    return first, rest


@lru_cache(maxsize=64)
def longest_first(
    options: tuple[str, ...],
) -> tuple[tuple[tuple[str, str], ...], re.Pattern[str]]:
    """``(option, case-folded option)`` pairs, longest first (sorted once per option list), and
    the pattern that matches when some folded option opens a text."""
    pairs = tuple((o, o.casefold()) for o in sorted(options, key=len, reverse=True))
    return pairs, re.compile("|".join(re.escape(o) for _opt, o in pairs) or "(?!)")


def parse_label(label: str, language: LanguageData) -> LabelParts:
    """Split a turn header or list entry into name, role, party/organisation and honorific."""
    text = squash(clean_quotes(label)).strip(" :")
    text = _TIME.sub("", text)
    party = None
    m = _PAREN.search(text)
    if m:
        party, text = m.group(1).strip(), text[: m.start()].strip()
    people = language.people
    honorific, text = _titles(text, people.get("honorifics", []))
    article, rest = _prefix(text, ["de", "het"])
    role, after_role = _prefix(rest if article else text, people.get("roles", []))
    if role:
        text = _titles(after_role, people.get("honorifics", []))[1] or after_role
        role = role.lower()
    if not text:  # "De voorzitter": the office is all we know
        text = (role or "").capitalize() or label.strip()
    if text.isupper() and len(text) > 3:  # "JAN DE VRIES:" in a plain transcript
        text = " ".join(
            w.lower() if i and w.casefold() in particles(language) else w.capitalize()
            for i, w in enumerate(text.split())
        )
    return LabelParts(name=_capitalise_particle(text), role=role, party=party, honorific=honorific)


def _capitalise_particle(name: str) -> str:
    """A surname alone starts with a capital: ``van Eijs`` → ``Van Eijs``."""
    return name[:1].upper() + name[1:] if name else name


def particles(language: LanguageData) -> frozenset[str]:
    """The name particles (van, de, der, ten …), case-folded; built once per language data."""
    return language.compiled(
        "particles", lambda lang: frozenset(p.casefold() for p in lang.people.get("particles", []))
    )


def person_key(name: str) -> str:
    return squash(clean_quotes(name)).casefold()


def surname(name: str, language: LanguageData) -> str:
    """``Kees van der Staaij`` → ``van der staaij``; a name of one word is its own surname."""
    words = name.split()
    if len(words) <= 1:
        return person_key(name)
    i = 1
    while i < len(words) - 1 and words[i].casefold() not in particles(language):
        i += 1
    # i is the first particle after the first name, or the last word
    return person_key(" ".join(words[i:]))


def surname_keys(name: str, language: LanguageData) -> set[str]:
    """The surname of a full name with and without its particles: ``van vroonhoven``,
    ``vroonhoven``."""
    words = surname(name, language).split()
    full = " ".join(words)
    while len(words) > 1 and words[0] in particles(language):
        words = words[1:]
    return {full, " ".join(words)}


def given_name(name: str, language: LanguageData) -> str | None:
    """The first name of a full name, when it looks like one (``Merel`` of ``Merel van V.``)."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0]
    if first.casefold() in particles(language) or not first[:1].isupper() or first.endswith("."):
        return None
    return first


def _opens_organisation(word: str, language: LanguageData) -> bool:
    """A word of ``organisation_words`` (``Stichting``, ``Gemeente``) that is no first name."""
    low = word.casefold()
    return low in language.name_words("organisation_words") and word not in first_names()


def _initials(words: list[str], k: int) -> bool:
    """``J.P.M.`` opening ``J.P.M. de Vries``: initials; ``B.D.`` before the first name of
    ``B.D. Melis van den Brink`` is an organisation's acronym."""
    return (
        k == 0
        and bool(_DOTTED_INITIALS.fullmatch(words[0]))
        and (len(words) == 1 or words[1].split("-")[0] not in first_names())
    )


def looks_like_name(text: str, language: LanguageData) -> bool:
    """A plausible person name: capitalised words (particles allowed), no digits, 1–5 words."""
    words = text.split()
    if not 1 <= len(words) <= 5 or not _NAME_CHARS.fullmatch(text):
        return False
    known = particles(language)
    not_names = language.name_words("not_names")
    caps = [w for w in words if w.casefold() not in known]
    if not caps or not all(w[:1].isupper() for w in caps):
        return False
    if all(w.casefold() in not_names for w in caps):
        return False
    if len(words) > 1 and _opens_organisation(words[0], language):
        return False  # "Stichting Buurtkracht", "Gemeente Zwolle": a body, not a person
    if len(words) > 1 and words[-1].casefold() in not_names and words[-2] not in known:
        return False  # "Arjan Er zijn …", not "T. ter Haar"
    if not text.isupper() and any(
        w.isupper() and len(w.strip(".")) >= 2 and not _initials(words, k)
        for k, w in enumerate(words)
    ):
        return False  # "Maarten SNG", "Riele RVIG": a name beside an organisation's acronym
    return words[-1].casefold() not in known
