"""Markdown minutes: front matter, headings, list items, tables and paragraphs.

* YAML front matter gives ``title`` and ``date`` (ISO only); other scalar keys go to metadata.
* ``#`` headings (and setext headings) become ``heading`` segments; the first level-1 heading is
  the title when the front matter has none.
* Each list item (``-``, ``*``, ``+``, ``1.``, ``1)``) becomes one ``list_item``; indented
  continuation lines are joined with a space. A non-indented line after an item starts a paragraph.
* Each table body row becomes one ``list_item`` with its non-empty cells joined by `` | ``; the
  header row and the separator row are dropped, so an attendee table reads like an attendee list.
* Other lines form ``text`` paragraphs; lines within a paragraph are joined with ``\\n``.
* Emphasis, inline code, links, images and HTML tags are reduced to their text. Lines that are
  ``Naam: tekst`` keep the name in the text; ``speaker`` stays None.
"""
from __future__ import annotations

import datetime as dt
import html
import re

from ..transcript import Segment, Transcript
from .lines import Line, make_segment, numbered, strip_closing_hashes

FRONT_MATTER_OPEN = "---"
FRONT_MATTER_CLOSE = ("---", "...")
# Real front matter is short; a longer block is body text (and YAML parsing is slow).
FRONT_MATTER_MAX_LINES = 200
FRONT_MATTER_MAX_CHARS = 20_000
ATX_HEADING = re.compile(r"^ {0,3}(?P<level>#{1,6})(?:[ \t]+(?P<text>.*))?$")
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
LIST_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+(?P<text>.*)$")
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
SEPARATOR_CELL = re.compile(r":?-{2,}:?")
THEMATIC_BREAK = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
FENCE = re.compile(r"^ {0,3}(```|~~~)")
BLOCKQUOTE = re.compile(r"^ {0,3}>[ \t]?")
HTML_COMMENT = re.compile(r"^\s*<!--.*-->\s*$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")

IMAGE_OR_LINK = re.compile(r"!?\[(?P<text>[^\]]*)\]\([^)]{0,500}\)")
REFERENCE_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\[[^\]]*\]")
AUTOLINK = re.compile(r"<(?P<url>(?:https?|mailto):[^>\s]+)>")
BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s[^<>]{0,300})?/?>")
STRONG = re.compile(r"\*\*(?=\S)(?P<text>[^*]+?)(?<=\S)\*\*|__(?=\S)(?P<text2>[^_]+?)(?<=\S)__")
EMPHASIS_STAR = re.compile(r"\*(?=\S)(?P<text>[^*]+?)(?<=\S)\*")
EMPHASIS_UNDERSCORE = re.compile(r"(?<!\w)_(?=\S)(?P<text>[^_]+?)(?<=\S)_(?!\w)")
CODE = re.compile(r"`+(?P<text>[^`]+)`+")
ESCAPE = re.compile(r"\\(?P<char>[\\`*_{}\[\]()#+\-.!|>])")


def strip_inline(text: str) -> str:
    """Reduce inline Markdown (emphasis, links, code, HTML) to plain text."""
    text = text.strip().removesuffix("\\")  # a hard line break
    text = CODE.sub(lambda m: m["text"], text)
    text = IMAGE_OR_LINK.sub(lambda m: m["text"], text)
    text = REFERENCE_LINK.sub(lambda m: m["text"], text)
    text = AUTOLINK.sub(lambda m: m["url"], text)
    text = BREAK_TAG.sub(" ", text)
    text = HTML_TAG.sub("", text)
    text = STRONG.sub(_strong, text)
    text = EMPHASIS_STAR.sub(lambda m: m["text"], text)
    text = EMPHASIS_UNDERSCORE.sub(lambda m: m["text"], text)
    text = STRONG.sub(_strong, text)  # bold around italics: **a *b* c**
    text = ESCAPE.sub(lambda m: m["char"], text)
    return html.unescape(text).strip()


def _strong(match: re.Match[str]) -> str:
    return match["text"] or match["text2"]


def is_table_separator(line: str) -> bool:
    """``| --- | :--: |``: the row under a table's header."""
    cells = line.strip().strip("|").split("|")
    return "|" in line and all(SEPARATOR_CELL.fullmatch(c.strip()) for c in cells)


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


class _Builder:
    """Collects segments while walking the lines."""

    def __init__(self) -> None:
        self.segments: list[Segment] = []
        self.paragraph: list[Line] = []
        self.item: list[Line] = []

    def flush(self) -> None:
        if self.paragraph:
            self.segments.append(make_segment(self.paragraph, "\n"))
            self.paragraph = []
        if self.item:
            self.segments.append(make_segment(self.item, " ", kind="list_item"))
            self.item = []

    def add(self, text: str, line: int, kind: str) -> None:
        self.flush()
        if text:
            self.segments.append(Segment(text=text, line_map=((0, line),), kind=kind))


def read_markdown(text: str) -> Transcript:
    """Read Markdown minutes."""
    lines = numbered(text)
    meta, start = front_matter(lines)
    out = _Builder()
    title: str | None = None
    in_fence = False
    for i in range(start, len(lines)):
        raw, number = lines[i]
        following = lines[i + 1][0] if i + 1 < len(lines) else ""
        if FENCE.match(raw):
            out.flush()
            in_fence = not in_fence
            continue
        if in_fence:
            if raw.strip():
                out.paragraph.append((raw.rstrip(), number))
            continue
        if not raw.strip() or HTML_COMMENT.match(raw):
            out.flush()
            continue
        if SETEXT_UNDERLINE.match(raw) and len(out.paragraph) == 1 and not out.item:
            heading = out.paragraph.pop()
            out.add(heading[0], heading[1], "heading")
            continue
        if THEMATIC_BREAK.match(raw):
            out.flush()
            continue
        heading_match = ATX_HEADING.match(raw)
        if heading_match:
            heading = strip_inline(strip_closing_hashes(heading_match["text"] or ""))
            if title is None and heading_match["level"] == "#" and heading:
                title = heading
            out.add(heading, number, "heading")
            continue
        if TABLE_ROW.match(raw):
            if is_table_separator(raw):
                continue
            if is_table_separator(following):  # the header row
                out.flush()
                continue
            cells = [strip_inline(c) for c in raw.strip().strip("|").split("|")]
            out.add(" | ".join(c for c in cells if c), number, "list_item")
            continue
        item_match = LIST_ITEM.match(raw)
        if item_match and not SETEXT_UNDERLINE.match(raw):
            out.flush()
            out.item = [(strip_inline(item_match["text"]), number)]
            continue
        body = BLOCKQUOTE.sub("", raw)
        if out.item and raw[:1] in (" ", "\t"):
            out.item.append((strip_inline(body), number))
            continue
        if out.item:
            out.flush()
        cleaned = strip_inline(body)
        if cleaned:
            out.paragraph.append((cleaned, number))
    out.flush()
    segments = [s for s in out.segments if s.text.strip()]
    return Transcript(
        segments=segments,
        format="markdown",
        title=_string(meta.get("title")) or title,
        date=_iso_date(meta.get("date")),
        metadata={str(k): str(v) for k, v in meta.items() if v is not None and _is_scalar(v)},
    )


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
