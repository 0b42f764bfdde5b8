"""What changed between two session summaries.

Speakers, organisations and themes are matched by ``id`` (ids are stable slugs): each is *added*,
*removed* or *changed* (a field that differs, with the delta for counts and scores). Action points
have no ids; they are matched with :mod:`.matching` (owner plus tolerant text similarity) and are
*new*, *carried over* (possibly reworded or with another owner, kind or due date) or *no longer
mentioned*.

Ignored because they differ between any two sessions without meaning anything: source lines,
quotes, aliases and keyword lists. Everything is ordered as in the summaries (added and changed
items in the new summary's order, removed ones in the old summary's), so the output is
deterministic.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..summary import ActionPoint, Summary, to_dict
from .matching import DEFAULT_THRESHOLD, match_action_points, owner_keys

SCORE_EPSILON = 5e-5  # summaries round scores to 4 decimals

SPEAKER_FIELDS = ("name", "role", "organisation", "turns", "words", "mentions")
ORGANISATION_FIELDS = ("name", "kind", "mentions")
THEME_FIELDS = ("label", "score")
ACTION_FIELDS = ("text", "kind", "owners", "due", "status", "ref")


@dataclass
class SessionRef:
    """Which summary a side of the diff is."""

    path: str
    title: str | None
    date: str | None
    model: str

    @classmethod
    def of(cls, summary: Summary) -> SessionRef:
        return cls(
            path=summary.source.path,
            title=summary.session.title,
            date=summary.session.date,
            model=summary.generator.model,
        )


@dataclass
class FieldChange:
    field: str
    old: Any
    new: Any
    delta: float | int | None = None  # new - old, for counts and scores


@dataclass
class Item:
    """An added or removed speaker, organisation or theme, with its headline number."""

    id: str
    name: str
    value: float | int  # mentions for speakers and organisations, score for themes


@dataclass
class ChangedItem:
    id: str
    name: str
    changes: list[FieldChange]


@dataclass
class EntityDiff:
    added: list[Item] = field(default_factory=list)
    removed: list[Item] = field(default_factory=list)
    changed: list[ChangedItem] = field(default_factory=list)

    @property
    def has_differences(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass
class CarriedOver:
    """An action point of the old session that comes back in the new one."""

    old: ActionPoint
    new: ActionPoint
    similarity: float
    changes: list[FieldChange] = field(default_factory=list)


@dataclass
class ActionPointDiff:
    new: list[ActionPoint] = field(default_factory=list)
    carried_over: list[CarriedOver] = field(default_factory=list)
    no_longer_mentioned: list[ActionPoint] = field(default_factory=list)

    @property
    def has_differences(self) -> bool:
        return bool(
            self.new or self.no_longer_mentioned or any(c.changes for c in self.carried_over)
        )


@dataclass
class SummaryDiff:
    old: SessionRef
    new: SessionRef
    speakers: EntityDiff
    organisations: EntityDiff
    themes: EntityDiff
    action_points: ActionPointDiff

    @property
    def has_differences(self) -> bool:
        return any(
            part.has_differences
            for part in (self.speakers, self.organisations, self.themes, self.action_points)
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain data for YAML/JSON, with ``has_differences`` up front."""
        return {"has_differences": self.has_differences, **to_dict(self)}


def _differs(old: Any, new: Any) -> bool:
    if isinstance(old, float) or isinstance(new, float):
        return abs((old or 0.0) - (new or 0.0)) > SCORE_EPSILON
    return old != new


def field_changes(old: Any, new: Any, fields: Sequence[str]) -> list[FieldChange]:
    """The listed fields whose values differ, with deltas for numbers."""
    changes = []
    for name in fields:
        a, b = getattr(old, name), getattr(new, name)
        if not _differs(a, b):
            continue
        delta = None
        if isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool):
            delta = round(b - a, 4) if isinstance(a, float) or isinstance(b, float) else b - a
        changes.append(FieldChange(name, a, b, delta))
    return changes


def _diff_by_id(
    old: Sequence[Any], new: Sequence[Any], fields: Sequence[str], name: str, value: str
) -> EntityDiff:
    old_by_id = {x.id: x for x in old}
    new_ids = {x.id for x in new}
    result = EntityDiff()
    for item in new:
        before = old_by_id.get(item.id)
        if before is None:
            result.added.append(Item(item.id, getattr(item, name), getattr(item, value)))
            continue
        changes = field_changes(before, item, fields)
        if changes:
            result.changed.append(ChangedItem(item.id, getattr(item, name), changes))
    for item in old:
        if item.id not in new_ids:
            result.removed.append(Item(item.id, getattr(item, name), getattr(item, value)))
    return result


def diff_action_points(
    old: Summary, new: Summary, *, threshold: float = DEFAULT_THRESHOLD
) -> ActionPointDiff:
    """New, carried-over and no-longer-mentioned action points between two summaries."""
    matches = match_action_points(
        old.action_points,
        new.action_points,
        old_summary=old,
        new_summary=new,
        threshold=threshold,
    )
    by_new = {m.new_index: m for m in matches}
    matched_old = {m.old_index for m in matches}
    result = ActionPointDiff()
    for j, point in enumerate(new.action_points):
        m = by_new.get(j)
        if m is None:
            result.new.append(point)
            continue
        before = old.action_points[m.old_index]
        changes = field_changes(before, point, ACTION_FIELDS)
        if owner_keys(before.owners, old) == owner_keys(point.owners, new):
            changes = [c for c in changes if c.field != "owners"]  # "PPK" = "peter-paul-koch"
        result.carried_over.append(CarriedOver(before, point, m.similarity, changes))
    result.no_longer_mentioned = [
        p for i, p in enumerate(old.action_points) if i not in matched_old
    ]
    return result


def diff_summaries(
    old: Summary, new: Summary, *, threshold: float = DEFAULT_THRESHOLD
) -> SummaryDiff:
    """Compare two session summaries (``threshold``: action-point similarity needed to match)."""
    return SummaryDiff(
        old=SessionRef.of(old),
        new=SessionRef.of(new),
        speakers=_diff_by_id(old.speakers, new.speakers, SPEAKER_FIELDS, "name", "mentions"),
        organisations=_diff_by_id(
            old.organisations, new.organisations, ORGANISATION_FIELDS, "name", "mentions"
        ),
        themes=_diff_by_id(old.themes, new.themes, THEME_FIELDS, "label", "score"),
        action_points=diff_action_points(old, new, threshold=threshold),
    )
