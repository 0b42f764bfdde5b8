"""Agenda items from the document structure: what the meeting discussed, item by item.

Three layouts are read, in this order of trust: numbered items (``3. Stand van zaken``, ``_1
Welkom_``) forming a rising sequence; heading segments (when headings are a minority of the
segments, so a PDF whose every short line became a heading does not count); and the list items
under an ``Agenda`` heading. Without any of these, short title-like lines followed by a longer
paragraph (Word minutes without heading styles) are read as headings.

``agenda_items`` is the one call site a document-level agenda (``Transcript.agenda``) can replace:
themes only need each item's title and first line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..language import LanguageData
from ..transcript import Segment, Transcript

MAX_TITLE_WORDS = 10
HEADING_SHARE = 0.4  # headings above this share of segments are layout noise, not structure

_NUMBERED = re.compile(r"^[\s_*#]*(\d{1,2})(?:\.\d{1,2})*[.)]?[\s_*]+(?=\w)(.+)$")
# "Blok 2 STRATEGIE", "Deel 1: Visie": a numbered part of the programme, then its subject
_PART_PREFIX = re.compile(
    r"^(?:blok|deel|onderdeel|sessie|ronde|thema|punt)\s+\d{1,2}[.:)]?\s+(?=\w)", re.IGNORECASE
)
_PASSIVE_TAIL = re.compile(
    r"\s+(?:wordt|worden)\s+(?:door)?(?:genomen|besproken|gepresenteerd|toegelicht)$", re.IGNORECASE
)
_LIST_NUMBER = re.compile(r"^(\d{1,2})[.)]$")
_MARKUP = re.compile(r"[_*#`]+")
_TRAILING_PARENS = re.compile(r"\s*\([^()]*\)\s*$")
_PARTS = re.compile(r"\s*(?:[,&/+;]|\ben\b|\bof\b)\s*")
_FUNCTION_WORDS = frozenset(
    ("de", "het", "een", "van", "en", "of", "in", "op", "voor", "met", "over", "naar", "bij", "aan")
)
_TIME = re.compile(r"\d{1,2}[:.]\d{2}")


@dataclass(frozen=True)
class AgendaItem:
    """One agenda item: its number as written (or None), its title, its first source line."""

    number: str | None
    title: str
    line: int
    segment: int  # index of the segment that opens the item


@lru_cache(maxsize=1)
def theme_words() -> dict[str, frozenset[str]]:
    """The word lists of ``data/theme_words.yaml`` as sets."""
    data = LanguageData.theme_words()
    return {k: frozenset(str(w).casefold() for w in v or ()) for k, v in data.items()}


def normalise(title: str) -> str:
    """The label a reader would give: numbering, markup, trailing colon and "(...)" removed,
    cut at a sentence end or colon and to MAX_TITLE_WORDS words."""
    text = _MARKUP.sub(" ", title)
    m = _NUMBERED.match(text)
    if m:
        text = m.group(2)
    text = re.sub(r"\s+", " ", text).strip(" .:-–—\t")
    unprefixed = _PART_PREFIX.sub("", text)
    if unprefixed != text and unprefixed.isupper():
        text = unprefixed.capitalize()  # "Blok 2 STRATEGIE" → "Strategie"
    elif unprefixed != text:
        text = unprefixed
    elif text.isupper() and len(text.split()) >= 2:
        text = text.capitalize()  # "PLANNING SESSIES" → "Planning sessies"
    text = re.split(r"(?<=[a-z0-9)])[.:?!]\s+(?=[A-Z])|:\s", text, maxsplit=1)[0]
    while _TRAILING_PARENS.search(text) and _TRAILING_PARENS.sub("", text):
        text = _TRAILING_PARENS.sub("", text)
    words = text.split()
    if len(words) > MAX_TITLE_WORDS:
        text = " ".join(words[:MAX_TITLE_WORDS])
    if len(text.split()) > 6:
        text = re.sub(r"\s*\([^()]*\)", "", text)
    if _PASSIVE_TAIL.search(text):  # "De begroting van 2021 wordt doorgenomen" → "Begroting ..."
        text = re.sub(r"^(?:de|het)\s+", "", _PASSIVE_TAIL.sub("", text), flags=re.IGNORECASE)
    clause = re.split(r"\s+(?:die|dat|waarbij|waarin|welke)\s+", text, maxsplit=1)[0]
    if len(clause.split()) >= 4:  # "Pull requests die Logius opstelde" → "Pull requests ..."
        text = clause
    text = text.strip(" .:,;-–—")
    return text[:1].upper() + text[1:] if text else ""


def is_boilerplate(title: str) -> bool:
    """A procedural item (Opening, Rondvraag, Vaststellen agenda, ...) or a structural heading."""
    words = theme_words()
    key = title.casefold().strip(" .:?")
    procedural = words["structural_headings"] | words["agenda_boilerplate"]
    if key in procedural:
        return True
    if any(w in words["procedural_verbs"] for w in re.findall(r"\w+", key)):
        return True  # "Anneke opent de vergadering en neemt de agenda door"
    parts = [p for p in _PARTS.split(key) if p]
    if parts and all(p in procedural for p in parts):
        return True
    # "Verslag bijeenkomst van 28 oktober 2021": only meeting words, dates and function words
    filler = procedural | words["keyphrase_stopwords"] | _FUNCTION_WORDS
    return all(w in filler or w.isdigit() for w in re.findall(r"\w+", key))


def _is_title(label: str) -> bool:
    """A label that can name a subject: letters, balanced brackets, no clock time, link,
    e-mail address ("lizzy.wellink@logius.nl") or legend of codes ("O=open/G=afgesloten")."""
    letters = re.findall(r"[^\W\d_]{3,}", label)
    return (
        bool(letters)
        and label.count("(") == label.count(")")
        and not _TIME.search(label)
        and "http" not in label.casefold()
        and not re.search(r"\S@\S|\w=\w", label)
    )


def _repeats(a: str, b: str) -> bool:
    """Two labels of one item (the agenda list and the heading over its minutes)."""
    wa, wb = set(re.findall(r"\w{4,}", a.casefold())), set(re.findall(r"\w{4,}", b.casefold()))
    small = min(len(wa), len(wb))
    return small > 0 and len(wa & wb) >= max(1, 0.8 * small)


def _numbered(segments: list[Segment], lists: bool = False) -> list[tuple[int, str, str]]:
    """(segment index, number, raw title) of short numbered segments rising 1, 2, 3, ...;
    with ``lists``, the items of Markdown ordered lists too."""
    found = []
    for i, seg in enumerate(segments):
        first = seg.text.split("\n", 1)[0]
        mark = _LIST_NUMBER.match(seg.marker or "") if lists and seg.kind == "list_item" else None
        if mark:
            first = f"{mark.group(1)}. {first}"  # "1." of a Markdown ordered list
        m = _NUMBERED.match(_MARKUP.sub(" ", first).strip() if "_" in first else first)
        head = re.split(r"[.:?!]\s", m.group(2), maxsplit=1)[0] if m else ""
        short = seg.kind == "heading" or len(head.split()) <= MAX_TITLE_WORDS
        if m and int(m.group(1)) <= 30 and short:
            found.append((i, m.group(1), m.group(2)))
    chain: list[tuple[int, str, str]] = []
    for item in found:  # keep items whose number follows the previous one (restarts allowed)
        n = int(item[1])
        if n == 1 or (chain and n == int(chain[-1][1]) + 1):
            chain.append(item)
    return chain if len(chain) >= 2 else []


def _title_lines(segments: list[Segment]) -> list[int]:
    """Indexes of short title-like text lines followed by a longer paragraph."""
    out = []
    for i, seg in enumerate(segments[:-1]):
        words = seg.text.split()
        nxt = segments[i + 1]
        if (
            seg.kind == "text"
            and 1 <= len(words) <= 6
            and seg.text[:1].isupper()
            and not seg.text.rstrip().endswith((".", ":", ",", ";", "?"))
            and nxt.kind in ("text", "list_item")
            and len(nxt.text.split()) >= 6
        ):
            out.append(i)
    return out


def _agenda_list(segments: list[Segment]) -> list[int]:
    """Indexes of the list items directly under an ``Agenda`` heading (or a line ending in
    "agenda:", as in "Anneke opent de vergadering. Op de agenda:")."""
    out: list[int] = []
    inside = False
    for i, seg in enumerate(segments):
        low = seg.text.casefold().strip()
        if seg.kind == "text" and low.endswith(":") and low.split()[-1].startswith("agenda"):
            inside = True
            continue
        if seg.kind == "heading" or (seg.kind == "text" and len(seg.text.split()) <= 3):
            inside = low.strip(" :#*_").startswith("agenda")
            continue
        if inside and seg.kind == "list_item":
            out.append(i)
        elif inside and seg.kind == "text" and len(seg.text.split()) > 12:
            inside = False
    return out


def _headings_are_structure(segments: list[Segment], headings: list[int]) -> bool:
    """Headings are a minority, or mostly followed by text (not a PDF's stacked short lines)."""
    stacked = sum(1 for i in headings if segments[min(i + 1, len(segments) - 1)].kind == "heading")
    return len(headings) <= HEADING_SHARE * len(segments) or stacked < len(headings) / 3


def agenda_items(transcript: Transcript) -> list[AgendaItem]:
    """The agenda items of a document in source order, boilerplate and repeats left out."""
    segments = transcript.segments
    raw: list[tuple[int, str | None, str]] = []
    # an ordered list is the agenda only where no heading names a subject ("## De vergadering"
    # over "1. Opening", "2. Jaarrekening 2019", ...): elsewhere it lists points within an item
    subjects = [
        s for s in segments if s.kind == "heading" and not is_boilerplate(normalise(s.text))
    ]
    numbered = _numbered(segments, lists=len(subjects) < 2)
    raw += [(i, n, t) for i, n, t in numbered]
    headings = [i for i, s in enumerate(segments) if s.kind == "heading"]
    if headings and _headings_are_structure(segments, headings):
        raw += [(i, None, segments[i].text) for i in headings]
    raw += [(i, None, segments[i].text) for i in _agenda_list(segments)]
    if not raw and not any(s.kind == "turn" for s in segments):
        lines = _title_lines(segments)
        raw = [(i, None, segments[i].text) for i in lines] if len(lines) >= 2 else []
    title = (transcript.title or "").casefold()
    listed = set(_agenda_list(segments))
    items: list[AgendaItem] = []
    seen: list[str] = []
    for i, number, text in sorted(raw, key=lambda r: (r[0], r[1] is None)):
        label = normalise(text)
        key = _key(label)
        if not key or key == title.strip() or not _is_title(label):
            continue
        if number is None and i not in listed and _is_document_title(transcript, i):
            continue
        old = next(
            (it for it in items if it.segment in listed and _repeats(_key(it.title), key)), None
        )
        if old is not None and i not in listed:
            items.remove(old)  # the heading over the minutes replaces the agenda list's item
        elif key in seen:
            continue
        seen.append(key)
        if is_boilerplate(label):
            continue
        items.append(AgendaItem(number, label, segments[i].line, i))
    return items


def _is_document_title(transcript: Transcript, i: int) -> bool:
    """The first segment, or (a file without a title of its own) a line among the first short
    lines: "Verslag" / "Stuurgroep kennisplatform APIs"."""
    if i == 0:
        return True
    before = transcript.segments[:i]
    return transcript.title is None and i <= 2 and all(len(s.text.split()) <= 3 for s in before)


def _key(label: str) -> str:
    return re.sub(r"\W+", " ", label.casefold()).strip()
