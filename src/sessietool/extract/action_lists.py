"""Action and decision lists: tables and lists under an "Acties" / "Besluiten" / "Afspraken"
heading, read row by row.

A table row reaches us as a ``list_item`` whose cells are joined by `` | `` (the header row
dropped), so each column's role is read from its cells: a list number (``324/01``,
``mrt24/02``, ``3``), a status (``O``, ``G``, ``Gesloten``, ``Ja``), a date, an owner (short,
capitalised), and the action itself (the longest cells). A list in running text (PDF) is split
at its list numbers, and each item's tail gives its owner and status
(``… gedeeld op Github. Martin vd Plas G``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..language import LanguageData
from ..transcript import Segment
from .action_fields import Owners, is_status, looks_like_name, status_of
from .attendance_columns import columns
from .context import SessionDoc
from .text import squash

_DAY_CELL = r"(?:\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|\d{1,2}\s+\w+(?:\s+\d{4})?|\d{4}-\d{2}-\d{2})"
_DATE_CELL = re.compile(  # "12-3", "30 april 2024", "Tot 30 april", "1 mei - 22 mei"
    rf"^(?:(?:tot|uiterlijk|vóór|voor|t/m|vanaf)\s+)?{_DAY_CELL}(?:\s*[-–]\s*{_DAY_CELL})?$", re.I
)
_SENTENCE_END = re.compile(r"[.!?)\]](?=\s+[A-ZÀ-Ý])")


@dataclass
class ListItem:
    """One row or item of an action list."""

    text: str
    kind: str
    line: int
    start: int  # char offset in the session text
    owners_text: str = ""
    status: str | None = None
    ref: str | None = None
    lines: list[int] = field(default_factory=list)
    quote: str = ""


def _heading_kind(text: str, language: LanguageData) -> str | None:
    """The kind of list a heading opens (``Actiepunten`` → action), or None."""
    value = re.sub(r"^[\W\d.]*", "", text).strip(" :*#_").casefold()
    value = re.sub(r"\s*\(.*\)$", "", value)
    if len(value.split()) > 5:
        return None
    for entry in language.actions.get("list_headings", []):
        if re.fullmatch(entry["pattern"], value, re.IGNORECASE):
            return entry["kind"]
    return None


def heading_kind(text: str, language: LanguageData) -> str | None:
    """The kind of list a heading opens (``Besluiten`` → decision), or None."""
    return _heading_kind(text, language)


def _ref_pattern(language: LanguageData, key: str = "list_refs") -> re.Pattern[str]:
    def build(data: LanguageData) -> re.Pattern[str]:
        pats = data.actions.get(key, [])
        return re.compile(r"(?<![\w/-])(?:" + "|".join(pats) + r")(?![\w/-])", re.I)

    return language.compiled(f"action-{key}", build)


def _is_ref(cell: str, language: LanguageData) -> bool:
    cell = cell.strip(" .")
    strong, weak = _ref_pattern(language), _ref_pattern(language, "cell_refs")
    return bool(strong.fullmatch(cell) or weak.fullmatch(cell))


def _is_heading(seg: Segment) -> bool:
    return seg.kind == "heading" or (
        seg.kind == "text" and len(seg.text.split()) <= 6 and seg.text.rstrip().endswith(":")
    )


def _sections(session: SessionDoc) -> Iterator[tuple[str, list[int]]]:
    """(kind, segment indexes) of each action list: the segments after a list heading up to the
    next heading; a short heading inside a list of numbered items (a PDF table cell read as a
    heading) does not end it."""
    language = session.language
    segs = session.segments
    i = 0
    while i < len(segs):
        kind = _heading_kind(segs[i].text, language) if _is_heading(segs[i]) else None
        if kind is None:
            i += 1
            continue
        members: list[int] = []
        j = i + 1
        numbered = False
        while j < len(segs):
            seg = segs[j]
            if _is_heading(seg):
                if not members and len(seg.text.split()) <= 8 and j == i + 1:
                    j += 1  # the table's header row read as a heading (PDF)
                    continue
                if _heading_kind(seg.text, language):
                    if members:
                        break
                    kind = _heading_kind(seg.text, language) or kind  # a sub-heading
                    j += 1
                    continue
                if not (numbered and len(seg.text.split()) <= 5):
                    break
            numbered = numbered or bool(_ref_pattern(language).search(seg.text))
            members.append(j)
            j += 1
        yield kind, members
        i = j


def _share(cells: list[str], test: Callable[[str], bool]) -> float:
    return sum(map(test, cells)) / len(cells)


def _row_cells(seg: Segment) -> list[str]:
    """A row's cells, empty ones kept so that columns line up (``23-12 | Notitie | Griffie |  |
    Afgerond``); a line of text with `` | `` split at them."""
    if seg.cells:
        return [squash(c) for c in seg.cells]
    return seg.text.split(" | ")


def _header_roles(header: tuple[str, ...], width: int, language: LanguageData) -> dict[int, str]:
    """The roles a table's header names (``Nr`` → ref, ``Wie`` → owner, ``Actie`` → text …,
    the ``list_columns`` data); {} when the header does not fit the rows."""
    if len(header) != width:
        return {}
    table = language.compiled(
        "list-columns",
        lambda lang: {
            w.casefold(): role
            for role, words in lang.actions.get("list_columns", {}).items()
            for w in words
        },
    )
    roles: dict[int, str] = {}
    for c, cell in enumerate(header):
        low = re.sub(r"\([^)]*\)", " ", cell).casefold().strip(" *_:#.?")
        low = " ".join(low.split())
        role = table.get(low) or (table.get(low.split()[0].strip(":.")) if low else None)
        if role and role not in roles.values():
            roles[c] = role
    return roles


def _column_roles(
    rows: list[list[str]], language: LanguageData, header: tuple[str, ...] = ()
) -> dict[int, str]:
    """ref | status | date | owner | text for each column: the header's word for it, else voted
    over the rows."""
    width = max(len(r) for r in rows)
    roles: dict[int, str] = _header_roles(header, width, language)
    lengths = {}
    for c in range(width):
        cells = [r[c].strip() for r in rows if c < len(r) and r[c].strip()]
        if not cells:
            continue
        lengths[c] = sum(len(x) for x in cells) / len(cells)
        if c in roles:
            continue
        if _share(cells, lambda x: _is_ref(x, language)) >= 0.6:
            roles[c] = "ref"
        elif _share(cells, lambda x: is_status(x, language)) >= 0.6:
            roles[c] = "status"
        elif _share(cells, lambda x: bool(_DATE_CELL.match(x))) >= 0.6:
            roles[c] = "date"
    rest = [c for c in lengths if c not in roles]
    if rest and "text" not in roles.values():
        text_col = max(rest, key=lambda c: lengths[c])
        roles[text_col] = "text"
        rest = [c for c in rest if c != text_col]
    if rest:
        others = rest
        if "owner" in roles.values():
            for c in others:
                roles[c] = "note"
        else:  # the owner column: the one whose cells look most like names
            particles = language.action_words("name_particles")

            def named(c: int) -> float:
                cells = [r[c].strip() for r in rows if c < len(r) and r[c].strip()]
                return _share(
                    cells, lambda x: any(looks_like_name(p, particles) for p in _parts(x))
                )

            owner_col = max(others, key=lambda c: (named(c), -c))
            for c in others:
                roles[c] = "owner" if c == owner_col else "note"
    return roles


def _parts(cell: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,/&]|\ben\b", cell) if p.strip()]


def _names_task_and_owner(segs: list[Segment], language: LanguageData) -> bool:
    """The table's header row names a task and an owner column (``Actie | Verantwoordelijke(n)
    | Wanneer``, ``Wie | Wat | Wanneer``), and every row is under it."""
    header = segs[0].header if segs else ()
    if not header or any(s.header != header for s in segs):
        return False
    return {"text", "owner"} <= set(_header_roles(header, len(header), language).values())


def _table_items(
    session: SessionDoc, kind: str, indexes: list[int]
) -> Iterator[ListItem]:
    language = session.language
    rows = [_row_cells(session.segments[i]) for i in indexes]
    roles = _column_roles(rows, language, session.segments[indexes[0]].header)
    for i, cells in zip(indexes, rows, strict=True):
        seg = session.segments[i]
        by_role: dict[str, str] = {}
        for c, cell in enumerate(cells):
            role = roles.get(c, "note")
            if cell.strip():
                by_role.setdefault(role, cell.strip())
        text = by_role.get("text", "")
        if not text or _heading_kind(text, language):
            continue
        status = status_of(by_role.get("status", ""), language)
        for other in ("note", "date"):  # "Deadline / Opmerking: Doorlopend"
            if status is None and other in by_role:
                status = status_of(by_role[other], language)
        owner, glued = _owner_and_status(by_role.get("owner", ""), language)
        if status is None:
            status = glued
        yield ListItem(
            text=text,
            kind=kind,
            line=seg.line,
            start=session.offsets[i],
            owners_text=owner,
            status=status,
            ref=by_role.get("ref") or None,
            quote=squash(seg.text)[:300],
        )


def _owner_and_status(cell: str, language: LanguageData) -> tuple[str, str | None]:
    """An owner cell with the status cell's code glued on (``Peter Haasnoot G``, ``All Open``:
    one PDF text fragment over two cells) → (``Peter Haasnoot``, ``closed``)."""
    head, _, last = cell.strip().rpartition(" ")
    status = status_of(last, language) if head and len(last) <= 9 else None
    if status is not None and last[:1].isupper():  # a code as a status column writes it
        return head.rstrip(), status
    return cell, None


def _flowing_items(
    session: SessionDoc, kind: str, indexes: list[int]
) -> Iterator[ListItem]:
    """A PDF action table read as running text: items start at their list numbers."""
    language = session.language
    rx = _ref_pattern(language)
    pieces = [(i, session.segments[i].text) for i in indexes]
    joined, origin = "", []  # origin: (offset in joined, segment index)
    for i, text in pieces:
        origin.append((len(joined), i))
        joined += text + " "
    starts = [m for m in rx.finditer(joined) if m.start() == 0 or joined[m.start() - 1] == " "]
    for n, m in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(joined)
        body = joined[m.end() : end].strip()
        if not body:
            continue
        text, owner_text, status = _split_tail(body, language)
        seg_index = max(i for off, i in origin if off <= m.start())
        seg_off = next(off for off, i in origin if i == seg_index)
        seg = session.segments[seg_index]
        yield ListItem(
            text=text,
            kind=kind,
            line=seg.line_at(m.start() - seg_off),
            start=session.offsets[seg_index] + m.start() - seg_off,
            owners_text=owner_text,
            status=status,
            ref=m.group(0).strip(),
            quote=squash(joined[m.start() : end])[:300],
        )


def _split_tail(body: str, language: LanguageData) -> tuple[str, str, str | None]:
    """``Action text. Owner Name G`` → (action text, owner, status)."""
    words = body.split()
    status = None
    while words and (s := status_of(words[-1], language)) is not None and len(words[-1]) <= 9:
        status = status or s
        words.pop()
    rest = " ".join(words)
    ends = list(_SENTENCE_END.finditer(rest))
    if ends and ends[-1].end() < len(rest):
        cut = ends[-1].end()
        tail = rest[cut:].strip()
        if len(tail.split()) <= 6:
            return rest[:cut].strip(), tail, status
    return rest, "", status


def _plain_items(session: SessionDoc, kind: str, indexes: list[int]) -> Iterator[ListItem]:
    for i in indexes:
        seg = session.segments[i]
        text = seg.text.strip()
        if len(text.split()) < 3:
            continue
        owner = ""
        m = re.search(r"\(([^()]{2,60})\)\s*\.?$", text)
        if m:
            owner = m.group(1)
        yield ListItem(
            text=text,
            kind=kind,
            line=seg.line,
            start=session.offsets[i],
            owners_text=owner,
            quote=squash(text)[:300],
        )


_TASK_BOX = re.compile(r"^\[([ xX✓])\]\s+(?=\S)")  # a Markdown task list item: "- [ ] …"


def _task_boxes(session: SessionDoc, taken: set[int]) -> list[int]:
    """List items with a task box (``[ ]`` open, ``[x]`` done) outside the action lists."""
    return [
        i for i, seg in enumerate(session.segments)
        if i not in taken and seg.kind == "list_item" and _TASK_BOX.match(seg.text)
    ]


def _task_items(session: SessionDoc, indexes: list[int]) -> Iterator[ListItem]:
    """``- [ ] Eva stuurt de planning rond``: an open action; ``- [x] …``: a closed one."""
    for i in indexes:
        seg = session.segments[i]
        m = _TASK_BOX.match(seg.text)
        if m is None:  # pragma: no cover - indexes come from _task_boxes
            continue
        text = seg.text[m.end():].strip()
        yield ListItem(
            text=text,
            kind="action",
            line=seg.line,
            start=session.offsets[i] + m.end(),
            status="open" if m.group(1) == " " else "closed",
            quote=squash(seg.text)[:300],
        )


def _status_tables(session: SessionDoc, taken: set[int]) -> Iterator[list[int]]:
    """Tables outside an action section with a status column, or planning tables (a date, a
    task and an owner column, "Tot 30 april | Beoordeling | Allen"): action lists too."""
    run: list[int] = []
    segs = session.segments
    for i, seg in enumerate([*segs, None]):
        row = seg is not None and i not in taken and seg.kind == "list_item" and " | " in seg.text
        if row and (not run or _same_table(segs[run[-1]], seg)):
            run.append(i)
            continue
        if len(run) >= 2 and not _people_table([segs[k] for k in run], session.language):
            rows = [_row_cells(segs[k]) for k in run]
            roles = _column_roles(rows, session.language, segs[run[0]].header)
            kinds = set(roles.values())
            if "text" in kinds and ("status" in kinds or {"date", "owner"} <= kinds):
                yield run  # a status column, or a planning table: date | what | who
            elif _names_task_and_owner([segs[k] for k in run], session.language):
                yield run  # a header naming the task and its owner: "Actie | Wie | Wanneer"
        run = [i] if row else []


def _people_table(rows: list[Segment], language: LanguageData) -> bool:
    """``Naam | Organisatie | Aanwezig`` with ``ja``/``nee`` cells: an attendance table, whose
    mark column is no status column."""
    return columns(rows, language) is not None


def _same_table(previous: Segment, seg: Segment) -> bool:
    """Rows of one table: the same table index, or (without one) adjacent lines."""
    if previous.table is not None and seg.table is not None:
        return previous.table == seg.table
    return seg.line - previous.line <= 1


def _by_table(session: SessionDoc, indexes: list[int]) -> list[list[int]]:
    """Rows split into their tables (:func:`_same_table`), so that each table's columns are
    voted over its own rows: a planning table (Nr | Data | Actie) under an action table (Nr |
    Actie | Naam) has its text in another column."""
    groups: list[list[int]] = []
    for i in indexes:
        if groups and _same_table(session.segments[groups[-1][-1]], session.segments[i]):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _ref_paragraphs(session: SessionDoc, taken: set[int]) -> list[int]:
    """Paragraphs outside an action section that open with a list number ("1104/02 Navraag
    doen."), with the short lines after each (owner and status cells of a PDF table); only
    where there are at least two such paragraphs."""
    rx = _ref_pattern(session.language)
    segs = session.segments
    members: list[int] = []
    opened = 0
    for i, seg in enumerate(segs):
        if i in taken or seg.speaker:
            continue
        m = rx.match(seg.text.lstrip())
        if m and not _DATE_CELL.match(m.group(0)):
            members.append(i)
            opened += 1
        elif (
            members and members[-1] == i - 1 and len(seg.text.split()) <= 6
            and not seg.text.rstrip().endswith(".") and not rx.search(seg.text)
        ):
            members.append(i)
    return members if opened >= 2 else []


def list_items(session: SessionDoc) -> Iterator[ListItem]:
    """Every row or item of every action list in the session, in source order."""
    language = session.language
    taken = list_segments(session)
    for indexes in _status_tables(session, taken):
        yield from _table_items(session, "action", indexes)
        taken |= set(indexes)
    if refs := _ref_paragraphs(session, taken):
        rows = [i for i in refs if session.segments[i].is_table_row]
        for table in _by_table(session, rows):  # numbered action tables read as cells (PDF)
            yield from _table_items(session, "action", table)
        if flowing := [i for i in refs if i not in rows]:
            yield from _flowing_items(session, "action", flowing)
    yield from _task_items(session, _task_boxes(session, taken))
    for kind, indexes in _sections(session):
        table = [i for i in indexes if " | " in session.segments[i].text]
        other = [i for i in indexes if i not in table]
        rows = [i for i in table if session.segments[i].is_table_row]
        if rows:  # text after the list's table and a heading (an appendix): read as no list
            after = [i for i in other if i > rows[-1] and _is_heading(session.segments[i])]
            other = [i for i in other if not after or i < after[0]]
        for rows_of_one in _by_table(session, table):
            yield from _table_items(session, kind, rows_of_one)
        if other and _numbered([session.segments[i].text for i in other], language):
            yield from _flowing_items(session, kind, other)
        elif other:
            yield from _plain_items(session, kind, other)


def _numbered(texts: list[str], language: LanguageData) -> bool:
    """Text to split at its list numbers: one opens a paragraph, or one that is no date stands
    anywhere (``324/01``); a date inside an item (``Gereed: 17-02-2023``) numbers nothing."""
    rx = _ref_pattern(language)
    for text in texts:
        for m in rx.finditer(text):
            if not text[: m.start()].strip() or not _DATE_CELL.match(m.group(0)):
                return True
    return False


def owners_of(item: ListItem, owners: Owners) -> list[str]:
    found = owners.cell(item.owners_text) if item.owners_text else []
    return found or owners.subject(item.text.split(",")[0])[:3]


def list_segments(session: SessionDoc, *, tables: bool = False) -> set[int]:
    """Indexes of the segments under an action-list heading; with ``tables`` also those of the
    tables with a status column elsewhere (everything :func:`list_items` reads)."""
    taken = {i for _, indexes in _sections(session) for i in indexes}
    if tables:
        taken |= {i for run in _status_tables(session, taken) for i in run}
        taken |= set(_ref_paragraphs(session, taken))
        taken |= set(_task_boxes(session, taken))
    return taken
