"""Attendance tables whose header names the columns: ``Naam | Organisatie | Functie``,
``Deelnemer | Namens``, ``Achternaam | Voornaam | Organisatie``, ``Naam | Aanwezig | Afwezig``
with ``x``/``ja``/``nee`` marks. The column words and marks are language data
(``attendance_columns``, ``name_columns``, ``present_marks``, ``absent_marks`` in
``people.yaml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language import LanguageData
from ..transcript import Segment, table_row
from .names import looks_like_name, parse_label, particles
from .text import squash

NAME_KINDS = ("name", "surname", "given")


@dataclass(frozen=True)
class Columns:
    """What each header cell of a table holds; ``marks`` are the presence columns whose cells
    are marks (``x``, ``ja``), not names."""

    kinds: tuple[str | None, ...]
    marks: frozenset[int] = frozenset()

    @property
    def lists(self) -> list[int]:
        """The presence columns holding lists of names when no other column says what it holds
        (``Aanwezig | Afwezig``): every cell is a list, read as one."""
        if any(kind not in (None, "present", "absent") for kind in self.kinds):
            return []  # "Aanwezig | Organisatie": one person a row
        return [
            k
            for k, kind in enumerate(self.kinds)
            if kind in ("present", "absent") and k not in self.marks
        ]

    @property
    def label(self) -> str | None:
        """``present``/``absent`` when a name column's header says so (``Aanwezig |
        Organisatie``), else None."""
        for k, kind in enumerate(self.kinds):
            if kind in ("present", "absent") and k not in self.marks:
                return kind
        return None


@dataclass(frozen=True)
class Row:
    """One person of a column table."""

    entry: str  # "Anna Bakker (Kadaster)"
    role: str | None
    absent: bool | None  # from the marks; None when the table has no mark column


def _kind_table(language: LanguageData) -> dict[str, str]:
    groups: dict[str, list[str]] = {
        **language.people.get("attendance_columns", {}),
        **language.people.get("name_columns", {}),
    }
    return {w.casefold(): kind for kind, words in groups.items() for w in words}


def _head_kind(cell: str, table: dict[str, str]) -> str | None:
    low = " ".join(cell.strip(" *_:").casefold().split())
    return table.get(low) or table.get(low.rstrip("."))


def _mark(cell: str, language: LanguageData) -> bool | None:
    """True for a yes mark (``x``, ``ja``, ``✓``), False for a no mark or an empty cell, None
    for anything else (a name)."""
    low = cell.strip(" *_").casefold()
    if not low or low in _marks(language, "absent_marks"):
        return False
    if low in _marks(language, "present_marks"):
        return True
    return None


def _marks(language: LanguageData, key: str) -> frozenset[str]:
    return language.compiled(
        key, lambda lang: frozenset(str(m).casefold() for m in lang.people.get(key, []))
    )


def columns(rows: list[Segment], language: LanguageData) -> Columns | None:
    """The columns of a people table (its data ``rows``), or None when the header has no name
    column beside an organisation, role or presence column."""
    header = rows[0].header if rows else ()
    if len(header) < 2 or any(len(r.cells) != len(header) for r in rows):
        return None
    table = _kind_table(language)
    kinds = [_head_kind(h, table) for h in header]
    marks = frozenset(
        k
        for k, kind in enumerate(kinds)
        if kind in ("present", "absent")
        and all(_mark(r.cells[k], language) is not None for r in rows)
        and any(_mark(r.cells[k], language) for r in rows)
    )
    named = any(kind in NAME_KINDS for kind in kinds)
    for k, kind in enumerate(kinds):
        if kind in ("present", "absent") and k not in marks and named:
            kinds[k] = None  # "Naam | Aanwezig" holding remarks: neither names nor marks
    names = [
        k
        for k, kind in enumerate(kinds)
        if kind in NAME_KINDS or kind in ("present", "absent") and k not in marks
    ]
    if not names:
        return None
    others = [k for k, kind in enumerate(kinds) if kind and k not in names]
    if not others and not Columns(tuple(kinds), marks).label:
        return None
    return Columns(tuple(kinds), marks)


def row(seg: Segment, cols: Columns, language: LanguageData) -> Row | None:
    """The person of one row: ``Anna Bakker | Kadaster | voorzitter`` → ``Anna Bakker
    (Kadaster)``, role ``voorzitter``; ``De Boer | Karl | Enable-U`` → ``Karl de Boer
    (Enable-U)``. None when the row names no person."""
    cell: dict[str, str] = {}
    for kind, value in zip(cols.kinds, seg.cells, strict=True):
        if kind and kind not in cell:
            cell[kind] = " ".join(value.split())
    if cell.get("surname") and cell.get("given"):
        name = squash(f"{cell['given']} {lower_particles(cell['surname'], language)}")
    else:
        name = cell.get("name") or cell.get(cols.label or "") or ""
        name = natural_order(name, language)
    if not name or not looks_like_name(parse_label(_bare(name), language).name, language):
        return None  # "ir. Wouter Brinkman": the name after its titles
    org = cell.get("organisation")
    if org and org.islower():  # "enable-u" in the organisation column still names it
        org = org[:1].upper() + org[1:]
    entry = f"{name} ({org})" if org and org[:1].isalnum() else name
    role = cell.get("role") or None
    if not role:  # "Opmerking: vandaag voorzitter": a remark column that names a role
        remarks = (v for k, v in zip(cols.kinds, seg.cells, strict=True) if k is None)
        role = next((squash(v) for v in remarks if _names_role(v, language)), None)
    absent: bool | None = cols.label == "absent" or None
    for k in sorted(cols.marks):
        mark = _mark(seg.cells[k], language)
        absent = not mark if cols.kinds[k] == "present" else bool(mark)
        if mark:
            break
    return Row(entry, _role_case(role), absent)


def _role_case(role: str | None) -> str | None:
    """A role in lower case, its acronyms kept: ``Voorzitter OR`` → ``voorzitter OR``."""
    if not role:
        return None
    return " ".join(w if w.isupper() and len(w) > 1 else w.casefold() for w in role.split())


def _names_role(text: str, language: LanguageData) -> bool:
    """A remark that holds an office word (``vandaag notulist``), not a note (``tot 11u``)."""
    words = {w.casefold() for w in re.findall(r"[\w-]+", text)}
    roles = {r.casefold() for r in language.people.get("roles", [])}
    return bool(words & roles) and len(words) <= 4


def _bare(name: str) -> str:
    return squash(name.split("(", 1)[0])


def natural_order(name: str, language: LanguageData) -> str:
    """``Bijen, Antoon`` → ``Antoon Bijen``; ``Voorn, Sebastian van`` → ``Sebastian van
    Voorn``."""
    if name.count(",") != 1:
        return name
    last, first = (p.strip() for p in name.split(","))
    words = first.split()
    if not words or not last:
        return name
    moved = []
    while len(words) > 1 and words[-1].casefold() in particles(language):
        moved.insert(0, words.pop())
    return squash(" ".join([*words, *(w.lower() for w in moved), lower_particles(last, language)]))


def lower_particles(surname: str, language: LanguageData) -> str:
    """``Van der Plas`` after a first name is written ``van der Plas``."""
    known = particles(language)
    words = surname.split()
    out = []
    for i, w in enumerate(words):
        out.append(w.lower() if w.casefold() in known and i < len(words) - 1 else w)
    return " ".join(out)


def tab_columns(line: str, language: LanguageData) -> Columns | None:
    """The columns a tab-separated header line names (``Naam<TAB>Organisatie<TAB>Functie``)."""
    header = tuple(c.strip() for c in line.split("\t"))
    table = _kind_table(language)
    if not all(_head_kind(h, table) for h in header if h):
        return None  # "Anna Bakker<TAB>Kadaster": a row, no header
    return columns([table_row(("",) * len(header), header, -1, 0)], language)


def tab_row(line: str, cols: Columns, language: LanguageData) -> Row | None:
    """The person of a tab-separated line under a header line, or None (a header line)."""
    cells = tuple(c.strip() for c in line.split("\t"))
    cells = (cells + ("",) * len(cols.kinds))[: len(cols.kinds)]
    kinds = _kind_table(language)
    if all(_head_kind(c, kinds) for c in cells if c):
        return None
    return row(table_row(cells, (), -1, 0), cols, language)
