"""The session's own metadata: the meeting's name, its place, and its agenda.

Title: the front matter's title; else the first block of the document's head (the blocks before
the first agenda item) that names a meeting (a word from ``data/meeting_words.txt``): a line that
is a name (a bare "Verslag" joins the line after it; a bullet point is none), a "Betreft | ..."
row of the head's table, or the body a report's opening sentence names ("Agenda en Verslag van
het Technisch Overleg (TO) inzake ... ."); of a line that gives the body's name before the
document's kind and date ("Werkgroep Architectuur Verslag Overleg 24-4-2020") only the name;
else the file's stated title, the first heading; else a meeting the text names with a word of
the file name ("het laatste TO Digikoppeling" in ``...-digikoppeling-...``); the file name as
the last resort.
Location: a stated place (letterhead, "Locatie:" line), else "online" when the head says the
meeting was held online.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..language import LanguageData
from ..readers.agenda import NOT_ITEMS
from ..readers.letterhead import fields, label_of
from ..summary import AgendaItem, Session
from ..transcript import LOCATION, Segment, Transcript
from .context import SessionDoc
from .text import squash

HEAD_SEGMENTS = 8
HEAD_CHARS = 2_000
TITLE_SEGMENTS = 30  # a PDF's member table before the title is many short blocks
TITLE_CHARS = 4_000
TITLE_MAX_WORDS = 14
SENTENCE_END = re.compile(r"[.!?]$")
NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}[.)]\s")
REPORT_OF = re.compile(  # "Agenda en Verslag van de Werkgroep API Design Rules 9 mei 2023 - ..."
    r"^(?:kort\s+)?(?:agenda|verslag|notulen|samenvatting|besluitenlijst|resultaten|uitkomsten)"
    r"(?:\s+(?:en|&)\s+(?:agenda|verslag|notulen|besluitenlijst))?\s+(?:van|uit)\s+(?:de|het)\s+"
    r"(?P<name>.+)",
    re.IGNORECASE,
)
LEADING_DATE = re.compile(r"^\d{1,2}[ ./-]\d{1,2}[ ./-](?:\d{4}|\d{2})\s+(?=[A-Za-z])")
NAME_WORD = r"(?:[A-Z][\w'’&-]*|[A-Z]{2,}s?)"
NAME_END = re.compile(  # where the body's name stops: a date, a dash, a clause or a sentence end
    r"\s+(?:\d|dd\b|d\.d\.|op\s+\d|van\s+\d|gehouden\b|op\s+(?:maandag|dinsdag|woensdag|donderdag"
    r"|vrijdag)\b)|\s+[-–—]\s|\s*[.;,>:](?:\s|$)|\s*\||\s+\((?-i:[a-z])",  # "(dit omvat ...)"
    re.IGNORECASE,
)
REPORT_NAME_MAX_WORDS = 20
DOCUMENT_TAIL = re.compile(  # " Verslag Overleg 24-4-2020", " Notulen bijeenkomst 3 mei"
    r"\s+(?:kort\s+)?(?:verslag|notulen|besluitenlijst)\s+(?=\d|(?:overleg|bijeenkomst|vergadering"
    r"|sessie|van\s+\d)\b)",
    re.IGNORECASE,
)
LIST_MARKER = re.compile(r"^\s*(?:[•·▪●○◦■□➢►*–—-]|o\s)")
NOT_A_NAME = re.compile(
    r"[{}<>;=@]|https?:|\b\d{4}\s?[A-Z]{2}\b|(?:weg|straat|laan|plein|kade|gracht)\s+\d|agenda",
    re.IGNORECASE,
)


def _words(key: str) -> tuple[str, ...]:
    """A list of ``data/session_words.yaml`` (bare_titles, document_words, subject_labels)."""
    return LanguageData.session_words()[key]


@lru_cache(maxsize=1)
def _online() -> re.Pattern[str]:
    """A line that says the meeting was held online (``data/session_words.yaml``)."""
    phrases = sorted(_words("online_phrases"), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, phrases))})\b", re.IGNORECASE)


def _meeting_alternatives(short_in_capitals: bool = False) -> tuple[str, str]:
    """The meeting words as two regex alternations, longest first: words of more than four
    letters, and the short ones (TO, ALV, WG), optionally in capitals."""
    words = sorted(LanguageData.meeting_words(), key=len, reverse=True)
    long = "|".join(re.escape(w) for w in words if len(w) > 4)
    short = "|".join(re.escape(w.upper() if short_in_capitals else w) for w in words if len(w) <= 4)
    return long, short


@lru_cache(maxsize=1)
def meeting_words() -> re.Pattern[str]:
    """Long words also inside compounds (bestuurs*vergadering*), short ones (TO, ALV) alone."""
    inner, whole = _meeting_alternatives()
    return re.compile(rf"(?:{inner})|(?<![\w-])(?:{whole})(?![\w-])", re.IGNORECASE)


def head_segments(
    transcript: Transcript, limit: int = HEAD_SEGMENTS, chars: int = HEAD_CHARS
) -> list[Segment]:
    """The document's head: the blocks before its first agenda item (at most ``limit``); a
    document whose first block is an unnumbered heading the reader took for an agenda item
    ("## Resultaten uit de sessie X van 4 maart 2020") has that heading as its head."""
    stop = transcript.agenda[0].segment if transcript.agenda else limit
    if stop == 0 and transcript.agenda[0].number is None and transcript.segments:
        first = transcript.segments[0]
        return [first] if first.kind == "heading" else []
    head, size = [], 0
    for segment in transcript.segments[: min(stop, limit)]:
        if segment.kind == "turn":
            break
        head.append(segment)
        size += len(segment.text)
        if size > chars:
            break
    return head


def meeting_title(transcript: Transcript) -> str | None:
    """The meeting's name as the document's head gives it, or None."""
    head = head_segments(transcript, TITLE_SEGMENTS, TITLE_CHARS)
    lines = [
        (k, meeting_part(head_line(s.text)))
        for k, s in enumerate(head)
        if s.kind == "heading" or (s.kind == "text" and "\n" not in s.text.strip())
    ]
    lines = [(k, x) for k, x in lines if _name_like(x) and not NUMBERED_ITEM.match(x)]
    found: tuple[int, str] | None = None
    bare_titles = _words("bare_titles")
    for i, (k, line) in enumerate(lines):
        bare = line.lower().strip(" :") in bare_titles
        following = lines[i + 1][1] if i + 1 < len(lines) else ""
        if bare and following[:1].isalpha() and not following.lower().startswith(bare_titles):
            found = (k, f"{line.strip(' :')} {following}")
            break
        if not bare and meeting_words().search(line):
            found = (k, line.lstrip(": ").strip())
            break
    for segment in head[: found[0] + 1 if found else len(head)]:
        name = subject_name(segment) or report_name(segment.text)
        if name:
            return name
    return found[1] if found else None


def head_line(text: str) -> str:
    """A head line as a title candidate: without a leading date ("24 03 2019 Kort verslag
    ...") and, where the line is one clause ending in a full stop, without the place after its
    comma ("... werkgroep API Architectuur, BKWI Utrecht." → "... werkgroep API Architectuur")."""
    line = LEADING_DATE.sub("", squash(text).lstrip("# "))
    body = line.rstrip()
    if body.endswith(".") and body.count(".") == 1 and "," in body:
        name = body.split(",", 1)[0].strip()
        if meeting_words().search(name):
            return name
    return line


def meeting_part(line: str) -> str:
    """``Kennisplatform API's - Werkgroep Architectuur Verslag Overleg 24-4-2020 - Concept`` →
    the name before the document word, where a running header (or a PDF's first block) puts
    the body's name first and the document's kind and date after it; else ``line``."""
    m = DOCUMENT_TAIL.search(line)
    if not m:
        return line
    name = line[: m.start()].strip(" -–:/|")
    words = [w for w in name.split() if w[:1].isalpha() and len(w) > 3]
    named = any(
        hit.group(0).lower() not in _words("document_words")
        for hit in meeting_words().finditer(name)
    )
    if named and words and all(w[:1].isupper() for w in words):
        return name
    return line


def subject_name(segment: Segment) -> str | None:
    """The meeting a head table's "Betreft | Verslag Technisch Overleg X" row names (the row may
    be the table's header row, as when the subject line opens the letterhead table)."""
    if not segment.is_table_row:
        return None
    for row in (segment.header, segment.cells):
        cells = [squash(c).strip("*_ ") for c in row]
        if len(cells) < 2 or cells[0].lower().strip(" :") not in _words("subject_labels"):
            continue
        value = " ".join(c for c in cells[1:] if c)
        if name := report_name(value):
            return name
        value = value.rstrip(". ")
        if _name_like(value) and meeting_words().search(value):
            return value
    return None


def report_name(text: str) -> str | None:
    """The body an opening "Verslag van het Technisch Overleg (TO) ..." sentence names: up to
    its date, dash, remark or clause end, with a capitalised word ("de virtuele bijeenkomst" is
    none)."""
    m = REPORT_OF.match(squash(text.split("\n", 1)[0]).strip("*_ "))
    if not m:
        return None
    name = NAME_END.split(m.group("name"), maxsplit=1)[0].strip("*_ ")
    words = name.split()
    if not words or len(words) > REPORT_NAME_MAX_WORDS:
        return None
    if not any(w[:1].isupper() for w in words) or NOT_A_NAME.search(name):
        return None
    return name[:1].upper() + name[1:]  # "sessie API Strategie en Beleid" opens a title


def _name_like(line: str) -> bool:
    return (
        bool(line)
        and len(line.split()) <= TITLE_MAX_WORDS
        and not (SENTENCE_END.search(line) or NOT_A_NAME.search(line) or NOT_ITEMS.match(line))
        and not label_of(line)  # "Vergaderdatum en tijd ...", "Locatie: ..."
        and not line[:1].islower()
        and not LIST_MARKER.match(line)  # a bullet point, not a name
        and not line.endswith((",", ";"))
    )


def _title_like(text: str) -> bool:
    """A name for a session: not an agenda item, not a sentence, more than one word unless that
    word names a meeting (a lone "Logius" is the letterhead's sender)."""
    text = squash(text)
    if NUMBERED_ITEM.match(text) or not _name_like(text):
        return False
    if text.lower().strip(" :") in _words("bare_titles"):
        return False
    return len(text.split()) > 1 or bool(meeting_words().search(text))


def stated_title(transcript: Transcript) -> str | None:
    """Front matter's title, else the meeting's name from the head, else the file's title."""
    front = transcript.metadata.get("title") if transcript.format == "markdown" else None
    stated = transcript.title
    if stated and not _title_like(stated):
        stated = None  # a reader's first-heading guess that is an agenda item or a sentence
    return front or meeting_title(transcript) or stated


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
        if _online().search(line) and len(line.split()) <= TITLE_MAX_WORDS:
            return "online"
    return None


@lru_cache(maxsize=1)
def _meeting_word() -> re.Pattern[str]:
    """A meeting word, whole; short ones (TO, ALV, WG) only in capitals."""
    long, short = _meeting_alternatives(short_in_capitals=True)
    return re.compile(rf"(?<![\w-])(?:(?i:{long})|{short})(?![\w-])")


NAMES_AFTER = re.compile(rf"\s+({NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})(?![\w-])")
NAMES_BEFORE = re.compile(rf"(?<![\w-])({NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})\s+$")


def named_in_text(text: str, path: str | None, stopwords: frozenset[str]) -> str | None:
    """For a document whose head names no meeting: the meeting the text names ("zijn laatste TO
    Digikoppeling", "Logius + FSC werkgroep": a meeting word with the capitalised words around
    it) where one of those words is also in the file name; the most often named, ties the
    first; None without one."""
    if not path or path == "-":
        return None
    stem = {w for w in re.split(r"[\W_\d]+", Path(path).stem.casefold()) if len(w) > 2}
    counts: dict[str, int] = {}
    for m in _meeting_word().finditer(text):
        after = NAMES_AFTER.match(text, m.end())
        before = NAMES_BEFORE.search(text[max(0, m.start() - 80) : m.start()])
        words_before = before.group(1).split() if before else []
        while words_before and words_before[0].casefold() in stopwords:  # "Het TO ..."
            words_before.pop(0)
        words_after = after.group(1).split() if after else []
        named = words_before + words_after
        if not named or not any(w.casefold() in stem for w in named):
            continue
        mention = " ".join([*words_before, m.group(0), *words_after])
        counts[mention] = counts.get(mention, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


FILE_DATE = re.compile(
    r"(?<![^\W_])(?:\d{4}[-_.]\d{1,2}[-_.]\d{1,2}|\d{1,2}[-_.]\d{1,2}[-_.]\d{4})(?![^\W_])"
)


def file_title(stem: str) -> str:
    """The last resort: the file name as words, without the date it holds (the session's date
    says it): ``logius-fsc-2025-12-02`` → "Logius fsc"; a name that is only a date stays."""
    words = " ".join(re.sub(r"[-_]+", " ", FILE_DATE.sub(" ", stem)).split())
    words = words or re.sub(r"[-_]+", " ", stem)
    return words[:1].upper() + words[1:]


def session_info(session: SessionDoc, date: str | None) -> Session:
    """Title, date and location of the session."""
    title = document_title(session) or named_in_text(
        session.text, session.path, session.language.stopwords()
    )
    if not title and session.path and session.path != "-":
        title = file_title(Path(session.path).stem)
    location = session_location(session.transcript)
    return Session(title=squash(title) if title else None, date=date, location=location)


def document_title(session: SessionDoc) -> str | None:
    """The title the document itself gives (never one made from the file name)."""
    t = session.transcript
    if any(s.kind == "turn" for s in t.segments):  # transcripts: their stated title or heading
        title = t.title or next((s.text for s in t.segments if s.kind == "heading"), None)
    else:
        title = stated_title(t)
    if not title:  # the first real heading (not guessed from layout) before the agenda items:
        # a heading after the first item is an item or a part of one, not the document's title
        first_item = min((i.segment for i in t.agenda), default=len(session.segments))
        title = next(
            (
                s.text
                for k, s in enumerate(session.segments[:first_item])
                if s.kind == "heading" and s.level is not None and _title_like(s.text)
            ),
            None,
        )
    return title


def agenda(session: SessionDoc) -> list[AgendaItem]:
    """The agenda items the reader found, as summary records."""
    return [
        AgendaItem(number=i.number, title=squash(i.title), lines=[i.first_line, i.last_line])
        for i in session.transcript.agenda
    ]
