"""Comparing sessions: the diff of two summaries and trends over many.

Library first: ``diff_summaries(old, new) -> SummaryDiff`` and ``trends(summaries) -> Trends``
return data; :mod:`.render` and :mod:`.plot` turn it into tables, text and charts. Nothing here
imports spaCy (session files given to :func:`load_summary` are extracted lazily).
"""
from __future__ import annotations

from .diff import (
    ActionPointDiff,
    CarriedOver,
    ChangedItem,
    EntityDiff,
    FieldChange,
    Item,
    SessionRef,
    SummaryDiff,
    diff_summaries,
)
from .load import load_summary, load_summary_dir, read_summary, summary_from_data
from .matching import match_action_points
from .trends import ActionThread, PresenceSeries, ThemeSeries, Trends, TrendSession, trends

__all__ = [
    "ActionPointDiff",
    "ActionThread",
    "CarriedOver",
    "ChangedItem",
    "EntityDiff",
    "FieldChange",
    "Item",
    "PresenceSeries",
    "SessionRef",
    "SummaryDiff",
    "ThemeSeries",
    "TrendSession",
    "Trends",
    "diff_summaries",
    "load_summary",
    "load_summary_dir",
    "match_action_points",
    "read_summary",
    "summary_from_data",
    "trends",
]
