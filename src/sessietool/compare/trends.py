"""Themes, organisations, speakers and action points over a series of sessions.

Sessions are ordered by ``session.date`` (sessions without a date last), then by source file name.
Per session there is one value for every theme (its score, 0 where it does not occur), organisation
and speaker (mentions, ``None`` where absent). Action points are chained into *threads*: an action
point of one session continues a thread when it matches (see :mod:`.matching`) the thread's latest
wording from one of the ``lookback`` sessions before it. A thread is **open** when it is still
mentioned in the latest session and **settled** when it is not mentioned again after its last
session, or when an action list marks it closed (``status: closed``; ``closed_in`` names that
session). A list number (``ref``) links the meetings that list the same action.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from ..summary import Summary, to_dict
from .matching import DEFAULT_THRESHOLD, Candidate, match_candidates

OPEN = "open"
SETTLED = "settled"


@dataclass
class TrendSession:
    """One session on the time axis, with its action-point tally."""

    label: str  # the ISO date, or the source file name when the date is unknown
    date: str | None
    title: str | None
    path: str
    speakers: int = 0
    organisations: int = 0
    action_points: int = 0
    new_action_points: int = 0  # threads starting here
    carried_over: int = 0  # action points continuing a thread from an earlier session
    settled: int = 0  # threads last mentioned here, not in any later session


@dataclass
class ThemeSeries:
    id: str
    label: str
    scores: list[float]  # one per session; 0.0 where the theme does not occur
    sessions: int  # sessions where it occurs
    mean: float  # mean score over all sessions
    peak: float
    peak_session: str  # label of the session with the highest score
    source: str = "taxonomy"  # taxonomy | keyphrase (as in the latest session with the theme)


@dataclass
class PresenceSeries:
    """An organisation's or a speaker's presence: mentions per session, ``None`` where absent."""

    id: str
    name: str
    mentions: list[int | None]
    sessions: int
    total_mentions: int
    first: str  # label of the first session present
    last: str
    turns: int = 0  # speakers: speaking turns in all sessions (transcripts)
    words: int = 0  # speakers: words spoken in all sessions


@dataclass
class Occurrence:
    session: str  # session label
    text: str
    similarity: float  # to the previous occurrence of the thread; 1.0 for the first


@dataclass
class ActionThread:
    """One action point followed across the sessions that mention it."""

    id: str  # "ap-0001", in order of first appearance
    text: str  # the latest wording
    kind: str
    owners: list[str]
    due: str | None
    status: str  # "open" | "settled"
    first: str  # session labels
    last: str
    times_mentioned: int = 1  # sessions that mention it
    occurrences: list[Occurrence] = field(default_factory=list)
    ref: str | None = None  # the action list's number, where a list gives one
    opened_in: str | None = None  # the session whose list first has it open (or first names it)
    closed_in: str | None = None  # the session whose action list marks it closed


@dataclass
class Trends:
    sessions: list[TrendSession]
    themes: list[ThemeSeries]  # highest mean score first
    organisations: list[PresenceSeries]  # in most sessions first
    speakers: list[PresenceSeries]  # in most sessions first
    action_points: list[ActionThread]  # in order of first appearance

    def top_themes(self, n: int, *, keyphrases: bool = False) -> list[ThemeSeries]:
        """The ``n`` themes with the highest mean score; keyphrase themes (words frequent in a
        session, not a taxonomy theme) only with ``keyphrases`` or when there are no others."""
        chosen = self.themes
        if not keyphrases:
            chosen = [t for t in self.themes if t.source != "keyphrase"] or self.themes
        return chosen[:n]

    @property
    def open_action_points(self) -> list[ActionThread]:
        return [t for t in self.action_points if t.status == OPEN]

    @property
    def settled_action_points(self) -> list[ActionThread]:
        return [t for t in self.action_points if t.status == SETTLED]

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


def session_order(summaries: Sequence[Summary]) -> list[Summary]:
    """Summaries by session date (unknown dates last), then source file name; stable."""
    return sorted(
        summaries,
        key=lambda s: (
            s.session.date is None,
            s.session.date or "",
            PurePath(s.source.path.replace("\\", "/")).name,
        ),
    )


def _labels(ordered: Sequence[Summary]) -> list[str]:
    labels = []
    for s in ordered:
        label = s.session.date or Path(s.source.path).name or "?"
        labels.append(label)
    seen: dict[str, int] = {}
    for i, label in enumerate(labels):  # two sessions on one day: 2010-06-01, 2010-06-01 (2)
        if labels.count(label) > 1:
            seen[label] = seen.get(label, 0) + 1
            if seen[label] > 1:
                labels[i] = f"{label} ({seen[label]})"
    return labels


def _theme_series(ordered: Sequence[Summary], labels: list[str]) -> list[ThemeSeries]:
    ids: dict[str, str] = {}
    sources: dict[str, str] = {}
    for s in ordered:
        for t in s.themes:
            ids[t.id] = t.label  # the latest label wins
            sources[t.id] = t.source
    series = []
    n = len(ordered)
    for theme_id, label in ids.items():
        scores = []
        for s in ordered:
            score = next((t.score for t in s.themes if t.id == theme_id), None)
            scores.append(round(float(score), 4) if score is not None else 0.0)
        present = sum(1 for s in ordered if any(t.id == theme_id for t in s.themes))
        peak = max(scores)
        series.append(
            ThemeSeries(
                id=theme_id,
                label=label,
                scores=scores,
                sessions=present,
                mean=round(sum(scores) / n, 4),
                peak=peak,
                peak_session=labels[scores.index(peak)],
                source=sources[theme_id],
            )
        )
    series.sort(key=lambda t: (-t.mean, -t.sessions, t.id))
    return series


def _presence(ordered: Sequence[Summary], labels: list[str], attr: str) -> list[PresenceSeries]:
    names: dict[str, str] = {}
    for s in ordered:
        for e in getattr(s, attr):
            names[e.id] = e.name  # the latest name wins
    series = []
    for entity_id, name in names.items():
        mentions: list[int | None] = []
        turns = words = 0
        for s in ordered:
            e = next((e for e in getattr(s, attr) if e.id == entity_id), None)
            mentions.append(None if e is None else e.mentions)
            if e is not None:
                turns += getattr(e, "turns", 0)
                words += getattr(e, "words", 0)
        present = [i for i, m in enumerate(mentions) if m is not None]
        series.append(
            PresenceSeries(
                id=entity_id,
                name=name,
                mentions=mentions,
                sessions=len(present),
                total_mentions=sum(m for m in mentions if m is not None),
                first=labels[present[0]],
                last=labels[present[-1]],
                turns=turns,
                words=words,
            )
        )
    series.sort(key=lambda p: (-p.sessions, -p.total_mentions, p.id))
    return series


def _threads(
    ordered: Sequence[Summary],
    sessions: list[TrendSession],
    *,
    lookback: int,
    threshold: float,
) -> list[ActionThread]:
    threads: list[ActionThread] = []
    latest: list[tuple[int, Candidate]] = []  # per thread: last session index, latest wording
    for i, summary in enumerate(ordered):
        label = sessions[i].label
        active = [k for k, (last, _) in enumerate(latest) if i - lookback <= last < i]
        candidates = [Candidate.of(p, summary) for p in summary.action_points]
        matches = match_candidates(
            [latest[k][1] for k in active], candidates, threshold=threshold
        )
        by_new = {m.new_index: m for m in matches}
        for j, point in enumerate(summary.action_points):
            m = by_new.get(j)
            if m is None:
                threads.append(
                    ActionThread(
                        id=f"ap-{len(threads) + 1:04d}",
                        text=point.text,
                        kind=point.kind,
                        owners=list(point.owners),
                        due=point.due,
                        status=SETTLED,
                        first=label,
                        last=label,
                        occurrences=[Occurrence(label, point.text, 1.0)],
                        ref=point.ref,
                        opened_in=label,
                        closed_in=label if point.status == "closed" else None,
                    )
                )
                latest.append((i, candidates[j]))
                sessions[i].new_action_points += 1
                continue
            k = active[m.old_index]
            thread = threads[k]
            thread.text, thread.kind, thread.due = point.text, point.kind, point.due
            thread.owners = list(point.owners) or thread.owners
            thread.last = label
            thread.ref = point.ref or thread.ref
            if point.status == "closed" and thread.closed_in is None:
                thread.closed_in = label
            thread.times_mentioned += 1
            thread.occurrences.append(Occurrence(label, point.text, m.similarity))
            latest[k] = (i, candidates[j])
            sessions[i].carried_over += 1
    last_index = len(ordered) - 1
    for k, thread in enumerate(threads):
        index = latest[k][0]
        if index == last_index and thread.closed_in is None:
            thread.status = OPEN
        else:
            sessions[index].settled += 1
    return threads


def trends(
    summaries: Sequence[Summary],
    *,
    lookback: int = 2,
    threshold: float = DEFAULT_THRESHOLD,
) -> Trends:
    """Follow themes, organisations, speakers and action points over ``summaries``.

    ``lookback``: in how many earlier sessions to look for the action point that a new one
    continues (1: only the previous session); ``threshold``: the similarity needed for that.
    """
    if lookback < 1:
        raise ValueError("lookback must be at least 1")
    ordered = session_order(summaries)
    labels = _labels(ordered)
    sessions = [
        TrendSession(
            label=label,
            date=s.session.date,
            title=s.session.title,
            path=s.source.path,
            speakers=len(s.speakers),
            organisations=len(s.organisations),
            action_points=len(s.action_points),
        )
        for label, s in zip(labels, ordered, strict=True)
    ]
    return Trends(
        sessions=sessions,
        themes=_theme_series(ordered, labels),
        organisations=_presence(ordered, labels, "organisations"),
        speakers=_presence(ordered, labels, "speakers"),
        action_points=_threads(ordered, sessions, lookback=lookback, threshold=threshold),
    )
