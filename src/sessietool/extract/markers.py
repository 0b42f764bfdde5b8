"""Names written as markers rather than in prose: ``<opmerking Mirjam Jansen>`` (a remark by that
person) and handles used as names (``@ehotting vraagt``, ``@ehotting: …``). The marker words are
language data (``remark_markers`` in ``people.yaml``)."""

from __future__ import annotations

import re

from ..language import LanguageData
from .names import looks_like_name, particles

_HANDLE = re.compile(r"(?<![\w@.])@([a-z][a-z0-9-]{2,38})(?![\w@.-])")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?$")


def remark_names(text: str, language: LanguageData) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each ``<marker Name>``: the person who made the remark."""
    pattern = language.compiled("remark_markers", _compile_remarks)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        name = " ".join(m.group(1).split())
        if looks_like_name(name, language):
            out.append((m.start(1), m.end(1), name))
    return out


def _compile_remarks(language: LanguageData) -> re.Pattern[str] | None:
    words = sorted(language.people.get("remark_markers", []), key=len, reverse=True)
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in words)
    by = r"(?:(?i:van|door|of|by)\s+)?"  # "<Vraag van Erwin Reinhoud>"
    return re.compile(rf"<\s*(?i:{alts})\s*:?\s+{by}([^<>=\"\n]{{2,60}}?)\s*>")


def acting_handles(text: str, verbs: set[str]) -> list[tuple[int, int, str]]:
    """``(start, end, handle)`` of each lower-case handle the text uses as a name: followed by a
    speech verb (``@ehotting vraagt``) or opening a line before a colon (``- @ehotting: …``)."""
    out = []
    for m in _HANDLE.finditer(text):
        after = text[m.end() : m.end() + 40]
        word = re.match(r"\s*(?:\*\*)?\s*(\w+)", after)
        colon = re.match(r"\s*(?:\*\*)?\s*:", after)
        if word and word.group(1).casefold() in verbs or (
            colon and _LINE_START.search(text[max(0, m.start() - 12) : m.start()])
        ):
            out.append((m.start(), m.end(), m.group(1)))
    return out


def handle_owner(handle: str, names: list[str], language: LanguageData) -> str | None:
    """The one known name a handle spells: ``ehotting`` ← Eelco Hotting (initial and surname),
    ``eelcohotting``, ``eelco-hotting``, ``hotting``; None when no name or several fit."""
    key = handle.casefold().replace("-", "").replace("_", "")
    known = particles(language)
    fits = []
    for name in names:
        words = [w.casefold() for w in re.findall(r"[\w']+", name)]
        if len(words) < 2:
            continue
        surname = "".join(w for w in words[1:] if w not in known) or words[-1]
        full_surname = "".join(words[1:])
        forms = {
            words[0] + full_surname,
            words[0] + surname,
            words[0][0] + surname,
            words[0][0] + full_surname,
            surname,
            full_surname,
        }
        if key in forms:
            fits.append(name)
    return fits[0] if len(set(fits)) == 1 else None
