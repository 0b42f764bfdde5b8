"""Tables on a PDF page, found from where the text sits (:mod:`.pdf_layout`).

A table is a run of visual lines (fragments at one height) whose text starts at shared x
positions, the columns: at least two lines with text in two or more columns (after a gap, not
just a list bullet and its text), and the lines between them whose text stays inside its
column (a cell's wrapped lines). Rows are split at the page's horizontal rules (borders, cell
boxes) where the table has them; without rules a line starts a row when it has text in the
first column or in more than half of the columns. A cell's text is its fragments in the order
pypdf wrote them, so spaces are pypdf's own. A row of header words (``data/table_headers.txt``)
is its table's header; one inside a table starts a new table. Where most fragments are single
glyphs (text set glyph by glyph), pypdf reports stale positions, so no table is read there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .docx_parts import header_cells
from .pdf_layout import Fragment, PageLayout, Rule
from .report import WORD, line_glue

CHAR_WIDTH = 0.45  # of the font size: a rough width of a character, to tell gaps
GAP = 1.0  # font sizes of empty space that separate two chunks of a line
SAME_HEIGHT = 0.35  # font sizes: fragments this close in height are on one visual line
COLUMN_TOLERANCE = 3.0  # page units: chunk starts this close are one column
ROW_GAP = 4.0  # font sizes between two lines with columns in one table
WRAP_GAP = 1.9  # font sizes between a table line and a wrapped line of a cell below it
MIN_ROWS = 2
STRADDLE = 2.0  # font sizes a fragment may seem to run into the next column (widths are guesses)
GLYPH_SHARE = 0.4  # past this share of one- or two-character fragments, positions are unreliable
MIN_BARE_ROWS = 3  # lines with columns a table needs without a header row or rules
RULE_COVER = 0.6  # of the table's width: a rule this long (or cell boxes together) splits rows
MIN_COLUMN_STARTS = 2  # a column is where the text of two or more lines starts
MIN_CODES = 2  # filled cells a column of short codes needs before a glued code is split off
CODE_CHARS = 8  # a short code cell: one word of at most this many characters
MARKER = re.compile(r"^(?:[^\w\s]{1,3}|\d{1,2}[.)]|[a-zA-Z][.)]|[ivxIVX]{1,4}[.)])$")


@dataclass(frozen=True)
class PdfTable:
    """A table of one page: its rows of cells, the header row (``()`` if none), the page-text
    line (0-based) where each row starts, and every page-text line the table fills."""

    rows: list[tuple[str, ...]]
    header: tuple[str, ...]
    row_lines: list[int]
    lines: frozenset[int]


@dataclass
class _Line:
    y: float
    size: float
    fragments: list[Fragment]
    chunks: list[tuple[float, float]]  # (start x, estimated end x) of each run of text


def find_tables(layout: PageLayout) -> list[PdfTable]:
    """The tables of a page, top to bottom."""
    lines = _visual_lines(layout.fragments)
    tables: list[PdfTable] = []
    i = 0
    while i < len(lines):
        region = _region(lines, i)
        if region is None:
            i += 1
            continue
        members, columns = region
        tables.extend(_build(lines, members, columns, layout))
        i = members[-1] + 1
    return tables


def _visual_lines(fragments: list[Fragment]) -> list[_Line]:
    visible = [f for f in fragments if f.first_line >= 0 and f.size > 0]
    visible.sort(key=lambda f: (-f.y, f.x))
    groups: list[list[Fragment]] = []
    for f in visible:
        if groups and abs(groups[-1][0].y - f.y) <= SAME_HEIGHT * f.size:
            groups[-1].append(f)
        else:
            groups.append([f])
    out = []
    for group in groups:
        group.sort(key=lambda f: f.x)
        size = max(f.size for f in group)
        chunks: list[tuple[float, float]] = []
        previous: Fragment | None = None
        for f in group:
            end = f.x + len(f.text.strip()) * CHAR_WIDTH * f.size
            if chunks and (f.x - chunks[-1][1] < GAP * f.size or _one_word(previous, f, fragments)):
                chunks[-1] = (chunks[-1][0], max(chunks[-1][1], end))
            else:
                chunks.append((f.x, end))
            previous = f
        out.append(_Line(group[0].y, size, group, chunks))
    return out


def _one_word(previous: Fragment | None, f: Fragment, stream: list[Fragment]) -> bool:
    """pypdf wrote the two fragments one after the other with no space between: one word."""
    if previous is None or f.index <= previous.index:
        return False
    joined = "".join(g.text for g in stream[previous.index : f.index + 1])
    return (
        not joined
        or not joined[len(previous.text.rstrip()) :][:1].isspace()
        and (previous.text.rstrip() == previous.text)
    )


def _near(x: float, columns: list[float]) -> bool:
    return any(abs(x - c) <= COLUMN_TOLERANCE for c in columns)


def _column_of(x: float, columns: list[float]) -> int:
    k = 0
    for i, c in enumerate(columns):
        if x >= c - COLUMN_TOLERANCE:
            k = i
    return k


def _fits(line: _Line, columns: list[float], widths: dict[float, float]) -> bool:
    """The line's first chunk starts at a column, and every chunk ends before the next one."""
    if not _near(line.chunks[0][0], columns):
        return False
    for start, end in line.chunks:
        k = _column_of(start, columns)
        last = columns[k] + widths.get(columns[k], 0) * 1.5
        limit = columns[k + 1] if k + 1 < len(columns) else last
        if end > limit + line.size:
            return False
    return True


def _region(lines: list[_Line], i: int) -> tuple[list[int], list[float]] | None:
    """The lines of a table that starts at line ``i``, and its columns; None if none does."""
    if len(lines[i].chunks) < 2:
        return None
    counts = {start: 1 for start, _ in lines[i].chunks}
    members, multi = [i], 1
    widths: dict[float, float] = {start: end - start for start, end in lines[i].chunks}
    for j in range(i + 1, len(lines)):
        line, previous = lines[j], lines[members[-1]]
        gap = (previous.y - line.y) / max(line.size, 1.0)
        columns = sorted(counts)
        confirmed = sorted(c for c, n in counts.items() if n >= MIN_COLUMN_STARTS) or columns
        matched = [c for c in columns if _near(c, [start for start, _ in line.chunks])]
        if len(line.chunks) >= 2 and len(matched) >= 2 and gap <= ROW_GAP:
            for c in matched:
                counts[c] += 1
            for start, end in line.chunks:
                if not _near(start, columns):
                    counts[start] = 1
                c = min(counts, key=lambda c: abs(c - start))
                widths[c] = max(widths.get(c, 0), end - start)
            members.append(j)
            multi += 1
        elif gap <= WRAP_GAP and _fits(line, confirmed, widths):
            members.append(j)
        else:
            break
    columns = sorted(c for c, n in counts.items() if n >= MIN_COLUMN_STARTS)
    if multi < MIN_ROWS or len(columns) < 2 or not _content_columns(lines, members, columns):
        return None
    k = i - 1  # a cell's last lines at the top of the page, continued from the page before
    while k >= 0 and _continues_cell(lines[k], lines[members[0]], columns, widths):
        members.insert(0, k)
        k -= 1
    return members, columns


def _continues_cell(
    line: _Line, below: _Line, columns: list[float], widths: dict[float, float]
) -> bool:
    """A line right above the table, inside one of its columns but the first."""
    gap = (line.y - below.y) / max(line.size, 1.0)
    start = line.chunks[0][0]
    return (
        gap <= WRAP_GAP
        and not abs(start - columns[0]) <= COLUMN_TOLERANCE
        and _fits(line, columns, widths)
    )


def _content_columns(lines: list[_Line], members: list[int], columns: list[float]) -> bool:
    """Two or more columns hold words, not only list markers (a bulleted list is no table)."""
    words: dict[int, int] = {}
    for j in members:
        for f in lines[j].fragments:
            text = f.text.strip()
            if text and not MARKER.match(text) and any(c.isalpha() for c in text):
                k = _column_of(f.x, columns)
                words[k] = words.get(k, 0) + 1
    return len(words) >= 2


def _build(
    lines: list[_Line], members: list[int], columns: list[float], layout: PageLayout
) -> list[PdfTable]:
    rows = _rows(lines, members, columns, layout.rules)
    vocabulary = {w.lower() for f in layout.fragments for w in WORD.findall(f.text)}
    width = len(columns)
    cells_rows: list[tuple[str, ...]] = []
    starts: list[int] = []
    used: set[int] = set()
    grouped: list[list[list[Fragment]]] = []
    for row in rows:
        by_column: list[list[Fragment]] = [[] for _ in range(width)]
        for f in row:
            by_column[_column_of(f.x, columns)].append(f)
        grouped.append(by_column)
    usual = {k for k in range(width) if sum(bool(g[k]) for g in grouped) * 2 > len(grouped)}
    for row, by_column in zip(rows, grouped, strict=True):
        _move_stale(by_column, usual)
        cells = tuple(_cell_text(fs, layout.fragments, vocabulary) for fs in by_column)
        if not any(cells):
            continue
        cells_rows.append(cells)
        starts.append(min(f.first_line for f in row))
        used.update(f.index for f in row)
    multi = sum(1 for j in members if len(lines[j].chunks) >= 2)
    ruled = len(_cuts(lines, members, columns, layout.rules)) >= 2
    headed = any(is_header(cells) for cells in cells_rows)
    if not (ruled or headed or multi >= MIN_BARE_ROWS and multi * 2 >= len(members)):
        return []  # two lines of running text that happen to line up
    fragments = [f for j in members for f in lines[j].fragments]
    if sum(len(f.text.strip()) <= 2 for f in fragments) > GLYPH_SHARE * len(fragments):
        return []  # text set glyph by glyph: pypdf's positions are those of the run, not the glyph
    if any(_straddles(f, row, columns) for row in rows for f in row):
        return []  # one run of text over two columns: its cells cannot be told apart
    taken = _lines_taken(layout.fragments, used)
    return _split_at_headers(_drop_empty_columns(_unglue(cells_rows)), starts, taken)


def _move_stale(by_column: list[list[Fragment]], usual: set[int]) -> None:
    """A row whose one missing usual cell follows a cell of two runs on one line, the second
    opening with pypdf's gap space (``Kadaster`` + `` Henri Korver``): pypdf gave the second
    run the position where the first ended, not its own, so it goes to the missing column."""
    filled = {k for k, fs in enumerate(by_column) if _visible(fs)}
    missing = usual - filled
    if len(missing) != 1:
        return
    k = next(iter(missing))
    if k == 0 or k - 1 not in filled:
        return
    runs = _visible(by_column[k - 1])
    last = max(runs, key=lambda f: f.index)
    same_line = [f for f in runs if abs(f.y - last.y) <= SAME_HEIGHT * last.size]
    if len(same_line) >= 2 and last.text[:1].isspace():
        by_column[k - 1].remove(last)
        by_column[k].append(last)


def _visible(fragments: list[Fragment]) -> list[Fragment]:
    return [f for f in fragments if f.text.strip()]


def _straddles(f: Fragment, row: list[Fragment], columns: list[float]) -> bool:
    """The fragment runs well into the next columns, where another line of its row has text of
    its own (a cell's text run into the next cell's, not a cell merged across columns)."""
    k = _column_of(f.x, columns)
    end = f.x + len(f.text.strip()) * CHAR_WIDTH * f.size - STRADDLE * f.size
    spanned = {i for i in range(k + 1, len(columns)) if columns[i] < end}
    return bool(spanned) and any(
        abs(g.y - f.y) > SAME_HEIGHT * f.size
        and _near(g.x, columns)
        and _column_of(g.x, columns) in spanned
        for g in row
    )


def _cuts(
    lines: list[_Line], members: list[int], columns: list[float], rules: list[Rule]
) -> list[float]:
    """Heights of the rules across the table (with the cell boxes at one height, most of its
    width), top to bottom."""
    top, bottom = lines[members[0]], lines[members[-1]]
    left = columns[0]
    right = max(end for j in members for _, end in lines[j].chunks)
    cover: dict[float, float] = {}
    for r in rules:
        if bottom.y < r.y < top.y + top.size:
            y = round(r.y, 1)
            cover[y] = cover.get(y, 0) + max(0.0, min(r.x1, right) - max(r.x0, left))
    return sorted((y for y, c in cover.items() if c >= RULE_COVER * (right - left)), reverse=True)


def _rows(
    lines: list[_Line], members: list[int], columns: list[float], rules: list[Rule]
) -> list[list[Fragment]]:
    """The table's fragments grouped into rows, top to bottom: a row starts at a line with text
    in the first column or in most columns, below a rule where the table has rules."""
    top, bottom = lines[members[0]], lines[members[-1]]
    cuts = _cuts(lines, members, columns, rules)
    inner = [c for c in cuts if bottom.y < c < top.y]
    rows: list[list[Fragment]] = []
    band = None
    for j in members:
        line = lines[j]
        filled = {_column_of(start, columns) for start, _ in line.chunks}
        opens = 0 in filled or len(filled) * 2 > len(columns)  # a row's first line
        key = sum(1 for c in cuts if c > line.y) if inner else None
        if not rows or opens and (not inner or key != band):
            rows.append([])
        band = key
        rows[-1].extend(line.fragments)
    return rows


def _cell_text(fragments: list[Fragment], stream: list[Fragment], vocabulary: set[str]) -> str:
    """A cell's fragments in stream order, spaced as pypdf spaced them; a line break is a space,
    or rejoins a word hyphenated at the line's end as the report reflow does."""
    out = ""
    previous: Fragment | None = None
    for f in sorted(fragments, key=lambda f: f.index):
        text = " ".join(f.text.split())
        if previous is not None:
            between = "".join(g.text for g in stream[previous.index + 1 : f.index])
            if previous.last_line != f.first_line or between.strip():
                out = out.rstrip()
                glue = line_glue(out, text, vocabulary) if out and text else " "
                if glue is None:
                    out, glue = out[:-1], ""
            else:
                joined = previous.text + between + f.text
                glue = " " if joined[len(previous.text.rstrip()) :][:1].isspace() else ""
            out = out.rstrip() + glue
        out += text
        previous = f
    return " ".join(out.split())


def _lines_taken(fragments: list[Fragment], used: set[int]) -> frozenset[int]:
    """Page-text lines whose every visible fragment belongs to the table."""
    inside: set[int] = set()
    outside: set[int] = set()
    for f in fragments:
        if f.first_line < 0:
            continue
        target = inside if f.index in used else outside
        target.update(range(f.first_line, f.last_line + 1))
    return frozenset(inside - outside)


def _unglue(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A column of short codes (``O``, ``G``, ``Open``) whose cell is empty in a row where the
    cell before it ends in one of that column's codes: the two cells were one fragment
    (``Frank Terpstra G``), so the code goes back to its column. Positions cannot tell it:
    pypdf gives the fragment's start only, and the estimated width falls short of the column."""
    out = [list(r) for r in rows]
    width = max((len(r) for r in out), default=0)
    for k in range(1, width):
        filled = [r[k] for r in out if k < len(r) and r[k]]
        if len(filled) < MIN_CODES or any(len(c) > CODE_CHARS or " " in c for c in filled):
            continue
        codes = set(filled)
        for r in out:
            if k >= len(r) or r[k] or not r[k - 1]:
                continue
            head, _, last = r[k - 1].rpartition(" ")
            if head and last in codes:
                r[k - 1], r[k] = head.rstrip(), last
    return [tuple(r) for r in out]


def _drop_empty_columns(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    keep = [k for k in range(max((len(r) for r in rows), default=0)) if any(r[k] for r in rows)]
    return [tuple(r[k] for k in keep) for r in rows]


def is_header(cells: tuple[str, ...]) -> bool:
    """A row of header words: most cells open with one, none is long."""
    filled = [c for c in cells if c]
    return len(filled) >= 2 and header_cells(cells, len(filled))


def _split_at_headers(
    rows: list[tuple[str, ...]], starts: list[int], taken: frozenset[int]
) -> list[PdfTable]:
    tables: list[PdfTable] = []
    header: tuple[str, ...] = ()
    body: list[tuple[str, ...]] = []
    body_starts: list[int] = []
    for cells, start in zip(rows, starts, strict=True):
        if is_header(cells):
            if body:
                tables.append(PdfTable(body, header, body_starts, taken))
            header, body, body_starts = cells, [], []
            continue
        body.append(cells)
        body_starts.append(start)
    if body:
        tables.append(PdfTable(body, header, body_starts, taken))
    return tables
