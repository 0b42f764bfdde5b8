"""Reports as extracted from a PDF: reflow hard-wrapped lines into paragraphs.

Two layouts are recognised. *Double-spaced* text (every line followed by an empty line, as many
PDF-to-text tools write it) marks a paragraph break with a line holding only whitespace and a page
break with a run of empty lines. *Single-spaced* text marks a paragraph break with a blank line.
A page break in the middle of a sentence (no final punctuation before it, a lower-case word after
it) does not end the paragraph. Lines set in columns (a run of three or more spaces or a tab
between words, as in a two-column member list) are kept apart with ``\n``. Short title-like
lines at the start of a paragraph become ``heading`` segments; the first one is the report's
title.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from statistics import median

from ..transcript import Segment, Transcript
from .lines import Line, numbered

BREAK, PAGE = "break", "page"
SENTENCE_END = re.compile(r"[.!?…:]['’”\")]?$")
HEADING_END = re.compile(r"[.,;:!?…]$")
HYPHENATED_WORD = re.compile(r"[^\W\d_][\w'’-]*-")
FIRST_WORD = re.compile(r"^(?P<word>[\w'’]+)")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
ELIDED_FOLLOWERS = frozenset({"en", "of", "tot", "noch", "als", "t/m"})
URL_START = re.compile(r"(?:https?://|www\.)\S*$")
URL_CONTINUES = re.compile(r"[\w/#?=&%.~-]*[/#?=&%~_.-][\w/#?=&%.~-]*(?:\s|$)")
COLUMN_GAP = re.compile(r"\S(?: {3,}|\t)\S")  # a line set in columns: not prose to reflow
VOWELS = "aeiouyáéíóúàèëïöüâêîôû"
ADJACENT_SHARE = 0.1
HEADING_MAX_WORDS = 8
HEADING_MAX_CHARS = 70
SHORT_LINE_SHARE = 0.7  # of the typical (median) line length
BEFORE_HEADING_SHARE = 0.85
MAX_WORD = 80


def read_report(text: str) -> Transcript:
    """Read report text (hard-wrapped, possibly double-spaced) into paragraph segments."""
    return reflow_report(numbered(text), fmt="report")


def reflow_report(
    lines: Sequence[Line], *, fmt: str, from_pdf: bool = False
) -> Transcript:
    """Reflow numbered ``lines`` into heading and paragraph segments.

    ``from_pdf``: text extracted from a PDF (single-spaced, no blank line between paragraphs), so
    a short line ending a sentence closes its paragraph.
    """
    events = list(_events(lines))
    content = [item for item in events if not isinstance(item, str)]
    typical = median(len(t) for t, _ in content) if content else 0
    vocabulary = {w.lower() for w in WORD.findall("\n".join(t for t, _ in lines))}
    segments: list[Segment] = []
    for block in _blocks(events):
        segments.extend(_block_segments(block, typical, vocabulary, from_pdf))
    title = None
    if segments and segments[0].kind == "heading":
        title = segments[0].text
    return Transcript(segments=segments, format=fmt, title=title)


def _events(lines: Sequence[Line]) -> Iterable[Line | str]:
    """Content lines (stripped) interleaved with BREAK and PAGE markers."""
    double = is_double_spaced(lines)
    empty_run = 0
    for text, number in lines:
        if text.strip():
            if empty_run >= 2:
                yield PAGE
            elif empty_run == 1 and not double:
                yield BREAK
            empty_run = 0
            yield text.strip(), number
        elif text and double:  # a line holding only whitespace: paragraph break
            yield BREAK
            empty_run = 0
        else:
            empty_run += 1


def is_double_spaced(lines: Sequence[Line]) -> bool:
    """Every line followed by an empty one, paragraphs marked by whitespace-only lines."""
    nonblank = [i for i, (t, _) in enumerate(lines) if t.strip()]
    adjacent = sum(1 for i in nonblank if i + 1 < len(lines) and lines[i + 1][0].strip())
    has_space_lines = any(t and not t.strip() for t, _ in lines)
    return len(nonblank) >= 3 and has_space_lines and adjacent <= ADJACENT_SHARE * len(nonblank)


def _blocks(events: Iterable[Line | str]) -> Iterable[list[Line]]:
    """Group content lines into paragraphs; a PAGE break inside a sentence is ignored."""
    block: list[Line] = []
    across_page = False  # a page break inside a sentence: continue if a lower-case word follows
    for item in events:
        if isinstance(item, str):
            if item == PAGE and block and _continues(block[-1][0]):
                across_page = True
                continue
            if block:
                yield block
            block, across_page = [], False
        else:
            if across_page and not item[0][:1].islower():
                yield block
                block = []
            across_page = False
            block.append(item)
    if block:
        yield block


def _continues(last_line: str) -> bool:
    """The line stops mid-sentence."""
    return not SENTENCE_END.search(last_line)


def _block_segments(
    block: list[Line], typical: float, vocabulary: set[str], from_pdf: bool
) -> list[Segment]:
    segments: list[Segment] = []
    paragraph: list[Line] = []
    for i, (text, number) in enumerate(block):
        following = block[i + 1][0] if i + 1 < len(block) else ""
        heading = _is_heading(text, following, typical)
        if paragraph and from_pdf and _ends_paragraph(paragraph[-1][0], text, heading, typical):
            segments.append(_join(paragraph, vocabulary))
            paragraph = []
        if not paragraph and heading:
            segments.append(Segment(text=text, line_map=((0, number),), kind="heading"))
            continue
        paragraph.append((text, number))
    if paragraph:
        segments.append(_join(paragraph, vocabulary))
    return segments


FULL_STOP = re.compile(r"[.!?]['’”\")]?$")  # a sentence ends ("punten:" opens a list)
NUMBERED_TITLE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]")  # "2. Advies", "3.1 Jaarplan"
LABEL_START = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,2}:\s")  # "Afwezig: …", "Actie: …"


def _ends_paragraph(previous: str, line: str, heading: bool, typical: float) -> bool:
    """In single-spaced PDF text, a short line before a sentence or a heading ends a paragraph,
    and a line opening with a label (``Afwezig:``, ``Actie:``) starts one."""
    if LABEL_START.match(line):
        return True
    if heading and NUMBERED_TITLE.match(line) and FULL_STOP.search(previous):
        return True  # "… wordt vastgesteld." then "2. Advies mantelzorg": the next item
    if not line[:1].isupper():
        return False
    if SENTENCE_END.search(previous) and len(previous) < SHORT_LINE_SHARE * typical:
        return True
    return heading and len(previous) < BEFORE_HEADING_SHARE * typical


def _is_heading(text: str, following: str, typical: float) -> bool:
    """A short, capitalised line without final punctuation, followed by a capital or nothing."""
    if (
        len(text.split()) > HEADING_MAX_WORDS
        or len(text) > HEADING_MAX_CHARS
        or HEADING_END.search(text)
        or not (text[0].isupper() or text[0].isdigit())
    ):
        return False
    if typical and len(text) >= SHORT_LINE_SHARE * typical:
        return False
    return not following or following[0].isupper() or following[0].isdigit()


def _join(lines: list[Line], vocabulary: set[str]) -> Segment:
    """Join wrapped lines with spaces, undoing end-of-line hyphenation where it is safe."""
    chunks: list[str] = []
    line_map: list[tuple[int, int]] = []
    length = 0
    previous = ""
    for line, number in lines:
        if chunks:
            columns = COLUMN_GAP.search(previous) or COLUMN_GAP.search(line)
            glue = "\n" if columns else line_glue(previous, line, vocabulary)
            if glue is None:  # drop the hyphen and join the halves
                chunks[-1] = chunks[-1][:-1]
                length -= 1
                glue = ""
            chunks.append(glue)
            length += len(glue)
        line_map.append((length, number))
        chunks.append(line)
        length += len(line)
        previous = line
    return Segment(text="".join(chunks), line_map=tuple(line_map))


def line_glue(previous: str, line: str, vocabulary: set[str]) -> str | None:
    """What goes between ``previous`` and ``line``: " ", "" (keep hyphen) or None (drop it)."""
    last_word = previous[-MAX_WORD:].rsplit(maxsplit=1)[-1]
    if URL_START.match(last_word) and URL_CONTINUES.match(line) and not SENTENCE_END.search(
        last_word.rstrip("/")
    ):
        return ""  # a URL broken across lines
    following = FIRST_WORD.match(line)
    if not HYPHENATED_WORD.fullmatch(last_word) or not following or not line[0].islower():
        return " "
    head, tail = last_word[:-1].split("-")[-1], following["word"]
    if not head:
        return " "
    if tail.lower() in ELIDED_FOLLOWERS:  # "zij- en instroom"
        return " "
    if f"{head}-{tail}".lower() in vocabulary:
        return ""
    if f"{head}{tail}".lower() in vocabulary:
        return None
    if any(c.isupper() or c.isdigit() for c in head) or _vowel_clash(head, tail):
        return ""
    return None


def _vowel_clash(head: str, tail: str) -> bool:
    """Dutch writes a hyphen where two vowels would merge: zij-instroom, zee-egel, na-apen."""
    head, tail = head.lower(), tail.lower()
    return (head.endswith("ij") or head[-1:] in VOWELS) and tail[:1] in VOWELS
