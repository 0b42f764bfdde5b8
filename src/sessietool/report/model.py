"""The page of one session, as plain data for the templates and the terminal view.

Built from a summary's plain data (``Summary.to_dict()`` or the YAML as read), read defensively with
``.get`` so that v1 summaries (no ``agenda``, no action ``status``/``ref``/``agenda``) render too.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

DECISION_KINDS = ("decision", "agreement")
QUESTION_KINDS = ("open-question",)

KIND_LABELS = {
    "action": "actie",
    "decision": "besluit",
    "agreement": "afspraak",
    "request": "verzoek",
    "commitment": "toezegging",
    "open-question": "open vraag",
}
STATUS_LABELS = {"open": "open", "closed": "gesloten", "settled": "niet meer genoemd"}


@dataclass
class Link:
    """A source line: ``label`` to show, ``href`` to follow (``path#L12``), or no line at all."""

    line: int | None
    href: str | None

    @property
    def label(self) -> str:
        return f"r. {self.line}" if self.line else ""


@dataclass
class Participant:
    name: str
    organisation: str | None
    role: str | None
    turns: int
    words: int
    mentions: int
    link: Link


@dataclass
class OrganisationRow:
    name: str
    kind: str | None
    aliases: list[str]
    mentions: int
    link: Link


@dataclass
class ActionRow:
    text: str
    kind: str
    kind_label: str
    owners: list[str]
    due: str | None
    status: str | None
    ref: str | None
    agenda: str | None
    link: Link

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status or "", self.status or "")


@dataclass
class AgendaRow:
    number: str | None
    title: str
    link: Link
    decisions: list[ActionRow] = field(default_factory=list)
    actions: list[ActionRow] = field(default_factory=list)

    @property
    def heading(self) -> str:
        return f"{self.number}. {self.title}" if self.number else self.title


@dataclass
class ThemeRow:
    label: str
    score: float
    source: str | None
    keywords: list[str]
    link: Link

    @property
    def percent(self) -> str:
        return f"{self.score:.0%}"


@dataclass
class SessionPage:
    """Everything one page shows, in page order."""

    title: str
    date: str | None
    location: str | None
    source_path: str
    source_format: str | None
    words: int | None
    model: str | None
    tool: str | None
    schema: str | None
    transcript: bool
    participants: list[Participant]
    organisations: list[OrganisationRow]
    agenda: list[AgendaRow]
    decisions: list[ActionRow]
    actions: list[ActionRow]
    questions: list[ActionRow]
    themes: list[ThemeRow]

    @property
    def has_status(self) -> bool:
        return any(a.status for a in self.actions)

    @property
    def has_ref(self) -> bool:
        return any(a.ref for a in [*self.actions, *self.decisions])


def _text(value: Any) -> str | None:
    """A scalar as text (YAML may read an unquoted date as a date), ``None`` stays ``None``."""
    return None if value is None or value == "" else str(value)


def _int(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def _first_line(item: Mapping[str, Any]) -> int | None:
    line = item.get("line")
    if not line:
        lines = _list(item.get("lines"))
        line = lines[0] if lines else None
    return _int(line) or None


def source_link(href_base: str | None, line: int | None) -> Link:
    """The link to ``line`` of the source (``base#L12``), or a bare line without a base."""
    if not line or not href_base:
        return Link(line, None)
    return Link(line, f"{href_base}#L{line}")


def _names(data: Mapping[str, Any]) -> dict[str, str]:
    """Display name of every speaker, person and organisation id."""
    names: dict[str, str] = {}
    for key in ("organisations", "people_mentioned", "speakers"):
        for item in _list(data.get(key)):
            if isinstance(item, Mapping) and item.get("id"):
                names[str(item["id"])] = str(item.get("name") or item["id"])
    return names


def _action(item: Mapping[str, Any], names: dict[str, str], base: str | None) -> ActionRow:
    kind = str(item.get("kind") or "action")
    return ActionRow(
        text=str(item.get("text") or ""),
        kind=kind,
        kind_label=KIND_LABELS.get(kind, kind),
        owners=[names.get(str(o), str(o)) for o in _list(item.get("owners"))],
        due=_text(item.get("due")),
        status=_text(item.get("status")),
        ref=_text(item.get("ref")),
        agenda=_text(item.get("agenda")),
        link=source_link(base, _first_line(item)),
    )


def action_rows(data: Mapping[str, Any], base: str | None = None) -> list[ActionRow]:
    """The summary's action points as rows, in source order (owners by display name)."""
    names = _names(data)
    return [
        _action(a, names, base) for a in _list(data.get("action_points"))
        if isinstance(a, Mapping)
    ]


def _in_item(row: ActionRow, number: str | None, span: tuple[int, int] | None,
             by_field: bool) -> bool:
    """Whether an action point belongs to an agenda item: by its ``agenda`` field when the
    summary has one, else by its line falling within the item's lines."""
    if by_field:
        return number is not None and row.agenda == number
    return span is not None and row.link.line is not None and span[0] <= row.link.line <= span[1]


def _agenda(data: Mapping[str, Any], points: list[ActionRow], base: str | None) -> list[AgendaRow]:
    raw = [a for a in _list(data.get("agenda")) if isinstance(a, Mapping)]
    by_field = any(p.agenda for p in points)
    rows = []
    for item in raw:
        number = _text(item.get("number"))
        lines = [_int(x) for x in _list(item.get("lines")) if _int(x)]
        span = (min(lines), max(lines)) if lines else None
        row = AgendaRow(number, str(item.get("title") or ""), source_link(base, _first_line(item)))
        for p in points:
            if _in_item(p, number, span, by_field):
                (row.decisions if p.kind in DECISION_KINDS else row.actions).append(p)
        rows.append(row)
    return rows


def build_page(data: Mapping[str, Any], *, source_href: str | None = None) -> SessionPage:
    """The page of the summary ``data``; ``source_href`` is where links to source lines point
    (default: the source path as the summary records it)."""
    source = data.get("source") or {}
    generator = data.get("generator") or {}
    session = data.get("session") or {}
    path = str(source.get("path") or "")
    base = source_href if source_href is not None else (path or None)
    names = _names(data)
    speakers = [s for s in _list(data.get("speakers")) if isinstance(s, Mapping)]
    participants = [
        Participant(
            name=str(s.get("name") or s.get("id") or ""),
            organisation=names.get(str(s.get("organisation")), _text(s.get("organisation"))),
            role=_text(s.get("role")),
            turns=_int(s.get("turns")),
            words=_int(s.get("words")),
            mentions=_int(s.get("mentions")),
            link=source_link(base, _first_line(s)),
        )
        for s in speakers
    ]
    organisations = [
        OrganisationRow(
            name=str(o.get("name") or o.get("id") or ""),
            kind=_text(o.get("kind")),
            aliases=[str(a) for a in _list(o.get("aliases"))],
            mentions=_int(o.get("mentions")),
            link=source_link(base, _first_line(o)),
        )
        for o in _list(data.get("organisations")) if isinstance(o, Mapping)
    ]
    points = action_rows(data, base)
    themes = [
        ThemeRow(
            label=str(t.get("label") or t.get("id") or ""),
            score=float(t.get("score") or 0.0),
            source=_text(t.get("source")),
            keywords=[str(k) for k in _list(t.get("keywords"))],
            link=source_link(base, _first_line(t)),
        )
        for t in _list(data.get("themes")) if isinstance(t, Mapping)
    ]
    title = _text(session.get("title")) or (path.rsplit("/", 1)[-1] if path else "Sessie")
    return SessionPage(
        title=title,
        date=_text(session.get("date")),
        location=_text(session.get("location")),
        source_path=path,
        source_format=_text(source.get("format")),
        words=_int(source.get("words")) or None,
        model=_text(generator.get("model")),
        tool=_text(generator.get("tool")),
        schema=_text(data.get("schema")),
        transcript=any(p.turns for p in participants),
        participants=participants,
        organisations=organisations,
        agenda=_agenda(data, points, base),
        decisions=[p for p in points if p.kind in DECISION_KINDS],
        actions=[p for p in points if p.kind not in (*DECISION_KINDS, *QUESTION_KINDS)],
        questions=[p for p in points if p.kind in QUESTION_KINDS],
        themes=themes,
    )
