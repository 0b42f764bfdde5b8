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

from ..dates import MONTH_NAMES
from ..language import LanguageData
from ..summary import ActionPoint, DateMention, Organisation, Person, Speaker
from ..transcript import Segment
from . import action_classifier
from .action_antecedent import antecedent, impersonal, pronoun_subject
from .action_author import assign_author, author_organisation
from .action_fields import Owners, due_date
from .action_lists import ListItem, heading_kind, list_items, list_segments, owners_of
from .context import SessionDoc
from .text import clean_quotes, squash

_SENTENCE = re.compile(r"(?<=[.!?…])[’'”\"]?\s+(?=[A-Z‘'“\"(ÀÉ])")
_MOTION_START = re.compile(r"^\s*De Kamer,\s*$", re.MULTILINE)
_MOTION_END = re.compile(r"en gaat over tot de orde van de dag", re.IGNORECASE)
_SUBMITTERS = re.compile(r"voorgesteld door (?:de leden|het lid|de heer|mevrouw)\s+(.+?)\.", re.I)


@dataclass(frozen=True)
class _Sentence:
    text: str
    start: int  # char offset in doc.text
    segment: int


_SOFT_WRAP = re.compile(r"(?<=[^\s.!?:;])\n(?=[ \t]*[a-zà-ÿ0-9(])")
_PARAGRAPH_WRAP = re.compile(r"(?<=[^\s:])\n(?![ \t]*(?:[-*•–]|\d{1,2}[.)]\s|[A-Z]{3,}\s*:))")


_OWNED_LINE = re.compile(
    r"(?:\s(?:→|->|=>)\s*[A-ZÀ-Ý][\w.'’-]*(?:\s+[\w.'’-]+){0,3}|[(<]\s*(?:actie|action)\b[^()<>]{0,60}[)>])"
    r"\s*\.?[ \t]*$",
    re.IGNORECASE,
)


def _unwrapped(seg: Segment) -> str:
    """The segment's text with the line breaks of a wrapped paragraph made spaces (same length):
    every break in a paragraph of minutes or a report, except before a list marker or after a
    label or an owner that closes a line (``… → Jan``, ``… (actie: Karin)``); in speech only a
    break that the next line continues in lower case."""
    wrap = _SOFT_WRAP if seg.speaker else _PARAGRAPH_WRAP
    text = seg.text

    def join(m: re.Match[str]) -> str:
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        return "\n" if _OWNED_LINE.search(line) else " "

    return wrap.sub(join, text)


def _sentences(session: SessionDoc) -> Iterator[_Sentence]:
    """Sentences of each segment; a line break inside a paragraph does not end one."""
    for i, seg in enumerate(session.segments):
        base = session.offsets[i]
        for line_start, line in _lines(_unwrapped(seg)):
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
        return re.compile("|".join(f"(?:{p})" for p in pats) or r"(?!x)x", re.IGNORECASE)

    return language.compiled(f"cues:{key}", build)


def _first_person_plan(language: LanguageData) -> re.Pattern[str]:
    """``we gaan``, ``ik zal``, ``zullen we``: a first-person pronoun beside a plan auxiliary."""

    def build(data: LanguageData) -> re.Pattern[str]:
        who = data.action_word_pattern("first_person_pronouns").pattern
        verb = data.action_word_pattern("first_person_plan_verbs").pattern
        return re.compile(rf"{who}\s+{verb}|{verb}\s+{who}", re.IGNORECASE)

    return language.compiled("first-person-plan", build)


def _word_alts(language: LanguageData, key: str) -> str:
    r"""``\b(?:w1|w2|…)\b`` over a word list of the action data, as a pattern piece."""
    return language.action_word_pattern(key).pattern


def _pattern(
    language: LanguageData, name: str, build: str, flags: int = re.IGNORECASE
) -> re.Pattern[str]:
    """A pattern composed of word lists (``{key}`` stands for a list), case-insensitive unless
    ``flags`` say otherwise (the word lists themselves always are)."""

    def compose(data: LanguageData) -> re.Pattern[str]:
        keys = re.findall(r"\{(\w+)\}", build)
        pieces = {k: "(?i:" + _word_alts(data, k) + ")" for k in keys}
        return re.compile(build.format(**pieces), flags)

    return language.compiled(f"actions-pattern:{name}", compose)


def _is_chair(label: str, language: LanguageData) -> bool:
    return bool(_pattern(language, "chair", r"^\s*(?:de\s+)?{chair_labels}").match(label))


def _clauses(text: str, language: LanguageData) -> list[str]:
    rx = _pattern(language, "clause", r"\s*(?:[,;:]\s+|\s+{clause_conjunctions}\s+)")
    return rx.split(text)


def _sentence_text(text: str, language: LanguageData) -> str:
    text = squash(clean_quotes(text)).strip(" -*•'\"")
    text = _pattern(language, "leading", r"^{leading_conjunctions}[,\s]*").sub("", text)
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def action_points(
    session: SessionDoc,
    speakers: list[Speaker | Person],
    orgs: list[Organisation],
    dates: list[DateMention],
    meeting_date: str | None = None,
    classifier: bool = True,
) -> list[ActionPoint]:
    """Action points in source order: action lists first, then markers, motions, commitments
    and narrative sentences (judged by the trained classifier where it is shipped)."""
    owners = Owners(speakers, orgs, session.language)
    due = _Due(dates, meeting_date)
    listed: list[ActionPoint] = []
    found: dict[int, ActionPoint] = {}
    for item in list_items(session):
        found[item.start] = point = _from_list(item, owners, due, session.language)
        listed.append(point)
    taken_segments = list_segments(session, tables=True)
    for start, point in _motions(session, owners):
        found.setdefault(start, point)
    marked: set[int] = set()  # every marker of a paragraph counts, not only its first
    for start, seg_index, point in _markers(session, owners, due):
        if seg_index not in taken_segments:
            found.setdefault(start, point)
            marked.add(seg_index)
    taken_segments |= marked
    model = action_classifier.load() if classifier else None
    narrative = [s for s in _sentences(session) if s.segment not in taken_segments]
    verdicts = _verdicts(session, narrative, model)
    for n, (sent, verdict) in enumerate(zip(narrative, verdicts, strict=True)):
        if sent.start in found:
            continue
        speaker = session.segments[sent.segment].speaker
        if speaker:  # speech: commitments, and first-person plans of anyone but the chair
            point = _commitment(session, sent, owners, due)
            plan = _first_person_plan(session.language).search(sent.text)
            if point is None and plan and not _is_chair(speaker, session.language):
                point = _narrative(session, sent, owners, due)
                if point and not point.owners:
                    point.owners = owners.names_in(speaker)[:1] or [speaker]
        elif _list_heading(session, sent):
            point = None  # "Besluiten", "Actiepunten": a list's heading, no point of its own
        else:
            point = _open_question(session, sent) or _inline(session, sent, owners, due) or _judged(
                session, sent, verdict, _ruled(session, sent, owners, due), owners, due
            )
            if point:
                _refer(point, sent, _paragraph_before(narrative, n), owners, session.language)
                if not point.owners:
                    point.owners = _labelled_owner(session, sent, owners)
        if point:
            found[sent.start] = point
    def worded(points: list[ActionPoint]) -> list[ActionPoint]:
        """A label with nothing after it ("**Acties**:") names no action."""
        return [p for p in points if any(ch.isalnum() for ch in p.text)]

    points = _merge(worded([found[k] for k in sorted(found)]), worded(listed))
    assign_author(points, author_organisation(session, orgs, owners), session.language)
    for point in points:
        point.agenda = _agenda_of(session, point)
    return points


def _list_heading(session: SessionDoc, sent: _Sentence) -> bool:
    """A heading that opens an action or decision list (``Besluiten``)."""
    seg = session.segments[sent.segment]
    return seg.kind == "heading" and heading_kind(seg.text, session.language) is not None


def _opens_question(text: str, language: LanguageData) -> bool:
    """``Nog uitzoeken of …``, ``Het is nog de vraag of …`` (``open_question_openers``)."""
    opening = clean_quotes(text).lstrip(" -*•–\t")
    return bool(_cues(language, "open_question_openers").match(opening))


def _open_question(session: SessionDoc, sent: _Sentence) -> ActionPoint | None:
    """An open question without a marker (``Nog uitzoeken of de zaal vrij is``): no owner."""
    if not _opens_question(sent.text, session.language):
        return None
    line = session.line_of(sent.start)
    return ActionPoint(
        text=_sentence_text(sent.text, session.language),
        kind="open-question",
        owners=[],
        due=None,
        line=line,
        quote=squash(sent.text)[:300],
    )


def _paragraph_before(sentences: list[_Sentence], n: int, limit: int = 3) -> list[str]:
    """The texts of up to ``limit`` sentences before sentence ``n`` in its paragraph."""
    out = []
    for sent in reversed(sentences[max(n - limit, 0) : n]):
        if sent.segment != sentences[n].segment:
            break
        out.append(sent.text)
    return out[::-1]


def _refer(
    point: ActionPoint, sent: _Sentence, before: list[str], owners: Owners, language: LanguageData
) -> None:
    """A pronoun subject (``Hij riep … op``) owned by the person named before it; an ownerless
    passive (``Er wordt gekeken …``) by the group or organisation of the sentence before."""
    pronoun = pronoun_subject(sent.text, language)
    if pronoun is None and not point.owners:
        pronoun, before = _clause_pronoun(point, sent, before, language)
    if pronoun is None and (point.owners or not impersonal(sent.text, language)):
        return
    who = antecedent(before, pronoun, owners, language)
    if who or pronoun:  # a name further on in "Hij stelt voor om bij X …" is not "hij"
        point.owners = who


def _clause_pronoun(
    point: ActionPoint, sent: _Sentence, before: list[str], language: LanguageData
) -> tuple[str | None, list[str]]:
    """A pronoun opening the point's own clause (``Jan geeft een update: hij wil … organiseren``):
    the pronoun, and the sentences before with the words before the clause as the nearest."""
    pronoun = pronoun_subject(point.text, language)
    head = squash(clean_quotes(sent.text))
    at = head.casefold().find(point.text.rstrip(".").casefold()[:40])
    if pronoun is None or at <= 0:
        return None, before
    return pronoun, [*before, head[:at]]


_LABEL = re.compile(
    r"^[\s\-*•–_]*(?P<who>[A-ZÀ-Ý][\w.'’-]*(?:\s+[\w.'’-]+){0,3}?)[*_\s]*:[*_\s]*(?:<br\s*/?>)?"
)


def _labelled_owner(session: SessionDoc, sent: _Sentence, owners: Owners) -> list[str]:
    """The person or organisation whose label opens the sentence's line or the nearest line
    above it in its paragraph (``Elzo Pauw: … gaan wij een proof-of-concept opzetten.``,
    ``***Paul***:`` then ``Ik zal dit schetsen.``): minutes that quote members by a label."""
    seg = session.segments[sent.segment]
    rel = sent.start - session.offsets[sent.segment]
    lines = seg.text[: max(rel, 0)].split("\n")
    lines[-1] = seg.text[max(rel, 0) - len(lines[-1]) :].split("\n")[0]
    for line in reversed(lines):
        m = _LABEL.match(line)
        if m and (who := owners.names_in(m.group("who"))):
            return who[:1]
    return []


def _agenda_of(session: SessionDoc, point: ActionPoint) -> str | None:
    """The agenda item an action point belongs to: the item holding its first line (an action
    list at the end of the minutes repeats it outside the item), by number, else by title."""
    for line in sorted({point.line, *point.lines}):
        item = session.transcript.agenda_item_at(line)
        if item is not None:
            return item.number or item.title
    return None


class _Due:
    """Due dates on given lines, never before the meeting unless the year is written."""

    def __init__(self, dates: list[DateMention], meeting: str | None):
        self.dates, self.meeting = dates, meeting

    def __call__(self, lines: range | list[int], within: str | None = None) -> str | None:
        """The due date on ``lines``; with ``within`` (the sentence) one written in it."""
        return due_date(self.dates, set(lines), self.meeting, within=within)


def _item_kind(item: ListItem, language: LanguageData) -> str:
    """An item's kind: its list's, unless its own words state an open question (``Nog uitzoeken
    of …``) or, in a list of actions, a decision (``Het bestuur besluit …``, ``… wordt
    vastgesteld``)."""
    if _opens_question(item.text, language):
        return "open-question"
    if item.kind == "action" and _states_decision(item.text, language):
        return "decision"
    return item.kind


def _states_decision(text: str, language: LanguageData) -> bool:
    """The first sentence of ``text`` takes a decision: a decision phrase (``… wordt
    vastgesteld``, ``stemt in met``) or a decision verb among its first words (``Het bestuur
    besluit …``), not a decision named as a noun (``om welke besluiten het gaat``)."""
    first = _SENTENCE.split(clean_quotes(text).strip())[0]
    if _cues(language, "decision_phrases").search(first):
        return True
    decided = language.action_word_pattern("decision_words").search(first)
    return bool(
        decided
        and len(first[: decided.start()].split()) <= _DECISION_VERB_AT
        and not _titled(first, decided)
        and not _noun_use(first, decided, language)
    )


_DATED_REF = re.compile(r"\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?")


def _without_ref(item: ListItem) -> str | None:
    """The row's text without its number when that is a date (``12-03-2024 | Actie | Wie``:
    the day the action was entered, no deadline); None (the whole line) otherwise."""
    if not item.ref or not _DATED_REF.fullmatch(item.ref.strip()):
        return None
    return item.quote.replace(item.ref, " ")


_DECISION_VERB_AT = 3  # words before the verb: "Het dagelijks bestuur besluit"


def _from_list(item: ListItem, owners: Owners, due: _Due, language: LanguageData) -> ActionPoint:
    return ActionPoint(
        text=_sentence_text(item.text, language),
        kind=_item_kind(item, language),
        owners=owners_of(item, owners),
        due=due([item.line], within=_without_ref(item)),
        status=item.status,
        ref=item.ref,
        line=item.line,
        lines=[item.line],
        quote=item.quote,
    )


_CONTENT = re.compile(r"[^\W\d_]{4,}")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _CONTENT.findall(text)}


def _merge(points: list[ActionPoint], listed: list[ActionPoint]) -> list[ActionPoint]:
    """One item for an action named in the text and in the action list: the list's entry,
    with the text's line added to ``lines``."""
    out = []
    listed_ids = {id(p) for p in listed}
    for p in points:
        if id(p) not in listed_ids:
            mine = _words(p.text)
            twin = next(
                (
                    q
                    for q in listed
                    if mine
                    and _words(q.text)
                    and len(mine & _words(q.text)) >= 0.6 * min(len(mine), len(_words(q.text)))
                ),
                None,
            )
            if twin is not None:
                twin.lines = sorted({*twin.lines, p.line})
                continue
        if not p.lines:
            p.lines = [p.line]
        out.append(p)
    return out


def _headings(session: SessionDoc) -> list[str]:
    """For each segment, the text of the heading above it."""
    out, current = [], ""
    for seg in session.segments:
        out.append(current)
        if seg.kind == "heading":
            current = seg.text
    return out


_LOWER_WORD = re.compile(r"(?<![\w-])[a-zà-ÿ]{2,}\b")


def _verdicts(
    session: SessionDoc, sentences: list[_Sentence], model: object
) -> list[tuple[str, float] | None]:
    """The classifier's label and score per sentence (None for speech or without a model)."""
    if model is None:
        return [None] * len(sentences)
    headings = _headings(session)
    particles = session.language.action_words("name_particles")
    texts, where = [], []
    for n, sent in enumerate(sentences):
        seg = session.segments[sent.segment]
        lower = [w for w in _LOWER_WORD.findall(sent.text) if w not in particles]
        if seg.speaker or seg.kind == "heading" or not lower:
            continue  # speech, headings, and name lists ("Borgman, Martin vd Plas.")
        prev = sentences[n - 1].text if n else ""
        nxt = sentences[n + 1].text if n + 1 < len(sentences) else ""
        texts.append(action_classifier.classifier_text(
            sent.text, headings[sent.segment], prev, nxt
        ))
        where.append(n)
    out: list[tuple[str, float] | None] = [None] * len(sentences)
    for n, verdict in zip(where, action_classifier.classify(texts, model), strict=True):
        out[n] = verdict
    return out


def _ruled(
    session: SessionDoc, sent: _Sentence, owners: Owners, due: _Due
) -> ActionPoint | None:
    """The rules' reading of a narrative sentence: an imperative to the reader first ("Stuur een
    mail … en wij zorgen …" asks) and a named person's request, no question ("X vraagt of …"),
    then plans, then the tasks and requests without a plan verb."""
    language = session.language
    low = clean_quotes(sent.text).strip().casefold()
    if _imperative(low, language):
        return _addressed(session, sent, owners, due)
    named = _named_task(session, sent, owners, due)
    if named is not None and named.kind == "request":
        return named  # "Redouan vraagt de aanwezigen om … te polsen": a request, not a plan
    wonders = r"\b{request_verbs}\s+(?:zich\s+)?(?:\w+\s+)?(?:af\s+)?of\b"
    if _pattern(language, "wonders", wonders).search(low):
        if _cues(language, "request_phrases").search(low):  # "vraagt of … kan worden"
            return _addressed(session, sent, owners, due)
        return None  # "Rosita vraagt of de volgende vergadering online zal zijn": a question
    return _narrative(session, sent, owners, due) or _addressed(session, sent, owners, due)


def _judged(
    session: SessionDoc,
    sent: _Sentence,
    verdict: tuple[str, float] | None,
    point: ActionPoint | None,
    owners: Owners,
    due: _Due,
) -> ActionPoint | None:
    """A narrative sentence: the rules' reading (``point``), confirmed or overruled by the
    classifier."""
    if verdict is None:
        return point
    label, score = verdict
    limits = session.language.actions.get("classifier", {})
    if label == "none":
        veto = limits.get("veto")
        return None if veto is not None and score >= veto else point
    if score < limits.get("accept", 0.5):
        return point
    if point is None and _no_plan(sent.text, session.language):
        return None  # the rules' judgement stands: a question, a view, a hypothetical
    if point is None:
        line = session.line_of(sent.start)
        point = ActionPoint(
            text=_sentence_text(sent.text, session.language),
            kind=label,
            owners=owners.subject(_before_verb(sent.text, session.language))[:3],
            due=due(range(line, line + 1), within=sent.text),
            line=line,
            quote=squash(sent.text)[:300],
        )
    elif limits.get("relabel") is not None and score >= limits["relabel"]:
        if len(point.text) < 25:
            point.text = _sentence_text(sent.text, session.language)
        point.kind = label
    return point


_INLINE = re.compile(
    r"[(<]\s*(?:actie(?:punt)?|actiehouder|action)\b\s*:?\s*(?P<who>[^()<>]{0,60})[)>]",
    re.IGNORECASE,
)
_RECORDED = re.compile(r"<\s*(?P<what>[^<>]*?)\bopgenomen als actie(?:punt)?\s*>", re.I)


_ARROW = re.compile(
    r"\s(?:→|->|=>)\s*(?P<who>[A-ZÀ-Ý][\w.'’-]*(?:\s+(?:en\s+|&\s+)?[\w.'’-]+){0,3})\s*\.?\s*$"
)


_TASK_WORD = re.compile(r"(?<![\w'’-])[a-zà-ÿ][\w'’-]+")


def _arrow(text: str, owners: Owners) -> re.Match[str] | None:
    """``Schoolplein vergroenen → Jan``: an arrow to a known attendee after a task in words; a
    mapping of names (``API Billing -> Doorbelasting``, ``VNG Realisatie -> Theo``) or a
    chain of steps (``Pasfoto -> Fotograaf -> RDW``) names no owner."""
    m = _ARROW.search(text)
    if m is None or re.search(r"→|->|=>", text[: m.start()]):
        return None
    task = re.sub(r"\([^()]*\)", " ", text[: m.start()])
    known = owners.names_in(m.group("who")) or owners.office_named(m.group("who"))
    return m if known and len(_TASK_WORD.findall(task)) >= 2 else None


def _inline(
    session: SessionDoc, sent: _Sentence, owners: Owners, due: _Due
) -> ActionPoint | None:
    """``Aankaarten bij X (Actie Friso).``, ``… <actiepunt Logius>``, ``<Vraag X, opgenomen als
    actiepunt>``, ``Schoolplein vergroenen → Jan``: the sentence is the action, the marker names
    its owner."""
    m = _INLINE.search(sent.text) or _RECORDED.search(sent.text) or _arrow(sent.text, owners)
    if m is None:
        return None
    groups = m.groupdict()
    asker = re.sub(r"^\W*vraag\s+", "", groups.get("what") or "", flags=re.I)
    who_text = groups.get("who") or asker
    text = (sent.text[: m.start()] + sent.text[m.end() :]).strip(" ,.")
    if len(text.split()) < 2:
        return None
    line = session.line_of(sent.start)
    return ActionPoint(
        text=_sentence_text(text, session.language),
        kind="action",
        owners=owners.cell(who_text),
        due=due(range(line, line + 1), within=sent.text),
        line=line,
        quote=squash(sent.text)[:300],
    )


@lru_cache(maxsize=4)
def _marker_regex(patterns: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(f"(?P<m{i}>{p})" for i, p in enumerate(patterns))
    return re.compile(
        rf"(?:^|(?<=[.!?)]\s)|(?<=^[-*•]\s))\**\b(?:{alts})\b\**"
        rf"(?:\s+(?:nr\.?\s*)?(?P<ref>\d{{1,4}}(?:[-/.]\d{{1,4}}){{0,2}}))?"
        rf"(?:\s+(?P<named>[A-Z][\w.'’-]*(?:\s+(?:en|&)\s+[A-Z][\w.'’-]*)*))?"
        rf"\s*\**[:\-–]\**\s*",
        re.IGNORECASE | re.MULTILINE,
    )


def _markers(
    session: SessionDoc, owners: Owners, due: _Due
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
            body = _sentence_text(rest, session.language)
            context = squash(text[begin : m.start()]) if m.start() > begin else ""
            if context:
                body = f"{body} Context: {context}"
            named = m.group("named") or ""
            if not named and len(rest.split()) <= 4:
                named = rest
            who = owners.names_in(named) if named else []
            if not who:
                who = owners.names_in(rest.split(":")[0] if ":" in rest else rest[:40])
            if not who and named.strip(" .:"):  # "Toezegging wethouder:" the one who holds it
                who = owners.office_named(named) or [named.strip(" .:")]
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
                    due=due(range(seg.line_at(begin), line_no + 1)),
                    ref=m.group("ref"),
                    line=line_no,
                    quote=squash(quote)[:300],
                ),
            )


def _motions(session: SessionDoc, owners: Owners) -> Iterator[tuple[int, ActionPoint]]:
    """Operative clauses of motions (``verzoekt de regering …``), owned by whom they address (the
    ``owner`` of their ``motion_clauses`` entry), else by the motion's submitters."""
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
                clause = next(
                    (
                        c
                        for c in session.language.actions["motion_clauses"]
                        if re.match(c["pattern"], line.strip(), re.I)
                    ),
                    {},
                )
                addressee = clause.get("owner")
                yield (
                    session.offsets[i] + offset,
                    ActionPoint(
                        text=squash(line).rstrip(",;"),
                        kind=clause.get("kind", "request"),
                        owners=[addressee] if addressee else submitters,
                        due=None,
                        line=seg.line_at(offset),
                        quote=squash(line)[:300],
                    ),
                )


def _commitment(
    session: SessionDoc, sent: _Sentence, owners: Owners, due: _Due
) -> ActionPoint | None:
    seg = session.segments[sent.segment]
    if not seg.speaker:
        return None
    if not _cues(session.language, "commitments").search(sent.text):
        return None
    who = owners.names_in(seg.speaker) or [seg.speaker]
    line = session.line_of(sent.start)
    return ActionPoint(
        text=_sentence_text(sent.text, session.language),
        kind="commitment",  # "ik zeg toe": the speaker's promise (training/actions/GUIDE.md)
        owners=who[:1],
        due=due(range(line, line + 1), within=sent.text),
        line=line,
        quote=squash(sent.text)[:300],
    )


def _narrative(
    session: SessionDoc, sent: _Sentence, owners: Owners, due: _Due
) -> ActionPoint | None:
    language = session.language
    text = clean_quotes(sent.text)
    if _no_plan(text, language, opinions=False):
        return None
    opinion = _cues(language, "opinion_markers")
    predicted = _cues(language, "prediction_markers")
    pos = 0
    for clause in _clauses(text, language):
        at = text.find(clause, pos)
        pos = at + len(clause)
        kind = _plan_kind(clause, language)
        if not kind or opinion.search(clause) or predicted.search(clause):
            continue
        subject_part = _before_verb(clause, language)
        generic = _generic(subject_part, language) and kind not in ("decision", "commitment")
        if generic and _demonstrative_passive(clause, subject_part, language):
            generic = False  # "Dat wordt uitgezocht door de directeur": what the one before asks
        if generic and not re.search(r"\ber\b", subject_part, re.I):
            continue
        if language.action_word_pattern("generic_pronouns").search(subject_part):
            continue  # "… dat je de systemen moet opbouwen": a general truth, no plan
        if _pattern(language, "relative", r"^\s*{relative_pronouns}\b").match(clause):
            at = 0  # "…, die mogelijk onderzocht zullen worden": the whole sentence is the plan
        who = owners.subject(clause if kind == "meeting" else subject_part)
        if not who and subject_part.strip() and kind != "meeting":
            who = _inverted_subject(clause[len(subject_part):], owners, language)
        if not who:
            who = _agent(clause, owners, language)
        if not who and kind in ("agreement", "decision"):
            who = _that_subject(clause, owners)
        opens = bool(owners.subject(" ".join(subject_part.split()[:2])))
        kind = _third_person(kind, clause, subject_part, who if opens else [], language)
        if not who and kind == "action" and _thing_does(clause, subject_part, language):
            continue  # "Het systeem zal de berichten versturen": a description, no-one's task
        line = session.line_of(sent.start)
        return ActionPoint(  # from the clause with the plan to the sentence's end
            text=_sentence_text(text[at:], session.language),
            kind="action" if kind == "meeting" else kind,
            owners=who,
            due=due(range(line, line + 1), within=sent.text),
            line=line,
            quote=squash(sent.text)[:300],
        )
    return _named_task(session, sent, owners, due)


def _demonstrative_passive(clause: str, subject: str, language: LanguageData) -> bool:
    """A passive arrangement whose subject is ``dat``/``dit`` alone: it refers to what the
    sentence before asked or raised (``Dat wordt ingepland na de zomer``)."""
    words = subject.split()
    return (
        len(words) == 1
        and words[0].casefold() in ("dat", "dit")
        and bool(_passive(language).search(clause.casefold()))
    )


def _third_person(
    kind: str, clause: str, subject: str, who: list[str], language: LanguageData
) -> str:
    """A plan whose subject is a named third person (``who``: the owners named where the clause
    opens; "Middels de plaat van Jan zullen we …" opens with none) is the minute-taker's task
    (``Edwin zal de partij mailen met de vraag of we …``, ``Pieter maakt een issue aan en dan
    gaan we kijken``): an action, though a "we" further on made it a commitment; volunteering
    (``commitment_phrases``: ``Joost biedt aan … te trekken``) stays a commitment."""
    if kind != "commitment" or not who:
        return kind
    if language.action_word_pattern("first_person_pronouns").search(subject):
        return kind
    return kind if _cues(language, "commitment_phrases").search(clause) else "action"


_AGENT = re.compile(r"\bdoor\s+(?P<agent>(?:\S+\s+){0,3}\S+)", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\bge[a-zà-ÿ]{3,}[dt]\b", re.IGNORECASE)


def _agent(clause: str, owners: Owners, language: LanguageData) -> list[str]:
    """The agent of a passive, named after ``door`` (``De roadmap zal door het TO worden
    vastgesteld``, ``Wijziging geaccepteerd door TO``, ``wordt opgepakt door Logius``)."""
    m = _AGENT.search(clause)
    passive = language.action_word_pattern("passive_auxiliaries").search(clause)
    if m is None or not (passive or _PARTICIPLE.search(clause)):
        return []
    return owners.subject(m.group("agent"))[:2]


def _thing_does(clause: str, subject: str, language: LanguageData) -> bool:
    """An active future whose subject is a thing (``thing_nouns`` of the action data, also as
    the end of a compound or in the plural): ``Deze module zal een eigen governance hebben``,
    ``Het Kennisplatform API's zal ook in 2020 doorlopen``. A passive (``De website zal worden
    aangepast``) is a task of someone and stays."""
    head_part = language.action_word_pattern("noun_prepositions").split(subject)[0]
    # the noun before its complement: "De WebSub-extensie | van de SensorThings API"
    words = re.findall(r"[\wà-ÿ'’-]+", head_part)
    future = language.action_word_pattern("future_auxiliaries").search(clause[len(subject) :])
    if not words or not future or language.action_word_pattern("passive_auxiliaries").search(
        clause
    ):
        return False
    head = re.sub(r"['’]s$", "", words[-1].casefold())
    forms = {head, re.sub(r"(?:en|s)$", "", head)}
    return any(f.endswith(n) for f in forms for n in language.action_words("thing_nouns"))


def _inverted_subject(rest: str, owners: Owners, language: LanguageData) -> list[str]:
    """The subject after the finite verb of a clause that opens with an adverbial: ``De komende
    tijd zal | de SWG inventariseren …``: a known name, a group, or an acronym as written."""
    m = _pattern(
        language,
        "inverted",
        r"^\S+\s+(?P<np>(?:{determiners})\s+\S+|[A-ZÀ-Ý][\w.-]*(?:\s+[A-ZÀ-Ý][\w.-]*){{0,3}})",
        flags=0,
    ).match(rest)
    if m is None:
        return []
    np = m.group("np")
    found = owners.subject(np)
    if found:
        return found
    last = np.split()[-1].strip(".,")
    return [last] if len(last) >= 2 and last.isupper() else []


def _no_plan(text: str, language: LanguageData, opinions: bool = True) -> bool:
    """What the rules reject whatever its words: a question (with or without its mark), a
    condition, a subordinate clause standing alone (``Zodat …``) and, with ``opinions``, a
    view, a hypothetical, a prediction (``opinion_markers``, ``prediction_markers``) or a
    thing's future (``Het systeem zal …``)."""
    text = clean_quotes(text).strip()
    condition = _pattern(
        language,
        "if",
        r"^\s*(?:{conditional_openers}\b(?!\s+{ordinals}\b)|{subordinate_openers}\b)",
    )
    return (
        text.endswith("?")
        or bool(condition.match(text))
        or _asks(text, language)
        or opinions and bool(
            _cues(language, "opinion_markers").search(text)
            or _cues(language, "prediction_markers").search(text)
            or _thing_does(text, _before_verb(text, language), language)
        )
    )


def _asks(text: str, language: LanguageData) -> bool:
    """``Zijn er mensen die …``, ``Is de tijd gekomen om …``: a verb and a subject open a
    question, with or without its question mark."""
    rx = _pattern(language, "asks", r"^[\s\-*•–]*{question_verbs}\s+{question_subjects}\b")
    return bool(rx.match(text))


def _named_task(
    session: SessionDoc, sent: _Sentence, owners: Owners, due: _Due
) -> ActionPoint | None:
    """A sentence opened by a named person or organisation and a verb of doing or asking:
    ``Lancelot reserveert een zaal``, ``Krijn gaat dit uitzoeken``, ``Redouan vraagt de
    aanwezigen om … te polsen`` (a request: its owner is who asks; ``vraagt of`` is a question)."""
    language = session.language
    text = clean_quotes(sent.text).strip()
    m = _pattern(
        language,
        "named-task",
        r"^[\s\-*•–]*(?P<who>[A-ZÀ-Ý][\w.'’-]*(?:\s+(?:[A-ZÀ-Ý][\w.'’-]*|{name_particles}"
        r"|en|&))*)\s+(?P<verb>[a-zà-ÿ]+)\b(?P<rest>.*)$",
        flags=0,
    ).match(text)
    if m is not None and m.group("who") in ("De", "Het"):  # "De secretaris stuurt …"
        m = _pattern(
            language,
            "role-subject",
            r"^[\s\-*•–]*(?P<who>(?:De|Het)(?:\s+[a-zà-ÿ-]+){{1,2}}?)\s+"
            r"(?P<verb>{narrative_task_verbs}|{go_auxiliaries}|{request_verbs})(?P<rest>.*)$",
            flags=0,
        ).match(text)
    if m is None or text.endswith("?") or _cues(language, "opinion_markers").search(text):
        return None
    who = owners.names_in(m.group("who")) or _role_owner(m.group("who"), owners)
    if not who and (group := owners.group(m.group("who"))) and len(m.group("who").split()) == 1:
        who = [group]  # "Iedereen levert voor 1 mei input aan"
    verb, rest = m.group("verb"), m.group("rest")
    kind = None
    going = verb in language.action_words("go_auxiliaries") and (
        re.search(r"\b\w+en\b", rest) or language.action_word_pattern("go_objects").search(rest)
    )
    blocked = _cues(language, "narrative_task_blockers").search(rest)
    if not blocked and (going or verb in language.action_words("narrative_task_verbs")):
        kind = "action"
    elif verb in language.action_words("request_verbs") and _pattern(
        language, "asked", r"^(?!\s+{question_openers}).*\bte\s+\w+en\b"
    ).search(rest):
        kind = "request"  # who asks; "we vragen Logius om …": whom we ask
        who = who or owners.subject(m.group("who")) or _addressee(rest, owners)
    elif not blocked and verb.endswith("t") and _pattern(
        language, "future-time", r"^(?:\s+(?!{past_time_words})\S+){{0,30}}?\s+{future_times}\b"
    ).match(rest):
        kind = "action"  # "Dennis spreekt maandag met X", "Bas deelt het rapport volgende week"
    if kind is None or (kind == "action" and not who):
        return None
    line = session.line_of(sent.start)
    return ActionPoint(
        text=_sentence_text(text, language),
        kind=kind,
        owners=who[:3],
        due=due(range(line, line + 1), within=sent.text),
        line=line,
        quote=squash(sent.text)[:300],
    )


def _role_owner(subject: str, owners: Owners) -> list[str]:
    """The owner a lower-case subject names: the attendee holding the office (``De ambtelijk
    secretaris``, ``De penningmeester``) or a group (``Het bestuur``); a name is no such subject."""
    if not subject[:3].casefold().startswith(("de ", "het")):
        return []
    return owners.office_named(subject) or ([g] if (g := owners.group(subject)) else [])


_TASK_LINE = re.compile(
    r"^[\s\-*•–\d.)]*(?:(?P<who>[^:]{1,40}):\s*)?(?P<body>.+?)\s+(?P<verb>[a-zà-ÿ]+)[.;]?\s*$"
)


def _addressed(
    session: SessionDoc, sent: _Sentence, owners: Owners, due: _Due
) -> ActionPoint | None:
    """Tasks and requests without a plan verb: a bare infinitive closing a short line
    (``Belastingdienst via X benaderen``), an imperative to the reader (``Meld je aan``), a
    request or an announcement (``horen we graag``, ``Er volgen workshops``)."""
    text = clean_quotes(sent.text).strip()
    if text.endswith("?") or len(text.split()) < 2:
        return None
    data = session.language.actions
    low = text.casefold()
    who: list[str] = []
    kind = None
    task = _TASK_LINE.match(text)
    finite = session.language.action_word_pattern("finite_auxiliaries")
    if (
        task and task.group("verb") in data.get("task_infinitives", [])
        and 1 <= len(task.group("body").split()) <= 12
        and not finite.search(task.group("body"))
        and not session.language.action_word_pattern("task_blockers").search(task.group("body"))
    ):  # "om … te organiseren" is a purpose, "niets te regelen" no task
        kind = "action"
        who = owners.names_in(task.group("who") or "")  # the body names whom to approach
    elif (
        (named := _OWNER_TASK.match(text))
        and named.group("verb").casefold() in data.get("owner_task_verbs", [])
        and owners.names_in(named.group("who"))
    ):
        kind = "action"
        who = owners.names_in(named.group("who"))
    elif (planned := _PLANNED.match(text)) and len(planned.group("rest").split()) >= 2:
        kind = "action"  # a planning line: "Tot 30 april: beoordeling …", "29 mei: bespreken …"
        who = owners.names_in(planned.group("rest"))
    elif _cues(session.language, "meeting_dates").search(low):
        kind = "decision"  # "Volgende bijeenkomst: 24 september"
    elif _nominal_task(text, session.segments[sent.segment].kind, session.language):
        kind = "action"  # "- Aanpassen van het architectuurdocument"
    elif _imperative(low, session.language):
        kind = "request"
    elif asked := _cues(session.language, "request_phrases").search(low):
        kind = "request"  # the one who asks or calls: "Tom riep op …", "het projectteam nodigt …"
        who = owners.subject(text[: asked.start()])
        if not who and (to := _ASKED_TO.match(text, asked.start())):
            who = _addressee(text[to.end() :], owners)  # "Oproep aan de werkgroep: …"
    elif _cues(session.language, "commitment_phrases").search(low):
        kind = "commitment"
        who = owners.names_in(text.split(" zich")[0])  # who volunteers
    elif told := _cues(session.language, "announcement_phrases").search(low):
        kind = "commitment"  # an announcement promises ("Frank kondigde aan …")
        who = owners.names_in(text[: told.start()])
    if kind is None or _cues(session.language, "opinion_markers").search(low):
        return None
    line = session.line_of(sent.start)
    return ActionPoint(
        text=_sentence_text(text, session.language),
        kind=kind,
        owners=who[:3],
        due=due(range(line, line + 1), within=sent.text),
        line=line,
        quote=squash(sent.text)[:300],
    )


_OWNER_TASK = re.compile(
    r"^[\s\-*•–]*(?P<who>[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}):\s+(?P<verb>\w+)\b"
)
_MONTH = rf"(?:{MONTH_NAMES})\.?"  # month names of data/dates.yaml
_DAY = rf"\d{{1,2}}\s+{_MONTH}"
_PLANNED = re.compile(
    rf"^[\s\-*•–]*(?:(?:tot|uiterlijk|vóór|voor|t/m)\s+{_DAY}\s*:?|{_DAY}(?:\s*[-–]\s*{_DAY})?"
    rf"\s*:)\s*(?P<rest>[^\d\s].+)$",
    re.I,
)


_ASKED_TO = re.compile(r"\W*\w+(?:\s+\w+)?\s+aan\b", re.IGNORECASE)
_ADDRESSEE_WORDS = 3


def _addressee(text: str, owners: Owners) -> list[str]:
    """Whom a first-person or unnamed asker asks: the owner named in the first words after the
    verb (``vragen Logius …``, ``aan het klankbord wie …``), never one further on."""
    words = text.split()
    if words and words[0].casefold() == "aan":
        words = words[1:]
    return owners.subject(" ".join(words[:_ADDRESSEE_WORDS]))[:1]


def _nominal_task(text: str, segment_kind: str, language: LanguageData) -> bool:
    """A list item naming a task as a noun: ``- Aanpassen van het document``, ``- Het aanmaken
    van een profiel`` (``nominal_task_infinitives`` of the action data, then ``van``)."""
    bullet = r"(?:[-*•–]|\d{{1,2}}[.)])\s+"
    rx = _pattern(
        language,
        "nominal-task",
        rf"^\s*(?P<bullet>{bullet})?(?:{{determiners}}\s+)?{{nominal_task_infinitives}}\s+van\b",
    )
    m = rx.match(text)
    return bool(m and (m.group("bullet") or segment_kind == "list_item"))


def _imperative(low: str, language: LanguageData) -> bool:
    words = re.findall(r"[\wà-ÿ@.-]+", low)
    return (  # addressed to the reader: "je", "jullie", "u", or a mail address
        len(words) >= 3
        and words[0] in language.action_words("imperatives")
        and words[1] in language.action_words("imperative_objects")
        and bool(set(words) & language.action_words("reader_pronouns") or "@" in low)
    )


THAT_SUBJECT_WORDS = 4  # "dat het nieuwe bestuur …", "dat Anna de Vries …"


def _that_subject(clause: str, owners: Owners) -> list[str]:
    """``Afgesproken wordt dat de wethouder … stuurt``: the owner named as the subject (its
    first words) of the clause that an agreement or decision opens with ``dat``."""
    m = re.search(r"\bdat\s+(.+)", clause)
    return owners.subject(" ".join(m.group(1).split()[:THAT_SUBJECT_WORDS]))[:1] if m else []


def _before_verb(clause: str, language: LanguageData) -> str:
    """The words before the clause's first finite verb (``finite_verbs``): its subject."""
    m = language.action_word_pattern("finite_verbs").search(clause)
    return clause[: m.start()] if m else clause


def _generic(subject: str, language: LanguageData) -> bool:
    words = [w.casefold() for w in re.findall(r"[\w-]+", subject)]
    generic = language.action_words("generic_subjects")
    if not words:
        return True
    first_person = language.action_words("first_person_pronouns")
    determiners = language.action_words("determiners")
    def article(n: int) -> bool:
        """``het klankbord``, ``deze maand``: a determiner before a word of a noun's length
        that is no pronoun itself (``dat het zo moet``, ``het nu``: pronouns)."""
        after = words[n + 1] if n + 1 < len(words) else ""
        return words[n] in determiners and len(after) > 3 and after not in generic

    start = max(len(words) - 3, 0)
    pronoun = any(w in generic and not article(n) for n, w in enumerate(words[start:], start))
    return pronoun and not any(w in first_person for w in words)


def _passive(language: LanguageData) -> re.Pattern[str]:
    """``wordt … opgepakt``: a passive auxiliary and a participle, not after a past adverb
    (``zoals vooraf gedeeld`` is done, not planned)."""

    def build(data: LanguageData) -> re.Pattern[str]:
        words = data.action_words("passive_participles")
        participles = "|".join(map(re.escape, sorted(words))) or r"(?!x)x"
        done = "".join(f"(?<!{re.escape(w)} )" for w in sorted(data.action_words("past_adverbs")))
        aux = _word_alts(data, "passive_auxiliaries")
        return re.compile(rf"{aux}.{{0,60}}{done}\b(?:{participles})\b", re.IGNORECASE)

    return language.compiled("actions-passive", build)


def _cognition(language: LanguageData) -> re.Pattern[str]:
    """A verb of thinking (``willen nadenken``): no plan (built once)."""
    return re.compile(rf"\b({'|'.join(language.actions.get('cognition_verbs', []))})\b")


def _titled(clause: str, m: re.Match[str]) -> bool:
    """A capitalised word after a lower-case one, not a label: ``in het Besluit
    politiegegevens`` names a regulation; ``BESLUIT:``, ``<Besluit>`` mark a decision."""
    word, before = m.group(0), clause[: m.start()].split()
    label = clause[m.end() : m.end() + 1] in (":", ">")
    return word.istitle() and bool(before) and before[-1].islower() and not label


def _noun_use(clause: str, m: re.Match[str], language: LanguageData) -> bool:
    """A decision word used as a noun after a determiner, naming a decision rather than taking
    one (``afhankelijk van het besluit zullen wij …``, ``een besluit over X volgt``); ``het
    besluit is genomen`` takes one (``decision_phrases``)."""
    words = re.findall(r"[\w'’]+", clause[: m.start()].casefold())
    determiners = language.action_words("noun_determiners")
    if words and words[-1] in determiners:
        return True  # "het besluit"
    return len(words) >= 2 and words[-1].endswith("e") and words[-2] in determiners



def _plan_kind(clause: str, language: LanguageData) -> str | None:
    """The kind of plan a clause states, or None."""
    low = clause.casefold()
    def rx(name: str, build: str) -> re.Pattern[str]:
        return _pattern(language, name, build)

    decided = language.action_word_pattern("decision_words").search(clause)
    if decided and not _titled(clause, decided) and not _noun_use(clause, decided, language):
        return "decision"
    if language.action_word_pattern("agreement_words").search(low):
        return "agreement"
    if _cues(language, "decision_phrases").search(clause):
        return "decision"
    if _cues(language, "agreement_phrases").search(clause):
        return "agreement"
    if _cues(language, "commitment_phrases").search(clause):
        return "commitment"  # volunteering: "Deelnemers die aangaven mee te willen werken"
    if _cues(language, "meeting_phrases").search(clause):
        return "meeting"
    if _passive(language).search(low):
        return "action"
    first_person = language.action_word_pattern("first_person_pronouns")
    negated = bool(rx("negated", r"(?<![\w-]){negations}(?![\w-])").search(low))
    if rx("go", r"{go_auxiliaries}.{{0,60}}\b\w+en\b").search(low) and first_person.search(low):
        return "decision" if negated else "commitment"  # "we gaan (niet) filteren"
    if rx("future", r"{future_auxiliaries}.{{0,60}}\b(?:\w+en|{short_infinitives})\b").search(low):
        if negated and rx("predicted", r"\b{copulas}\s*[.!]?$").search(low.rstrip()):
            return None  # "zullen deze media niet essentieel worden": a prediction
        if negated:
            return "decision"  # "De SWG zal geen normen ontwikkelen"
        return "commitment" if first_person.search(low) else "action"
    if rx("we-do", r"{first_person_pronouns}\s+{narrative_task_verbs}").search(low):
        return "commitment"  # "wij zorgen dat je wordt aangemeld"
    there = r"{must_auxiliaries}\s+er\b|\ber\b.{{0,30}}{must_auxiliaries}.{{0,60}}\bkomen\b"
    if rx("there-must", there).search(low):
        return "action"
    m = rx("modal", r"(?:{must_auxiliaries}|{want_auxiliaries})(.{{0,80}})").search(low)
    if m and not language.compiled("cognition", _cognition).search(m.group(1)) and not negated:
        return "action"  # "we moeten niet verwachten dat …" obliges no-one
    if _cues(language, "phrasal_plans").search(clause):
        return "action"
    return None
