"""Reports as extracted from a PDF: reflow hard-wrapped lines into paragraphs.

Two layouts are recognised. *Double-spaced* text (every line followed by an empty line, as many
PDF-to-text tools write it) marks a paragraph break with a line holding only whitespace and a page
break with a run of empty lines. *Single-spaced* text marks a paragraph break with a blank line.
A page break in the middle of a sentence (no final punctuation before it, a lower-case word after
it) does not end the paragraph. Short title-like lines at the start of a paragraph become
``heading`` segments; the first one is the report's title.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from statistics import median

from ..transcript import Segment, Transcript
from .lines import Line, numbered

BREAK, PAGE = "break", "page"
FINAL_PUNCTUATION = re.compile(r"[.!?…:;,)\"'’”]$")
SENTENCE_END = re.compile(r"[.!?…:]['’”\")]?$")
HEADING_END = re.compile(r"[.,;:!?…]$")
HYPHENATED_END = re.compile(r"(?P<word>[^\W\d_][\w'’]*)-$")
FIRST_WORD = re.compile(r"^(?P<word>[\w'’]+)")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
ELIDED_FOLLOWERS = frozenset({"en", "of", "tot", "noch", "als", "t/m"})
VOWELS = "aeiouyáéíóúàèëïöüâêîôû"
ADJACENT_SHARE = 0.1
HEADING_MAX_WORDS = 8
HEADING_MAX_CHARS = 70
SHORT_LINE_SHARE = 0.7


def read_report(text: str) -> Transcript:
    """Read report text (hard-wrapped, possibly double-spaced) into paragraph segments."""
    return reflow_report(numbered(text), fmt="report")


def reflow_report(
    lines: Sequence[Line], *, fmt: str, short_line_breaks: bool = False
) -> Transcript:
    """Reflow numbered ``lines`` into heading and paragraph segments."""
    events = list(_events(lines))
    content = [item for item in events if not isinstance(item, str)]
    typical = median(len(t) for t, _ in content) if content else 0
    vocabulary = {w.lower() for w in WORD.findall("\n".join(t for t, _ in lines))}
    segments: list[Segment] = []
    for block in _blocks(events):
        segments.extend(_block_segments(block, typical, vocabulary, short_line_breaks))
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
    for item in events:
        if isinstance(item, str):
            if item == PAGE and block and _continues(block[-1][0]):
                continue
            if block:
                yield block
            block = []
        else:
            block.append(item)
    if block:
        yield block


def _continues(last_line: str) -> bool:
    return not SENTENCE_END.search(last_line)


def _block_segments(
    block: list[Line], typical: float, vocabulary: set[str], short_line_breaks: bool
) -> list[Segment]:
    segments: list[Segment] = []
    paragraph: list[Line] = []
    for i, line in enumerate(block):
        previous = paragraph[-1][0] if paragraph else ""
        if previous and _starts_new_paragraph(previous, line[0], typical, short_line_breaks):
            segments.append(_join(paragraph, vocabulary))
            paragraph = []
        if not paragraph and _is_heading(block, i, typical):
            segments.append(Segment(text=line[0], line_map=((0, line[1]),), kind="heading"))
            continue
        paragraph.append(line)
    if paragraph:
        segments.append(_join(paragraph, vocabulary))
    return segments


def _starts_new_paragraph(previous: str, line: str, typical: float, enabled: bool) -> bool:
    """In single-spaced PDF text, a short line ending a sentence closes its paragraph."""
    return (
        enabled
        and bool(SENTENCE_END.search(previous))
        and len(previous) < SHORT_LINE_SHARE * typical
        and line[:1].isupper()
    )


def _is_heading(block: list[Line], i: int, typical: float) -> bool:
    text = block[i][0]
    words = text.split()
    if (
        len(words) > HEADING_MAX_WORDS
        or len(text) > HEADING_MAX_CHARS
        or HEADING_END.search(text)
        or not (text[0].isupper() or text[0].isdigit())
    ):
        return False
    if typical and len(text) >= SHORT_LINE_SHARE * typical:
        return False
    following = block[i + 1][0] if i + 1 < len(block) else ""
    return not following or following[0].isupper() or following[0].isdigit()


def _join(lines: list[Line], vocabulary: set[str]) -> Segment:
    """Join wrapped lines with spaces, undoing end-of-line hyphenation where it is safe."""
    text = ""
    line_map: list[tuple[int, int]] = []
    for line, number in lines:
        if not text:
            line_map.append((0, number))
            text = line
            continue
        glue = _glue(text, line, vocabulary)
        if glue is None:  # drop the hyphen and join the halves
            text = text[:-1]
            glue = ""
        line_map.append((len(text) + len(glue), number))
        text += glue + line
    return Segment(text=text, line_map=tuple(line_map))


def _glue(previous: str, line: str, vocabulary: set[str]) -> str | None:
    """What goes between ``previous`` and ``line``: " ", "" (keep hyphen) or None (drop it)."""
    hyphenated = HYPHENATED_END.search(previous)
    following = FIRST_WORD.match(line)
    if not hyphenated or not following or not line[0].islower():
        return " "
    head, tail = hyphenated["word"].split("-")[-1], following["word"]
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
