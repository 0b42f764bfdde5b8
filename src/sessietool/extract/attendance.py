"""Attendee lists in minutes and reports: ``Aanwezig: A, B``, a ``## Aanwezig`` list, tables,
``Notulist: X``. Pure text rules over the segments; no NLP needed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..language import LanguageData
from ..transcript import Segment
from .names import looks_like_name, particles
from .text import clean_quotes, squash

_SPLIT = re.compile(r"\s*(?:,|;|\n|\s+en\s+|\s+&\s+|\|)\s*(?![^()]*\))")
_LEADING_PAREN = re.compile(r"^\(([^()]*)\)\s*")
_COUNT = re.compile(r"^\(?\d+\s+\w+\)?\s*")


@dataclass(frozen=True)
class Attendee:
    text: str  # the entry as written, e.g. "Sander Vink (penningmeester)"
    offset: int  # char offset of the entry within its segment's text
    segment: int  # index of the segment
    absent: bool = False
    role: str | None = None  # role given by the label ("Notulist: X")


def _label(text: str, words: list[str]) -> tuple[str, str] | None:
    """``Aanwezig: A, B`` → ("aanwezig", "A, B"); also heading-only labels (empty rest)."""
    low = text.casefold().strip(" *_#")
    for w in sorted(words, key=len, reverse=True):
        if low.startswith(w.casefold()):
            rest = text.strip(" *_#")[len(w) :]
            if not rest.strip(" :*_") or rest.lstrip(" *_").startswith(":"):
                return w, rest.lstrip(" *_").lstrip(":").strip()
            if rest.startswith((" (", "(")) and ")" in rest:  # "Deelnemers (in volgorde …)"
                after = rest[rest.index(")") + 1 :].lstrip(" :")
                return w, after
    return None


def _entries(text: str, base: int) -> Iterator[tuple[str, int]]:
    pos = 0
    for part in _SPLIT.split(text):
        idx = text.find(part, pos)
        pos = idx + len(part) if idx >= 0 else pos
        part = _COUNT.sub("", part.strip(" .*-_"))
        part = _LEADING_PAREN.sub("", part)
        if part:
            yield part, base + max(idx, 0)


def attendees(segments: list[Segment], language: LanguageData) -> list[Attendee]:
    """Entries of every attendee list, in order."""
    att = language.people.get("attendance", {})
    present, absent = att.get("present", []), att.get("absent", [])
    role_labels: dict[str, str] = att.get("roles", {})
    out: list[Attendee] = []
    mode: str | None = None  # "present" / "absent" while inside a list under a heading
    for i, seg in enumerate(segments):
        text = clean_quotes(seg.text)
        first_line = text.split("\n", 1)[0]
        if seg.kind == "heading":
            hit_absent = _label(first_line, absent)
            hit_present = None if hit_absent else _label(first_line, present)
            mode = "absent" if hit_absent else "present" if hit_present else None
            continue
        for line_offset, line in _lines(text):
            hit_absent = _label(line, absent)
            hit = hit_absent or _label(line, present)
            role_hit = _label(line, list(role_labels))
            if hit and hit[1]:
                is_absent = bool(hit_absent)
                for entry, off in _entries(hit[1], line_offset + line.find(hit[1])):
                    out.append(Attendee(entry, off, i, absent=is_absent))
                mode = None  # an inline list ends with its line
                continue
            if hit:
                mode = "absent" if hit_absent else "present"
                continue
            if role_hit and role_hit[1] and len(role_hit[1].split()) <= 4:
                role = role_labels[role_hit[0]]
                for entry, off in _entries(role_hit[1], line_offset + line.find(role_hit[1])):
                    out.append(Attendee(entry, off, i, role=role))
                continue
            if mode and seg.kind == "list_item" and " | " in line:
                entry = _table_row(line, language)
                if entry:
                    out.append(Attendee(entry, line_offset, i, absent=mode == "absent"))
            elif (
                mode
                and seg.kind == "list_item"
                or mode
                and seg.kind == "text"
                and _is_name_list(line, language)
            ):
                for entry, off in _entries(line, line_offset):
                    out.append(Attendee(entry, off, i, absent=mode == "absent"))
            else:
                mode = None if seg.kind == "text" else mode
    return [a for a in out if looks_like_name(_name_part(a.text), language)]


_SENTENCE_END = re.compile(r"(?<=[a-z\])][.!?])\s+(?=[A-Z])")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Lines, and within a line its sentences ("… in Amsterdam. Aanwezig: A, B.")."""
    pos = 0
    for line in text.split("\n"):
        start = 0
        for m in _SENTENCE_END.finditer(line):
            yield pos + start, line[start : m.start()]
            start = m.end()
        yield pos + start, line[start:]
        pos += len(line) + 1


def _table_row(row: str, language: LanguageData) -> str | None:
    """An attendance table row as ``Name (Organisation)``: ``Bijen, Antoon | Justid``,
    ``Alexander | Green | Logius`` or ``Karl de Boer | Enable-U``."""
    cells = [c.strip() for c in row.split("|") if c.strip()]
    if not cells:
        return None
    if len(cells) >= 3 and looks_like_name(f"{cells[0]} {cells[1]}", language):
        name, rest = f"{cells[0]} {_lower_particles(cells[1], language)}", cells[2:]
    else:
        name, rest = _natural_order(cells[0], language), cells[1:]
    if not looks_like_name(name, language):
        return None
    org = next((c for c in rest if c[:1].isalnum()), None)
    return f"{name} ({org})" if org else name


def _natural_order(name: str, language: LanguageData) -> str:
    """``Bijen, Antoon`` → ``Antoon Bijen``; ``Voorn, Sebastian van`` → ``Sebastian van Voorn``."""
    if name.count(",") != 1:
        return name
    last, first = (p.strip() for p in name.split(","))
    words = first.split()
    moved = []
    while len(words) > 1 and words[-1].casefold() in particles(language):
        moved.insert(0, words.pop())
    return squash(" ".join([*words, *(w.lower() for w in moved), _lower_particles(last, language)]))


def _lower_particles(surname: str, language: LanguageData) -> str:
    """``Van der Plas`` after a first name is written ``van der Plas``."""
    known = particles(language)
    words = surname.split()
    out = []
    for i, w in enumerate(words):
        out.append(w.lower() if w.casefold() in known and i < len(words) - 1 else w)
    return " ".join(out)


def _name_part(entry: str) -> str:
    return squash(re.sub(r"\([^()]*\)", " ", entry))


def _is_name_list(line: str, language: LanguageData) -> bool:
    parts = [p for p, _ in _entries(line, 0)]
    return bool(parts) and all(looks_like_name(_name_part(p), language) for p in parts)
