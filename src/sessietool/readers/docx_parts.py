"""The parts of a Word package the DOCX reader needs beyond python-docx's API: a zip-bomb check,
styles (heading levels through style inheritance and outline levels), automatic list numbering,
header rows, and the section headers and footers."""

from __future__ import annotations

import io
import re
import zipfile
from functools import lru_cache

from ..errors import MalformedInput
from ..language import LanguageData

KIND = "DOCX"
MAX_UNPACKED = 200 * 1024 * 1024  # all members together, measured while decompressing
MAX_XML = 64 * 1024 * 1024  # one XML part: lxml needs several times this in memory
MAX_MEMBERS = 10_000
CHUNK = 1024 * 1024
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADING_NAME = re.compile(r"^(?:heading|kop)\s*(?P<level>[1-9])$", re.IGNORECASE)
TITLE_NAMES = ("title", "titel")
AGENDA_STYLE = re.compile(r"agenda", re.IGNORECASE)  # custom styles: "Agendapunt", "Agenda item"
AGENDA_LEVEL = 2
HEADER_CELL_WORDS = 4


def check_unpacked_size(data: bytes) -> None:
    """Decompress every member once, counting bytes; refuse past the caps (a zip bomb), whatever
    sizes the zip directory claims."""
    total = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise MalformedInput(kind=KIND, detail=f"{len(members):,} zip members; too many")
        for info in members:
            cap = MAX_XML if info.filename.endswith((".xml", ".rels")) else MAX_UNPACKED
            size = 0
            with archive.open(info) as member:
                while chunk := member.read(CHUNK):
                    size += len(chunk)
                    total += len(chunk)
                    if size > cap or total > MAX_UNPACKED:
                        raise MalformedInput(
                            kind=KIND,
                            detail=f"unpacks to more than {min(cap, MAX_UNPACKED):,} bytes; "
                            "too large",
                        )


def _styles(paragraph: object) -> list[object]:
    """The paragraph's style and the styles it is based on, nearest first."""
    chain, style, seen = [], getattr(paragraph, "style", None), set()
    while style is not None and id(style) not in seen and len(chain) < 20:
        seen.add(id(style))
        chain.append(style)
        style = getattr(style, "base_style", None)
    return chain


def _outline(p_pr: object) -> int | None:
    node = p_pr.find(f"{W}outlineLvl") if p_pr is not None else None
    value = node.get(f"{W}val") if node is not None else None
    return int(value) + 1 if value and value.isdigit() and int(value) < 9 else None


def heading_level(paragraph: object) -> int | None:
    """1..9 for a heading paragraph (style name, inherited style, outline level), else None."""
    level = _outline(paragraph._p.pPr)  # type: ignore[attr-defined]
    if level:
        return level
    for style in _styles(paragraph):
        name = (getattr(style, "name", "") or "").strip()
        if m := HEADING_NAME.match(name):
            return int(m["level"])
        if name.lower() in TITLE_NAMES:
            return 1
        if AGENDA_STYLE.search(name):
            return AGENDA_LEVEL
        level = _outline(style.element.pPr)  # type: ignore[attr-defined]
        if level:
            return level
    return None


def num_pr(p_pr: object) -> tuple[str | None, int | None] | None:
    node = p_pr.find(f"{W}numPr") if p_pr is not None else None
    if node is None:
        return None
    num = node.find(f"{W}numId")
    lvl = node.find(f"{W}ilvl")
    num_id = num.get(f"{W}val") if num is not None else None
    ilvl = lvl.get(f"{W}val") if lvl is not None else None
    return num_id, int(ilvl) if ilvl and ilvl.isdigit() else None


def list_level(paragraph: object) -> tuple[str, int] | None:
    """(numId, 0-based level) of a numbered or bulleted paragraph (directly or by style)."""
    found = num_pr(paragraph._p.pPr)  # type: ignore[attr-defined]
    styles = _styles(paragraph)
    i = 0
    while (found is None or found[0] is None) and i < len(styles):
        by_style = num_pr(styles[i].element.pPr)  # type: ignore[attr-defined]
        if by_style:
            found = (by_style[0], found[1] if found and found[1] is not None else by_style[1])
        i += 1
    if not found or not found[0] or found[0] == "0":
        return None
    return found[0], min(found[1] or 0, 8)


class Numbering:
    """Automatic list numbers from numbering.xml: ``marker(numId, level)`` counts like Word."""

    def __init__(self, document: object) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element  # type: ignore[attr-defined]
        except Exception:  # no numbering part
            return
        abstract = {}
        for node in root.findall(f"{W}abstractNum"):
            abstract[node.get(f"{W}abstractNumId")] = self._levels(node)
        for num in root.findall(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is not None:
                self.levels[num.get(f"{W}numId")] = abstract.get(ref.get(f"{W}val"), {})

    @staticmethod
    def _levels(node: object) -> dict[int, tuple[str, str, int]]:
        out = {}
        for lvl in node.findall(f"{W}lvl"):  # type: ignore[attr-defined]

            def val(tag: str, default: str, lvl: object = lvl) -> str:
                child = lvl.find(f"{W}{tag}")  # type: ignore[attr-defined]
                return child.get(f"{W}val", default) if child is not None else default

            start = val("start", "1")
            ilvl = lvl.get(f"{W}ilvl", "0")
            out[int(ilvl) if ilvl.isdigit() else 0] = (
                val("numFmt", "decimal"),
                val("lvlText", ""),
                int(start) if start.isdigit() else 1,
            )
        return out

    def marker(self, num_id: str, level: int) -> str | None:
        levels = self.levels.get(num_id)
        if not levels or level not in levels:
            return None
        fmt, text, _start = levels[level]
        if fmt == "bullet":
            return "-"
        if fmt == "none":
            return None
        counts = self.counters.setdefault(num_id, [0] * 9)
        counts[level] += 1
        for deeper in range(level + 1, 9):
            counts[deeper] = 0
        values = {}
        for k in range(level + 1):
            f, _t, start = levels.get(k, ("decimal", "", 1))
            values[k] = _format(f, start - 1 + max(counts[k], 1))
        return re.sub(r"%([1-9])", lambda m: values.get(int(m[1]) - 1, ""), text) or None


def _format(fmt: str, n: int) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out, n = out + numeral, n - value
    return out


@lru_cache(maxsize=1)
def header_words() -> frozenset[str]:
    """Words of a table's header cells (``data/table_headers.txt``)."""
    return LanguageData.table_headers()


_VALUE = re.compile(r"[\d,@(]")  # "12 maart 2024", "Anna Bakker, Kees Smit": a value, no header


def header_cells(cells: tuple[str, ...], width: int) -> bool:
    """Header words open at least half of ``width`` cells, no cell is long, and no other cell
    holds a value (a date, a list of names): ``Naam | Aanwezig | Afwezig``, not ``Aanwezig |
    Anna Bakker, Kees Smit``."""
    filled = [c for c in cells if c.split()]
    if not filled or any(len(c.split()) > HEADER_CELL_WORDS for c in filled):
        return False
    known = [c.split()[0].lower().strip(":") in header_words() for c in filled]
    if any(not k and _VALUE.search(c) for c, k in zip(filled, known, strict=True)):
        return False
    return sum(known) * 2 >= width


def header_row(row: object, cells: tuple[str, ...]) -> bool:
    """A table's first row is its header: marked as one, all bold, or made of header words."""
    tr_pr = row._tr.trPr  # type: ignore[attr-defined]
    if tr_pr is not None and tr_pr.find(f"{W}tblHeader") is not None:
        return True
    if not cells or any("\n" in c for c in cells):
        return False
    if header_cells(cells, len(cells)):
        return True
    runs = [r for cell in row.cells for p in cell.paragraphs for r in p.runs if r.text.strip()]
    return bool(runs) and all(r.bold for r in runs) and len(cells) > 1


def letterhead_lines(document: object) -> list[str]:
    """The lines of every section header and footer (first-page ones too)."""
    lines: list[str] = []
    try:
        for part in _header_parts(document):
            for paragraph in part.paragraphs:
                lines.extend(x.strip() for x in paragraph.text.split("\n"))
            for table in part.tables:
                for row in table.rows:
                    for cell in row.cells:
                        lines.extend(" ".join(p.text.split()) for p in cell.paragraphs)
            lines.append("")
    except Exception:  # a damaged header part must not cost the body
        return lines
    return lines


def _header_parts(document: object) -> list[object]:
    """Every distinct section header and footer (first-page ones too)."""
    parts = []
    for position, section in enumerate(document.sections):  # type: ignore[attr-defined]
        for name in ("first_page_header", "header", "first_page_footer", "footer"):
            part = getattr(section, name)
            if position and part.is_linked_to_previous:
                continue
            if part.is_linked_to_previous and position == 0 and name.startswith("first"):
                continue
            parts.append(part)
    return parts


def header_content(
    document: object, opens: tuple[str, ...]
) -> tuple[list[str], list[list[tuple[str, ...]]]]:
    """Minutes content a Word header holds (attendance in a header table): its paragraphs and
    the tables with a cell that opens with one of ``opens`` (lower case)."""

    def wanted(text: str) -> bool:
        return text.strip(" *").casefold().startswith(opens)

    lines: list[str] = []
    tables: list[list[tuple[str, ...]]] = []
    try:
        for part in _header_parts(document):
            lines.extend(p.text.strip() for p in part.paragraphs if wanted(p.text))
            for table in part.tables:
                rows = []
                for row in table.rows:
                    seen: set[int] = set()
                    cells = []
                    for cell in row.cells:
                        if id(cell._tc) not in seen:  # a merged cell once
                            seen.add(id(cell._tc))
                            lines_ = (" ".join(p.text.split()) for p in cell.paragraphs)
                            cells.append("\n".join(x for x in lines_ if x))
                    rows.append(tuple(cells))
                if any(wanted(c) for r in rows for c in r):
                    tables.append(rows)
    except Exception:  # a damaged header part must not cost the body
        return lines, tables
    return lines, tables
