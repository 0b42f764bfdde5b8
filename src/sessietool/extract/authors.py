"""The people who wrote a report, from its front matter (``authors: [linda-van-den-brink]``).

A report told in the first person ("we werkten aan …", "onze collega's") is told by people who
took part: its authors are participants even where the text never names them. An author entry
may be a slug (``tom-ootes``) or a name (``Tom Ootes``); an organisation (``authors: [digilab]``)
is no person and is left out.
"""

from __future__ import annotations

import re

from ..language import LanguageData, slugify
from .names import first_names, looks_like_name, particles

_SEPARATORS = re.compile(r"\s*[,;]\s*")


def author_entries(metadata: dict[str, str], language: LanguageData) -> list[str]:
    """The front matter's author entries, as written, in order (no duplicates)."""
    out: list[str] = []
    for key in language.people.get("author_keys", []):
        for part in _SEPARATORS.split(metadata.get(key) or ""):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


def slug_name(entry: str, language: LanguageData) -> str | None:
    """``linda-van-den-brink`` → ``Linda van den Brink``; ``Tom Ootes`` stays itself. None for
    an entry that is no person's name: one word (``digilab``), or one that opens with no first
    name the package knows."""
    words = entry.split() if " " in entry else entry.split("-")
    if len(words) < 2 or not all(words):
        return None
    known = particles(language)
    if " " in entry:
        out = words
    else:
        out = [
            w.casefold() if i and w.casefold() in known else w[:1].upper() + w[1:]
            for i, w in enumerate(words)
        ]
    name = " ".join(out)
    if out[0] not in first_names() or not looks_like_name(name, language):
        return None
    return name


def first_person(text: str, language: LanguageData) -> bool:
    """The text speaks as its writers (``we``, ``wij``, ``onze``, ``mijn`` …)."""
    words = language.people.get("author_pronouns", [])
    if not words:
        return False
    alts = "|".join(re.escape(w) for w in words)
    return bool(re.search(rf"(?<![\w-])(?i:{alts})(?![\w-])", text))


def matches_slug(name: str, entry: str) -> bool:
    """``Linda van den Brink`` is the person of the entry ``linda-van-den-brink``."""
    return slugify(name) == slugify(entry)
