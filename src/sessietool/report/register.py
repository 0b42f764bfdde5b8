"""The action register of a folder of sessions: every action followed from session to session.

An action point with a ``ref`` (the action list's own number, summary v2) is the same action
wherever that ref occurs; one without a ref continues an earlier action point of one of the
``lookback`` sessions before it when the texts match (:mod:`sessietool.compare.matching`, as
``trends`` does). An action is **closed** at the first session whose summary gives it
``status: closed``; without a status it is **open** while the latest session (the latest dated one,
when sessions have dates) still mentions it and **settled** (not mentioned since) otherwise.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..compare.matching import DEFAULT_THRESHOLD, Candidate, match_candidates
from ..summary import Summary
from .model import DECISION_KINDS, QUESTION_KINDS, STATUS_LABELS, action_rows

OPEN, CLOSED, SETTLED = "open", "closed", "settled"


@dataclass
class RegisterSession:
    """A session as the register and the index know it."""

    label: str
    data: Mapping[str, Any]
    summary: Summary
    page: str | None = None  # where the session's own page is, relative to the index
    source_href: str | None = None


@dataclass
class Mention:
    session: str  # session label
    page: str | None
    line: int | None
    href: str | None  # the source line


@dataclass
class RegisterEntry:
    text: str
    ref: str | None
    kind: str
    owners: list[str]
    due: str | None
    opened: str  # label of the session that first names it
    last: str
    closed: str | None = None
    status: str = SETTLED
    mentions: list[Mention] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


def _ref_key(ref: Any) -> str | None:
    text = " ".join(str(ref).split()).lower() if ref not in (None, "") else ""
    return text or None


def action_register(
    sessions: Sequence[RegisterSession],
    *,
    lookback: int = 2,
    threshold: float = DEFAULT_THRESHOLD,
) -> list[RegisterEntry]:
    """The actions (not decisions or open questions) of ``sessions``, given in session order,
    in order of first appearance."""
    entries: list[RegisterEntry] = []
    by_ref: dict[str, int] = {}
    texts: list[tuple[int, int, Candidate]] = []  # entry, last session index, latest wording
    explicit: set[int] = set()  # entries whose status some summary states
    for i, session in enumerate(sessions):
        points = session.summary.action_points
        rows = [
            (j, row) for j, row in enumerate(action_rows(session.data, session.source_href))
            if row.kind not in (*DECISION_KINDS, *QUESTION_KINDS) and j < len(points)
        ]
        unref = [j for j, row in rows if _ref_key(row.ref) is None]
        candidates = {j: Candidate.of(points[j], session.summary) for j in unref}
        active = [k for k, (_, last, _) in enumerate(texts) if i - lookback <= last < i]
        matches = match_candidates(
            [texts[k][2] for k in active], [candidates[j] for j in unref], threshold=threshold
        )
        matched = {unref[m.new_index]: active[m.old_index] for m in matches}  # point -> texts
        for j, row in rows:
            key = _ref_key(row.ref)
            if key is not None:
                index = by_ref.get(key)
            else:
                index = texts[matched[j]][0] if j in matched else None
            if index is None:
                index = len(entries)
                entries.append(RegisterEntry(
                    text=row.text, ref=row.ref, kind=row.kind, owners=list(row.owners),
                    due=row.due, opened=session.label, last=session.label,
                ))
                if key is not None:
                    by_ref[key] = index
                else:
                    texts.append((index, i, candidates[j]))
            else:
                entry = entries[index]
                entry.text, entry.kind, entry.last = row.text, row.kind, session.label
                entry.owners = list(row.owners) or entry.owners
                entry.due = row.due or entry.due
                if key is None:
                    texts[matched[j]] = (index, i, candidates[j])
            entry = entries[index]
            entry.mentions.append(Mention(session.label, session.page, row.link.line,
                                          row.link.href))
            if row.status:
                explicit.add(index)
            if row.status == CLOSED and entry.closed is None:
                entry.closed = session.label
            elif row.status == OPEN:
                entry.closed = None
    dated = [s for s in sessions if (s.data.get("session") or {}).get("date")]
    latest = (dated or list(sessions))[-1].label if sessions else None  # undated: off the timeline
    for k, entry in enumerate(entries):
        if entry.closed is not None:
            entry.status = CLOSED
        elif k in explicit or entry.last == latest:
            entry.status = OPEN
        else:
            entry.status = SETTLED
    return entries
