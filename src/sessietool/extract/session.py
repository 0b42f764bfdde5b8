"""The session's own metadata: the meeting's name, its place, and its agenda.

Title: the front matter's title; else the first line of the document's head (the blocks before
the first agenda item) that names a meeting (a word from ``data/meeting_words.txt``; a bare
"Verslag" joins the line after it); else the file's stated title, the first heading, and the
file name as the last resort. Location: a stated place (letterhead, "Locatie:" line), else
"online" when the head says the meeting was held online.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..readers.letterhead import fields
from ..summary import AgendaItem, Session
from ..transcript import LOCATION, Segment, Transcript
from .context import SessionDoc
from .text import squash

HEAD_SEGMENTS = 8
HEAD_CHARS = 2_000
TITLE_MAX_WORDS = 14
BARE_TITLES = ("verslag", "notulen", "concept", "conceptverslag", "concept verslag")
ONLINE = re.compile(r"\b(?:online|via (?:ms )?teams|via zoom|webex|digitaal|videobellen)\b", re.I)
SENTENCE_END = re.compile(r"[.!?]$")


@lru_cache(maxsize=1)
def meeting_words() -> re.Pattern[str]:
    text = resources.files("sessietool.data").joinpath("meeting_words.txt").read_text("utf-8")
    words = [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})", re.IGNORECASE)


def head_segments(transcript: Transcript) -> list[Segment]:
    """The document's head: the blocks before its first agenda item (at most a few)."""
    stop = transcript.agenda[0].segment if transcript.agenda else HEAD_SEGMENTS
    head, size = [], 0
    for segment in transcript.segments[: min(stop, HEAD_SEGMENTS)]:
        if segment.kind == "turn":
            break
        head.append(segment)
        size += len(segment.text)
        if size > HEAD_CHARS:
            break
    return head


def meeting_title(transcript: Transcript) -> str | None:
    """The meeting's name as the document's head gives it, or None."""
    head = head_segments(transcript)
    lines = [
        squash(line)
        for s in head
        if not s.is_table_row
        for line in s.text.split("\n")
        if line.strip()
    ]
    for i, line in enumerate(lines):
        words = line.split()
        if len(words) > TITLE_MAX_WORDS or SENTENCE_END.search(line):
            continue
        if line.lower().strip(" :") in BARE_TITLES and i + 1 < len(lines):
            following = lines[i + 1]
            if len(following.split()) <= TITLE_MAX_WORDS and not SENTENCE_END.search(following):
                return f"{line.strip(' :')} {following}"
        if meeting_words().search(line) and line.lower().strip(" :") not in BARE_TITLES:
            return line.lstrip(": ").strip()
    return None


def session_location(transcript: Transcript) -> str | None:
    """Where the meeting took place, where the document states it."""
    if transcript.location:
        return transcript.location
    head = head_segments(transcript)
    lines = [line for s in head if not s.is_table_row for line in s.text.split("\n")]
    found, _ = fields(lines)
    if found.get(LOCATION):
        return found[LOCATION]
    for line in lines:
        if ONLINE.search(line) and len(line.split()) <= TITLE_MAX_WORDS:
            return "online"
    return None


def session_info(session: SessionDoc, date: str | None) -> Session:
    """Title, date and location of the session."""
    t = session.transcript
    title = t.metadata.get("title") if t.format == "markdown" else None
    title = title or meeting_title(t) or t.title
    if not title:
        title = next((s.text for s in session.segments if s.kind == "heading"), None)
    if not title and session.path and session.path != "-":
        stem = re.sub(r"[-_]+", " ", Path(session.path).stem)
        title = stem[:1].upper() + stem[1:]
    return Session(
        title=squash(title) if title else None, date=date, location=session_location(t)
    )


def agenda(session: SessionDoc) -> list[AgendaItem]:
    """The agenda items the reader found, as summary records."""
    return [
        AgendaItem(number=i.number, title=squash(i.title), lines=[i.first_line, i.last_line])
        for i in session.transcript.agenda
    ]
