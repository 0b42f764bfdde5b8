"""Markdown minutes through markdown-it-py: front matter, headings, lists, tables, paragraphs.

* YAML front matter gives ``title`` and ``date`` (ISO only); other scalar keys go to metadata.
* Headings (ATX and setext) become ``heading`` segments with their ``level``; the first level-1
  heading is the title when the front matter has none.
* Each list item becomes one ``list_item`` (``level`` = nesting, ``marker`` as written); the lines
  of its first paragraph are joined with a space, later paragraphs of the item are ``text``.
* Each table body row becomes one ``list_item`` with ``cells``, its table's ``header`` cells and
  ``table`` index; its text is the non-empty cells joined by `` | `` (so an attendee table reads
  like an attendee list).
* Other paragraphs (also inside block quotes) form ``text`` segments, lines joined with ``\n``;
  code blocks keep their lines; HTML blocks keep their text, comments are dropped.
* Emphasis, inline code, links, images and HTML tags are reduced to their text (a marker written
  as a tag, ``<opmerking Naam>``, stays). Lines that are
  ``Naam: tekst`` keep the name in the text; ``speaker`` stays None.

Line ranges come from markdown-it's token maps. markdown-it-py parses in linear time; inline
markup is parsed for blocks up to :data:`MAX_INLINE` characters, longer blocks are kept as their
plain lines (no real paragraph is that long, and bracket-heavy junk costs ~40 µs a character).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..transcript import Segment, Transcript, table_row
from .lines import Line, make_segment, numbered

if TYPE_CHECKING:  # pragma: no cover
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

FRONT_MATTER_OPEN = "---"
FRONT_MATTER_CLOSE = ("---", "...")
# Real front matter is short; a longer block is body text (and YAML parsing is slow).
FRONT_MATTER_MAX_LINES = 200
FRONT_MATTER_MAX_CHARS = 20_000
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
MAX_INLINE = 20_000
MARKUP_CHARS = frozenset("*_`[]<>&\\!~")
HTML_TAG = re.compile(r"<[^<>]{0,300}>")
BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
# "<opmerking Mirjam Jansen>": a word, then capitalised words, no attributes: a marker, not HTML
TEXT_TAG = re.compile(r"<[a-zA-Z][\w.-]*:?\s+[A-Z][^<>=\"'/]{1,60}>")


def _tag_text(m: re.Match[str]) -> str:
    """An HTML tag goes; a marker written as a tag stays."""
    return m.group(0) if TEXT_TAG.fullmatch(m.group(0)) else ""


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    md.disable(["inline", "text_join"])  # inline parsing is done per block, bounded
    return md


def _inline_lines(content: str, breaks: bool = False) -> list[str]:
    """The plain-text lines of an inline block (one per source line; with ``breaks`` also one
    per ``<br>``, as table cells write the lines of a cell)."""
    if len(content) > MAX_INLINE or not MARKUP_CHARS.intersection(content):
        return [line.strip() for line in content.split("\n")]
    md = _parser()
    children: list[Token] = []
    md.inline.parse(content, md, {}, children)
    lines, current = [], []
    for t in children:
        if t.type in ("text", "text_special", "code_inline", "image"):  # image: its alt text
            current.append(t.content)
        elif t.type in ("softbreak", "hardbreak"):
            lines.append("".join(current).strip())
            current = []
        elif t.type == "html_inline" and BREAK_TAG.fullmatch(t.content):
            if breaks:
                lines.append("".join(current).strip())
                current = []
            else:
                current.append(" ")
        elif t.type == "html_inline" and TEXT_TAG.fullmatch(t.content):
            current.append(t.content)  # "<opmerking Mirjam Jansen>": a marker, no HTML
    lines.append("".join(current).strip())
    return lines


def strip_inline(text: str) -> str:
    """Reduce inline Markdown (emphasis, links, code, HTML) to plain text."""
    return " ".join(line for line in _inline_lines(text.strip()) if line).strip()


def front_matter_end(lines: list[str]) -> int:
    """Index of the first line after leading front matter (0 when there is none)."""
    if not lines or lines[0].strip() != FRONT_MATTER_OPEN:
        return 0
    size = 0
    for i in range(1, min(len(lines), FRONT_MATTER_MAX_LINES)):
        size += len(lines[i])
        if size > FRONT_MATTER_MAX_CHARS:
            return 0
        if lines[i].strip() in FRONT_MATTER_CLOSE:
            return i + 1
    return 0


def front_matter(lines: list[Line]) -> tuple[dict[str, object], int]:
    """Parse leading YAML front matter; return it and the index of the first body line."""
    end = front_matter_end([text for text, _ in lines[:FRONT_MATTER_MAX_LINES]])
    if not end:
        return {}, 0
    import yaml  # only files with front matter pay for the import

    try:
        data = yaml.safe_load("\n".join(text for text, _ in lines[1 : end - 1]))
    except Exception:  # malformed YAML: keep reading the body
        data = None
    return (data if isinstance(data, dict) else {}), end



def _is_pipe_row(line: str) -> bool:
    """A line written as a table row: starts and ends with ``|``, at least two cells."""
    text = line.strip()
    return len(text) > 2 and text.startswith("|") and text.endswith("|") and text.count("|") >= 3


class _Walker:
    """Turns markdown-it block tokens into segments; ``offset`` = lines before the body."""

    def __init__(self, offset: int) -> None:
        self.offset = offset
        self.segments: list[Segment] = []
        self.title: str | None = None
        self.lists: list[str] = []  # open list kinds
        self.items: list[dict] = []  # open list items: marker, level, used
        self.quote = 0
        self.heading: int | None = None
        self.table = -1
        self.header: tuple[str, ...] = ()
        self.row: list[str] | None = None
        self.row_line = 0
        self.in_head = False

    def line(self, token: Token, delta: int = 0) -> int:
        return (token.map[0] if token.map else 0) + delta + self.offset + 1

    def walk(self, tokens: list[Token]) -> None:
        for t in tokens:
            handler = getattr(self, "_" + t.type, None)
            if handler:
                handler(t)

    def _heading_open(self, t: Token) -> None:
        self.heading = int(t.tag[1:])

    def _heading_close(self, t: Token) -> None:
        self.heading = None

    def _bullet_list_open(self, t: Token) -> None:
        self.lists.append("ul")

    _ordered_list_open = _bullet_list_open

    def _bullet_list_close(self, t: Token) -> None:
        self.lists.pop()

    _ordered_list_close = _bullet_list_close

    def _list_item_open(self, t: Token) -> None:
        marker = (t.info or "") + t.markup
        self.items.append({"marker": marker, "level": len(self.lists), "used": False})

    def _list_item_close(self, t: Token) -> None:
        self.items.pop()

    def _table_open(self, t: Token) -> None:
        self.table += 1
        self.header = ()

    def _thead_open(self, t: Token) -> None:
        self.in_head = True

    def _thead_close(self, t: Token) -> None:
        self.in_head = False

    def _tr_open(self, t: Token) -> None:
        self.row, self.row_line = [], self.line(t)

    def _tr_close(self, t: Token) -> None:
        cells = tuple(self.row or ())
        self.row = None
        if self.in_head:
            self.header = tuple(" ".join(c.split()) for c in cells)
        elif any(cells):
            text = " | ".join(" ".join(c.split()) for c in cells if c)
            self.segments.append(table_row(cells, self.header, self.table, self.row_line, text))

    def _inline(self, t: Token) -> None:
        first = self.line(t)
        lines = _inline_lines(t.content)
        if self.row is not None:  # a cell: its <br> lines kept apart, as a Word cell's
            self.row.append("\n".join(x for x in _inline_lines(t.content, breaks=True) if x))
            return
        parts: list[Line] = [(x, first + i) for i, x in enumerate(lines) if x]
        if not parts:
            return
        if self.heading is not None:
            text = " ".join(x for x, _ in parts)
            if self.title is None and self.heading == 1:
                self.title = text
            self.segments.append(
                Segment(text=text, line_map=((0, first),), kind="heading", level=self.heading)
            )
        elif self.items and not self.items[-1]["used"]:
            item = self.items[-1]
            item["used"] = True
            self.segments.append(
                make_segment(
                    parts, " ", kind="list_item", level=item["level"], marker=item["marker"]
                )
            )
        elif self.quote == 0 and all(_is_pipe_row(x) for x, _ in parts):
            self._pipe_rows(parts)
        else:
            self.segments.append(make_segment(parts, "\n"))

    def _pipe_rows(self, parts: list[Line]) -> None:
        """``| a | b |`` lines without the delimiter row GFM needs: table rows all the same
        (minutes written by hand often leave it out), with no header."""
        self.table += 1
        for text, line in parts:
            cells = tuple(c.strip() for c in text.strip().strip("|").split("|"))
            if any(cells):
                self.segments.append(table_row(cells, (), self.table, line))

    def _fence(self, t: Token, skip: int = 1) -> None:
        first = self.line(t, skip)
        parts = [(x.rstrip(), first + i) for i, x in enumerate(t.content.split("\n"))]
        parts = [p for p in parts if p[0].strip()]
        if parts:
            self.segments.append(make_segment(parts, "\n"))

    def _code_block(self, t: Token) -> None:
        self._fence(t, 0)

    def _html_block(self, t: Token) -> None:
        if t.content.lstrip().startswith("<!--"):
            return
        first = self.line(t)
        parts = []
        for i, raw in enumerate(t.content.split("\n")):
            text = HTML_TAG.sub(_tag_text, BREAK_TAG.sub(" ", raw)).strip()
            if text:
                parts.append((text, first + i))
        if parts:
            self.segments.append(make_segment(parts, "\n"))


def read_markdown(text: str) -> Transcript:
    """Read Markdown minutes."""
    lines = numbered(text)
    meta, start = front_matter(lines)
    body = "\n".join(line.replace("\r", "") for line, _ in lines[start:])
    walker = _Walker(start)
    walker.walk(_parser().parse(body))
    segments = [s for s in walker.segments if s.text.strip()]
    return Transcript(
        segments=segments,
        format="markdown",
        title=_string(meta.get("title")) or walker.title,
        date=_iso_date(meta.get("date")),
        metadata={str(k): v for k, v in ((k, _meta_value(v)) for k, v in meta.items()) if v},
    )


def _meta_value(value: object) -> str | None:
    """A front matter value as text: a scalar, or a list of scalars joined with ", "
    (``authors: [digilab]``); anything else None."""
    if isinstance(value, list) and value and all(_is_scalar(v) for v in value):
        return ", ".join(str(v) for v in value if v is not None) or None
    return str(value) if value is not None and _is_scalar(value) else None


def _string(value: object) -> str | None:
    if value is None or not _is_scalar(value):
        return None
    return str(value).strip() or None


def _is_scalar(value: object) -> bool:
    return isinstance(value, str | int | float | bool | dt.date) or value is None


def _iso_date(value: object) -> str | None:
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    if isinstance(value, str) and ISO_DATE.match(value.strip()):
        return value.strip()[:10]
    return None
