"""Action points: what was decided, agreed or asked, by whom, by when.

Four families of evidence, each a small rule over a sentence or line:
markers written by minute-takers (``ACTIE: Jan``), operative clauses of parliamentary motions with
their submitters, commitments in speech (``ik zeg toe``), and narrative plans in reports
(``we gaan een convenant sluiten``, ``er moet een visie komen``, ``OCW denkt na over``,
``wordt opgepakt door``, ``komen … bij elkaar``). Opinions and generic statements are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..language import LanguageData
from ..summary import ActionPoint, DateMention, Organisation, Person, Speaker
from .context import SessionDoc
from .text import clean_quotes, squash

_SENTENCE = re.compile(r"(?<=[.!?…])[’'”\"]?\s+(?=[A-Z‘'“\"(ÀÉ])")
_MOTION_START = re.compile(r"^\s*De Kamer,\s*$", re.MULTILINE)
_MOTION_END = re.compile(r"en gaat over tot de orde van de dag", re.IGNORECASE)
_SUBMITTERS = re.compile(r"voorgesteld door (?:de leden|het lid|de heer|mevrouw)\s+(.+?)\.", re.I)
_CLAUSE = re.compile(r"\s*(?:[,;:]\s+|\s+(?:maar|dus|want)\s+)")


@dataclass(frozen=True)
class _Sentence:
    text: str
    start: int  # char offset in doc.text
    segment: int


def _sentences(session: SessionDoc) -> Iterator[_Sentence]:
    for i, seg in enumerate(session.segments):
        base = session.offsets[i]
        for line_start, line in _lines(seg.text):
            pos = 0
            for part in _SENTENCE.split(line):
                idx = line.find(part, pos)
                pos = idx + len(part)
                if part.strip():
                    yield _Sentence(part, base + line_start + idx, i)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _cues(language: LanguageData, key: str) -> re.Pattern[str]:
    """One pattern for a cue family of the action data (``commitments``, ``opinion_markers`` …)."""

    def build(data: LanguageData) -> re.Pattern[str]:
        items = data.actions.get(key, [])
        pats = [i["pattern"] if isinstance(i, dict) else i for i in items]
        return re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)

    return language.compiled(f"cues:{key}", build)


class _Owners:
    """Resolves owner words to speaker ids, organisation ids, or short free text."""

    def __init__(
        self, speakers: list[Speaker | Person], orgs: list[Organisation], language: LanguageData
    ):
        self.table: dict[str, str] = {}
        for s in speakers:
            for form in (s.name, *s.aliases, s.name.split()[-1], s.name.split()[0]):
                self.table.setdefault(form.casefold(), s.id)
        for o in orgs:
            for form in (o.name, *o.aliases):
                self.table.setdefault(form.casefold(), o.id)
        self.groups = sorted(
            (g.casefold() for g in language.actions.get("group_owners", [])), key=len, reverse=True
        )
        forms = sorted((f for f in self.table if f), key=len, reverse=True)
        alternation = "|".join(map(re.escape, forms))
        self.pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])") if forms else None

    def names_in(self, text: str) -> list[str]:
        """Known people and organisations named in ``text`` (capitalised), in order."""
        if self.pattern is None:
            return []
        out: list[str] = []
        for m in self.pattern.finditer(text.casefold()):
            form = m.group(0)
            if text[m.start()].isupper() or not form[:1].isalpha():
                oid = self.table[form]
                if oid not in out:
                    out.append(oid)
        return out

    def subject(self, clause: str) -> list[str]:
        """Owners named before the verb of a clause: people, organisations or a group word."""
        owners = self.names_in(clause)
        if owners:
            return owners
        low = clause.casefold()
        for g in self.groups:
            if re.search(rf"(?<!\w){re.escape(g)}(?!\w)", low) and g not in ("we", "wij"):
                return [re.sub(r"^(de|het)\s+", "", g)]
        return []


_FIRST_PERSON_PLAN = re.compile(
    r"\b(?:ik|we|wij)\s+(?:ga|gaan|zal|zullen)\b|\b(?:ga|gaan|zal|zullen)\s+(?:ik|we|wij)\b",
    re.IGNORECASE,
)
_CHAIR = re.compile(r"^\s*(?:de\s+)?(?:voorzitter|vicevoorzitter|chair)\b", re.IGNORECASE)
_LEADING_CONJUNCTION = re.compile(r"^(?:en|maar|dus|want|ja|nee|nou|of)\b[,\s]*", re.IGNORECASE)


def _sentence_text(text: str) -> str:
    text = squash(clean_quotes(text)).strip(" -*•'\"")
    text = _LEADING_CONJUNCTION.sub("", text)
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def _due(dates: list[DateMention], lines: range) -> str | None:
    for d in dates:
        if d.line in lines:
            return d.date
    return None


def action_points(
    session: SessionDoc,
    speakers: list[Speaker | Person],
    orgs: list[Organisation],
    dates: list[DateMention],
) -> list[ActionPoint]:
    """Action points in source order."""
    owners = _Owners(speakers, orgs, session.language)
    found: dict[int, ActionPoint] = {}
    for start, point in _motions(session, owners):
        found.setdefault(start, point)
    taken_segments: set[int] = set()
    for start, seg_index, point in _markers(session, owners, dates):
        found.setdefault(start, point)
        taken_segments.add(seg_index)
    for sent in _sentences(session):
        if sent.start in found or sent.segment in taken_segments:
            continue
        speaker = session.segments[sent.segment].speaker
        if speaker:  # speech: commitments, and first-person plans of anyone but the chair
            point = _commitment(session, sent, owners, dates)
            if point is None and _FIRST_PERSON_PLAN.search(sent.text) and not _CHAIR.match(speaker):
                point = _narrative(session, sent, owners, dates)
                if point and not point.owners:
                    point.owners = owners.names_in(speaker)[:1] or [speaker]
        else:
            point = _narrative(session, sent, owners, dates)
        if point:
            found[sent.start] = point
    return [found[k] for k in sorted(found)]


@lru_cache(maxsize=4)
def _marker_regex(patterns: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(f"(?P<m{i}>{p})" for i, p in enumerate(patterns))
    return re.compile(
        rf"(?:^|(?<=[.!?)]\s)|(?<=^[-*•]\s))\**\b(?:{alts})\b\**"
        rf"(?:\s+(?P<named>[A-Z][\w.'’-]*(?:\s+(?:en|&)\s+[A-Z][\w.'’-]*)*))?"
        rf"\s*\**[:\-–]\**\s*",
        re.IGNORECASE | re.MULTILINE,
    )


def _markers(
    session: SessionDoc, owners: _Owners, dates: list[DateMention]
) -> Iterator[tuple[int, int, ActionPoint]]:
    """``ACTIE: Jan mailt …``, ``Taak Jan: …``, ``… . ACTIE: Matijs.``, ``Besluit: …``.

    The action's text runs from the previous marker (or the paragraph's start) to the next
    marker: minute-takers close a paragraph with its action, or open a line with it."""
    items = session.language.actions.get("markers", [])
    rx = _marker_regex(tuple(i["pattern"] for i in items))
    for i, seg in enumerate(session.segments):
        text = seg.text
        hits = [
            m
            for m in rx.finditer(text)
            if not (m.group(0)[0].islower() and m.start() > 0 and text[m.start() - 1] != "\n")
        ]
        for n, m in enumerate(hits):
            kind = next(items[k]["kind"] for k in range(len(items)) if m.group(f"m{k}"))
            until = hits[n + 1].start() if n + 1 < len(hits) else len(text)
            rest = text[m.end() : until].split("\n")[0] if m.start() == 0 else text[m.end() : until]
            begin = hits[n - 1].end() if n else 0
            if n:  # after a previous marker: skip the rest of that marker's own line
                prev_rest_end = text.find(". ", hits[n - 1].end())
                begin = prev_rest_end + 2 if 0 <= prev_rest_end < m.start() else m.start()
            body = _sentence_text(rest)
            context = squash(text[begin : m.start()]) if m.start() > begin else ""
            if context:
                body = f"{body} Context: {context}"
            named = m.group("named") or ""
            if not named and len(rest.split()) <= 4:
                named = rest
            who = owners.names_in(named) if named else []
            if not who:
                who = owners.names_in(rest.split(":")[0] if ":" in rest else rest[:40])
            if not who and named.strip(" .:"):
                who = [named.strip(" .:")]
            line_no = seg.line_at(m.start())
            line_end = text.find("\n", m.start())
            quote = text[m.start() : line_end if line_end >= 0 else len(text)]
            yield (
                session.offsets[i] + m.start(),
                i,
                ActionPoint(
                    text=body,
                    kind=kind,
                    owners=who,
                    due=_due(dates, range(seg.line_at(begin), line_no + 1)),
                    line=line_no,
                    quote=squash(quote)[:300],
                ),
            )


def _motions(session: SessionDoc, owners: _Owners) -> Iterator[tuple[int, ActionPoint]]:
    """Operative clauses of motions (``verzoekt de regering …``) with their submitters."""
    clause_rx = _cues(session.language, "motion_clauses")
    for i, seg in enumerate(session.segments):
        text = seg.text
        for start_m in _MOTION_START.finditer(text):
            end_m = _MOTION_END.search(text, start_m.end())
            block_end = end_m.start() if end_m else len(text)
            after = text[block_end : block_end + 400]
            sub = _SUBMITTERS.search(after)
            submitters = []
            if sub:
                for name in re.split(r",\s*|\s+en\s+", sub.group(1)):
                    submitters.extend(owners.names_in(name) or [squash(name)])
            for line_start, line in _lines(text[start_m.end() : block_end]):
                offset = start_m.end() + line_start
                m = clause_rx.match(line.strip())
                if not m:
                    continue
                kind = next(
                    (
                        c["kind"]
                        for c in session.language.actions["motion_clauses"]
                        if re.match(c["pattern"], line.strip(), re.I)
                    ),
                    "request",
                )
                yield (
                    session.offsets[i] + offset,
                    ActionPoint(
                        text=squash(line).rstrip(",;"),
                        kind=kind,
                        owners=submitters,
                        due=None,
                        line=seg.line_at(offset),
                        quote=squash(line)[:300],
                    ),
                )


def _commitment(
    session: SessionDoc, sent: _Sentence, owners: _Owners, dates: list[DateMention]
) -> ActionPoint | None:
    seg = session.segments[sent.segment]
    if not seg.speaker:
        return None
    if not _cues(session.language, "commitments").search(sent.text):
        return None
    who = owners.names_in(seg.speaker) or [seg.speaker]
    line = session.line_of(sent.start)
    return ActionPoint(
        text=_sentence_text(sent.text),
        kind="agreement",
        owners=who[:1],
        due=_due(dates, range(line, line + 1)),
        line=line,
        quote=squash(sent.text)[:300],
    )


def _narrative(
    session: SessionDoc, sent: _Sentence, owners: _Owners, dates: list[DateMention]
) -> ActionPoint | None:
    language = session.language
    text = clean_quotes(sent.text)
    if text.rstrip().endswith("?") or re.match(r"^\s*(als|indien|wanneer|zodra)\b", text, re.I):
        return None
    opinion = _cues(language, "opinion_markers")
    for clause in _CLAUSE.split(text):
        kind = _plan_kind(clause, language)
        if not kind or opinion.search(clause):
            continue
        subject_part = _before_verb(clause)
        if _generic(subject_part, language) and not re.search(r"\ber\b", subject_part, re.I):
            continue
        who = owners.subject(clause if kind == "meeting" else subject_part)
        line = session.line_of(sent.start)
        return ActionPoint(
            text=_sentence_text(clause),
            kind="action" if kind == "meeting" else kind,
            owners=who,
            due=_due(dates, range(line, line + 1)),
            line=line,
            quote=squash(sent.text)[:300],
        )
    return None


_FINITE = re.compile(
    r"\b(gaan|gaat|ga|zullen|zal|moet|moeten|willen|wil|denken|denkt|pakt|pakken|neemt|nemen|"
    r"komen|komt|wordt|worden|besluiten|besluit|spreken|spreekt|zoekt|zoeken|stemt|stemmen|"
    r"stelt|stellen|werkt|werken|zorgt|zorgen|koppelt|koppelen)\b",
    re.I,
)


def _before_verb(clause: str) -> str:
    m = _FINITE.search(clause)
    return clause[: m.start()] if m else clause


def _generic(subject: str, language: LanguageData) -> bool:
    words = [w.casefold() for w in re.findall(r"[\w-]+", subject)]
    generic = {g.casefold() for g in language.actions.get("generic_subjects", [])}
    if not words:
        return True
    return any(w in generic for w in words[-3:]) and not any(
        w in ("we", "wij", "ik") for w in words
    )


def _plan_kind(clause: str, language: LanguageData) -> str | None:
    """The kind of plan a clause states, or None."""
    low = clause.casefold()
    if re.search(r"\b(besluit|besluiten|besloten)\b", low):
        return "decision"
    if re.search(r"\b(afgesproken|spreken af|spreekt af|afspraak)\b", low):
        return "agreement"
    if _cues(language, "meeting_phrases").search(clause):
        return "meeting"
    participles = "|".join(map(re.escape, language.actions.get("passive_participles", [])))
    if participles and re.search(rf"\b(wordt|worden)\b.{{0,60}}\b({participles})\b", low):
        return "action"
    if re.search(r"\b(gaan|gaat|ga)\b.{0,60}\b\w+en\b", low) and re.search(r"\b(we|wij|ik)\b", low):
        return "decision"
    if re.search(r"\b(zullen|zal)\b.{0,60}\b\w+en\b", low):
        return "action"
    if re.search(r"\b(moet|moeten)\s+er\b|\ber\b.{0,30}\b(moet|moeten)\b.{0,60}\bkomen\b", low):
        return "action"
    cognition = "|".join(language.actions.get("cognition_verbs", []))
    m = re.search(r"\b(moet|moeten|willen|wil)\b(.{0,80})", low)
    if m and not re.search(rf"\b({cognition})\b", m.group(2)):
        return "action"
    if _cues(language, "phrasal_plans").search(clause):
        return "action"
    return None
